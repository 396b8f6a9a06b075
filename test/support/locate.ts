/**
 * Finds cells in a WorkbookLayout by meaning (table, row id, column key) rather than position,
 * and turns engine findings into the cells the workbook should light up.
 */
import { compareCost, isCostIndicator, type CostVerdict } from "../../src/check/cost.js";
import { checkOptions, type CheckOptions } from "../../src/check/options.js";
import type { Finding, ReconResult } from "../../src/model/types.js";
import {
  cellAddress,
  isFormula,
  type Block,
  type Cell,
  type SheetLayout,
  type WorkbookLayout,
} from "../../src/layout/index.js";

export function sheetOf(
  layout: WorkbookLayout,
  tableIndex: number,
  kind: SheetLayout["kind"],
): SheetLayout {
  const sheet = layout.sheets.find((s) => s.tableIndex === tableIndex && s.kind === kind);
  if (!sheet) throw new Error(`no ${kind} sheet for table ${tableIndex}`);
  return sheet;
}

export function block(sheet: SheetLayout, key: string): Block {
  const b = sheet.blocks.find((x) => x.key === key);
  if (!b) throw new Error(`no block ${key} on ${sheet.name}`);
  return b;
}

export function columnOf(sheet: SheetLayout, key: string): number {
  const i = sheet.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key} on ${sheet.name}`);
  return i;
}

/** The cell (as the block holds it) of `key` on the data row where `match` holds. */
function findRow(sheet: SheetLayout, match: (get: (key: string) => Cell) => boolean): number {
  const rows = block(sheet, "rows");
  const idx = (key: string): number => rows.columns.findIndex((c) => c.key === key);
  const r = rows.rows.findIndex((cells) => match((key) => cells[idx(key)] ?? null));
  if (r < 0) throw new Error(`no matching row on ${sheet.name}`);
  return rows.top + r;
}

export function budgetCell(
  layout: WorkbookLayout,
  tableIndex: number,
  rowId: string,
  key: string,
): string {
  const sheet = sheetOf(layout, tableIndex, "budget");
  const row = findRow(sheet, (get) => get("id") === rowId);
  return `${sheet.name}!${cellAddress(row, columnOf(sheet, key))}`;
}

export function indicatorCell(
  layout: WorkbookLayout,
  tableIndex: number,
  rowId: string,
  seq: number | null,
  key: string,
): string {
  const sheet = sheetOf(layout, tableIndex, "indicators");
  const row = findRow(sheet, (get) => get("rowId") === rowId && get("seq") === seq);
  return `${sheet.name}!${cellAddress(row, columnOf(sheet, key))}`;
}

/** Sheet!A1 → [sheet, A1] */
export function split(ref: string): [string, string] {
  const i = ref.lastIndexOf("!");
  return [ref.slice(0, i), ref.slice(i + 1)];
}

/** Rule key → the cells it must light up, from the engine's findings. */
export function expectedLitCells(
  layout: WorkbookLayout,
  result: ReconResult,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (key: string, ref: string): void => {
    const set = out.get(key) ?? new Set<string>();
    set.add(ref);
    out.set(key, set);
  };
  for (const f of result.findings) {
    const t = f.tableIndex;
    switch (f.rule) {
      case "subtotal":
        add("subtotal-stated", budgetCell(layout, t, f.rowId, column(f)));
        add("subtotal-difference", budgetCell(layout, t, f.rowId, `diff-${column(f)}`));
        break;
      case "funding-sum":
        add("funding-total", budgetCell(layout, t, f.rowId, "total"));
        add("funding-difference", budgetCell(layout, t, f.rowId, "fundingDiff"));
        break;
      case "cost-vs-funding":
        if (f.code === "cost-disagree") {
          add("cost-verdict", indicatorCell(layout, t, f.rowId, f.indicatorSeq, "verdict"));
          add("cost-indicator", indicatorCell(layout, t, f.rowId, f.indicatorSeq, "name"));
          add("cost-project", budgetCell(layout, t, f.rowId, "name"));
        } else {
          add("cost-info", indicatorCell(layout, t, f.rowId, f.indicatorSeq, "verdict"));
        }
        break;
      case "framework":
        break;
    }
  }
  return out;
}

function column(f: Finding): string {
  if (f.column === null) throw new Error(`finding without a column: ${f.message}`);
  return f.column;
}

/** Every cost indicator's engine verdict, keyed by its verdict cell. */
export function engineCostVerdicts(
  layout: WorkbookLayout,
  result: ReconResult,
  options: Partial<CheckOptions> = {},
): Map<string, CostVerdict> {
  const opts = checkOptions(options);
  const out = new Map<string, CostVerdict>();
  for (const table of result.tables) {
    const rows = new Map(table.rows.map((r) => [r.id, r]));
    for (const ind of table.indicators) {
      const row = rows.get(ind.rowId);
      if (!row || !isCostIndicator(ind)) continue;
      out.set(
        indicatorCell(layout, table.index, ind.rowId, ind.seq, "verdict"),
        compareCost(ind, row, table, opts).verdict,
      );
    }
  }
  return out;
}

export function formulaCount(cells: readonly Cell[]): number {
  return cells.filter(isFormula).length;
}
