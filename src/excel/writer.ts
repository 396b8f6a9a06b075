/**
 * The contract between the task pane and the Office.js workbook writer: the pane lays a result
 * out with buildWorkbookLayout() and hands the layout to writeWorkbook(), which renders it into
 * the open workbook.
 */
import type { WorkbookLayout } from "../layout/index.js";

export interface WriteProgress {
  /** Steps finished so far and in all; the pane shows completed / total. */
  completed: number;
  total: number;
  /** Sheet being written, or null between sheets (names, conditional formats). */
  sheet: string | null;
}

export interface WriteOptions {
  onProgress?: (progress: WriteProgress) => void;
  /** Stops between steps; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
}

export interface WriteReport {
  /** Sheet names written, in layout order. */
  sheets: string[];
  /** Of those, the ones that already existed and were replaced. */
  replaced: string[];
  /** Cells given a value or formula. */
  cells: number;
  formulas: number;
  conditionalFormats: number;
  names: number;
  /** Things the writer could not do exactly as laid out (e.g. a print setting the host lacks). */
  warnings: string[];
  elapsedMs: number;
}

export type WriteWorkbook = (
  layout: WorkbookLayout,
  options?: WriteOptions,
) => Promise<WriteReport>;

export class WriterUnavailableError extends Error {
  constructor() {
    super("the Office.js workbook writer is not available in this build");
    this.name = "WriterUnavailableError";
  }
}

/** Renders `layout` into the workbook open in Excel. */
export const writeWorkbook: WriteWorkbook = async () => {
  throw new WriterUnavailableError();
};
