import { describe, expect, it } from "vitest";
import type { ParseResult, Row } from "../../src/model/types.js";
import { parseText } from "../../src/parse/index.js";
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
