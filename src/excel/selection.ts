/// <reference types="office-js" />
/** Reads the cells selected in Excel as pasted text. */
import { cellsToText } from "./cellsText.js";
import { SelectionTooLargeError } from "./errors.js";

export { SelectionTooLargeError };

/** More cells than any performance target table has; a whole-column selection is cut to its used part first. */
export const SELECTION_CELL_LIMIT = 500_000;

/** The used part of the current selection as tab-separated text; "" when it holds nothing. */
export async function readSelectionText(): Promise<string> {
  return Excel.run(async (context) => {
    const used = context.workbook.getSelectedRange().getUsedRangeOrNullObject(true);
    used.load("isNullObject, cellCount");
    await context.sync();
    if (used.isNullObject) return "";
    if (used.cellCount > SELECTION_CELL_LIMIT) throw new SelectionTooLargeError(used.cellCount);
    used.load("values");
    await context.sync();
    return cellsToText(used.values as unknown[][]);
  });
}
