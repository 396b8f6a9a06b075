import type { InputForm } from "../../model/types.js";
import { readHeader } from "../header.js";
import { matchKey } from "../text.js";

/**
 * How the cells of a paste were separated:
 * - `tab`: tabs between cells (Excel, Word, web pages);
 * - `layout`: columns side by side, padded with spaces (`pdftotext -layout`);
 * - `stream`: cells one after another, wrapped over lines (PDF viewers, `pdftotext -raw`, and
 *   copies where each tab became spaces);
 * - `columns`: each page's columns one after another (`pdftotext` without options): names, then
 *   every amount on a line of its own between blank lines, then goals and indicators merged side
 *   by side. Which amount and which text belong to which row cannot be told reliably, so it is
 *   refused with a reason.
 */
export type Form = InputForm;
export const FORMS: readonly Form[] = ["tab", "layout", "stream", "columns"];

const LONE_AMOUNT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}$/;
const AMOUNT_IN_LINE = /(?:^|\s)-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?=\s|$)/;

export function detectForm(text: string): Form {
  const all = text.split(/\r\n|\r|\n/);
  const lines = all.filter((l) => l.trim() !== "");
  if (lines.some((l) => l.includes("\t") && readHeader(l.split("\t")) !== null)) return "tab";
  // Layout text indents the wrapped lines of the right-hand columns far beyond the name column.
  const indented = lines.filter((l) => /^ {12,}\S/.test(l)).length;
  if (lines.length > 0 && indented / lines.length > 0.3) return "layout";
  // pdftotext's own reading order: amounts one per line, set apart by blank lines in blocks of a
  // column. (A viewer that puts each amount on a line of its own writes no blank lines between.)
  const withAmounts = lines.filter((l) => AMOUNT_IN_LINE.test(l.trim())).length;
  let lone = 0;
  let apart = 0;
  all.forEach((l, i) => {
    if (!LONE_AMOUNT.test(l.trim())) return;
    lone++;
    if ((all[i - 1] ?? "").trim() === "" || (all[i + 1] ?? "").trim() === "") apart++;
  });
  if (withAmounts >= 4 && lone / withAmounts > 0.2 && apart * 2 >= lone) return "columns";
  // Or the header drawn as column blocks: its words on lines of their own, and blank lines
  // between the blocks (a table drawn from the top puts amounts beside their names instead).
  // A viewer that copies cell by cell writes no blank lines.
  const headerWords = new Set(lines.map((l) => matchKey(l)).filter((k) => HEADER_WORD.test(k)));
  const blank = all.length - lines.length;
  if (headerWords.size >= 3 && blank >= 0.1 * all.length) return "columns";
  return "stream";
}

/** A money or text column's header word standing alone, as pdftotext's column blocks leave it. */
const HEADER_WORD = /^(?:总计|财政拨款|其他资金|绩效目标|绩效指标)$/;
