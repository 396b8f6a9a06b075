/**
 * The pane's way to the workbook: one layout for both the Excel writer and the .xlsx download.
 * The ExcelJS writer is loaded on first download, so the pane opens without it.
 */
import type { Lang, ReconResult } from "../index.js";
import {
  buildWorkbookLayout,
  isFormula,
  quoteSheet,
  type Cell,
  type WorkbookLayout,
} from "../layout/index.js";
import type { PaneSettings } from "./settings.js";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Excel's limit on a sheet name's length. */
const SHEET_NAME_MAX = 31;

export function layoutFor(result: ReconResult, settings: PaneSettings, lang: Lang): WorkbookLayout {
  const layout = buildWorkbookLayout(result, {
    tolerance: settings.tolerance,
    costColumn: settings.costColumn,
    lang,
  });
  return withSheetPrefix(layout, settings.sheetPrefix);
}

/**
 * The layout with every sheet renamed to prefix + name, and every formula, name and conditional
 * format following it. Formulas quote sheet names ('预算表'!A1); text in "…" is left alone.
 */
export function withSheetPrefix(layout: WorkbookLayout, prefix: string): WorkbookLayout {
  if (prefix === "") return layout;
  const renamed = new Map(
    layout.sheets.map((s) => [
      s.name,
      Array.from(`${prefix}${s.name}`).slice(0, SHEET_NAME_MAX).join(""),
    ]),
  );
  const name = (sheet: string): string => renamed.get(sheet) ?? sheet;
  const formula = (text: string): string =>
    text
      .split(/("(?:[^"]|"")*")/)
      .map((part, i) =>
        i % 2 === 1
          ? part
          : part.replace(/'((?:[^']|'')*)'!/g, (whole, quoted: string) => {
              const to = renamed.get(quoted.replace(/''/g, "'"));
              return to === undefined ? whole : `${quoteSheet(to)}!`;
            }),
      )
      .join("");
  const cell = (c: Cell): Cell => (isFormula(c) ? { formula: formula(c.formula) } : c);
  return {
    ...layout,
    sheets: layout.sheets.map((sheet) => ({
      ...sheet,
      name: name(sheet.name),
      blocks: sheet.blocks.map((block) => ({
        ...block,
        rows: block.rows.map((row) => row.map(cell)),
      })),
    })),
    names: layout.names.map((n) => ({ ...n, sheet: name(n.sheet) })),
    conditionalFormats: layout.conditionalFormats.map((c) => ({
      ...c,
      sheet: name(c.sheet),
      formula: formula(c.formula),
    })),
  };
}

/** The workbook as an .xlsx file. */
export async function xlsxBlob(layout: WorkbookLayout): Promise<Blob> {
  const { renderWorkbook } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/writer.js");
  const data = await renderWorkbook(layout).xlsx.writeBuffer();
  return new Blob([data], { type: XLSX_MIME });
}

/** 部门名称-核对.xlsx, safe as a file name on every system. */
export function xlsxFileName(result: ReconResult, lang: Lang): string {
  const first = result.tables[0];
  const base = first?.department ?? first?.title ?? (lang === "en" ? "budget-table" : "绩效目标表");
  const clean = Array.from(base.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "").trim())
    .slice(0, 60)
    .join("");
  return `${clean || "budget-table"}-${lang === "en" ? "checked" : "核对"}.xlsx`;
}
