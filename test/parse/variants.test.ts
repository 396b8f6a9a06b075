import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import { unaccountedLines } from "../support/lines.js";
import { cost, HEADER, indicator, output, preamble, tabText } from "../support/pasted.js";

const GOAL = "保障工作正常开展。";

function check(text: string, options = {}) {
  const result = reconcile(text, options);
  expect(unaccountedLines(text, result)).toEqual([]);
  return result;
}

const rowsOf = (r: ReturnType<typeof reconcile>, t = 0) =>
  r.tables[t]!.rows.map((x) => [x.kind, x.name, x.amounts.total]);

describe("table shapes", () => {
  it("two tables in one paste, each with its own unit and ids", () => {
    const text = tabText([
      ...preamble("甲局"),
      HEADER,
      ["合计", "10.00", "10.00"],
      ["甲局", "10.00", "10.00"],
      ["项目一", "10.00", "10.00", "", "", GOAL, output(1, "数量", "1个")],
      [],
      ...preamble("乙局", "元"),
      HEADER,
      ["合计", "5000.00", "5000.00"],
      ["乙局", "5000.00", "5000.00"],
      ["项目一", "5000.00", "5000.00", "", "", GOAL, cost(1, "0.5万元")],
    ]);
    const r = check(text);
    expect(r.tables.map((t) => [t.department, t.unit])).toEqual([
      ["甲局", "万元"],
      ["乙局", "元"],
    ]);
    const ids = r.tables.flatMap((t) => t.rows.map((x) => x.id));
    expect(new Set(ids).size).toBe(ids.length);
    // 0.5万元 is 5000 元: the cost indicator agrees after conversion.
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("a header followed by a 合计 row starts a new table even without a preamble", () => {
    const text = tabText([
      HEADER,
      ["合计", "1.00", "1.00"],
      ["项目一", "1.00", "1.00", "", "", GOAL, output(1, "数量", "1个")],
      HEADER,
      ["合计", "2.00", "2.00"],
      ["项目二", "2.00", "2.00", "", "", GOAL, output(1, "数量", "1个")],
    ]);
    const r = check(text);
    expect(r.tables).toHaveLength(2);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["unit-missing", "unit-missing"]);
  });

  it("a header repeated after a page break is skipped and reported", () => {
    const text = tabText([
      ...preamble("甲局"),
      HEADER,
      ["合计", "3.00", "3.00"],
      ["项目一", "1.00", "1.00", "", "", GOAL, output(1, "数量", "1个")],
      [],
      HEADER,
      ["项目二", "2.00", "2.00", "", "", GOAL, output(1, "数量", "1个")],
    ]);
    const r = check(text);
    expect(r.tables).toHaveLength(1);
    expect(rowsOf(r).map((x) => x[1])).toEqual(["合计", "项目一", "项目二"]);
    expect(r.diagnostics).toMatchObject([{ line: 8, code: "repeated-header" }]);
  });

  it("a table without units: projects belong to the total, which sums them", () => {
    const text = tabText([
      ...preamble("甲局"),
      HEADER,
      ["合计", "3.00", "3.00"],
      ["项目一", "1.00", "1.00", "", "", GOAL, output(1, "数量", "1个")],
      ["项目二", "2.50", "2.50", "", "", GOAL, output(1, "数量", "1个")],
    ]);
    const r = check(text);
    const total = r.tables[0]!.rows[0]!;
    expect(
      r.tables[0]!.rows.slice(1).every((x) => x.kind === "project" && x.parentId === total.id),
    ).toBe(true);
    expect(r.findings.filter((f) => f.rule === "subtotal")).toMatchObject([
      { rowId: total.id, column: "total", stated: 3, expected: 3.5, delta: -0.5 },
      { rowId: total.id, column: "fiscal", stated: 3, expected: 3.5, delta: -0.5 },
    ]);
  });

  it("the total may stand at the bottom", () => {
    const text = tabText([
      HEADER,
      ["甲单位", "3.00", "3.00"],
      ["项目一", "1.00", "1.00", "", "", GOAL, output(1, "数量", "1个")],
      ["项目二", "2.00", "2.00", "", "", GOAL, output(1, "数量", "1个")],
      ["合计", "3.00", "3.00"],
    ]);
    const r = check(text);
    expect(rowsOf(r).map((x) => x[0])).toEqual(["unit", "project", "project", "total"]);
    expect(r.tables[0]!.rows[0]!.parentId).toBe(r.tables[0]!.rows[3]!.id);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("missing money columns are tolerated and not checked", () => {
    const text = tabText([
      ...preamble("甲局"),
      ["项目名称", "合计", "财政拨款", "绩效目标", "绩效指标"],
      ["合计", "3.00", "3.00"],
      ["项目一", "3.00", "2.00", GOAL, output(1, "数量", "1个")],
    ]);
    const r = check(text);
    expect(r.tables[0]!.columns).toEqual(["total", "fiscal"]);
    expect(r.tables[0]!.rows[1]!.amounts).toEqual({
      total: 3,
      fiscal: 2,
      specialAccount: null,
      other: null,
    });
    expect(r.findings.filter((f) => f.rule === "funding-sum")).toMatchObject([
      { rowId: r.tables[0]!.rows[1]!.id, stated: 3, expected: 2, delta: 1 },
    ]);
    expect(r.findings.filter((f) => f.rule === "subtotal").map((f) => f.column)).toEqual([
      "fiscal",
    ]);
  });

  it("columns are found by name in any order, and a two-line header is merged", () => {
    const text = tabText([
      ["项目名称", "绩效目标", "绩效指标", "总计", "资金来源", "", ""],
      ["", "", "", "", "财政拨款", "财政专户拨款", "其他资金"],
      ["合计", "", "", "6.00", "1.00", "2.00", "3.00"],
      ["项目一", GOAL, output(1, "数量", "1个"), "6.00", "1.00", "2.00", "3.00"],
    ]);
    const r = check(text);
    expect(r.tables[0]!.rows[1]!.amounts).toEqual({
      total: 6,
      fiscal: 1,
      specialAccount: 2,
      other: 3,
    });
    expect(r.tables[0]!.rows[1]!.goal).toBe(GOAL);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("a missing unit line means 万元, with a diagnostic", () => {
    const text = tabText([HEADER, ["合计", "1.00", "1.00"]]);
    const r = check(text);
    expect(r.tables[0]!.unit).toBe("万元");
    expect(r.diagnostics).toMatchObject([{ line: 1, code: "unit-missing" }]);
  });

  it("reads 元, 千元 and 亿元 tables, and the department and unit on one line", () => {
    for (const unit of ["元", "千元", "亿元"]) {
      const text = tabText([[`部门名称：甲局`, `单位：${unit}`], HEADER, ["合计", "1.00", "1.00"]]);
      expect(check(text).tables[0]).toMatchObject({ unit, department: "甲局" });
    }
  });

  it("reads the unit glued to the department, with or without 金额", () => {
    for (const line of ["部门名称：甲局单位：千元", "部门名称：甲局金额单位：千元"]) {
      const text = tabText([[line], HEADER, ["合计", "1.00", "1.00"]]);
      expect(check(text).tables[0]).toMatchObject({ unit: "千元", department: "甲局" });
    }
  });
});

describe("amounts", () => {
  it("reads thousands separators, full-width digits, dashes and negatives", () => {
    const text = tabText([HEADER, ["合计", "1,234.56", "１２３４．５６", "-", "(0.00)"]]);
    const r = check(text);
    expect(r.tables[0]!.rows[0]!.amounts).toEqual({
      total: 1234.56,
      fiscal: 1234.56,
      specialAccount: null,
      other: -0,
    });
  });

  it("reports an amount that is not a number and reads it as empty", () => {
    const text = tabText([HEADER, ["合计", "12.3.4", "12.00"]]);
    const r = check(text);
    expect(r.tables[0]!.rows[0]!.amounts.total).toBeNull();
    expect(r.diagnostics.find((d) => d.code === "bad-amount")).toMatchObject({
      line: 2,
      text: "合计\t12.3.4\t12.00",
    });
  });
});

describe("funding sums", () => {
  it("flags a row whose sources do not add up to its total", () => {
    const text = tabText([
      HEADER,
      ["合计", "10.00", "6.00", "2.00", "1.00"],
      ["项目一", "10.00", "6.00", "2.00", "1.00", GOAL, output(1, "数量", "1个")],
    ]);
    const r = check(text);
    const f = r.findings.filter((x) => x.rule === "funding-sum");
    expect(f.map((x) => [x.rowId, x.stated, x.expected, x.delta])).toEqual([
      ["t1-total", 10, 9, 1],
      ["t1-p1", 10, 9, 1],
    ]);
  });
});

describe("cost indicators against the money", () => {
  const project = (amount: string, ...indicators: string[]) =>
    tabText([
      HEADER,
      ["合计", amount, amount],
      ["项目", amount, amount, "", "", GOAL, indicators.join("")],
    ]);
  const verdicts = (text: string) =>
    reconcile(text)
      .findings.filter((f) => f.rule === "cost-vs-funding")
      .map((f) => [f.code, f.stated, f.expected]);

  it("a cap that the budget exceeds is an error", () => {
    expect(verdicts(project("12.00", cost(1, "不超过10万元")))).toEqual([
      ["cost-disagree", 12, 10],
    ]);
    expect(verdicts(project("10.00", cost(1, "不超过10万元")))).toEqual([]);
    expect(verdicts(project("10.00", cost(1, "≤10万元")))).toEqual([]);
  });

  it("a floor must be reached", () => {
    expect(verdicts(project("8.00", cost(1, "不低于10万元")))).toEqual([["cost-disagree", 8, 10]]);
    expect(verdicts(project("10.00", cost(1, "不低于10万元")))).toEqual([]);
    expect(verdicts(project("10.00", cost(1, "大于10万元")))).toEqual([["cost-disagree", 10, 10]]);
    expect(verdicts(project("9.99", cost(1, "小于10万元")))).toEqual([]);
  });

  it("amounts in other money units are converted into the table's unit", () => {
    expect(verdicts(project("9.00", cost(1, "90000元")))).toEqual([]);
    expect(verdicts(project("9.00", cost(1, "90千元")))).toEqual([]);
    expect(verdicts(project("9.00", cost(1, "80000元")))).toEqual([["cost-disagree", 9, 8]]);
    expect(verdicts(project("10000.00", cost(1, "1亿元")))).toEqual([]);
    expect(verdicts(project("250.00", cost(1, "250万")))).toEqual([]);
  });

  it("per-unit costs and rates are not comparable; qualitative ones are unquantified", () => {
    expect(verdicts(project("6.30", cost(1, "1000元/人")))).toEqual([
      ["cost-not-comparable", 6.3, null],
    ]);
    expect(verdicts(project("6.30", cost(1, "成本控制率100%")))).toEqual([
      ["cost-not-comparable", 6.3, null],
    ]);
    expect(verdicts(project("6.30", cost(1, "按标准列支")))).toEqual([
      ["cost-unquantified", 6.3, null],
    ]);
  });

  it("uses the annual value, or the period value when there is no annual one", () => {
    const both = indicator(1, "4-成本指标", "41-经济成本指标", "年度投入", "30万元", "10万元");
    expect(verdicts(project("10.00", both))).toEqual([]);
    const periodOnly = "1、4-成本指标；41-经济成本指标；总投入；实施周期指标值:12万元。";
    expect(verdicts(project("10.00", periodOnly))).toEqual([["cost-disagree", 10, 12]]);
  });

  it("the older 14-成本指标 under 产出指标 counts as a cost indicator", () => {
    const old = indicator(1, "1-产出指标", "14-成本指标", "成本", "5万元", "5万元");
    expect(verdicts(project("6.00", old))).toEqual([["cost-disagree", 6, 5]]);
  });

  it("compares with another column when asked", () => {
    const text = tabText([HEADER, ["项目", "10.00", "8.00", "", "2.00", GOAL, cost(1, "8万元")]]);
    expect(reconcile(text).findings.some((f) => f.code === "cost-disagree")).toBe(true);
    expect(
      reconcile(text, { costColumn: "fiscal" }).findings.some((f) => f.code === "cost-disagree"),
    ).toBe(false);
  });
});

describe("indicator cells", () => {
  const split = (cell: string) =>
    reconcile(tabText([HEADER, ["项目", "1.00", "1.00", "", "", GOAL, cell]])).tables[0]!
      .indicators;

  it("accepts half-width separators and colons, spaces and line breaks inside", () => {
    const [a, b] = split(
      "1、1-产出指标;11-数量指标;服务 人数;实施周期指标值：6人;年度指标值: 6人。\n2、 2-效益指标 ；22-社会效益；\n满意\n度；实施周期指标值:≥90%；年度指标值:≥90%",
    );
    expect(a).toMatchObject({
      seq: 1,
      level1: { code: "1", name: "产出指标" },
      level2: { code: "11" },
      name: "服务 人数",
    });
    expect(a!.annual).toMatchObject({ op: null, value: 6, unit: "人" });
    expect(b).toMatchObject({ seq: 2, level1: { code: "2", name: "效益指标" }, name: "满意度" });
    expect(b!.period).toMatchObject({ op: ">=", value: 90, unit: "%" });
  });

  it("a missing period or annual value is null", () => {
    const [a, b] = split(
      "1、1-产出指标；11-数量指标；次数；年度指标值:3次。2、1-产出指标；11-数量指标；人数；实施周期指标值:5人。",
    );
    expect(a!.period).toBeNull();
    expect(a!.annual).toMatchObject({ value: 3, unit: "次" });
    expect(b!.annual).toBeNull();
    expect(b!.period).toMatchObject({ value: 5, unit: "人" });
  });

  it("a code without a name and a name without a code", () => {
    const [a, b] = split(
      "1、1-；11；次数；实施周期指标值:3次；年度指标值:3次。2、效益指标；社会效益；群众认可；实施周期指标值:明显提高；年度指标值:明显提高。",
    );
    expect(a).toMatchObject({
      level1: { code: "1", name: null },
      level2: { code: "11", name: null },
      name: "次数",
    });
    expect(b).toMatchObject({
      level1: { code: null, name: "效益指标" },
      level2: { code: null, name: "社会效益" },
      name: "群众认可",
    });
  });

  it("a separator lost at a line end (41经济成本指标) is still read as a code", () => {
    const [a] = split(
      "1、4-成本指标；41经济成本指标；年度投入；实施周期指标值:1万元；年度指标值:1万元。",
    );
    expect(a!.level2).toEqual({ code: "41", name: "经济成本指标" });
  });

  it("text before the first numbered indicator is reported", () => {
    const text = tabText([
      HEADER,
      [
        "项目",
        "1.00",
        "1.00",
        "",
        "",
        GOAL,
        "见附件。1、1-产出指标；11-数量指标；次数；实施周期指标值:3次；年度指标值:3次。",
      ],
    ]);
    const r = reconcile(text);
    expect(r.tables[0]!.indicators).toHaveLength(1);
    expect(r.diagnostics.filter((d) => d.code !== "unit-missing")).toMatchObject([
      { line: 2, code: "indicator-unparsed", text: "见附件。" },
    ]);
  });

  it("numbering that skips is a framework warning; a level-2 code under the wrong level 1 too", () => {
    const text = tabText([
      HEADER,
      [
        "项目",
        "1.00",
        "1.00",
        "",
        "",
        GOAL,
        output(1, "a", "1个") + indicator(3, "2-效益指标", "11-数量指标", "b", "1个", "1个"),
      ],
    ]);
    const codes = reconcile(text)
      .findings.filter((f) => f.rule === "framework")
      .map((f) => f.code);
    expect(codes).toEqual(["framework-sequence", "framework-level2-parent"]);
  });
});

describe("lines that are not rows", () => {
  it("every damaged line is reported with its number and reason; good rows survive", () => {
    const text = [
      "请核对下表", // 1: before the header
      "部门名称：甲局",
      HEADER.join("\t"),
      "合计\t3.00\t3.00",
      "项目一\t1.00\t1.00\t\t\t" + GOAL + "\t" + output(1, "数量", "1个"),
      "第 1 页", // 6: page number
      "\t2.00\t2.00", // 7: amounts without a name
      "注：本表金额保留两位小数。", // 8: a footnote
      "项目二\t2.00\t2.00\t\t\t" + GOAL + "\t" + output(1, "数量", "1个") + "\t多余\t单元格", // 9: extra cells
    ].join("\n");
    const r = check(text);
    expect(r.tables[0]!.rows.map((x) => x.name)).toEqual(["合计", "项目一", "项目二"]);
    expect(r.diagnostics.map((d) => [d.line, d.code])).toEqual([
      [1, "before-header"],
      [6, "page-furniture"],
      [7, "no-name"],
      [8, "not-a-row"],
      [9, "extra-cells"],
      [3, "unit-missing"],
    ]);
    for (const d of r.diagnostics) expect(d.reason.length).toBeGreaterThan(4);
  });

  it("a quoted cell with line breaks (Excel's clipboard) spans lines and stays one row", () => {
    const cell = `"1、1-产出指标；11-数量指标；服务""人数""；\n实施周期指标值:6人；\n年度指标值:6人。"`;
    const text = `${HEADER.join("\t")}\n合计\t1.00\t1.00\n项目一\t1.00\t1.00\t\t\t${GOAL}\t${cell}\n项目二\t0.00\t0.00\t\t\t${GOAL}\t${output(1, "x", "1个")}\n`;
    const r = check(text);
    const row = r.tables[0]!.rows[1]!;
    expect([row.line, row.lineEnd]).toEqual([3, 5]);
    expect(r.tables[0]!.indicators[0]).toMatchObject({ name: '服务"人数"', annual: { value: 6 } });
    expect(r.tables[0]!.rows[2]!.line).toBe(6);
  });

  it("a wrapped indicator cell that lost its quotes is joined back to its row", () => {
    const text = [
      HEADER.join("\t"),
      "项目一\t1.00\t1.00\t\t\t" +
        GOAL +
        "\t1、1-产出指标；11-数量指标；服务人数；实施周期指标值:6人；",
      "年度指标值:6人。",
      "2、2-效益指标；22-社会效益；满意度；实施周期指标值:≥90%；年度指标值:≥90%。",
    ].join("\n");
    const r = check(text);
    expect(r.tables[0]!.rows).toHaveLength(1);
    expect(r.tables[0]!.rows[0]!.lineEnd).toBe(4);
    expect(r.tables[0]!.indicators.map((i) => [i.seq, i.annual?.value, i.line])).toEqual([
      [1, 6, 2],
      [2, 90, 4],
    ]);
  });
});
