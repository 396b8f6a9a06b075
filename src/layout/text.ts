/**
 * Text from the paste goes into cells as literal strings. This is the one gate it passes through:
 * it cuts text to Excel's cell limit and records a diagnostic when it does.
 */
import { message, type Lang } from "../model/messages.js";
import type { Diagnostic } from "../model/types.js";

/** Excel's limit on the characters (UTF-16 code units) in one cell. */
export const EXCEL_CELL_LIMIT = 32_767;

/** Characters of the cut text quoted in the diagnostic. */
const QUOTE_LENGTH = 40;

export class TextCells {
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly lang: Lang) {}

  /** The text as a cell value: null stays empty, anything longer than the limit is cut. */
  cell(text: string | null, line: number | null): string | null {
    if (text === null || text === "") return null;
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
