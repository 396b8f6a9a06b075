/**
 * Where a sheet's table sits: its header row, its data rows and which column each key is in.
 * Both sheets of a table are planned before either is built, because each refers to the other.
 */
import { ABSOLUTE, columnLetter, rangeAddress, sheetRef } from "./a1.js";

export class Grid<K extends string> {
  readonly firstRow: number;
  /** Last data row; equals firstRow for an empty table so that ranges stay valid. */
  readonly lastRow: number;
  private readonly index: ReadonlyMap<K, number>;
  /** `$` and letters of each column: every formula on every row asks for them. */
  private readonly pinned: ReadonlyMap<K, string>;
  private readonly columns = new Map<K, string>();
  private readonly columnsOnSheet = new Map<K, string>();

  constructor(
    readonly sheet: string,
    readonly keys: readonly K[],
    readonly headerRow: number,
    readonly rowCount: number,
  ) {
    this.firstRow = headerRow + 1;
    this.lastRow = this.firstRow + Math.max(rowCount, 1) - 1;
    this.index = new Map(keys.map((k, i) => [k, i]));
    this.pinned = new Map(keys.map((k, i) => [k, `$${columnLetter(i)}`]));
  }

  col(key: K): number {
    const i = this.index.get(key);
    if (i === undefined) throw new Error(`no column ${key} on ${this.sheet}`);
    return i;
  }

  /** The cell of `key` on a data row, as written in a formula on the same row: column pinned. */
  rowCell(key: K, row: number): string {
    const letters = this.pinned.get(key);
    if (letters === undefined) throw new Error(`no column ${key} on ${this.sheet}`);
    return `${letters}${row + 1}`;
  }

  /** The whole data range of one column, absolute, for SUMIFS/COUNTIFS on this sheet. */
  column(key: K): string {
    let range = this.columns.get(key);
    if (range === undefined) {
      const c = this.col(key);
      range = rangeAddress(this.firstRow, c, this.lastRow, c, ABSOLUTE);
      this.columns.set(key, range);
    }
    return range;
  }

  /** The same, qualified with the sheet name, for formulas on another sheet. */
  columnOnSheet(key: K): string {
    let range = this.columnsOnSheet.get(key);
    if (range === undefined) {
      range = sheetRef(this.sheet, this.column(key));
      this.columnsOnSheet.set(key, range);
    }
    return range;
  }

  /** Data rows from column `from` to column `to`, relative: the range a conditional format covers. */
  span(from: K, to: K = from): string {
    return rangeAddress(this.firstRow, this.col(from), this.lastRow, this.col(to));
  }

  /** Data rows from `from` to `to`, absolute, for counting over several columns. */
  absoluteSpan(from: K, to: K): string {
    return rangeAddress(this.firstRow, this.col(from), this.lastRow, this.col(to), ABSOLUTE);
  }

  /** Header row and data, all columns: the autofilter range. */
  filterRange(): string {
    return rangeAddress(this.headerRow, 0, this.lastRow, this.keys.length - 1);
  }
}
