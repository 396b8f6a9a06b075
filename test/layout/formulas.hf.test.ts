/**
 * The workbook's formulas, evaluated by HyperFormula, agree with the engine: on the seed, on
 * variant tables, and after a user edits an amount, an indicator's number or the tolerance.
 */
import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import { buildWorkbookLayout, type WorkbookLayout } from "../../src/layout/index.js";
import type { CheckOptions } from "../../src/check/options.js";
import { loadLayout, type LoadedWorkbook } from "../support/hyperformula.js";
import { budgetCell, indicatorCell, split } from "../support/locate.js";
import { expectWorkbookMatchesEngine, litCells } from "../support/prove.js";
import { SEED, VARIANTS } from "../support/workbookTables.js";

function prove(text: string, options: Partial<CheckOptions> = {}): WorkbookLayout {
  const result = reconcile(text, options);
  const layout = buildWorkbookLayout(result, options);
  expectWorkbookMatchesEngine(loadLayout(layout), layout, result, options);
  return layout;
}

describe("formulas agree with the engine", () => {
  it("on the seed table, lighting up exactly its two problems", () => {
    const result = reconcile(SEED);
    const layout = prove(SEED);
    const lit = litCells(loadLayout(layout), layout);
    expect(lit.get("subtotal-stated")).toEqual(["预算表!D6", "预算表!E6"]);
    expect(lit.get("cost-project")).toEqual([budgetCell(layout, 1, "t1-u1-p12", "name")]);
    expect(lit.get("funding-total")).toEqual([]);
    expect(result.findings.filter((f) => f.severity === "error")).toHaveLength(3);
  });

  for (const [name, text] of Object.entries(VARIANTS)) {
    it(`on a table with ${name}`, () => {
      const result = reconcile(text);
      expect(result.tables.length).toBeGreaterThan(0);
      expect(result.findings.length, "the variant must have something to find").toBeGreaterThan(0);
      prove(text);
    });
  }

  it("with another tolerance and cost column", () => {
    prove(SEED, { tolerance: 0.02 });
    prove(VARIANTS["funding-sum mismatch"] ?? "", { costColumn: "fiscal" });
    prove(VARIANTS["tolerance boundary"] ?? "", { tolerance: 0 });
  });
});

describe("edits recalculate like the engine on the edited table", () => {
  const layout = buildWorkbookLayout(reconcile(SEED));

  /** Same rows and indicators in the same places, so the original layout locates them. */
  function expectAfterEdit(
    wb: LoadedWorkbook,
    editedText: string,
    options: Partial<CheckOptions> = {},
  ): void {
    expectWorkbookMatchesEngine(wb, layout, reconcile(editedText, options), options);
  }

  it("correcting the unit's subtotal 563.39 → 563.38 clears it and moves the problem to 合计", () => {
    const wb = loadLayout(layout);
    for (const col of ["total", "fiscal"])
      wb.set(...split(budgetCell(layout, 1, "t1-u1", col)), 563.38);
    const edited = SEED.replace(
      "广州市工商业联合会\t563.39\t563.39",
      "广州市工商业联合会\t563.38\t563.38",
    );
    expect(edited).not.toBe(SEED);
    expectAfterEdit(wb, edited);
    expect(wb.value(...split(budgetCell(layout, 1, "t1-u1", "diff-total")))).toBe(0);
    expect(wb.value(...split(budgetCell(layout, 1, "t1-total", "diff-total")))).toBeCloseTo(
      0.01,
      9,
    );
  });

  it("changing the cost indicator's number 9 → 11.25 makes it agree", () => {
    const wb = loadLayout(layout);
    const verdict = split(indicatorCell(layout, 1, "t1-u1-p12", 3, "verdict"));
    expect(wb.value(...verdict)).toBe("不一致");
    wb.set(...split(indicatorCell(layout, 1, "t1-u1-p12", 3, "annual-value")), 11.25);
    expect(wb.value(...verdict)).toBe("一致");
    expectAfterEdit(wb, SEED.replace("年度指标值:9万元", "年度指标值:11.25万元"));
  });

  it("an operator typed into the op cell is followed like honours()", () => {
    const wb = loadLayout(layout);
    const ref = (key: string): [string, string] =>
      split(indicatorCell(layout, 1, "t1-u1-p12", 3, key));
    wb.set(...ref("annual-op"), "<=");
    expect(wb.value(...ref("verdict"))).toBe("不一致"); // 11.25 is not ≤ 9
    wb.set(...ref("annual-op"), ">=");
    expect(wb.value(...ref("verdict"))).toBe("一致");
    wb.set(...ref("annual-unit"), "人");
    expect(wb.value(...ref("verdict"))).toBe("不可比");
    wb.set(...ref("annual-value"), null);
    expect(wb.value(...ref("verdict"))).toBe("未量化");
  });

  it("raising the tolerance to 0.02 clears the 0.01 subtotal but not the cost problem", () => {
    const wb = loadLayout(layout);
    const name = layout.names[0];
    expect(name?.name).toBe("Tolerance");
    wb.set(name?.sheet ?? "", (name?.address ?? "").replace(/\$/g, ""), 0.02);
    expectAfterEdit(wb, SEED, { tolerance: 0.02 });
    const lit = litCells(wb, layout);
    expect(lit.get("subtotal-stated")).toEqual([]);
    expect(lit.get("cost-verdict")).toHaveLength(1);
  });
});
