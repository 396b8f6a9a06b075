/**
 * Excel's formula limit on the largest table the benchmarks use: no formula, conditional-format
 * rule or name the layout writes exceeds 8,192 characters, and the formula text does not grow
 * with the rows (only the row numbers in it get more digits).
 */
import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import { buildWorkbookLayout, isFormula, type WorkbookLayout } from "../../src/layout/index.js";
import { generatedTable } from "../support/workbookTables.js";

/** Excel's limit on the characters of a formula. */
const EXCEL_FORMULA_LIMIT = 8192;

/** Every formula text of the layout: cells (with "="), conditional formats, names' addresses. */
function formulas(layout: WorkbookLayout): string[] {
  const out: string[] = [];
  for (const sheet of layout.sheets)
    for (const block of sheet.blocks)
      for (const row of block.rows)
        for (const cell of row) if (isFormula(cell)) out.push(`=${cell.formula}`);
  for (const cf of layout.conditionalFormats) out.push(`=${cf.formula}`);
  for (const n of layout.names) out.push(`='${n.sheet}'!${n.address}`);
  return out;
}

/** A formula with every run of digits as one "#": its shape whatever the row numbers. */
const shape = (formula: string): string => formula.replace(/\d+/g, "#");

describe("formula length", () => {
  it("stays under 8,192 characters for 50,000 projects and does not grow with the rows", () => {
    const small = formulas(buildWorkbookLayout(reconcile(generatedTable(100))));
    const large = formulas(buildWorkbookLayout(reconcile(generatedTable(50_000))));
    expect(large.length).toBeGreaterThan(100 * small.length);
    const longest = large.reduce((n, f) => Math.max(n, f.length), 0);
    expect(longest).toBeLessThanOrEqual(EXCEL_FORMULA_LIMIT);
    // The same shapes: beyond the digits of row numbers (at most 7: Excel has 1,048,576 rows),
    // not one character of formula text is added for the 49,900 extra projects.
    const shapes = (list: string[]): string[] => [...new Set(list.map(shape))].sort();
    expect(shapes(large)).toEqual(shapes(small));
    console.info(`50,000 projects: ${large.length} formulas, the longest ${longest} characters`);
  }, 120_000);
});
