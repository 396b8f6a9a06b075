/**
 * The layout step: from a ReconResult to a description of the self-checking workbook. Pure — no
 * spreadsheet library — so the ExcelJS writer and the Office.js writer render the same thing.
 */
import { checkOptions, type CheckOptions } from "../check/options.js";
import type { ReconResult } from "../model/types.js";
import { buildBudgetSheet } from "./budgetSheet.js";
import { buildIndicatorSheet } from "./indicatorSheet.js";
import type { WorkbookLayout } from "./model.js";
import { planTables } from "./plan.js";
import { STYLES } from "./styles.js";
import { TextCells } from "./text.js";

export type LayoutOptions = CheckOptions;

/**
 * One budget sheet and one indicator sheet per table, in table order. The options must be the
 * ones the result was checked with for the sheet's verdicts to match `result.findings`.
 */
export function buildWorkbookLayout(
  result: ReconResult,
  options: Partial<LayoutOptions> = {},
): WorkbookLayout {
  const opts = checkOptions(options);
  const text = new TextCells(opts.lang);
  const layout: WorkbookLayout = {
    sheets: [],
    names: [],
    conditionalFormats: [],
    styles: { ...STYLES },
    diagnostics: text.diagnostics,
  };
  for (const plan of planTables(result.tables, opts)) {
    for (const built of [buildBudgetSheet(plan, text), buildIndicatorSheet(plan, text)]) {
      layout.sheets.push(built.sheet);
      layout.conditionalFormats.push(...built.conditionalFormats);
      layout.names.push(...built.names);
    }
  }
  return layout;
}

export * from "./model.js";
export * from "./a1.js";
export { TOLERANCE_NAME } from "./formulas.js";
export { EXCEL_CELL_LIMIT } from "./text.js";
export { VERDICT_LABELS, KIND_LABELS } from "./labels.js";
export { BUDGET_COLUMNS, indicatorColumns, type BudgetKey, type IndicatorKey } from "./columns.js";
export { sheetNames } from "./plan.js";
export {
  avoidingExisting,
  cleanSheetName,
  clipSheetName,
  isValidSheetName,
  sheetNameProblem,
  renameInFormula,
  renameLayout,
  uniqueSheetName,
  withSheetPrefix,
  SHEET_NAME_MAX,
  type Renames,
  type SheetNameProblem,
} from "./rename.js";
export * from "./checkCells.js";
