/**
 * The pane's way to the workbook: one layout for both the Excel writer and the .xlsx download.
 * The ExcelJS writer is loaded on first download, so the pane opens without it.
 */
import type { Lang, ReconResult } from "../index.js";
import { buildWorkbookLayout, withSheetPrefix, type WorkbookLayout } from "../layout/index.js";
import type { PaneSettings } from "./settings.js";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Sheet references in formulas follow the prefix: see withSheetPrefix() in src/layout/rename.ts. */
export { withSheetPrefix };

export function layoutFor(result: ReconResult, settings: PaneSettings, lang: Lang): WorkbookLayout {
  const layout = buildWorkbookLayout(result, {
    tolerance: settings.tolerance,
    costColumn: settings.costColumn,
    lang,
  });
  return withSheetPrefix(layout, settings.sheetPrefix);
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
