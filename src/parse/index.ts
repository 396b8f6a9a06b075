import { message, type Lang } from "../model/messages.js";
import type { Diagnostic, ParseResult } from "../model/types.js";
import { assembleTables } from "./assemble.js";
import { detectForm, type Form } from "./forms/detect.js";
import { readLayoutRecords } from "./forms/layout.js";
import { readStreamRecords } from "./forms/stream.js";
import { readTabRecords, type SourceRecord } from "./records.js";
import { repairRadicals } from "./repair.js";

export interface ParseOptions {
  lang?: Lang;
  /** How cells are separated; found from the text when absent. */
  form?: Form;
}

const READERS: Record<Exclude<Form, "columns">, (text: string) => SourceRecord[]> = {
  tab: readTabRecords,
  stream: readStreamRecords,
  layout: readLayoutRecords,
};

/**
 * Parses pasted text into tables, with a diagnostic for every line left over. The form (tabs, a
 * PDF viewer's text, …) is recognised from the text unless the caller names it.
 */
export function parseText(text: string, options: ParseOptions = {}): ParseResult & { form: Form } {
  const lang = options.lang ?? "zh";
  const clean = repairRadicals(text.replace(/^\uFEFF/, ""));
  const form = options.form ?? detectForm(clean);
  if (form === "columns")
    return { form, tables: [], diagnostics: [refusal(clean, "columns-form", lang)] };
  const result = assembleTables(READERS[form](clean), lang);
  // The PDF forms find rows by their amounts' two decimals: a table printed without them gives
  // none, and each of its lines would be reported on its own with no word of why.
  if (
    form !== "tab" &&
    result.tables.length > 0 &&
    result.tables.every((t) => t.rows.length === 0)
  ) {
    return { form, tables: [], diagnostics: [refusal(clean, "no-amount-rows", lang)] };
  }
  return { form, ...result };
}

/** One reason for the whole text, spanning all its lines: nothing of it is read. */
function refusal(text: string, code: string, lang: Lang): Diagnostic {
  const lines = text.split(/\r\n|\r|\n/);
  const filled = lines.flatMap((l, i) => (l.trim() === "" ? [] : [i + 1]));
  return {
    line: filled[0] ?? 1,
    lineEnd: filled[filled.length - 1] ?? 1,
    text: lines.find((l) => l.trim() !== "")?.trim() ?? "",
    reason: message(code, lang),
    code,
  };
}
