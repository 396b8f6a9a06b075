import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import { SAMPLE_TABLE } from "../../src/sample/sampleTable.js";

/**
 * The sample's real problems, worked out here from the raw text with nothing but string
 * splitting and integer cents, so the engine is checked against an independent reckoning.
 */
function reckon(text: string) {
  const cents = (s: string | undefined): number => Math.round(Number(s || "0") * 100);
  const rows = text
    .split("\n")
    .map((l) => l.split("\t"))
    .filter(
      (c) => c.length >= 5 && /^\d|^$/.test(c[1] ?? "x") && c[0] !== "项目名称（资金使用单位）",
    );
  const subtotals: { name: string; column: string; stated: number; sum: number }[] = [];
  const costs: { name: string; amount: number; target: string }[] = [];
  let unit: { cells: string[]; sums: number[] } | null = null;
  const units: { cells: string[]; sums: number[] }[] = [];
  for (const cells of rows) {
    const isUnit = (cells[5] ?? "") === "" && cells[0] !== "合计";
    if (cells[0] === "合计") continue;
    if (isUnit) {
      unit = { cells, sums: [0, 0, 0, 0] };
      units.push(unit);
      continue;
    }
    [1, 2, 3, 4].forEach((c, k) => (unit!.sums[k]! += cents(cells[c])));
    // The cost indicator's annual value, when it is a plain or capped amount in 万元.
    const cost =
      /4-成本指标[；;]41-经济成本指标[；;][^；;]*[；;]实施周期指标值:[^；;]*[；;]年度指标值:([^。]*)/.exec(
        cells[6] ?? "",
      );
    const target = cost?.[1] ?? "";
    const amount = cents(cells[1]);
    const exact = /^(\d+(?:\.\d+)?)万元$/.exec(target);
    const cap = /(?:不超过?|小于等于)(\d+(?:\.\d+)?)万元$/.exec(target);
    if ((exact && cents(exact[1]) !== amount) || (cap && amount > cents(cap[1]))) {
      costs.push({ name: cells[0]!, amount: amount / 100, target });
    }
  }
  const columns = ["total", "fiscal", "specialAccount", "other"];
  for (const u of units) {
    columns.forEach((column, k) => {
      const stated = cents(u.cells[k + 1]);
      if (stated !== u.sums[k])
        subtotals.push({ name: u.cells[0]!, column, stated: stated / 100, sum: u.sums[k]! / 100 });
    });
  }
  const totalRow = rows.find((c) => c[0] === "合计")!;
  columns.forEach((column, k) => {
    const stated = cents(totalRow[k + 1]);
    const sum = units.reduce((s, u) => s + cents(u.cells[k + 1]), 0);
    if (stated !== sum)
      subtotals.push({ name: "合计", column, stated: stated / 100, sum: sum / 100 });
  });
  const fundingSums = rows
    .filter((c) => cents(c[1]) !== cents(c[2]) + cents(c[3]) + cents(c[4]))
    .map((c) => c[0]);
  return { subtotals, costs, fundingSums };
}

describe("the real problems in the published sample", () => {
  const result = reconcile(SAMPLE_TABLE);
  const truth = reckon(SAMPLE_TABLE);
  const rowName = (id: string) => result.tables[0]!.rows.find((r) => r.id === id)!.name;

  it("the independent reckoning finds some (the sample is known to have them)", () => {
    expect(truth.subtotals.length + truth.costs.length).toBeGreaterThan(0);
  });

  it("finds exactly the subtotals that do not add up, with stated, expected and delta", () => {
    const found = result.findings
      .filter((f) => f.rule === "subtotal")
      .map((f) => ({
        name: rowName(f.rowId),
        column: f.column,
        stated: f.stated,
        sum: f.expected,
        delta: f.delta,
      }));
    expect(found).toEqual(
      truth.subtotals.map((t) => ({ ...t, delta: Math.round((t.stated - t.sum) * 100) / 100 })),
    );
  });

  it("finds exactly the cost indicators that disagree with the project's money", () => {
    const found = result.findings
      .filter((f) => f.rule === "cost-vs-funding" && f.severity === "error")
      .map((f) => ({ name: rowName(f.rowId), amount: f.stated }));
    expect(found).toEqual(truth.costs.map((c) => ({ name: c.name, amount: c.amount })));
  });

  it("finds no funding-sum problem, as there is none", () => {
    expect(truth.fundingSums).toEqual([]);
    expect(result.findings.filter((f) => f.rule === "funding-sum")).toEqual([]);
  });

  it("reports qualitative cost targets as unquantified, not as errors", () => {
    const unquantified = result.findings.filter((f) => f.code === "cost-unquantified");
    expect(unquantified.map((f) => rowName(f.rowId))).toEqual(["工作经费", "购置经费"]);
    expect(unquantified.every((f) => f.severity === "info")).toBe(true);
  });

  it("a tolerance of 0.01 accepts the one-cent subtotal difference", () => {
    const lenient = reconcile(SAMPLE_TABLE, { tolerance: 0.01 });
    expect(lenient.findings.filter((f) => f.rule === "subtotal")).toEqual([]);
    expect(lenient.findings.filter((f) => f.code === "cost-disagree")).toHaveLength(
      truth.costs.length,
    );
  });
});
