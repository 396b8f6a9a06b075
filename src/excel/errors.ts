/**
 * Every error the Office.js side throws, typed, with a stable code the pane turns into a Chinese
 * or English message (src/taskpane/i18n.ts). Nothing here knows the words.
 */

export type ExcelErrorCode =
  /** Office.js is not there, or not the ExcelApi version the writer needs. */
  | "unavailable"
  /** The layout has nothing to write. */
  | "empty-layout"
  /** One row of cells is larger than a single request may be. */
  | "row-too-large"
  /** Excel refused a request while writing; the sheets written so far were removed. */
  | "write-failed"
  /** Writing failed and some of the new sheets could not be removed (see `leftBehind`). */
  | "cleanup-failed"
  /** The user stopped the write (AbortSignal); the new sheets were removed. */
  | "aborted"
  /** The check cells could not be read back (a sheet renamed or deleted since). */
  | "read-failed"
  /** The cell of a finding could not be selected. */
  | "select-failed"
  /** The selection is larger than the pane reads. */
  | "selection-too-large";

export class ExcelTaskError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    /** What Excel said, when it said something (its own language), else null. */
    readonly detail: string | null = null,
    /** Sheets that a failed write could not remove. */
    readonly leftBehind: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(detail === null ? code : `${code}: ${detail}`, options);
    this.name = "ExcelTaskError";
  }
}

export class WriterUnavailableError extends ExcelTaskError {
  constructor() {
    super("unavailable", "the Office.js workbook writer needs Excel with ExcelApi 1.9");
    this.name = "WriterUnavailableError";
  }
}

export class SelectionTooLargeError extends ExcelTaskError {
  constructor(readonly cells: number) {
    super("selection-too-large", `selection has ${cells} cells`);
    this.name = "SelectionTooLargeError";
  }
}

/** What Excel (or anything else) said, as one line. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" && code !== "" && !error.message.includes(code)
      ? `${code}: ${error.message}`
      : error.message;
  }
  return String(error);
}

export function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}
