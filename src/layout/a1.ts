/**
 * A1 addresses. Rows and columns are 0-based everywhere in the layout; these helpers are the only
 * place that turns them into Excel's 1-based letters and numbers.
 */

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`bad column index ${col}`);
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface Anchoring {
  /** $ before the column letters. */
  col?: boolean;
  /** $ before the row number. */
  row?: boolean;
}

/** A1 address of a 0-based cell; `abs` pins the column and/or row with `$`. */
export function cellAddress(row: number, col: number, abs: Anchoring = {}): string {
  return `${abs.col ? "$" : ""}${columnLetter(col)}${abs.row ? "$" : ""}${row + 1}`;
}

export const ABSOLUTE: Anchoring = { col: true, row: true };

/** "A1:C3"; a single cell when both corners are equal. */
export function rangeAddress(
  top: number,
  left: number,
  bottom: number,
  right: number,
  abs: Anchoring = {},
): string {
  const a = cellAddress(top, left, abs);
  const b = cellAddress(bottom, right, abs);
  return a === b ? a : `${a}:${b}`;
}

/** A sheet name as formulas must write it: always quoted, quotes doubled (safe for any name). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** 'Sheet'!A1 */
export function sheetRef(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${address}`;
}

export interface CellPosition {
  row: number;
  col: number;
}

export function parseAddress(address: string): CellPosition {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address);
  if (!m) throw new Error(`not an A1 address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1] ?? "") };
}

export interface RangePosition {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseRange(range: string): RangePosition {
  const [a, b] = range.split(":");
  const start = parseAddress(a ?? "");
  const end = b === undefined ? start : parseAddress(b);
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

// A cell reference not glued to a name or function: LOG10( and Tolerance are not references.
const REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/**
 * The formula a conditional-format rule (or a copied cell) evaluates at an offset from the cell
 * it was written for: relative references move, `$`-anchored parts stay. String literals and
 * quoted sheet names are left alone. Excel does this itself; HyperFormula's test harness and an
 * Office.js fake need it spelled out.
 */
export function offsetFormula(formula: string, dRow: number, dCol: number): string {
  // Split into quoted segments ("…" strings, '…' sheet names) and the code between them.
  const parts = formula.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/);
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (_m, cAbs: string, letters: string, rAbs: string, digits: string) => {
            const col = cAbs ? letters : columnLetter(columnIndex(letters) + dCol);
            const row = rAbs ? digits : String(Number(digits) + dRow);
            return `${cAbs}${col}${rAbs}${row}`;
          }),
    )
    .join("");
}
