import { describe, expect, it } from "vitest";
import type { Amounts, ParseResult, Row } from "../../src/model/types.js";
import { parseText } from "../../src/parse/index.js";
import { resolvePlacements } from "../../src/parse/placement.js";
import { generateTable } from "../../scripts/bench/generate.js";

/**
 * A copy that lost its empty cells, at a size where the total has too many units to try every
 * reading of them: no amount may be wrong without the user being told where to look.
 */
describe("amounts placed in a large table copied without its empty cells", () => {
  it("every amount that differs from the tab form is on a reported row or under one", () => {
    const table = generateTable(20_000);
    const truth = parseText(table.tab).tables.flatMap((t) => t.rows);
    const got: ParseResult = parseText(table.stream);
    const rows = got.tables.flatMap((t) => t.rows);
    const reported = new Set(
      got.diagnostics.filter((d) => d.code === "amounts-ambiguous").map((d) => d.line),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const told = (r: Row): boolean =>
      reported.has(r.line) || (r.parentId !== null && reported.has(byId.get(r.parentId)!.line));
    const wrong = truth.flatMap((want, i) => {
      const row = rows[i]!;
      return JSON.stringify(want.amounts) === JSON.stringify(row.amounts) ? [] : [row];
    });
    expect(rows).toHaveLength(truth.length);
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.filter((r) => !told(r)).map((r) => r.name)).toEqual([]);
    // Nothing invented: a misplaced row keeps its own figures.
    wrong.forEach((r) => {
      const want = truth[rows.indexOf(r)]!;
      const figures = (x: Row) =>
        Object.values(x.amounts)
          .filter((v) => v !== null)
          .sort();
      expect(figures(r)).toEqual(figures(want));
    });
  });
});

describe("amounts placed by a subtotal that is itself off by a little", () => {
  it("keep the nearest reading but report the rows: a near fit is a guess", () => {
    const indicator = (n: string) =>
      `1、1-产出指标；11-数量指标；${n}；实施周期指标值:1次；年度指标值:1次。`;
    const text = [
      "项目支出绩效目标表",
      "部门名称：某部门 单位：万元",
      "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      "合计 30.01 20.01 10.00 0.00",
      "某单位 30.01 20.01 10.00 0.00",
      "甲项目 20.00 20.00 保障运行。",
      indicator("甲"),
      "乙项目 10.00 10.00 保障运行。",
      indicator("乙"),
      "",
    ].join("\n");
    const r = parseText(text, { form: "stream" });
    const rows = r.tables[0]!.rows;
    expect(rows.slice(2).map((x) => [x.name, x.amounts.fiscal, x.amounts.specialAccount])).toEqual([
      ["甲项目", 20, null],
      ["乙项目", null, 10],
    ]);
    const reported = r.diagnostics.filter((d) => d.code === "amounts-ambiguous").map((d) => d.text);
    expect(reported).toEqual(["甲项目", "乙项目"]);
  });
});

const row = (id: string, parentId: string | null, total: number, s: Partial<Amounts> = {}): Row =>
  ({
    id,
    kind: parentId === null ? "total" : id.includes("p") ? "project" : "unit",
    name: id,
    parentId,
    amounts: { total, fiscal: null, specialAccount: null, other: null, ...s },
    goal: null,
    indicatorText: null,
    line: 1,
    lineEnd: 1,
  }) as Row;
const readings = (v: number): Amounts[] => [
  { total: v, fiscal: v, specialAccount: null, other: null },
  { total: v, fiscal: null, specialAccount: v, other: null },
  { total: v, fiscal: null, specialAccount: null, other: v },
];

describe("amounts that several placements add up alike", () => {
  it("are all reported, also a row that the first placements found happen to agree on", () => {
    // Four rows of 1.00 under a unit with 2.00 in 财政专户 and 2.00 in 其他资金: any two of them
    // are 财政专户's. Each row's column is in doubt, the first row's too.
    const rows = [
      row("t1-total", null, 400, { fiscal: 0, specialAccount: 200, other: 200 }),
      row("t1-u1", "t1-total", 400, { fiscal: 0, specialAccount: 200, other: 200 }),
      ...[0, 1, 2, 3].map((k) => row(`t1-u1-p${k}`, "t1-u1", 100)),
    ];
    const options = new Map([2, 3, 4, 5].map((i) => [i, readings(100)] as const));
    const result = resolvePlacements(rows, options, ["total", "fiscal", "specialAccount", "other"]);
    expect(result.ambiguous).toEqual([2, 3, 4, 5]);
  });

  it("decide a row that every placement puts in the same column", () => {
    // 5.00 fits only 财政拨款; the two rows of 1.00 share 财政专户 and 其他资金 either way.
    const rows = [
      row("t1-total", null, 700, { fiscal: 500, specialAccount: 100, other: 100 }),
      row("t1-u1", "t1-total", 700, { fiscal: 500, specialAccount: 100, other: 100 }),
      row("t1-u1-p0", "t1-u1", 500),
      row("t1-u1-p1", "t1-u1", 100),
      row("t1-u1-p2", "t1-u1", 100),
    ];
    const options = new Map([2, 3, 4].map((i) => [i, readings(i === 2 ? 500 : 100)] as const));
    const result = resolvePlacements(rows, options, ["total", "fiscal", "specialAccount", "other"]);
    expect(result.ambiguous).toEqual([3, 4]);
    expect(rows[2]!.amounts.fiscal).toBe(500);
  });
});

describe("amounts whose positions point to a reading the subtotals contradict", () => {
  it("follow the subtotals' only exact placement, not a near one under the positions' reading", () => {
    // The unit: 3001 in 财政拨款, 1000 in 财政专户. Read by position, the 1000 row sits in 财政拨款;
    // the others could then make up all but 1.00 of it — near, not exact. Exactly, it is 财政专户.
    const rows = [
      row("t1-total", null, 4001, { fiscal: 3001, specialAccount: 1000, other: 0 }),
      row("t1-u1", "t1-total", 4001, { fiscal: 3001, specialAccount: 1000, other: 0 }),
      row("t1-u1-p1", "t1-u1", 1000),
      row("t1-u1-p2", "t1-u1", 2000),
      row("t1-u1-p3", "t1-u1", 1001),
    ];
    const options = new Map([
      [2, readings(1000)],
      [3, readings(2000)],
      [4, readings(1001)],
    ]);
    const result = resolvePlacements(
      rows,
      options,
      ["total", "fiscal", "specialAccount", "other"],
      new Map([[2, 0]]),
    );
    expect(rows.slice(2).map((r) => [r.amounts.fiscal, r.amounts.specialAccount])).toEqual([
      [null, 1000],
      [2000, null],
      [1001, null],
    ]);
    expect(result.ambiguous).toEqual([]);
  });
});
