/**
 * Loads a WorkbookLayout into HyperFormula, a real formula engine, so tests can read what the
 * workbook's formulas compute, edit cells and evaluate conditional-format rules cell by cell.
 * Shared with the Office.js fake (a later issue), hence the small, writer-like surface.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import {
  isFormula,
  offsetFormula,
  parseAddress,
  parseRange,
  cellAddress,
  type Cell,
  type CellValue,
  type ConditionalFormat,
  type WorkbookLayout,
  quoteSheet,
} from "../../src/layout/index.js";

/** HyperFormula parses raw strings ("100%", "=…"); a leading apostrophe forces text. */
function raw(cell: Cell): RawCellContent {
  if (isFormula(cell)) return `=${cell.formula}`;
  if (typeof cell === "string") return `'${cell}`;
  return cell;
}

export type Value = number | string | boolean | null | { error: string };

export class LoadedWorkbook {
  constructor(
    readonly hf: HyperFormula,
    readonly layout: WorkbookLayout,
  ) {}

  sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`no sheet ${name}`);
    return id;
  }

  value(sheet: string, address: string): Value {
    const { row, col } = parseAddress(address);
    return normalise(this.hf.getCellValue({ sheet: this.sheetId(sheet), row, col }));
  }

  /** Writes a literal value the way a user would type it (text stays text). */
  set(sheet: string, address: string, value: CellValue): void {
    const { row, col } = parseAddress(address);
    this.hf.setCellContents({ sheet: this.sheetId(sheet), row, col }, raw(value));
  }

  /** Every cell whose value is an error, as Sheet!A1. */
  errors(): string[] {
    const out: string[] = [];
    for (const name of this.hf.getSheetNames()) {
      const values = this.hf.getSheetValues(this.sheetId(name));
      values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (isError(v)) out.push(`${name}!${cellAddress(r, c)}`);
        }),
      );
    }
    return out;
  }

  /** The cells of a conditional-format rule's range where its formula is true. */
  litCells(rule: ConditionalFormat): string[] {
    const range = parseRange(rule.range);
    const sheet = this.sheetId(rule.sheet);
    const lit: string[] = [];
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) {
        const formula = offsetFormula(rule.formula, row - range.top, col - range.left);
        const v = this.hf.calculateFormula(`=${formula}`, sheet);
        if (isError(v))
          throw new Error(`rule ${rule.key} at ${cellAddress(row, col)}: ${String(v)}`);
        if (v === true) lit.push(cellAddress(row, col));
      }
    }
    return lit;
  }
}

export function isError(v: unknown): boolean {
  return typeof v === "object" && v !== null && "type" in v && "value" in v;
}

export function normalise(v: unknown): Value {
  if (isError(v)) return { error: String((v as { value: unknown }).value) };
  if (v === undefined) return null;
  return v as Value;
}

/** Builds sheets from the layout's blocks, names the tolerance cell, and evaluates everything. */
export function loadLayout(layout: WorkbookLayout): LoadedWorkbook {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of layout.sheets) {
    const grid: RawCellContent[][] = [];
    for (const block of sheet.blocks) {
      block.rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          const line = (grid[block.top + r] ??= []);
          line[block.left + c] = raw(cell);
        }),
      );
    }
    // Holes in the sparse arrays are empty cells.
    sheets[sheet.name] = Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? null));
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" }, [
    ...layout.names.map((n) => ({
      name: n.name,
      expression: `=${quoteSheet(n.sheet)}!${n.address}`,
    })),
  ]);
  return new LoadedWorkbook(hf, layout);
}
