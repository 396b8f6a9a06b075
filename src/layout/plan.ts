/**
 * The plan of one table's pair of sheets: names and grids. Built first, because the budget sheet
 * counts verdicts on the indicator sheet and the indicator sheet looks amounts up on the budget
 * sheet.
 */
import type { CheckOptions } from "../check/options.js";
import type { Table } from "../model/types.js";
import { BUDGET_COLUMNS, indicatorColumns, type BudgetKey, type IndicatorKey } from "./columns.js";
import { Grid } from "./grid.js";

/** Budget sheet: title, department and unit in rows 1–3, the summary beside them, header row 4. */
export const BUDGET_HEADER_ROW = 3;
/** Indicator sheet: title and a note in rows 1–2, header row 3. */
export const INDICATOR_HEADER_ROW = 2;

export interface TablePlan {
  table: Table;
  budget: Grid<BudgetKey>;
  indicators: Grid<IndicatorKey>;
  /** True for the first table: its budget sheet holds the named tolerance cell. */
  ownsTolerance: boolean;
  options: CheckOptions;
}

/** 预算表 / 绩效指标 for a single table; numbered 预算表1, 绩效指标1 … when there are several. */
export function sheetNames(
  table: Table,
  tableCount: number,
): { budget: string; indicators: string } {
  const n = tableCount > 1 ? String(table.index) : "";
  return { budget: `预算表${n}`, indicators: `绩效指标${n}` };
}

export function planTables(tables: readonly Table[], options: CheckOptions): TablePlan[] {
  return tables.map((table, i) => {
    const names = sheetNames(table, tables.length);
    const indicatorKeys = indicatorColumns(table.unit, options.costColumn).map((c) => c.key);
    return {
      table,
      budget: new Grid(
        names.budget,
        BUDGET_COLUMNS.map((c) => c.key),
        BUDGET_HEADER_ROW,
        table.rows.length,
      ),
      indicators: new Grid(
        names.indicators,
        indicatorKeys,
        INDICATOR_HEADER_ROW,
        table.indicators.length,
      ),
      ownsTolerance: i === 0,
      options,
    };
  });
}
