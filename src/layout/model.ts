/**
 * The workbook description the layout step produces and the writers (ExcelJS now, Office.js
 * later) render. Plain data, no spreadsheet library types, so it can be tested and serialised.
 *
 * A sheet is a set of rectangular blocks. Each block is a 2-D matrix of cells with one number
 * format and one style per column, plus an optional style per row: a writer can put a block in
 * with one `range.values`/`range.formulas` call and style it with a handful of range calls,
 * never one call per row.
 */
import type { Diagnostic } from "../model/types.js";

/** A literal cell value. A string is always text, whatever it starts with. */
export type CellValue = string | number | boolean | null;

/** A formula, written without the leading `=`, in A1 style with English function names. */
export interface FormulaCell {
  readonly formula: string;
}

export type Cell = CellValue | FormulaCell;

export function isFormula(cell: Cell): cell is FormulaCell {
  return typeof cell === "object" && cell !== null;
}

/** Name of an entry in `WorkbookLayout.styles`. */
export type StyleName = string;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  /** Font colour, RRGGBB. */
  color?: string;
  /** Solid background, RRGGBB. */
  fill?: string;
  wrap?: boolean;
  /** Alignment indent level (about one character width per level). */
  indent?: number;
  align?: "left" | "center" | "right";
  valign?: "top" | "middle";
  /** Thin border on every side of the cell. */
  border?: boolean;
}

export interface BlockColumn {
  /** Stable English key (tests and writers find columns by it). */
  key: string;
  numberFormat?: string;
  style?: StyleName;
}

export interface Block {
  key: string;
  /** 0-based sheet row and column of the block's top-left cell. */
  top: number;
  left: number;
  columns: BlockColumn[];
  /** rows[r][c]; every row has columns.length cells. */
  rows: Cell[][];
  /** Style per row, applied over the column's style (row wins where both set a property). */
  rowStyles?: (StyleName | null)[];
}

export interface ColumnLayout {
  key: string;
  /** Chinese header as shown in the sheet. */
  header: string;
  /** Width in Excel character units. */
  width: number;
  /**
   * Columns in an outline group (level 1) start collapsed: there, one click away, but out of the
   * way of the figures a reader looks at first (and of the printed page).
   */
  collapsed?: boolean;
}

export interface RowHeight {
  /** 0-based sheet row. */
  row: number;
  /** Points. Estimated from the wrapped text, because LibreOffice does not autofit on load. */
  height: number;
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  /** Scale to this many pages wide; height is free. */
  fitToWidth: number;
  /** A4 */
  paper: "A4";
  /** 1-based row numbers repeated at the top of every printed page, e.g. "4:4". */
  repeatRows: string | null;
}

export type SheetKind = "budget" | "indicators";

export interface SheetLayout {
  name: string;
  kind: SheetKind;
  /** Which table (Table.index) the sheet shows. */
  tableIndex: number;
  /** Every used column, left to right from column A. */
  columns: ColumnLayout[];
  blocks: Block[];
  rowHeights: RowHeight[];
  /** Rows frozen at the top (the header row is the last of them). */
  frozenRows: number;
  frozenColumns: number;
  /** A1 range of the header row and the data below it, or null. */
  autoFilter: string | null;
  print: PrintSetup;
}

export interface NamedCell {
  /** ASCII, because HyperFormula (and some Excel locales) reject other names. */
  name: string;
  sheet: string;
  /** Absolute A1 address on `sheet`, e.g. $D$2. */
  address: string;
}

export interface ConditionalFormat {
  /** Stable key naming what the rule shows, e.g. "subtotal-stated"; tests select rules by it. */
  key: string;
  sheet: string;
  /** One rectangular A1 range. The formula is written for its top-left cell. */
  range: string;
  /** Formula without `=`, relative references as seen from the range's top-left cell. */
  formula: string;
  style: StyleName;
}

export interface WorkbookLayout {
  sheets: SheetLayout[];
  names: NamedCell[];
  conditionalFormats: ConditionalFormat[];
  styles: Record<StyleName, CellStyle>;
  /** Problems met while laying out (text cut to Excel's cell limit). */
  diagnostics: Diagnostic[];
}
