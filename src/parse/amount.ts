import { toHalfWidth } from "./text.js";

export type AmountReading = { ok: true; value: number | null } | { ok: false; value: null };

const EMPTY = /^(?:|-|—|－|–|\/|——)$/;
const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * Reads one money cell: `642.39`, `1,234.56`, `１２．００`, `(3.00)` for a negative amount.
 * An empty cell or a lone dash is empty (null); anything else that is not a number is refused.
 */
export function readAmount(cell: string): AmountReading {
  let s = toHalfWidth(cell).replace(/\s+/g, "").replace(/[，]/g, ",");
  if (EMPTY.test(s)) return { ok: true, value: null };
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1] ?? "";
  }
  if (!NUMBER.test(s)) return { ok: false, value: null };
  const value = Number(s.replace(/,/g, ""));
  if (!Number.isFinite(value)) return { ok: false, value: null };
  return { ok: true, value: negative ? -value : value };
}
