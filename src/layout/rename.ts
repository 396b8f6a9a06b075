/**
 * Renaming sheets and workbook names in a layout, with every formula, named cell and conditional
 * format following. Used for the pane's sheet-name prefix and for the Office.js writer, which
 * never overwrites a sheet or a name the workbook already has and writes `预算表 (2)` instead.
 */
import { quoteSheet } from "./a1.js";
import { isFormula, type Cell, type WorkbookLayout } from "./model.js";

/** Excel's limit on a sheet name's length. */
export const SHEET_NAME_MAX = 31;

export interface Renames {
  /** Old sheet name → new sheet name. */
  sheets?: ReadonlyMap<string, string>;
  /** Old workbook-level name → new name (e.g. Tolerance → Tolerance_2). */
  names?: ReadonlyMap<string, string>;
}

/** Characters Excel refuses anywhere in a sheet name. */
const FORBIDDEN = /[\\/?*[\]:]/g;
/** Control characters (tab, line breaks …), which Excel's sheet-name box does not take either. */
const CONTROL = /[\u0000-\u001f\u007f]/g;

export type SheetNameProblem =
  "empty" | "too-long" | "forbidden-character" | "apostrophe-at-edge" | "reserved";

/**
 * Why Excel would refuse `name` as a sheet name, or null when it takes it: empty, over 31
 * characters, one of `[ ] : * ? / \` or a control character, an apostrophe first or last, or
 * `History` (reserved by Excel, in any case).
 */
export function sheetNameProblem(name: string): SheetNameProblem | null {
  if (name === "") return "empty";
  if (Array.from(name).length > SHEET_NAME_MAX) return "too-long";
  if (new RegExp(FORBIDDEN.source).test(name) || new RegExp(CONTROL.source).test(name))
    return "forbidden-character";
  if (name.startsWith("'") || name.endsWith("'")) return "apostrophe-at-edge";
  if (name.toLowerCase() === "history") return "reserved";
  return null;
}

export function isValidSheetName(name: string): boolean {
  return sheetNameProblem(name) === null;
}

/**
 * `raw` as (part of) a sheet name Excel takes: forbidden and control characters removed,
 * surrounding spaces and apostrophes removed, at most `max` characters (code points, so a
 * surrogate pair is never split). The one sanitiser for sheet names: the pane's prefix option and
 * every name the layout is renamed to pass through it.
 */
export function cleanSheetName(raw: string, max = SHEET_NAME_MAX): string {
  const strip = (text: string): string =>
    text
      .trim()
      .replace(/^'+|'+$/g, "")
      .trim();
  const text = strip(raw.replace(FORBIDDEN, "").replace(CONTROL, ""));
  return strip(Array.from(text).slice(0, max).join(""));
}

/**
 * At most SHEET_NAME_MAX characters (code points, so a surrogate pair is never split), cleaned
 * with cleanSheetName(); an empty result becomes `fallback`.
 */
export function clipSheetName(name: string, fallback = "Sheet"): string {
  const clean = cleanSheetName(name);
  return clean === "" || clean.toLowerCase() === "history" ? fallback : clean;
}

// A string literal, a quoted sheet reference ('…'!), or an identifier (function, name, A1 ref).
const TOKEN = /("(?:[^"]|"")*")|'((?:[^']|'')*)'!|([A-Za-z_\\][A-Za-z0-9_.]*)(?=(.?))/g;

/**
 * The formula with renamed sheets and names. Sheet references are written quoted ('预算表'!A1);
 * text in "…" is left alone; an identifier is a name only when a function call or a sheet
 * qualifier does not follow it.
 */
export function renameInFormula(formula: string, renames: Renames): string {
  const sheets = renames.sheets;
  const names = renames.names;
  return formula.replace(
    TOKEN,
    (
      whole,
      text: string | undefined,
      sheet: string | undefined,
      ident: string | undefined,
      next: string,
    ) => {
      if (text !== undefined) return whole;
      if (sheet !== undefined) {
        const to = sheets?.get(sheet.replace(/''/g, "'"));
        return to === undefined ? whole : `${quoteSheet(to)}!`;
      }
      if (ident !== undefined && next !== "(" && next !== "!") return names?.get(ident) ?? whole;
      return whole;
    },
  );
}

/** The layout with sheets and names renamed; the same object when there is nothing to rename. */
export function renameLayout(layout: WorkbookLayout, renames: Renames): WorkbookLayout {
  const sheets = renames.sheets ?? new Map<string, string>();
  const names = renames.names ?? new Map<string, string>();
  const moves = (m: ReadonlyMap<string, string>): boolean =>
    [...m].some(([from, to]) => from !== to);
  if (!moves(sheets) && !moves(names)) return layout;
  const sheet = (name: string): string => sheets.get(name) ?? name;
  const formula = (text: string): string => renameInFormula(text, renames);
  const cell = (c: Cell): Cell => (isFormula(c) ? { formula: formula(c.formula) } : c);
  return {
    ...layout,
    sheets: layout.sheets.map((s) => ({
      ...s,
      name: sheet(s.name),
      blocks: s.blocks.map((block) => ({
        ...block,
        rows: block.rows.map((row) => row.map(cell)),
      })),
    })),
    names: layout.names.map((n) => ({
      ...n,
      name: names.get(n.name) ?? n.name,
      sheet: sheet(n.sheet),
    })),
    conditionalFormats: layout.conditionalFormats.map((c) => ({
      ...c,
      sheet: sheet(c.sheet),
      formula: formula(c.formula),
    })),
  };
}

/**
 * Every sheet renamed to prefix + name, cleaned the way every sheet name is (cleanSheetName) and
 * kept unique among the layout's own sheets.
 */
export function withSheetPrefix(layout: WorkbookLayout, prefix: string): WorkbookLayout {
  if (prefix === "") return layout;
  const taken = new Set<string>();
  return renameLayout(layout, {
    sheets: new Map(
      layout.sheets.map((s) => [s.name, uniqueSheetName(`${prefix}${s.name}`, taken)]),
    ),
  });
}

/**
 * `wanted` (cleaned: see clipSheetName), or `wanted (2)`, `wanted (3)` … — the first that is not
 * in `taken`; always a name Excel takes. Excel compares sheet names without regard to case;
 * `taken` holds lower-cased names and gets the result added.
 */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = clipSheetName(wanted);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = cleanSheetName(base, SHEET_NAME_MAX - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** `wanted`, or `wanted_2`, `wanted_3` … for a workbook-level name (compared without case). */
export function uniqueWorkbookName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * The layout renamed so that none of its sheets or names collides with the ones the workbook
 * already has.
 */
export function avoidingExisting(
  layout: WorkbookLayout,
  existingSheets: readonly string[],
  existingNames: readonly string[],
): WorkbookLayout {
  const takenSheets = new Set(existingSheets.map((s) => s.toLowerCase()));
  const sheets = new Map<string, string>();
  for (const s of layout.sheets) sheets.set(s.name, uniqueSheetName(s.name, takenSheets));
  const takenNames = new Set(existingNames.map((n) => n.toLowerCase()));
  const names = new Map<string, string>();
  for (const n of layout.names) names.set(n.name, uniqueWorkbookName(n.name, takenNames));
  return renameLayout(layout, { sheets, names });
}
