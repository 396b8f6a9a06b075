/**
 * Renders a WorkbookLayout with ExcelJS. Everything the workbook shows and computes was decided
 * by the layout; this file only translates it.
 */
import ExcelJS from "exceljs";
import { cellAddress } from "../layout/a1.js";
import {
  isFormula,
  type Block,
  type Cell,
  type CellStyle,
  type SheetLayout,
  type WorkbookLayout,
} from "../layout/model.js";
import { cellStyle, conditionalStyle, mergeStyles } from "./styles.js";

/** A4 in the OOXML paperSize enumeration. */
const PAPER_A4 = 9;

export function renderWorkbook(layout: WorkbookLayout): ExcelJS.Workbook {
  if (layout.sheets.length === 0) throw new Error("the layout has no sheets to write");
  const wb = new ExcelJS.Workbook();
  wb.creator = "budget-recon";
  // No cached results are written: the spreadsheet computes every formula when it opens the file.
  wb.calcProperties.fullCalcOnLoad = true;
  const styleOf = styleCache(layout);

  for (const sheet of layout.sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      views: [frozenView(sheet)],
      pageSetup: {
        orientation: sheet.print.orientation,
        paperSize: PAPER_A4 as ExcelJS.PaperSize,
        fitToPage: true,
        fitToWidth: sheet.print.fitToWidth,
        fitToHeight: 0,
        margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
        ...(sheet.print.repeatRows !== null ? { printTitlesRow: sheet.print.repeatRows } : {}),
      },
    });
    sheet.columns.forEach((c, i) => {
      const column = ws.getColumn(i + 1);
      column.width = c.width;
      if (c.collapsed) {
        // A collapsed outline group: hidden, with the [+] button above the sheet to show it.
        column.outlineLevel = 1;
        column.hidden = true;
        ws.properties.outlineLevelCol = 1;
      }
    });
    for (const block of sheet.blocks) writeBlock(ws, block, styleOf);
    for (const { row, height } of sheet.rowHeights) ws.getRow(row + 1).height = height;
    if (sheet.autoFilter !== null) ws.autoFilter = sheet.autoFilter;
  }

  for (const name of layout.names) {
    const ws = wb.getWorksheet(name.sheet);
    if (!ws) throw new Error(`named cell ${name.name} on missing sheet ${name.sheet}`);
    ws.getCell(name.address.replace(/\$/g, "")).name = name.name;
  }

  let priority = 1;
  for (const rule of layout.conditionalFormats) {
    const ws = wb.getWorksheet(rule.sheet);
    if (!ws) throw new Error(`conditional format on missing sheet ${rule.sheet}`);
    ws.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: "expression",
          priority: priority++,
          formulae: [rule.formula],
          style: conditionalStyle(layout.styles[rule.style] ?? {}),
        },
      ],
    });
  }
  return wb;
}

export async function writeXlsx(layout: WorkbookLayout): Promise<Buffer> {
  const data = await renderWorkbook(layout).xlsx.writeBuffer();
  return Buffer.from(data);
}

type StyleOf = (
  column: string | undefined,
  row: string | null | undefined,
  format: string | undefined,
) => Partial<ExcelJS.Style>;

/** One ExcelJS style object per (column style, row style, format) combination, shared by cells. */
function styleCache(layout: WorkbookLayout): StyleOf {
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  const named = (n: string | null | undefined): CellStyle | undefined =>
    n == null ? undefined : layout.styles[n];
  return (column, row, format) => {
    const key = `${column ?? ""}|${row ?? ""}|${format ?? ""}`;
    let style = cache.get(key);
    if (!style) {
      style = cellStyle(mergeStyles(named(column), named(row)), format);
      cache.set(key, style);
    }
    return style;
  };
}

function writeBlock(ws: ExcelJS.Worksheet, block: Block, styleOf: StyleOf): void {
  // The style of each column under each row style, looked up once per block, not once per cell;
  // undefined where there is nothing to set.
  const byRowStyle = new Map<string | null, (Partial<ExcelJS.Style> | undefined)[]>();
  const stylesFor = (rowStyle: string | null): (Partial<ExcelJS.Style> | undefined)[] => {
    let list = byRowStyle.get(rowStyle);
    if (list === undefined) {
      list = block.columns.map((column) =>
        nonEmpty(styleOf(column.style, rowStyle, column.numberFormat)),
      );
      byRowStyle.set(rowStyle, list);
    }
    return list;
  };
  block.rows.forEach((cells, r) => {
    const styles = stylesFor(block.rowStyles?.[r] ?? null);
    const row = ws.getRow(block.top + r + 1);
    cells.forEach((cell, c) => {
      const target = row.getCell(block.left + c + 1);
      target.value = excelValue(cell);
      // A cell beyond the block's columns (not in a valid layout) takes the row's style alone.
      const style =
        c < styles.length
          ? styles[c]
          : nonEmpty(styleOf(undefined, block.rowStyles?.[r], undefined));
      if (style !== undefined) target.style = style;
    });
  });
}

function nonEmpty(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> | undefined {
  return Object.keys(style).length > 0 ? style : undefined;
}

/**
 * A formula cell becomes { formula }; everything else is a plain value. ExcelJS stores a string as
 * a shared string whatever its first character, so "=HYPERLINK(…)" pasted as a name stays text
 * (test/xlsx checks the sheet XML).
 */
function excelValue(cell: Cell): ExcelJS.CellValue {
  if (isFormula(cell)) return { formula: cell.formula } as ExcelJS.CellFormulaValue;
  return cell;
}

function frozenView(sheet: SheetLayout): Partial<ExcelJS.WorksheetView> {
  return {
    state: "frozen",
    xSplit: sheet.frozenColumns,
    ySplit: sheet.frozenRows,
    topLeftCell: cellAddress(sheet.frozenRows, sheet.frozenColumns),
    showGridLines: true,
  };
}
