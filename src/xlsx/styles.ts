/** The layout's named styles as ExcelJS styles: for cells, and for conditional formats (dxf). */
import type ExcelJS from "exceljs";
import type { CellStyle } from "../layout/model.js";

const argb = (rgb: string): string => `FF${rgb.toUpperCase()}`;

function font(s: CellStyle): Partial<ExcelJS.Font> | undefined {
  const f: Partial<ExcelJS.Font> = {};
  if (s.bold) f.bold = true;
  if (s.italic) f.italic = true;
  if (s.size !== undefined) f.size = s.size;
  if (s.color !== undefined) f.color = { argb: argb(s.color) };
  return Object.keys(f).length > 0 ? f : undefined;
}

/**
 * A solid fill. Cells use fgColor; conditional formats (dxf) read bgColor in Excel and fgColor
 * in LibreOffice, so both are set.
 */
function fill(rgb: string): ExcelJS.Fill {
  return {
    type: "pattern",
    pattern: "solid",
    fgColor: { argb: argb(rgb) },
    bgColor: { argb: argb(rgb) },
  };
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };

/** Column style, then row style over it: row wins where both say something. */
export function mergeStyles(...styles: (CellStyle | undefined)[]): CellStyle {
  return Object.assign({}, ...styles.filter((s) => s !== undefined)) as CellStyle;
}

export function cellStyle(s: CellStyle, numberFormat: string | undefined): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const f = font(s);
  if (f) out.font = f;
  if (s.fill !== undefined) out.fill = fill(s.fill);
  if (s.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.wrap) alignment.wrapText = true;
  if (s.indent !== undefined) alignment.indent = s.indent;
  if (s.align !== undefined) alignment.horizontal = s.align;
  if (s.valign !== undefined) alignment.vertical = s.valign;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (numberFormat !== undefined) out.numFmt = numberFormat;
  return out;
}

export function conditionalStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const f = font(s);
  if (f) out.font = f;
  if (s.fill !== undefined) out.fill = fill(s.fill);
  return out;
}
