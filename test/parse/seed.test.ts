import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { TargetValue } from "../../src/model/types.js";
import { reconcile } from "../../src/index.js";
import { SAMPLE_TABLE } from "../../src/sample/sampleTable.js";
import { readSeed, seedAvailable } from "../support/seed.js";
import { unaccountedLines } from "../support/lines.js";

const result = reconcile(SAMPLE_TABLE);
const table = result.tables[0]!;

/** Name, kind and [总计, 财政拨款] of every row, read off the published table. */
const EXPECTED_ROWS: [string, "total" | "unit" | "project", number, number][] = [
  ["合计", "total", 642.39, 642.39],
  ["广州市工商业联合会", "unit", 563.39, 563.39],
  ["工作经费", "project", 12.0, 12.0],
  ["购置经费", "project", 36.04, 36.04],
  ["政企沟通服务中心运营经费", "project", 97.0, 97.0],
  ["非公经济专项经费", "project", 199.51, 199.51],
  ["TZMMZXJF", "project", 14.0, 14.0],
  ["市属行业党委工作经费", "project", 5.0, 5.0],
  ["发展壮大民营经济专项经费", "project", 84.0, 84.0],
  ["法律顾问服务", "project", 4.0, 4.0],
  ["广州市工商业联合会2025-2026年信息化运维项目", "project", 2.15, 2.15],
  ["“穗企通”—广州市非公有制企业管理及服务信息平台信创改造建设项目", "project", 13.49, 13.49],
  ["广州市工商业联合会换届经费", "project", 53.75, 53.75],
  ["两新组织党务工作者补贴(专职党建指导员)", "project", 11.25, 11.25],
  ["广州市工商业联合会2026-2027年信息化运维项目", "project", 31.19, 31.19],
  ["广州市民营企业投诉中心", "unit", 79.0, 79.0],
  ["业务用房服务管理费", "project", 15.0, 15.0],
  ["商事纠纷调解专项工作经费", "project", 15.0, 15.0],
  ["对外服务大厅营运经费", "project", 45.0, 45.0],
  ["法律顾问服务", "project", 4.0, 4.0],
];

describe("the published sample table", () => {
  it("is the table shared with the team, byte for byte", () => {
    if (!seedAvailable && !process.env.CI) return;
    expect(SAMPLE_TABLE).toBe(readSeed());
  });

  it("has one table with its title, department and unit", () => {
    expect(result.tables).toHaveLength(1);
    expect(table.title).toBe("项目支出绩效目标表（含转移支付项目）");
    expect(table.department).toBe("广州市工商业联合会");
    expect(table.unit).toBe("万元");
    expect(table.columns).toEqual(["total", "fiscal", "specialAccount", "other"]);
  });

  it("reads every row with its kind and amounts, the empty columns as null", () => {
    expect(table.rows.map((r) => [r.name, r.kind, r.amounts.total, r.amounts.fiscal])).toEqual(
      EXPECTED_ROWS,
    );
    for (const r of table.rows) {
      expect(r.amounts.specialAccount).toBeNull();
      expect(r.amounts.other).toBeNull();
    }
  });

  it("keeps the two 法律顾问服务 projects apart, each under its own unit", () => {
    const legal = table.rows.filter((r) => r.name === "法律顾问服务");
    expect(legal).toHaveLength(2);
    expect(new Set(legal.map((r) => r.id)).size).toBe(2);
    const parents = legal.map((r) => table.rows.find((u) => u.id === r.parentId)?.name);
    expect(parents).toEqual(["广州市工商业联合会", "广州市民营企业投诉中心"]);
    const goals = legal.map((r) => r.goal?.slice(0, 8));
    expect(goals).toEqual(["加强内部风险防范", "为民企维权和法律"]);
  });

  it("gives every row a unique id, and every project a unit", () => {
    expect(new Set(table.rows.map((r) => r.id)).size).toBe(table.rows.length);
    const total = table.rows.find((r) => r.kind === "total")!;
    for (const r of table.rows) {
      if (r.kind === "project")
        expect(table.rows.find((u) => u.id === r.parentId)?.kind).toBe("unit");
      if (r.kind === "unit") expect(r.parentId).toBe(total.id);
    }
  });

  it("places every line: no diagnostics, nothing unaccounted", () => {
    expect(result.diagnostics).toEqual([]);
    expect(unaccountedLines(SAMPLE_TABLE, result)).toEqual([]);
  });

  it("splits every indicator, the full-width and the half-width rows alike", () => {
    expect(table.indicators).toHaveLength(54);
    // Each project's indicators are numbered 1, 2, 3 … and carry both targets.
    const projects = table.rows.filter((r) => r.kind === "project");
    for (const p of projects) {
      const seqs = table.indicators.filter((i) => i.rowId === p.id).map((i) => i.seq);
      expect(seqs.length).toBeGreaterThan(0);
      expect(seqs).toEqual(seqs.map((_, k) => k + 1));
    }
    for (const ind of table.indicators) {
      expect(ind.level1.code).toMatch(/^[1-4]$/);
      expect(ind.level2.code?.startsWith(ind.level1.code!)).toBe(true);
      expect(ind.period?.text).toBeTruthy();
      expect(ind.annual?.text).toBeTruthy();
      expect(ind.raw).toMatch(/^\d+、/);
    }
  });
});

describe("every indicator of the sample, field by field", () => {
  // Ground truth written out from the published table and checked against it by hand:
  // [text, label, op, value, unit, suffix] for each target value.
  const expected = JSON.parse(
    readFileSync(new URL("../fixtures/seed-indicators.json", import.meta.url), "utf8"),
  ) as unknown[];
  const name = (id: string) => table.rows.find((r) => r.id === id)!.name;
  const tv = (v: TargetValue | null) => v && [v.text, v.label, v.op, v.value, v.unit, v.suffix];
  const actual = table.indicators.map((i) => ({
    project: name(i.rowId),
    line: i.line,
    seq: i.seq,
    l1: [i.level1.code, i.level1.name],
    l2: [i.level2.code, i.level2.name],
    name: i.name,
    period: tv(i.period),
    annual: tv(i.annual),
  }));

  it("matches the ground truth for the full-width rows (；)", () => {
    expect(actual.filter((a) => a.line < 31)).toEqual(
      expected.filter((e) => (e as { line: number }).line < 31),
    );
  });

  it("matches the ground truth for the half-width rows (;)", () => {
    const half = actual.filter((a) => a.line >= 31);
    expect(half).toHaveLength(8);
    expect(half).toEqual(expected.filter((e) => (e as { line: number }).line >= 31));
  });

  it("keeps each indicator's raw text, with the separators as pasted", () => {
    const halfWidth = table.indicators.find((i) => i.line === 31)!;
    expect(halfWidth.raw).toBe(
      "1、1-产出指标;11-数量指标;服务人数;实施周期指标值:6人;年度指标值:6人。",
    );
  });
});
