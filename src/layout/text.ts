/**
 * Text from the paste goes into cells as literal strings. This is the one gate it passes through:
 * it cuts text to Excel's cell limit and records a diagnostic when it does.
 */
import { message, type Lang } from "../model/messages.js";
import type { Diagnostic } from "../model/types.js";

/** Excel's limit on the characters (UTF-16 code units) in one cell. */
export const EXCEL_CELL_LIMIT = 32_767;

/**
 * Characters no cell may hold: XML 1.0 forbids them in an .xlsx (Excel calls such a file
 * corrupt), and a lone surrogate is no character at all. Tab and line feed stay.
 */
const UNWRITABLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text as a cell holds it: a carriage return (alone or before a line feed) becomes the line
 * feed Excel uses for a line break in a cell (an .xlsx reader would turn it into one anyway),
 * characters no cell may hold are dropped, lone surrogates become U+FFFD.
 */
export function cellText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(UNWRITABLE, (c) => (c.length === 1 && c >= "\ud800" && c <= "\udfff" ? "\ufffd" : ""));
}

/** Characters of the cut text quoted in the diagnostic. */
const QUOTE_LENGTH = 40;

export class TextCells {
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly lang: Lang) {}

  /** The text as a cell value: null stays empty, anything longer than the limit is cut. */
  cell(raw: string | null, line: number | null): string | null {
    if (raw === null || raw === "") return null;
    const text = cellText(raw);
    if (text === "") return null;
    if (text.length <= EXCEL_CELL_LIMIT) return text;
    let end = EXCEL_CELL_LIMIT;
    // Do not split a surrogate pair: a lone high surrogate is not a character.
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end -= 1;
    this.diagnostics.push({
      line,
      text: `${text.slice(0, QUOTE_LENGTH)}…`,
      reason: message("text-truncated", this.lang, { limit: EXCEL_CELL_LIMIT }),
      code: "text-truncated",
    });
    return text.slice(0, end);
  }
}
