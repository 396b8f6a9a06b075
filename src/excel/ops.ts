/**
 * The Office.js writer's plan: a WorkbookLayout turned into a list of range operations, cut into
 * batches that each fit in one request. Pure data and no Office types, so the batching can be
 * tested without Excel; src/excel/writer.ts replays the operations on Excel's objects.
 *
 * The number of operations depends on the layout's shape (sheets, blocks, columns, styles), not
 * on its row count: a block goes in as one 2-D array, styles go on whole column ranges and on
 * RangeAreas of rows. Only a payload larger than a request may carry cuts a block into row
 * chunks.
 */
import { columnLetter, rangeAddress } from "../layout/a1.js";
import {
  isFormula,
  type Block,
  type Cell,
  type CellStyle,
  type SheetLayout,
  type StyleName,
  type WorkbookLayout,
} from "../layout/model.js";
import { ExcelTaskError } from "./errors.js";

/** Excel on the web refuses a request (or a response) larger than 5 MB. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Share of the limit a batch may fill by our estimate: the wire format adds its own framing. */
export const PAYLOAD_SAFETY = 0.8;
/** A block larger than this share of a batch is cut into row chunks, so batches pack well. */
const CHUNK_SHARE = 0.25;
/** Longest RangeAreas address the writer builds (the areas of one row style, say). */
export const AREAS_ADDRESS_MAX = 8000;
/** Estimated bytes each Office.js call costs beyond its data: object path, method, property. */
const CALL_OVERHEAD = 160;

/**
 * A value as Office.js takes it in `values`/`formulas`. Text always gets a leading apostrophe:
 * Excel reads what an add-in writes the way it reads typing, so `=1+1`, `+86…`, `-`, `@x`, `001`,
 * `1/2` or `3月4日` would otherwise become a formula, a number or a date. The apostrophe marks
 * the entry as text and is not part of the value (`values` and `formulas` read back without it).
 */
export type OfficeCell = string | number | boolean;

export function officeCell(cell: Cell): OfficeCell {
  if (isFormula(cell)) return `=${cell.formula}`;
  if (cell === null || cell === "") return "";
  if (typeof cell === "string") return `'${cell}`;
  if (typeof cell === "number" && !Number.isFinite(cell)) return "";
  return cell;
}

export type WriteOp =
  | { kind: "addSheet"; sheet: string }
  | { kind: "columnWidth"; sheet: string; address: string; points: number }
  | { kind: "hideColumns"; sheet: string; address: string }
  | {
      kind: "cells";
      sheet: string;
      address: string;
      mode: "values" | "formulas";
      cells: OfficeCell[][];
    }
  | { kind: "numberFormat"; sheet: string; address: string; formats: string[][] }
  | {
      kind: "style";
      sheet: string;
      /** One range, or several (RangeAreas) separated by commas. */
      address: string;
      style: CellStyle;
      /** Whether the range spans several rows / columns (inside borders exist only then). */
      multiRow: boolean;
      multiColumn: boolean;
    }
  | { kind: "autofitRows"; sheet: string; address: string }
  | { kind: "freeze"; sheet: string; rows: number; columns: number }
  | { kind: "autoFilter"; sheet: string; address: string }
  | {
      kind: "print";
      sheet: string;
      orientation: "landscape" | "portrait";
      repeatRows: string | null;
    }
  | { kind: "name"; name: string; sheet: string; address: string }
  | { kind: "conditionalFormat"; sheet: string; range: string; formula: string; style: CellStyle }
  | { kind: "activate"; sheet: string };

export interface WritePlan {
  batches: WriteOp[][];
  /** Estimated request bytes of each batch. */
  batchBytes: number[];
  cells: number;
  formulas: number;
  conditionalFormats: number;
  names: number;
  /** Range writes of cell data: `values`/`formulas` and number-format arrays. */
  rangeWrites: number;
  warnings: string[];
}

/** UTF-8 length of a string: what it costs on the wire. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const STYLE_KEYS = [
  "bold",
  "italic",
  "size",
  "color",
  "fill",
  "wrap",
  "indent",
  "align",
  "valign",
] as const;

/** How many Office.js calls (property sets, method calls) replaying `op` queues. */
export function officeCalls(op: WriteOp): number {
  switch (op.kind) {
    case "style": {
      const props = STYLE_KEYS.filter((k) => op.style[k] !== undefined).length;
      const edges = op.style.border ? 4 + (op.multiRow ? 1 : 0) + (op.multiColumn ? 1 : 0) : 0;
      return props + 2 * edges;
    }
    case "conditionalFormat": {
      const s = op.style;
      return 2 + [s.fill, s.color, s.bold, s.italic].filter((v) => v !== undefined).length;
    }
    case "print":
      return op.repeatRows === null ? 2 : 3;
    default:
      return 1;
  }
}

/** Estimated request bytes of one operation: its calls and its data. */
export function opBytes(op: WriteOp): number {
  return CALL_OVERHEAD * officeCalls(op) + utf8Length(JSON.stringify(op));
}

/** Excel column width (characters of the default font) in points, as Office.js sets it. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Consecutive runs of the indices where `pick` gives the same key, as [key, first, last]. */
function runs<K>(count: number, pick: (i: number) => K): [K, number, number][] {
  const out: [K, number, number][] = [];
  for (let i = 0; i < count; i++) {
    const key = pick(i);
    const last = out[out.length - 1];
    if (last !== undefined && last[0] === key && last[2] === i - 1) last[2] = i;
    else out.push([key, i, i]);
  }
  return out;
}

/** Joins area addresses into as few RangeAreas addresses as AREAS_ADDRESS_MAX allows. */
function joinAreas(areas: readonly string[]): string[] {
  const out: string[] = [];
  let current = "";
  for (const a of areas) {
    if (current !== "" && current.length + 1 + a.length > AREAS_ADDRESS_MAX) {
      out.push(current);
      current = "";
    }
    current = current === "" ? a : `${current},${a}`;
  }
  if (current !== "") out.push(current);
  return out;
}

interface Planner {
  ops: WriteOp[];
  chunkBytes: number;
  budget: number;
  cells: number;
  formulas: number;
  rangeWrites: number;
}

/** Row chunks of a matrix, each within `limit` estimated bytes (at least one row each). */
function rowChunks<T>(rows: readonly T[][], limit: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const b = utf8Length(JSON.stringify(row)) + 1;
    if (i > start && bytes + b > limit) {
      out.push([start, i - 1]);
      start = i;
      bytes = 0;
    }
    bytes += b;
  });
  if (rows.length > 0) out.push([start, rows.length - 1]);
  return out;
}

function blockOps(p: Planner, sheet: SheetLayout, block: Block, styles: WorkbookLayout["styles"]) {
  const height = block.rows.length;
  const width = block.columns.length;
  if (height === 0 || width === 0) return;
  const bottom = block.top + height - 1;
  const right = block.left + width - 1;
  const s = sheet.name;

  // Number formats first, per column that has one.
  for (const [format, from, to] of runs(width, (c) => block.columns[c]?.numberFormat)) {
    if (format === undefined) continue;
    const formats = block.rows.map(() => Array.from({ length: to - from + 1 }, () => format));
    for (const [r0, r1] of rowChunks(formats, p.chunkBytes)) {
      p.ops.push({
        kind: "numberFormat",
        sheet: s,
        address: rangeAddress(block.top + r0, block.left + from, block.top + r1, block.left + to),
        formats: formats.slice(r0, r1 + 1),
      });
      p.rangeWrites++;
    }
  }

  // Then the cells: one 2-D array, `formulas` when the block holds any formula.
  const cells = block.rows.map((row) => row.map(officeCell));
  let formulas = 0;
  for (const row of block.rows) for (const c of row) if (isFormula(c)) formulas++;
  p.cells += height * width;
  p.formulas += formulas;
  const mode = formulas > 0 ? "formulas" : "values";
  for (const [r0, r1] of rowChunks(cells, p.chunkBytes)) {
    p.ops.push({
      kind: "cells",
      sheet: s,
      address: rangeAddress(block.top + r0, block.left, block.top + r1, right),
      mode,
      cells: cells.slice(r0, r1 + 1),
    });
    p.rangeWrites++;
  }

  // Column styles on whole column ranges, then row styles over them (row wins).
  for (const [name, from, to] of runs(width, (c) => block.columns[c]?.style)) {
    const style = name === undefined ? undefined : styles[name];
    if (style === undefined || Object.keys(style).length === 0) continue;
    p.ops.push({
      kind: "style",
      sheet: s,
      address: rangeAddress(block.top, block.left + from, bottom, block.left + to),
      style,
      multiRow: height > 1,
      multiColumn: to > from,
    });
  }
  const rowStyles = block.rowStyles;
  if (rowStyles === undefined) return;
  const byStyle = new Map<StyleName, { areas: string[]; multiRow: boolean }>();
  for (const [name, from, to] of runs(height, (r) => rowStyles[r] ?? null)) {
    if (name === null) continue;
    const entry = byStyle.get(name) ?? { areas: [], multiRow: true };
    entry.areas.push(rangeAddress(block.top + from, block.left, block.top + to, right));
    entry.multiRow &&= to > from;
    byStyle.set(name, entry);
  }
  for (const [name, { areas, multiRow }] of byStyle) {
    const style = styles[name];
    if (style === undefined || Object.keys(style).length === 0) continue;
    for (const address of joinAreas(areas)) {
      p.ops.push({ kind: "style", sheet: s, address, style, multiRow, multiColumn: width > 1 });
    }
  }
}

function lastUsed(sheet: SheetLayout): { row: number; column: number } {
  let row = 0;
  let column = Math.max(0, sheet.columns.length - 1);
  for (const b of sheet.blocks) {
    row = Math.max(row, b.top + b.rows.length - 1);
    column = Math.max(column, b.left + b.columns.length - 1);
  }
  return { row, column };
}

/**
 * The operations that render `layout` into new sheets, in batches of at most
 * `payloadLimit × PAYLOAD_SAFETY` estimated bytes.
 */
export function planWrite(
  layout: WorkbookLayout,
  payloadLimit: number = EXCEL_WEB_PAYLOAD_LIMIT,
): WritePlan {
  if (layout.sheets.length === 0) throw new ExcelTaskError("empty-layout");
  const budget = Math.max(1, Math.floor(payloadLimit * PAYLOAD_SAFETY));
  const p: Planner = {
    ops: [],
    budget,
    chunkBytes: Math.max(1, Math.floor(budget * CHUNK_SHARE)),
    cells: 0,
    formulas: 0,
    rangeWrites: 0,
  };
  const warnings: string[] = [];

  for (const sheet of layout.sheets) p.ops.push({ kind: "addSheet", sheet: sheet.name });
  for (const sheet of layout.sheets) {
    const s = sheet.name;
    sheet.columns.forEach((c, i) => {
      const letter = columnLetter(i);
      p.ops.push({
        kind: "columnWidth",
        sheet: s,
        address: `${letter}:${letter}`,
        points: widthInPoints(c.width),
      });
    });
    for (const [collapsed, from, to] of runs(
      sheet.columns.length,
      (i) => !!sheet.columns[i]?.collapsed,
    )) {
      if (!collapsed) continue;
      p.ops.push({
        kind: "hideColumns",
        sheet: s,
        address: `${columnLetter(from)}:${columnLetter(to)}`,
      });
    }
    if (sheet.columns.some((c) => c.collapsed)) {
      warnings.push(`${s}: collapsed columns are hidden (an outline group needs ExcelApi 1.10)`);
    }
    for (const block of sheet.blocks) blockOps(p, sheet, block, layout.styles);
    // Excel sizes wrapped rows itself; the layout's estimated heights are for LibreOffice,
    // which does not (and row-by-row heights would cost one operation per row).
    const used = lastUsed(sheet);
    p.ops.push({
      kind: "autofitRows",
      sheet: s,
      address: rangeAddress(0, 0, used.row, used.column),
    });
    if (sheet.frozenRows > 0 || sheet.frozenColumns > 0) {
      p.ops.push({
        kind: "freeze",
        sheet: s,
        rows: sheet.frozenRows,
        columns: sheet.frozenColumns,
      });
    }
    if (sheet.autoFilter !== null) {
      p.ops.push({ kind: "autoFilter", sheet: s, address: sheet.autoFilter });
    }
    p.ops.push({
      kind: "print",
      sheet: s,
      orientation: sheet.print.orientation,
      repeatRows: sheet.print.repeatRows,
    });
  }
  if (layout.sheets.some((s) => s.print.fitToWidth > 0)) {
    warnings.push(
      "fit to one page wide is left to the user (page zoom is not set through Office.js)",
    );
  }
  for (const n of layout.names) {
    p.ops.push({ kind: "name", name: n.name, sheet: n.sheet, address: n.address });
  }
  // conditionalFormats.add() puts a rule at the top: add the last first to keep layout priority.
  for (const rule of [...layout.conditionalFormats].reverse()) {
    p.ops.push({
      kind: "conditionalFormat",
      sheet: rule.sheet,
      range: rule.range,
      formula: rule.formula,
      style: layout.styles[rule.style] ?? {},
    });
  }
  const first = layout.sheets[0];
  if (first !== undefined) p.ops.push({ kind: "activate", sheet: first.name });

  const batches: WriteOp[][] = [];
  const batchBytes: number[] = [];
  let current: WriteOp[] = [];
  let bytes = 0;
  for (const op of p.ops) {
    const b = opBytes(op);
    if (b > budget) {
      throw new ExcelTaskError(
        "row-too-large",
        `${op.kind} ${"address" in op ? op.address : ""} needs ${b} bytes; a request holds ${budget}`,
      );
    }
    if (current.length > 0 && bytes + b > budget) {
      batches.push(current);
      batchBytes.push(bytes);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += b;
  }
  if (current.length > 0) {
    batches.push(current);
    batchBytes.push(bytes);
  }
  return {
    batches,
    batchBytes,
    cells: p.cells,
    formulas: p.formulas,
    conditionalFormats: layout.conditionalFormats.length,
    names: layout.names.length,
    rangeWrites: p.rangeWrites,
    warnings,
  };
}
