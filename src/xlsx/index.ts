/** .xlsx output: the layout rendered by ExcelJS, to a Buffer or a file. */
import { writeFile } from "node:fs/promises";
import type { WorkbookLayout } from "../layout/model.js";
import { writeXlsx } from "./writer.js";

export { renderWorkbook, writeXlsx } from "./writer.js";

export async function writeXlsxFile(layout: WorkbookLayout, path: string): Promise<void> {
  await writeFile(path, await writeXlsx(layout));
}
