/**
 * The proof that the workbook's formulas are the engine's checks: every rule's lit cells, every
 * cost verdict, every summary count and every computed sum compared with the engine's answer.
 */
import { expect } from "vitest";
import { childrenOf } from "../../src/check/subtotal.js";
import { sumAmounts } from "../../src/check/money.js";
import { convertMoney, moneyFactor } from "../../src/parse/units.js";
import type { ReconResult } from "../../src/model/types.js";
import { AMOUNT_COLUMNS } from "../../src/model/types.js";
import { VERDICT_LABELS, cellAddress, type WorkbookLayout } from "../../src/layout/index.js";
import type { CheckOptions } from "../../src/check/options.js";
import type { LoadedWorkbook } from "./hyperformula.js";
import {
  block,
  budgetCell,
  engineCostVerdicts,
  expectedLitCells,
  indicatorCell,
  sheetOf,
  split,
} from "./locate.js";

export const RULE_KEYS = [
  "subtotal-stated",
  "subtotal-difference",
  "funding-total",
  "funding-difference",
  "cost-project",
  "cost-verdict",
  "cost-indicator",
  "cost-info",
] as const;

/** What the proof reads: HyperFormula's LoadedWorkbook, or the Office.js fake after a write. */
export type Evaluated = Pick<LoadedWorkbook, "value" | "errors" | "litCells">;

/** Rule key → lit cells (Sheet!A1), as the spreadsheet computes them. */
export function litCells(wb: Evaluated, layout: WorkbookLayout): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of layout.conditionalFormats) {
    const cells = wb.litCells(rule).map((a) => `${rule.sheet}!${a}`);
    out.set(rule.key, [...(out.get(rule.key) ?? []), ...cells]);
  }
  return out;
}

export function expectWorkbookMatchesEngine(
  wb: Evaluated,
  layout: WorkbookLayout,
  result: ReconResult,
  options: Partial<CheckOptions> = {},
): void {
  expect(wb.errors()).toEqual([]);

  const actual = litCells(wb, layout);
  const expected = expectedLitCells(layout, result);
  for (const key of RULE_KEYS) {
    expect([...(actual.get(key) ?? [])].sort(), `rule ${key}`).toEqual(
      [...(expected.get(key) ?? [])].sort(),
    );
  }

  for (const [ref, verdict] of engineCostVerdicts(layout, result, options)) {
    expect(wb.value(...split(ref)), ref).toBe(VERDICT_LABELS[verdict]);
  }

  for (const table of result.tables) {
    const mine = result.findings.filter((f) => f.tableIndex === table.index);
    const n = (pred: (code: string) => boolean): number => mine.filter((f) => pred(f.code)).length;
    const sheet = sheetOf(layout, table.index, "budget");
    const summary = block(sheet, "summary");
    const count = (key: string): unknown => {
      const col = summary.left + summary.columns.findIndex((c) => c.key === key);
      return wb.value(sheet.name, cellAddress(summary.top + 1, col));
    };
    expect(count("subtotal"), `${sheet.name} subtotal count`).toBe(n((c) => c === "subtotal"));
    expect(count("fundingSum")).toBe(n((c) => c === "funding-sum"));
    expect(count("costDisagree")).toBe(n((c) => c === "cost-disagree"));
    expect(count("costNotComparable")).toBe(n((c) => c === "cost-not-comparable"));
    expect(count("costUnquantified")).toBe(n((c) => c === "cost-unquantified"));

    // The computed subtotals are the engine's sums, the conversions its conversions.
    for (const row of table.rows) {
      if (row.kind === "project") continue;
      const children = childrenOf(table, row);
      for (const c of AMOUNT_COLUMNS) {
        const ref = budgetCell(layout, table.index, row.id, `sum-${c}`);
        expect(wb.value(...split(ref)), ref).toBeCloseTo(
          sumAmounts(children.map((ch) => ch.amounts[c])),
          9,
        );
      }
    }
    for (const ind of table.indicators) {
      for (const which of ["period", "annual"] as const) {
        const target = ind[which];
        const money =
          target?.value != null && target.unit !== null && moneyFactor(target.unit) !== null
            ? convertMoney(target.value, target.unit, table.unit)
            : "";
        const ref = indicatorCell(layout, table.index, ind.rowId, ind.seq, `${which}-money`);
        expect(wb.value(...split(ref)), ref).toBe(money);
      }
    }
  }
}
