import { readHeader } from "../header.js";

/**
 * How the cells of a paste were separated:
 * - `tab`: tabs between cells (Excel, Word, web pages);
 * - `layout`: columns side by side, padded with spaces (`pdftotext -layout`);
 * - `stream`: cells one after another, wrapped over lines (PDF viewers, `pdftotext -raw`, and
 *   copies where each tab became spaces).
 */
export type Form = "tab" | "layout" | "stream";
export const FORMS: readonly Form[] = ["tab", "layout", "stream"];

export function detectForm(text: string): Form {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== "");
  if (lines.some((l) => l.includes("\t") && readHeader(l.split("\t")) !== null)) return "tab";
  // Layout text indents the wrapped lines of the right-hand columns far beyond the name column.
  const indented = lines.filter((l) => /^ {12,}\S/.test(l)).length;
  if (lines.length > 0 && indented / lines.length > 0.3) return "layout";
  return "stream";
}
