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

/** At most SHEET_NAME_MAX characters (code points, so a surrogate pair is never split). */
export function clipSheetName(name: string): string {
  return Array.from(name).slice(0, SHEET_NAME_MAX).join("");
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

/** Every sheet renamed to prefix + name (cut to 31 characters). */
export function withSheetPrefix(layout: WorkbookLayout, prefix: string): WorkbookLayout {
  if (prefix === "") return layout;
  return renameLayout(layout, {
    sheets: new Map(layout.sheets.map((s) => [s.name, clipSheetName(`${prefix}${s.name}`)])),
  });
}

/**
 * `wanted`, or `wanted (2)`, `wanted (3)` … — the first that is not in `taken`. Excel compares
 * sheet names without regard to case; `taken` holds lower-cased names and gets the result added.
 */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  let name = clipSheetName(wanted);
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name =
      Array.from(wanted)
        .slice(0, SHEET_NAME_MAX - suffix.length)
        .join("") + suffix;
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
