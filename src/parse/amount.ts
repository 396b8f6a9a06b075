import { toHalfWidth } from "./text.js";

export type AmountReading = { ok: true; value: number | null } | { ok: false; value: null };

const EMPTY = /^(?:|-|—|－|–|\/|——)$/;
const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

const EMPTY_CELL: AmountReading = { ok: true, value: null };
/** How amounts are nearly always written: digits, a point, two decimals. */
const PLAIN = /^\d{1,15}(?:\.\d{1,6})?$/;

/**
 * Reads one money cell: `642.39`, `1,234.56`, `１２．００`, `(3.00)` for a negative amount.
 * An empty cell or a lone dash is empty (null); anything else that is not a number is refused.
 */
export function readAmount(cell: string): AmountReading {
  if (cell === "") return EMPTY_CELL;
  if (PLAIN.test(cell)) return { ok: true, value: Number(cell) };
  let s = toHalfWidth(cell).replace(/\s+/g, "").replace(/[，]/g, ",");
  if (EMPTY.test(s)) return EMPTY_CELL;
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
