/**
 * Which cells of the workbook hold the checks, and what a check cell's value means. Pure: the
 * pane reads these ranges from the live workbook (one request) and turns the values into the
 * problems the sheet shows right now, after whatever the user edited.
 *
 * The judgement is the conditional formats' own: a difference beyond the tolerance cell, a cost
 * verdict of 不一致.
 */
import type { AmountColumn, Rule } from "../model/types.js";
import { AMOUNT_COLUMNS } from "../model/types.js";
import { cellAddress, rangeAddress } from "./a1.js";
import { diffKey } from "./columns.js";
import { VERDICT_LABELS } from "./labels.js";
import type { SheetLayout, WorkbookLayout } from "./model.js";

export type CheckKind = Exclude<Rule, "framework">;

export interface CheckColumn {
  kind: CheckKind;
  /** The money column checked (null for a cost verdict). */
  column: AmountColumn | null;
  /** 0-based sheet column of the check cells (a difference, a verdict). */
  check: number;
  /** 0-based sheet column of the cell a reader should look at: the stated amount, the verdict. */
  target: number;
}

export interface SheetChecks {
  sheet: string;
  kind: SheetLayout["kind"];
  tableIndex: number;
  /** 0-based first data row and the number of data rows. */
  firstRow: number;
  rowCount: number;
  /** Columns of the row id, and of the name shown with a problem. */
  idColumn: number;
  nameColumn: number;
  /** Indicator sheet: the indicator's name, shown after the project's. */
  detailColumn: number | null;
  checks: CheckColumn[];
}

export interface WorkbookChecks {
  /** The tolerance cell every check compares with (null: the layout names none). */
  tolerance: { sheet: string; address: string } | null;
  sheets: SheetChecks[];
}

function columnOf(sheet: SheetLayout, key: string): number {
  const i = sheet.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key} on ${sheet.name}`);
  return i;
}

function dataRows(sheet: SheetLayout): { firstRow: number; rowCount: number } {
  const rows = sheet.blocks.find((b) => b.key === "rows");
  if (rows === undefined) throw new Error(`no data rows on ${sheet.name}`);
  return { firstRow: rows.top, rowCount: rows.rows.length };
}

/** The check cells of every sheet of the layout, by column. */
export function checkCellsOf(layout: WorkbookLayout): WorkbookChecks {
  const named = layout.names[0];
  const sheets = layout.sheets.map((sheet): SheetChecks => {
    const col = (key: string): number => columnOf(sheet, key);
    if (sheet.kind === "budget") {
      return {
        sheet: sheet.name,
        kind: sheet.kind,
        tableIndex: sheet.tableIndex,
        ...dataRows(sheet),
        idColumn: col("id"),
        nameColumn: col("name"),
        detailColumn: null,
        checks: [
          ...AMOUNT_COLUMNS.map((c): CheckColumn => ({
            kind: "subtotal",
            column: c,
            check: col(diffKey(c)),
            target: col(c),
          })),
          { kind: "funding-sum", column: "total", check: col("fundingDiff"), target: col("total") },
        ],
      };
    }
    return {
      sheet: sheet.name,
      kind: sheet.kind,
      tableIndex: sheet.tableIndex,
      ...dataRows(sheet),
      idColumn: col("rowId"),
      nameColumn: col("project"),
      detailColumn: col("name"),
      checks: [
        { kind: "cost-vs-funding", column: null, check: col("verdict"), target: col("verdict") },
      ],
    };
  });
  return {
    tolerance:
      named === undefined
        ? null
        : { sheet: named.sheet, address: named.address.replace(/\$/g, "") },
    sheets,
  };
}

/** A1 range of one column's data cells on a sheet (a single cell address for one row). */
export function columnRange(sheet: SheetChecks, column: number): string {
  const last = sheet.firstRow + Math.max(sheet.rowCount, 1) - 1;
  return rangeAddress(sheet.firstRow, column, last, column);
}

/** The columns the pane loads per sheet: ids, names, details and every check column. */
export function columnsToRead(sheet: SheetChecks): number[] {
  const cols = [sheet.idColumn, sheet.nameColumn, ...sheet.checks.map((c) => c.check)];
  if (sheet.detailColumn !== null) cols.push(sheet.detailColumn);
  return [...new Set(cols)];
}

export interface LiveProblem {
  kind: CheckKind;
  sheet: string;
  /** The cell to show: the stated amount, or the cost verdict. */
  address: string;
  /** The check cell itself (a difference or a verdict). */
  checkAddress: string;
  tableIndex: number;
  rowId: string;
  /** The row's name; for a cost indicator the project's name and the indicator's. */
  name: string;
  detail: string | null;
  column: AmountColumn | null;
  /** The difference, or the verdict text. */
  value: number | string;
}

export type CellRead = string | number | boolean | null;

/**
 * The problems the workbook shows, from the values of the check columns. `read(sheet, column)`
 * gives the column's data cells top to bottom (what columnRange() addresses).
 */
export function liveProblems(
  checks: WorkbookChecks,
  tolerance: number,
  read: (sheet: SheetChecks, column: number) => readonly CellRead[],
): LiveProblem[] {
  const out: LiveProblem[] = [];
  const text = (v: CellRead | undefined): string =>
    v === null || v === undefined ? "" : String(v);
  for (const sheet of checks.sheets) {
    const ids = read(sheet, sheet.idColumn);
    const names = read(sheet, sheet.nameColumn);
    const details = sheet.detailColumn === null ? null : read(sheet, sheet.detailColumn);
    for (const check of sheet.checks) {
      const values = read(sheet, check.check);
      for (let i = 0; i < sheet.rowCount; i++) {
        const v = values[i];
        const bad =
          check.kind === "cost-vs-funding"
            ? v === VERDICT_LABELS.disagree
            : typeof v === "number" && Math.abs(v) > tolerance;
        if (!bad || v === undefined || v === null || typeof v === "boolean") continue;
        const row = sheet.firstRow + i;
        out.push({
          kind: check.kind,
          sheet: sheet.sheet,
          address: cellAddress(row, check.target),
          checkAddress: cellAddress(row, check.check),
          tableIndex: sheet.tableIndex,
          rowId: text(ids[i]),
          name: text(names[i]),
          detail: details === null ? null : text(details[i]) || null,
          column: check.column,
          value: v,
        });
      }
    }
  }
  const order: CheckKind[] = ["subtotal", "funding-sum", "cost-vs-funding"];
  return out.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}
