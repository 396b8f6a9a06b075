/// <reference types="office-js" />
/**
 * The Office.js workbook writer: renders a WorkbookLayout into new sheets of the open workbook.
 *
 * The contract with the pane: it lays a result out with buildWorkbookLayout() and hands the layout
 * to writeWorkbook(). The writer
 *  - never touches an existing sheet or name: `预算表` taken means `预算表 (2)`, `Tolerance` taken
 *    means `Tolerance_2`, with every formula, named cell and conditional format following;
 *  - syncs once to read the workbook's sheet and name list, then once per batch of operations
 *    (src/excel/ops.ts): one batch unless the data exceeds what one request may carry (5 MB on
 *    Excel on the web), so the number of syncs does not grow with the rows;
 *  - suspends recalculation for every batch (ExcelApi 1.9);
 *  - on any failure, removes the sheets (and the name) it created, in a fresh Excel.run, and
 *    throws an ExcelTaskError whose code the pane shows in Chinese or English.
 */
import { avoidingExisting } from "../layout/rename.js";
import type { CellStyle, WorkbookLayout } from "../layout/model.js";
import { describeError, ExcelTaskError, isAbort, WriterUnavailableError } from "./errors.js";
import { EXCEL_WEB_PAYLOAD_LIMIT, planWrite, type WriteOp } from "./ops.js";

export { WriterUnavailableError };

export interface WriteProgress {
  /** Steps finished so far and in all; the pane shows completed / total. */
  completed: number;
  total: number;
  /** Sheet being written, or null between sheets (names, conditional formats). */
  sheet: string | null;
}

export interface WriteOptions {
  onProgress?: (progress: WriteProgress) => void;
  /** Stops between batches; the promise then rejects with an ExcelTaskError "aborted". */
  signal?: AbortSignal;
  /** Largest request, in bytes (default: Excel on the web's 5 MB). */
  payloadLimit?: number;
}

export interface WriteReport {
  /** Sheet names written, in layout order (after renaming around existing sheets). */
  sheets: string[];
  /** Sheets and names that had to be renamed because the workbook already had them. */
  renamed: { from: string; to: string }[];
  /** The layout as written: sheet names and formulas after renaming. */
  layout: WorkbookLayout;
  /** Cells given a value or formula. */
  cells: number;
  formulas: number;
  conditionalFormats: number;
  names: number;
  /** context.sync() calls, and value/formula/number-format range writes. */
  syncs: number;
  rangeWrites: number;
  /** Things the writer could not do exactly as laid out. */
  warnings: string[];
  elapsedMs: number;
}

export type WriteWorkbook = (
  layout: WorkbookLayout,
  options?: WriteOptions,
) => Promise<WriteReport>;

// String forms of Office's enums: the Excel global does not exist before office.js has loaded.
const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
type Edge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

function officeReady(): boolean {
  const excel = (globalThis as { Excel?: { run?: unknown } }).Excel;
  return typeof excel?.run === "function";
}

const hex = (rgb: string): string => `#${rgb}`;

type StyledFormat = Pick<
  Excel.RangeFormat,
  | "font"
  | "fill"
  | "borders"
  | "wrapText"
  | "indentLevel"
  | "horizontalAlignment"
  | "verticalAlignment"
>;

function applyStyle(format: StyledFormat, s: CellStyle, multiRow: boolean, multiColumn: boolean) {
  if (s.bold !== undefined) format.font.bold = s.bold;
  if (s.italic !== undefined) format.font.italic = s.italic;
  if (s.size !== undefined) format.font.size = s.size;
  if (s.color !== undefined) format.font.color = hex(s.color);
  if (s.fill !== undefined) format.fill.color = hex(s.fill);
  if (s.wrap !== undefined) format.wrapText = s.wrap;
  if (s.indent !== undefined) format.indentLevel = s.indent;
  if (s.align !== undefined) format.horizontalAlignment = ALIGN[s.align];
  if (s.valign !== undefined) format.verticalAlignment = s.valign === "top" ? "Top" : "Center";
  if (s.border) {
    const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (multiRow) edges.push("InsideHorizontal");
    if (multiColumn) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = "#BFBFBF";
    }
  }
}

/** Queues one operation on the request context; nothing is sent until the next sync. */
function queue(context: Excel.RequestContext, op: WriteOp): void {
  const wb = context.workbook;
  const sheet = (name: string): Excel.Worksheet => wb.worksheets.getItem(name);
  switch (op.kind) {
    case "addSheet":
      wb.worksheets.add(op.sheet);
      return;
    case "columnWidth":
      sheet(op.sheet).getRange(op.address).format.columnWidth = op.points;
      return;
    case "hideColumns":
      sheet(op.sheet).getRange(op.address).columnHidden = true;
      return;
    case "numberFormat":
      sheet(op.sheet).getRange(op.address).numberFormat = op.formats;
      return;
    case "cells": {
      const range = sheet(op.sheet).getRange(op.address);
      if (op.mode === "formulas") range.formulas = op.cells;
      else range.values = op.cells;
      return;
    }
    case "style": {
      const ws = sheet(op.sheet);
      const target = op.address.includes(",") ? ws.getRanges(op.address) : ws.getRange(op.address);
      applyStyle(target.format, op.style, op.multiRow, op.multiColumn);
      return;
    }
    case "autofitRows":
      sheet(op.sheet).getRange(op.address).format.autofitRows();
      return;
    case "freeze": {
      const panes = sheet(op.sheet).freezePanes;
      if (op.columns === 0) panes.freezeRows(op.rows);
      else if (op.rows === 0) panes.freezeColumns(op.columns);
      else panes.freezeAt(sheet(op.sheet).getRangeByIndexes(0, 0, op.rows, op.columns));
      return;
    }
    case "autoFilter":
      sheet(op.sheet).autoFilter.apply(sheet(op.sheet).getRange(op.address));
      return;
    case "print": {
      const page = sheet(op.sheet).pageLayout;
      page.orientation = op.orientation === "landscape" ? "Landscape" : "Portrait";
      page.paperSize = "A4";
      if (op.repeatRows !== null) page.setPrintTitleRows(`$${op.repeatRows.replace(":", ":$")}`);
      return;
    }
    case "name":
      wb.names.add(op.name, sheet(op.sheet).getRange(op.address));
      return;
    case "conditionalFormat": {
      const cf = sheet(op.sheet).getRange(op.range).conditionalFormats.add("Custom");
      cf.custom.rule.formula = `=${op.formula}`;
      const f = cf.custom.format;
      if (op.style.fill !== undefined) f.fill.color = hex(op.style.fill);
      if (op.style.color !== undefined) f.font.color = hex(op.style.color);
      if (op.style.bold !== undefined) f.font.bold = op.style.bold;
      if (op.style.italic !== undefined) f.font.italic = op.style.italic;
      return;
    }
    case "activate":
      sheet(op.sheet).activate();
      return;
  }
}

function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ExcelTaskError("aborted", null, [], { cause: signal.reason });
}

/**
 * Deletes the sheets and names a failed write created: those in `sheets`/`names` that exist
 * now but not in `before`. A fresh Excel.run, because the failed one's context may be gone.
 */
async function removeCreated(
  sheets: readonly string[],
  names: readonly string[],
  before: { sheets: Set<string>; names: Set<string> },
): Promise<string[]> {
  const wanted = new Set(sheets.map((s) => s.toLowerCase()));
  const wantedNames = new Set(names.map((n) => n.toLowerCase()));
  return Excel.run(async (context) => {
    const all = context.workbook.worksheets;
    all.load("items/name");
    const named = context.workbook.names;
    named.load("items/name");
    await context.sync();
    const removed: string[] = [];
    for (const n of named.items) {
      const key = n.name.toLowerCase();
      if (wantedNames.has(key) && !before.names.has(key)) n.delete();
    }
    for (const ws of all.items) {
      const key = ws.name.toLowerCase();
      if (wanted.has(key) && !before.sheets.has(key)) {
        ws.delete();
        removed.push(ws.name);
      }
    }
    await context.sync();
    return removed;
  });
}

/** Renders `layout` into new sheets of the workbook open in Excel. */
export const writeWorkbook: WriteWorkbook = async (layout, options = {}) => {
  if (!officeReady()) throw new WriterUnavailableError();
  const started = Date.now();
  const limit = options.payloadLimit ?? EXCEL_WEB_PAYLOAD_LIMIT;
  const before = { sheets: new Set<string>(), names: new Set<string>() };
  let written: WorkbookLayout | null = null;
  try {
    checkAbort(options.signal);
    return await Excel.run(async (context) => {
      // Phase 1: what the workbook already has.
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const names = context.workbook.names;
      names.load("items/name");
      await context.sync();
      let syncs = 1;
      for (const s of sheets.items) before.sheets.add(s.name.toLowerCase());
      for (const n of names.items) before.names.add(n.name.toLowerCase());

      const target = avoidingExisting(
        layout,
        sheets.items.map((s) => s.name),
        names.items.map((n) => n.name),
      );
      written = target;
      const plan = planWrite(target, limit);
      const total = plan.batches.length + 1;
      options.onProgress?.({ completed: 1, total, sheet: null });

      // Phase 2: everything, batch by batch (one batch unless the payload needs more).
      for (const batch of plan.batches) {
        checkAbort(options.signal);
        context.application.suspendApiCalculationUntilNextSync();
        for (const op of batch) queue(context, op);
        await context.sync();
        syncs++;
        const first = batch.find((op) => "sheet" in op && op.kind !== "conditionalFormat");
        options.onProgress?.({
          completed: syncs,
          total,
          sheet: first !== undefined && "sheet" in first ? first.sheet : null,
        });
      }

      const renamed = [
        ...layout.sheets.map((s, i) => ({ from: s.name, to: target.sheets[i]?.name ?? s.name })),
        ...layout.names.map((n, i) => ({ from: n.name, to: target.names[i]?.name ?? n.name })),
      ].filter((r) => r.from !== r.to);
      return {
        sheets: target.sheets.map((s) => s.name),
        renamed,
        layout: target,
        cells: plan.cells,
        formulas: plan.formulas,
        conditionalFormats: plan.conditionalFormats,
        names: plan.names,
        syncs,
        rangeWrites: plan.rangeWrites,
        warnings: plan.warnings,
        elapsedMs: Date.now() - started,
      };
    });
  } catch (error) {
    const failed: WorkbookLayout | null = written;
    const aborted = isAbort(error) || (error instanceof ExcelTaskError && error.code === "aborted");
    if (failed === null) {
      if (error instanceof ExcelTaskError) throw error;
      throw new ExcelTaskError("write-failed", describeError(error), [], { cause: error });
    }
    const created = (failed as WorkbookLayout).sheets.map((s) => s.name);
    const createdNames = (failed as WorkbookLayout).names.map((n) => n.name);
    try {
      await removeCreated(created, createdNames, before);
    } catch (cleanup) {
      throw new ExcelTaskError(
        "cleanup-failed",
        `${describeError(error)}; ${describeError(cleanup)}`,
        created.filter((s) => !before.sheets.has(s.toLowerCase())),
        { cause: error },
      );
    }
    if (aborted) throw new ExcelTaskError("aborted", null, [], { cause: error });
    if (error instanceof ExcelTaskError) throw error;
    throw new ExcelTaskError("write-failed", describeError(error), [], { cause: error });
  }
};
