import type { Lang } from "../model/messages.js";
import type { ParseResult } from "../model/types.js";
import { assembleTables } from "./assemble.js";
import { readTabRecords } from "./records.js";
import { repairRadicals } from "./repair.js";

export interface ParseOptions {
  lang?: Lang;
}

/** Parses pasted text (the tab form) into tables, with a diagnostic for every line left over. */
export function parseText(text: string, options: ParseOptions = {}): ParseResult {
  const lang = options.lang ?? "zh";
  const clean = repairRadicals(text.replace(/^\uFEFF/, ""));
  return assembleTables(readTabRecords(clean), lang);
}
