/// <reference types="office-js" />
/**
 * Reads the live problems back from a written workbook's check cells (one request), and selects
 * a problem's cell. Which cells those are is the layout's knowledge (checkCellsOf()).
 */
import {
  columnRange,
  columnsToRead,
  liveProblems,
  type CellRead,
  type LiveProblem,
  type WorkbookChecks,
} from "../layout/checkCells.js";
import { describeError, ExcelTaskError } from "./errors.js";

export interface LiveRead {
  problems: LiveProblem[];
  /** The tolerance the sheet compares with now (the user may have changed it). */
  tolerance: number;
}

function cellRead(v: unknown): CellRead {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null;
}

/** The problems the workbook's check cells show now. One Excel.run, one sync. */
export async function readLiveProblems(
  checks: WorkbookChecks,
  fallbackTolerance: number,
): Promise<LiveRead> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const tolerance =
        checks.tolerance === null
          ? null
          : sheets.getItem(checks.tolerance.sheet).getRange(checks.tolerance.address);
      tolerance?.load("values");
      const ranges = new Map<string, Excel.Range>();
      for (const sheet of checks.sheets) {
        const ws = sheets.getItem(sheet.sheet);
        for (const column of columnsToRead(sheet)) {
          const range = ws.getRange(columnRange(sheet, column));
          range.load("values");
          ranges.set(`${sheet.sheet}\u0000${column}`, range);
        }
      }
      await context.sync();
      const t = tolerance?.values[0]?.[0];
      const tol = typeof t === "number" && Number.isFinite(t) && t >= 0 ? t : fallbackTolerance;
      const problems = liveProblems(checks, tol, (sheet, column) => {
        const range = ranges.get(`${sheet.sheet}\u0000${column}`);
        return (range?.values ?? []).map((row) => cellRead(row[0]));
      });
      return { problems, tolerance: tol };
    });
  } catch (error) {
    throw new ExcelTaskError("read-failed", describeError(error), [], { cause: error });
  }
}

/** Activates `sheet` and selects `address` on it. */
export async function selectCell(sheet: string, address: string): Promise<void> {
  try {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  } catch (error) {
    throw new ExcelTaskError("select-failed", describeError(error), [], { cause: error });
  }
}
