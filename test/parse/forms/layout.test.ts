import { describe, expect, it } from "vitest";
import { parseText } from "../../../src/parse/index.js";
import {
  ambiguous,
  EDGE,
  HEADER,
  indicator,
  line,
  pad,
  parse,
  rowsOf,
} from "../../support/layoutCopy.js";

describe("a layout copy's amounts", () => {
  const totals = (t: string, f: string, s: string, o: string) => [
    line("合计", { T: t, F: f, S: s, O: o }),
    line("某单位", { T: t, F: f, S: s, O: o }),
  ];

  it("take the column their place on the line gives, where the subtotals alone cannot tell", () => {
    const r = parse([
      ...totals("30.00", "10.00", "10.00", "10.00"),
      line("甲项目", { T: "10.00", F: "10.00" }, "目标甲。", indicator("甲")),
      line("乙项目", { T: "10.00", S: "10.00" }, "目标乙。", indicator("乙")),
      line("丙项目", { T: "10.00", O: "10.00" }, "目标丙。", indicator("丙")),
    ]);
    expect(ambiguous(r)).toEqual([]);
    const sources = rowsOf(r).map((x) => [
      x.amounts.fiscal,
      x.amounts.specialAccount,
      x.amounts.other,
    ]);
    expect(sources.slice(2)).toEqual([
      [10, null, null],
      [null, 10, null],
      [null, null, 10],
    ]);
  });

  it("give way to the subtotals when the two disagree", () => {
    // 乙's 5.00 stands under 财政专户拨款, but the unit has none of it: only 其他资金 adds up.
    const r = parse([
      ...totals("15.00", "10.00", "0.00", "5.00"),
      line("甲项目", { T: "10.00", F: "10.00" }, "目标甲。", indicator("甲")),
      line("乙项目", { T: "5.00", S: "5.00" }, "目标乙。", indicator("乙")),
    ]);
    expect(ambiguous(r)).toEqual([]);
    const last = rowsOf(r)[3]!;
    expect([last.amounts.specialAccount, last.amounts.other]).toEqual([null, 5]);
  });

  it("that run into the goal column, one space before the goal, are amounts, not goal text", () => {
    const glued = pad(line("丙项目", { T: "10.00" }), 65) + "10.00 目标丙。";
    const r = parse([
      ...totals("30.00", "10.00", "10.00", "10.00"),
      line("甲项目", { T: "10.00", F: "10.00" }, "目标甲。", indicator("甲")),
      line("乙项目", { T: "10.00", S: "10.00" }, "目标乙。", indicator("乙")),
      pad(glued, 94) + indicator("丙"),
    ]);
    const last = rowsOf(r)[4]!;
    expect([last.goal, last.amounts.total, last.amounts.other]).toEqual(["目标丙。", 10, 10]);
  });
});

describe("a layout copy's indicator text beside amounts", () => {
  it("that starts with a number is the indicator's value, not an amount", () => {
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line("", {}, "目标甲。", "1、1-产出指标；13-时效指标；项目实施周期；实施周期指标值:2025.07-"),
      line("甲项目", { T: "10.00", F: "10.00" }, "", "2027.06；年度指标值:2026.01-2026.12。"),
    ]);
    const row = rowsOf(r)[2]!;
    expect([row.amounts.fiscal, row.amounts.specialAccount, row.amounts.other]).toEqual([
      10,
      null,
      null,
    ]);
    expect(r.tables[0]!.indicators[0]!.period?.text).toBe("2025.07-2027.06");
  });
});

describe("a layout copy's amounts drawn on lines of their own", () => {
  const totals = (t: string, f: string, s: string, o: string) => [
    line("合计", { T: t, F: f, S: s, O: o }),
    line("某单位", { T: t, F: f, S: s, O: o }),
  ];

  it("stay one row's when a source stands above its total (a cell of two lines beside cells of one)", () => {
    const r = parse([
      ...totals("30.00", "20.00", "10.00", ""),
      line("某项目", { F: "20.00" }, "目标甲。", indicator("甲")),
      line("", { T: "30.00", S: "10.00" }),
      line("名称"),
    ]);
    expect(
      rowsOf(r).map((x) => [x.name, x.amounts.total, x.amounts.fiscal, x.amounts.specialAccount]),
    ).toEqual([
      ["合计", 30, 20, 10],
      ["某单位", 30, 20, 10],
      ["某项目名称", 30, 20, 10],
    ]);
    expect(ambiguous(r)).toEqual([]);
  });

  it("take their columns left to right when the total and the last source stand a line above the others", () => {
    // Cut too wide for their cells, the total and 其他资金 take two lines each; the sources that
    // fit stand on the second, beside the name: read in line order, 其他资金 came first.
    const r = parse([
      line("合计", { T: "60.00", F: "30.00", S: "20.00", O: "10.00" }),
      line("", { T: "60.00", O: "10.00" }),
      line("某单位", { F: "30.00", S: "20.00" }),
      line(
        "某项目",
        { T: "60.00", F: "30.00", S: "20.00", O: "10.00" },
        "目标甲。",
        indicator("甲"),
      ),
    ]);
    expect(
      rowsOf(r).map((x) => [
        x.name,
        x.amounts.total,
        x.amounts.fiscal,
        x.amounts.specialAccount,
        x.amounts.other,
      ]),
    ).toEqual([
      ["合计", 60, 30, 20, 10],
      ["某单位", 60, 30, 20, 10],
      ["某项目", 60, 30, 20, 10],
    ]);
  });

  it("stay one row's when a source stands above its total, a piece of the name beside each", () => {
    // The lower line's amounts stand one space from the name's piece: their places are not
    // known, and neither line's amounts add up alone.
    const r = parse([
      ...totals("76.30", "50.36", "25.94", ""),
      line(""),
      line("某中学教师培训专项经费", { S: "25.94" }, "确保甲，"),
      pad("（“百千万人才培养 76.30 50.36", 70) + "促进甲。",
      line("工程”）", {}, "", indicator("甲")),
    ]);
    expect(
      rowsOf(r).map((x) => [x.name, x.amounts.total, x.amounts.fiscal, x.amounts.specialAccount]),
    ).toEqual([
      ["合计", 76.3, 50.36, 25.94],
      ["某单位", 76.3, 50.36, 25.94],
      ["某中学教师培训专项经费（“百千万人才培养工程”）", 76.3, 50.36, 25.94],
    ]);
  });

  it("stay one row's when two equal sources stand above the total, the name cut after a hyphen", () => {
    // `10.00 10.00` alone reads as a total and its one source; the name's hyphen says the line
    // below, its total beside the name's rest, is the same row's.
    const r = parse([
      ...totals("20.00", "10.00", "10.00", ""),
      line("广州市某中学2026-", { F: "10.00", S: "10.00" }, "确保甲，"),
      pad("2027年信息化运维项目 20.00", 70) + "促进甲。",
      line("", {}, "", indicator("甲")),
    ]);
    expect(
      rowsOf(r).map((x) => [x.name, x.amounts.total, x.amounts.fiscal, x.amounts.specialAccount]),
    ).toEqual([
      ["合计", 20, 10, 10],
      ["某单位", 20, 10, 10],
      ["广州市某中学2026-2027年信息化运维项目", 20, 10, 10],
    ]);
  });

  it("take their columns left to right when a source above joins amounts that stand with the name", () => {
    // 15.00 was drawn a line above, in the fiscal column; the lower line's places are read from
    // where its amounts stand in their fragments.
    const r = parse([
      line("合计", { T: "30.00", F: "15.00", S: "10.00", O: "5.00" }),
      pad("", EDGE.F - 5) + "15.00",
      pad("某单位 30.00", EDGE.S - 5) + "10.00 5.00",
      line(
        "某项目",
        { T: "30.00", F: "15.00", S: "10.00", O: "5.00" },
        "目标甲。",
        indicator("甲"),
      ),
    ]);
    expect(rowsOf(r).map((x) => [x.name, Object.values(x.amounts)])).toEqual([
      ["合计", [30, 15, 10, 5]],
      ["某单位", [30, 15, 10, 5]],
      ["某项目", [30, 15, 10, 5]],
    ]);
  });

  it("take their columns left to right when two sources one space apart above join a total that stands with the name", () => {
    // Neither line's places are all known: where each amount stands in its line tells them.
    const r = parse([
      line("合计", { T: "30.00", F: "20.00", S: "10.00" }),
      pad("", EDGE.F - 5) + "20.00 10.00",
      "某单位 30.00",
      line("某项目", { T: "30.00", F: "20.00", S: "10.00" }, "目标甲。", indicator("甲")),
    ]);
    expect(rowsOf(r).map((x) => [x.name, Object.values(x.amounts)])).toEqual([
      ["合计", [30, 20, 10, null]],
      ["某单位", [30, 20, 10, null]],
      ["某项目", [30, 20, 10, null]],
    ]);
  });

  it("go on down a staircase while the sources still fit in the total", () => {
    const r = parse([
      line("合计", { T: "30.00" }),
      line("", { F: "10.00" }),
      line("", { S: "10.00" }),
      line("", { O: "10.00" }),
      line("某单位", { T: "30.00", F: "10.00", S: "10.00", O: "10.00" }),
      line("甲项目", { T: "10.00", F: "10.00" }, "目标甲。", indicator("甲")),
      line("乙项目", { T: "10.00", S: "10.00" }, "目标乙。", indicator("乙")),
      line("丙项目", { T: "10.00", O: "10.00" }, "目标丙。", indicator("丙")),
    ]);
    expect(ambiguous(r)).toEqual([]);
    expect(rowsOf(r).map((x) => [x.name, ...Object.values(x.amounts)])).toEqual([
      ["合计", 30, 10, 10, 10],
      ["某单位", 30, 10, 10, 10],
      ["甲项目", 10, 10, null, null],
      ["乙项目", 10, null, 10, null],
      ["丙项目", 10, null, null, 10],
    ]);
  });

  it("in cells of two lines are read in place, not down a staircase, where the lower line steps back left", () => {
    // Narrow cells: 总计 and 财政专户拨款 on the first line, 财政拨款 and 其他资金 a line lower; the
    // lower line ends further right, but its first amount stands left of the upper line's last.
    const r = parse([
      line("合计", { T: "40.00", F: "10.00", S: "20.00", O: "10.00" }),
      line("某单位", { T: "40.00", S: "20.00" }),
      line("", { F: "10.00", O: "10.00" }),
      line("甲项目", { T: "10.00", F: "10.00" }, "目标甲。", indicator("甲")),
      line("乙项目", { T: "20.00", S: "20.00" }, "目标乙。", indicator("乙")),
      line("丙项目", { T: "10.00", O: "10.00" }, "目标丙。", indicator("丙")),
    ]);
    expect(rowsOf(r).map((x) => [x.name, ...Object.values(x.amounts)])[1]).toEqual([
      "某单位",
      40,
      10,
      20,
      10,
    ]);
    expect(ambiguous(r)).toEqual([]);
  });

  it("go on down a staircase from a total pushed right against its name", () => {
    // `某单位 30.00`: one space apart, the total's place says nothing of its column, but the
    // amounts below still step right from where it ends.
    const r = parse([
      ...totals("30.00", "10.00", "10.00", "10.00").slice(0, 1),
      "某单位 30.00",
      line("", { F: "10.00" }),
      line("", { S: "10.00" }),
      line("", { O: "10.00" }),
      line("甲项目", { T: "10.00", F: "10.00" }, "目标甲。", indicator("甲")),
      line("乙项目", { T: "10.00", S: "10.00" }, "目标乙。", indicator("乙")),
      line("丙项目", { T: "10.00", O: "10.00" }, "目标丙。", indicator("丙")),
    ]);
    expect(
      rowsOf(r)
        .map((x) => [x.name, ...Object.values(x.amounts)])
        .slice(0, 2),
    ).toEqual([
      ["合计", 30, 10, 10, 10],
      ["某单位", 30, 10, 10, 10],
    ]);
    expect(rowsOf(r)).toHaveLength(5);
  });

  it("a little right of the page's goal column, beside a piece of the name, are the row's", () => {
    // The page's other rows set their goals at 70; this row's stand further right, and its
    // second amount, one space before its goal's second line, starts right of 70.
    const r = parse([
      line("合计", { T: "42.00", F: "10.00", S: "32.00" }),
      line("某单位", { T: "42.00", F: "10.00", S: "32.00" }),
      line("甲项目", { T: "10.00", F: "10.00" }, "保障工作正常运转，", indicator("甲")),
      line("", {}, "全年不停。"),
      pad("乙项目名称", 13) + "32.00" + pad("", 57) + "加强教师队伍建设，",
      pad("招生经费", 72) + "32.00 开展分层分类培训。 " + indicator("乙"),
    ]);
    const last = rowsOf(r)[3]!;
    expect([last.name, last.amounts.total, last.amounts.specialAccount]).toEqual([
      "乙项目名称招生经费",
      32,
      32,
    ]);
    expect(last.goal).toBe("加强教师队伍建设，开展分层分类培训。");
  });

  it("touching the goal's text after a piece of a wrapped name, are the row's", () => {
    const r = parse([
      ...totals("30.00", "10.00", "10.00", "10.00"),
      line("甲项目", { T: "10.00" }, "目标甲，", "1、1-产出指标；11-数量指标；甲；"),
      pad("经费", 58) +
        "10.00这一行写满。" +
        " ".repeat(8) +
        "实施周期指标值:1次；年度指标值:1次。",
      line("乙项目", { T: "10.00", F: "10.00" }, "目标乙。", indicator("乙")),
      line("丙项目", { T: "10.00", S: "10.00" }, "目标丙。", indicator("丙")),
    ]);
    const row = rowsOf(r)[2]!;
    expect([row.name, row.goal, row.amounts.total, row.amounts.other]).toEqual([
      "甲项目经费",
      "目标甲，这一行写满。",
      10,
      10,
    ]);
    expect(ambiguous(r)).toEqual([]);
  });
});

describe("a layout copy's header", () => {
  it("repeated on a new page with a word wrapped above it, leaves the row before it alone", () => {
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("甲项目", { T: "10.00", F: "10.00" }, "目标甲。", indicator("甲")),
      "                                    财政",
      HEADER.replace("财政专户拨款", "专户拨款    "),
      line("乙项目", { T: "10.00", F: "10.00" }, "目标乙。", indicator("乙")),
    ]);
    expect(rowsOf(r).map((x) => x.goal)).toEqual([null, null, "目标甲。", "目标乙。"]);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([["repeated-header", 7]]);
  });

  it.each([
    // The header below has both its 金 (资金使用单位, 其他资金) already.
    ["a header word (…资 / 金)", "公共卫生服务补助资", "金"],
    ["its first word (…推广 / 项目)", "数字教材应用推广", "项目"],
  ])(
    "repeated on a new page, leaves a name's last piece above it the name's, though %s",
    (_, head, last) => {
      const r = parse([
        line("合计", { T: "20.00", F: "20.00" }),
        line("某单位", { T: "20.00", F: "20.00" }),
        line("甲项目", { T: "10.00", F: "10.00" }, "目标甲。", indicator("甲")),
        head,
        line("", { T: "10.00", F: "10.00" }, "目标乙。", indicator("乙")),
        last,
        HEADER,
        line("丙项目", { T: "0.00", F: "0.00" }, "目标丙。", indicator("丙")),
      ]);
      expect(rowsOf(r).map((x) => x.name)).toEqual([
        "合计",
        "某单位",
        "甲项目",
        head + last,
        "丙项目",
      ]);
      expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([["repeated-header", 10]]);
    },
  );

  it("repeated on a new page, leaves a name's last piece `项目` and an indicator line under it to the row", () => {
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("甲项目", { T: "10.00", F: "10.00" }, "目标甲。", indicator("甲")),
      "数字教材应用推广",
      line(
        "",
        { T: "10.00", F: "10.00" },
        "目标乙。",
        "1、4-成本指标；41-经济成本指标；年度投入；实",
      ),
      "项目",
      line("", {}, "", "施周期指标值:成本控制率 100%；年度指标值:成本控制率 100%。"),
      HEADER,
      line("丙项目", { T: "0.00", F: "0.00" }, "目标丙。", indicator("丙")),
    ]);
    expect(rowsOf(r).map((x) => x.name)[3]).toBe("数字教材应用推广项目");
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.annual?.text])).toEqual([
      ["甲", "1次"],
      ["年度投入", "成本控制率100%"],
      ["丙", "1次"],
    ]);
  });

  it.each([
    [
      "its name cell's bracket closed on a line of its own",
      [
        "项目名称（资金使用单位",
        HEADER.replace("项目名称（资金使用单位）", "            "),
        "     ）",
      ],
    ],
    [
      "its name and a money cell wrapped onto one line",
      [
        HEADER.replace("项目名称（资金使用单位）", "项目名称（资金使用  ").replace(
          "财政专户拨款",
          "财政专户  ",
        ),
        "   单位）                      拨款",
      ],
    ],
  ])("is read whole when %s", (_, header) => {
    const r = parseText(
      [
        "项目支出绩效目标表",
        "单位：万元",
        ...header,
        line("合计", { T: "10.00", F: "10.00" }),
        line("某单位", { T: "10.00", F: "10.00" }),
        line("甲项目", { T: "10.00", F: "10.00" }, "目标甲。", indicator("甲")),
      ].join("\n"),
      { form: "layout" },
    );
    expect(rowsOf(r).map((x) => [x.kind, x.name, x.goal])).toEqual([
      ["total", "合计", null],
      ["unit", "某单位", null],
      ["project", "甲项目", "目标甲。"],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it("repeated with its name cell's bracket closed on the next line, beside a row's goal, leaves the bracket out", () => {
    // A spreadsheet's print title wraps its first cell (`项目名称（资金使用单位` / `）`); the `）`
    // shares its line with the page's first goal line.
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("甲项目", { T: "10.00", F: "10.00" }, "保障学校正常运转，", indicator("甲")),
      "                                   第1页",
      "\f项目名称（资金使用单位",
      "                        总计          财政拨款       财政专户拨款   其他资金                  绩效目标                  绩效指标",
      pad("     ）", 70) + "改善办学条件。",
      line("乙项目", { T: "10.00", F: "10.00" }, "目标乙。", indicator("乙")),
    ]);
    expect(rowsOf(r).map((x) => [x.name, x.goal])).toEqual([
      ["合计", null],
      ["某单位", null],
      ["甲项目", "保障学校正常运转，改善办学条件。"],
      ["乙项目", "目标乙。"],
    ]);
  });

  it("knows its money columns when their words wrapped and interleaved (财政拨 / 款)", () => {
    const r = parseText(
      [
        "项目支出绩效目标表",
        "单位：万元",
        "项目名称（资金使            财政拨      财政专 其他资",
        "                 总计                                        绩效目标        绩效指标",
        "     用单位）                款      户拨款      金",
        line("合计", { T: "30.00", F: "10.00", S: "10.00", O: "10.00" }),
        line(
          "甲项目",
          { T: "30.00", F: "10.00", S: "10.00", O: "10.00" },
          "目标甲。",
          indicator("甲"),
        ),
      ].join("\n"),
      { form: "layout" },
    );
    expect(rowsOf(r).map((x) => [x.name, ...Object.values(x.amounts)])).toEqual([
      ["合计", 30, 10, 10, 10],
      ["甲项目", 30, 10, 10, 10],
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe("a layout copy whose lower rows stand in columns of their own", () => {
  /** The page's rows above 乙: 甲 with its goal at 70 and its indicators at 94. */
  const above = [
    line("合计", { T: "20.00", F: "20.00" }),
    line("某单位", { T: "20.00", F: "20.00" }),
    line("甲项目", { T: "10.00", F: "10.00" }, "目标甲，", indicator("甲")),
    line("", {}, "保障甲。", "1、1-产出指标；11-数量指标；丙；"),
    line("", {}, "", "实施周期指标值:2次；年度指标值:2次。"),
  ];

  it("reads their goal at its own column, though right of halfway to the page's indicators", () => {
    // pdftotext set 乙's goal at 84 and its indicators at 108, under 甲's at 70 and 94.
    const r = parse([
      ...above,
      pad(line("乙项目", { T: "10.00", F: "10.00" }), 84) +
        pad("保障学校正常运转，", 108) +
        "1、1-产出指标；11-数量指标；乙；",
      pad("", 84) + pad("改善办学条件，", 108) + "实施周期指标值:1次；年度指标值:1次。",
      pad("", 84) + "提升教育质量。",
    ]);
    const row = rowsOf(r)[3]!;
    expect([row.name, row.goal]).toEqual([
      "乙项目",
      "保障学校正常运转，改善办学条件，提升教育质量。",
    ]);
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.annual?.text])).toEqual([
      ["甲", "1次"],
      ["丙", "2次"],
      ["乙", "1次"],
    ]);
  });

  it("reads their goal from its first line, where goal and indicators stand one space apart", () => {
    // 乙's goal at 84, its indicators one space after its lines: its first line, alone, stands
    // right of halfway to the page's indicators at 94; the line that shows both tells the pair.
    const r = parse([
      ...above,
      pad("", 84) + "保障学校正常运转和教育",
      pad("", 84) + "教学活动有序开展，改善 1、1-产出指标；11-数量指标；乙；",
      pad(line("乙项目", { T: "10.00", F: "10.00" }), 84) +
        "办学条件，提升教育质量。 实施周期指标值:1次；年度指标值:1次。",
    ]);
    const row = rowsOf(r)[3]!;
    expect([row.name, row.goal]).toEqual([
      "乙项目",
      "保障学校正常运转和教育教学活动有序开展，改善办学条件，提升教育质量。",
    ]);
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.annual?.text])).toEqual([
      ["甲", "1次"],
      ["丙", "2次"],
      ["乙", "1次"],
    ]);
    expect(r.diagnostics.filter((d) => d.code !== "form-detected")).toEqual([]);
  });

  it("reads their goal's last piece, set apart, as the goal's where a later indicator's number tells the pair", () => {
    // 乙's goal at 93, by the page's indicator column at 94, its indicators at 106 one space after
    // its lines; no line starts an indicator list beside a goal, but one starts the third
    // indicator (`3、3-…`). Its goal's last line is short, its indicators' far right of it.
    const r = parse([
      ...above,
      pad("", 106) + "1、1-产出指标；11-数量指标；乙；实施周期",
      pad("", 93) + "保障学校正常运转和 指标值:1次；年度指标值:1次。2、1-",
      pad(line("乙项目", { T: "10.00", F: "10.00" }), 93) +
        "教学活动有序开展， 产出指标；11-数量指标；丁；实施周期",
      pad("", 93) + "改善办学条件，提升 指标值:3次；年度指标值:3次。",
      pad("", 93) + "教育教学质量和水 3、3-满意度指标；31-服务对象满意",
      pad("", 93) + pad("平。", 106) + "度；读者满意度；实施周期指标",
      pad("", 106) + "值:≥90%；年度指标值:≥90%。",
    ]);
    const row = rowsOf(r)[3]!;
    expect([row.name, row.goal]).toEqual([
      "乙项目",
      "保障学校正常运转和教学活动有序开展，改善办学条件，提升教育教学质量和水平。",
    ]);
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.level2.name, i.annual?.text])).toEqual([
      ["甲", "数量指标", "1次"],
      ["丙", "数量指标", "2次"],
      ["乙", "数量指标", "1次"],
      ["丁", "数量指标", "3次"],
      ["读者满意度", "服务对象满意度", "≥90%"],
    ]);
  });
});

describe("a layout copy's goal lines", () => {
  it("go to the row they are centred on, where their text would fit either row", () => {
    // Every goal line is a whole sentence: only the centring says where 甲's goal ends.
    const whole = (s: string) => `${s}，这一句写满了一整行。`;
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("", {}, whole("甲一")),
      line("甲项目", { T: "10.00", F: "10.00" }, whole("甲二"), indicator("甲")),
      line("", {}, whole("甲三")),
      line("", {}, whole("乙一")),
      line("乙项目", { T: "10.00", F: "10.00" }, whole("乙二"), indicator("乙")),
      line("", {}, whole("乙三")),
    ]);
    expect(rowsOf(r).map((x) => x.goal)).toEqual([
      null,
      null,
      whole("甲一") + whole("甲二") + whole("甲三"),
      whole("乙一") + whole("乙二") + whole("乙三"),
    ]);
  });

  it("stand on lines next to each other: a goal of one line below its amounts is not the next row's", () => {
    // 甲's name has two lines and its amounts stand on the first: its one goal line, centred on
    // the name, comes out a line lower. The indicator lines between it and 乙's goal part them.
    const ind = (k: number) =>
      `${k}、1-产出指标；11-数量指标；指标${k}；实施周期指标值:1次；年度指标值:1次。`;
    const whole = (s: string) => `${s}，这一句写满了一整行。`;
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("", {}, "", ind(1)),
      line("甲项目一", { T: "10.00", F: "10.00" }, "", ind(2)),
      line("甲项目二", {}, whole("甲"), ind(3)),
      line("", {}, "", ind(4)),
      line("", {}, "", ind(5)),
      line("", {}, "", ind(1)),
      line("", {}, whole("乙一"), ind(2)),
      line("乙项目", { T: "10.00", F: "10.00" }, whole("乙二"), ind(3)),
      line("", {}, whole("乙三")),
    ]);
    expect(rowsOf(r).map((x) => x.goal)).toEqual([
      null,
      null,
      whole("甲"),
      whole("乙一") + whole("乙二") + whole("乙三"),
    ]);
  });
});

describe("a layout copy's two goal lines set on one line", () => {
  it("stay the goal's where the indicators had no line there: an ended indicator is followed by a number", () => {
    // Chromium sets a row's amounts half a line off; pdftotext puts the goal's next line beside
    // the one on the amounts line, one space apart, in the indicators' place.
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line("", {}, "保障学校正常运转和教育", "1、1-产出指标；11-数量指标；甲；"),
      line("", {}, "教学活动有序开展，改善", "实施周期指标值:1次；年度指标值:1次。"),
      line(
        "甲项目经费",
        { T: "10.00", F: "10.00" },
        "办学条件，提升学校信息 化、现代化水平，组织完",
      ),
      line("", {}, "成年度招生考试工作。", "2、1-产出指标；11-数量指标；乙；"),
      line("", {}, "", "实施周期指标值:2次；年度指标值:2次。"),
    ]);
    const [row] = rowsOf(r).slice(2);
    expect(row!.goal).toBe(
      "保障学校正常运转和教育教学活动有序开展，改善办学条件，提升学校信息化、现代化水平，组织完成年度招生考试工作。",
    );
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.period?.text])).toEqual([
      ["甲", "1次"],
      ["乙", "2次"],
    ]);
    expect(r.diagnostics.filter((d) => d.code !== "repeated-header")).toEqual([]);
  });

  it("keeps the second, at the indicator column, in the goal, not inside an open value", () => {
    // The goal's line cut mid-word (`…加强教师队伍建`), its next line one space after it where the
    // indicators stand (`设，开展分层分类培训，`), between a value's comparison and its number.
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line("", {}, "落实国家学生资助政策，", "1、1-产出指标；11-数量指标；开展"),
      line("", {}, "确保家庭经济困难学生不", "培训次数；实施周期指标值:大于等于"),
      line(
        "甲项目经费",
        { T: "10.00", F: "10.00" },
        "育公平，加强教师队伍建 设，开展分层分类培训，",
      ),
      line("", {}, "", "11次；年度指标值:大于等于11次。"),
      line("", {}, "提升教师专业素养。"),
    ]);
    const row = rowsOf(r)[2]!;
    expect([row.name, row.goal]).toEqual([
      "甲项目经费",
      "落实国家学生资助政策，确保家庭经济困难学生不育公平，加强教师队伍建设，开展分层分类培训，提升教师专业素养。",
    ]);
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.period?.text, i.annual?.text])).toEqual([
      ["开展培训次数", "大于等于11次", "大于等于11次"],
    ]);
  });
});

describe("a layout copy's goal line with digits set apart from its words", () => {
  it("stays the goal's: a space inside a short line does not start the indicators", () => {
    // A word processor sets 7×24 apart from the ideographs around it; the line holds no
    // indicator text, though it is one fragment with spaces in it.
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line("", {}, "保障信息系统 7×24 小时稳定运行，"),
      line("甲项目", { T: "10.00", F: "10.00" }, "提供数据的收集、检索和分析等服", indicator("甲")),
      line("", {}, "务，以提高工作效率。"),
    ]);
    const [project] = rowsOf(r).slice(2);
    expect(project?.goal).toBe(
      "保障信息系统7×24小时稳定运行，提供数据的收集、检索和分析等服务，以提高工作效率。",
    );
    expect(r.tables[0]!.indicators.map((i) => i.name)).toEqual(["甲"]);
  });
});

describe("a word processor's layout copy, its digits set apart from the words", () => {
  it("keeps a goal line whole that a space in its right half would have cut", () => {
    const spaced = "1、1-产出指标；11-数量指标；甲；实施周期指标值:1 次；年度指标值:1 次。";
    const goal = [
      "强化交通运输行政执法，规范道路运输市场",
      "秩序，维护经营者和乘客合法权益，通过",
      "“广州市交通运输局 2026-2027 年信息化运",
      "维项目”，进一步完善工作机制。",
    ];
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line("", {}, goal[0]),
      line("甲项目", { T: "10.00", F: "10.00" }, goal[1], spaced),
      line("", {}, goal[2]),
      line("", {}, goal[3]),
    ]);
    expect(rowsOf(r)[2]?.goal).toBe(
      "强化交通运输行政执法，规范道路运输市场秩序，维护经营者和乘客合法权益，通过" +
        "“广州市交通运输局2026-2027年信息化运维项目”，进一步完善工作机制。",
    );
    expect(r.tables[0]!.indicators.map((i) => i.period?.text)).toEqual(["1次"]);
  });

  it("parts goal and indicators before an indicator's number, though digits set apart come first", () => {
    // Every space on the line stands beside digits; the one before 1、1- parts the columns.
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line(
        "职业病防治经费",
        { T: "10.00", F: "10.00" },
        "加强保障信息系统 7×24 小时稳定运行，提供数据",
        "1、1-产出指标；11-数量指标；签约人数；实施周期指标值:21 万人；",
      ),
      line("", {}, "的收集服务。", "年度指标值:21 万人。"),
    ]);
    expect(rowsOf(r)[2]?.goal).toBe("加强保障信息系统7×24小时稳定运行，提供数据的收集服务。");
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.annual?.text])).toEqual([
      ["签约人数", "21万人"],
    ]);
  });

  it("parts a goal line from an indicator value's number set apart, its unit and separator after it", () => {
    // The goal's line is one place short of full: the number would fit, but `7 次；` is a value.
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line(
        "",
        {},
        "完善公共文化服务体系，丰富人民群众精神文",
        "1、1-产出指标；11-数量指标；接待人次；实施周期指标值:大于等于",
      ),
      line("甲项目", { T: "10.00", F: "10.00" }, "化生活，提升文化品牌影响力，推进文化和"),
      pad("", 70) + "旅游深度融合，保障人民群众基本文化权 7 次；年度指标值:大于等于 7 次。",
      line("", {}, "益。"),
    ]);
    expect(rowsOf(r)[2]?.goal).toBe(
      "完善公共文化服务体系，丰富人民群众精神文化生活，提升文化品牌影响力，推进文化和" +
        "旅游深度融合，保障人民群众基本文化权益。",
    );
    expect(r.tables[0]!.indicators.map((i) => i.period?.text)).toEqual(["大于等于7次"]);
  });

  it("parts a full goal line from indicators that begin with a number set apart", () => {
    // Every space stands beside digits and none before an indicator's number: the goal's part
    // is the full line, as wide as the goal column's lines.
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line(
        "",
        {},
        "完善公共文化服务体系，丰富人民群众精神文",
        "1、1-产出指标；11-数量指标；接待人次；实施周期指标值:大于等于",
      ),
      line("甲项目", { T: "10.00", F: "10.00" }, "化生活。通过实施“广州市文化广"),
      line(
        "",
        {},
        "电旅游局 2026-2027 年信息化运维项目”，进",
        "264 万人次；年度指标值:大于等于 264 万人次。",
      ),
      line("", {}, "一步完善工作机制。"),
    ]);
    expect(rowsOf(r)[2]?.goal).toBe(
      "完善公共文化服务体系，丰富人民群众精神文化生活。通过实施“广州市文化广" +
        "电旅游局2026-2027年信息化运维项目”，进一步完善工作机制。",
    );
    expect(r.tables[0]!.indicators.map((i) => i.period?.text)).toEqual(["大于等于264万人次"]);
  });

  it("keeps indicator text in the indicator column, though as wide as a goal line up to a number", () => {
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line("", {}, "保障学校正常运转，改善办学条件。", "1、4-成本指标；41-经济成本指标；年度"),
      line(
        "甲项目",
        { T: "10.00", F: "10.00" },
        "提升学校信息化水平。",
        "投入；实施周期指标值:该项目整体支出金额不超过 4189602 元；年度指",
      ),
      line("", {}, "", "标值:该项目整体支出金额不超过 4189602 元。"),
    ]);
    expect(rowsOf(r)[2]?.goal).toBe("保障学校正常运转，改善办学条件。提升学校信息化水平。");
    expect(r.tables[0]!.indicators.map((i) => i.annual?.text)).toEqual([
      "该项目整体支出金额不超过4189602元",
    ]);
  });

  it("parts goal and indicators at the space between words, not at a space beside digits", () => {
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line(
        "",
        {},
        "强化交通运输行政执法，规范道路运输市场秩序，",
        "1、1-产出指标；11-数量指标；购置设备数量；",
      ),
      line(
        "甲项目",
        { T: "10.00", F: "10.00" },
        "提高基层医疗卫生服务能力，保障信息系统 7×24 小",
        "实施周期指标值:12 台（套）；年度指标值:12 台（套）。",
      ),
      line("", {}, "时稳定运行。"),
    ]);
    expect(rowsOf(r)[2]?.goal).toBe(
      "强化交通运输行政执法，规范道路运输市场秩序，提高基层医疗卫生服务能力，保障信息系统7×24小时稳定运行。",
    );
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.period?.text])).toEqual([
      ["购置设备数量", "12台（套）"],
    ]);
  });
});

describe("a layout copy's page holding a goal's last line and the rest of the indicators", () => {
  it("does not take the indicators' column for the goals', though lines there carry no value label", () => {
    // Page 2 is set further left: the goal's last line at 76, one space before the indicators'
    // next words; the indicators at 88, some of their lines (指标;全年支出率;…, 对象满意度;…,
    // 90分。) saying nothing only an indicator says, as wide as a goal's.
    const at = (n: number, text: string) => pad("", n) + text;
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line(
        "甲项目经费",
        { T: "10.00", F: "10.00" },
        "保障交通运输信息系统安",
        "1、1-产出指标;12-质量指标;路况指数",
      ),
      line("", {}, "全稳定运行，提升交通运", "（PQI）;实施周期指标值:≥90;年度"),
      "                                   第1页",
      "\f" + HEADER,
      at(76, "输行业数字化治理水平。 指标值:≥90。2、1-产出指标;13-时效"),
      at(88, "指标;全年支出率;实施周期指标"),
      at(88, "值:100%;年度指标值:100%。3、1-产"),
      at(88, "出指标;13-时效指标;完成时间;实施周"),
      at(88, "期指标值:6月底前;年度指标值:6月底"),
      at(88, "前。4、3-满意度指标;31-服务"),
      at(88, "对象满意度;服务质量考核情况;实施周"),
      at(88, "期指标值:大于90分;年度指标值:大于"),
      at(88, "90分。"),
    ]);
    expect(rowsOf(r)[2]!.goal).toBe(
      "保障交通运输信息系统安全稳定运行，提升交通运输行业数字化治理水平。",
    );
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.annual?.text])).toEqual([
      ["路况指数（PQI）", "≥90"],
      ["全年支出率", "100%"],
      ["完成时间", "6月底前"],
      ["服务质量考核情况", "大于90分"],
    ]);
  });
});

describe("a layout copy's page holding nothing but the end of a row's indicators", () => {
  it("reads its lines whole as the indicators', though they start near the table's goal column", () => {
    // The goals stand at 70 on page 1; page 2's lines all start at 73, where the table's columns
    // would cut the first (`3、1-产` / `出指标；…`) and read the last (`纷为零。`) as a goal's end.
    const at = (n: number, text: string) => pad("", n) + text;
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line("甲项目经费", { T: "10.00", F: "10.00" }, "保障交通运输信息系统安全", indicator("甲")),
      line("", {}, "稳定运行，提升交通运输行"),
      line("", {}, "业数字化治理水平。"),
      line(
        "乙项目经费",
        { T: "0.00", F: "0.00" },
        "落实公共交通优先发展战略",
        "1、1-产出指标；11-数量指标；服务人数；实施",
      ),
      line("", {}, "，稳定公交票价。", "周期指标值:11人；年度指标值:11人。"),
      "                                   第1页",
      "\f" + HEADER,
      ...[
        "3、1-产出指标；11-数量指标；服务面",
        "积；实施周期指标值:5273.22平方米；",
        "年度指标值:5273.22平方米。4、1-产出",
        "指标；12-质量指标；路况指数（PQI）；",
        "实施周期指标值:≥90；年度指标",
        "值:≥90。5、2-效益指标；22-社会效",
        "益；合法合规性；实施周期指标值:年度",
        "法律纠纷为零；年度指标值:年度法律纠",
        "纷为零。",
      ].map((text) => at(73, text)),
    ]);
    expect(rowsOf(r).map((x) => x.goal)).toEqual([
      null,
      null,
      "保障交通运输信息系统安全稳定运行，提升交通运输行业数字化治理水平。",
      "落实公共交通优先发展战略，稳定公交票价。",
    ]);
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.annual?.text])).toEqual([
      ["甲", "1次"],
      ["服务人数", "11人"],
      ["服务面积", "5273.22平方米"],
      ["路况指数（PQI）", "≥90"],
      ["合法合规性", "年度法律纠纷为零"],
    ]);
  });
});

describe("a layout copy's last page holding nothing but an annual value's end", () => {
  it("gives it to the indicators, though it starts left of the goal column", () => {
    // A word processor's last page, drawn narrower: the annual label ends the page before, its
    // value alone after the header (`大于 85 分。`, at 43, the goals at 70).
    const at = (n: number, text: string) => pad("", n) + text;
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line(
        "甲项目经费",
        { T: "10.00", F: "10.00" },
        "保障工作正常运转。",
        "1、3-满意度指标；31-服务对象满意度；服务质量考核情况；实施周期指标值:大于 85 分；年度指标值:",
      ),
      "                                   第1页",
      "\f" + HEADER,
      at(43, "大于 85 分。"),
    ]);
    expect(rowsOf(r).map((x) => x.goal)).toEqual([null, null, "保障工作正常运转。"]);
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.annual?.text])).toEqual([
      ["服务质量考核情况", "大于85分"],
    ]);
    expect(
      r.diagnostics.filter((d) => d.code !== "page-furniture" && d.code !== "repeated-header"),
    ).toEqual([]);
  });
});

describe("a layout copy's indicator block between a project's amounts and a unit's", () => {
  it("is the project's, though nearer the unit's amounts", () => {
    // 甲's indicators stand two lines under its amounts, right above 广州市执信中学's (a unit's name,
    // its total the sum of the two rows after it): a unit holds no indicators.
    const r = parse([
      line("合计", { T: "30.00", F: "30.00" }),
      line("广州市第二中学", { T: "10.00", F: "10.00" }),
      line("甲项目经", { T: "10.00", F: "10.00" }, "保障工作正常运转。"),
      line("", {}, "", "1、1-产出指标；11-数量指标；甲；实施周期指标值:1次；"),
      line("费", {}, "", "年度指标值:1次。"),
      line("广州市执信中学", { T: "20.00", F: "20.00" }),
      line("乙项目", { T: "12.00", F: "12.00" }, "目标乙。", indicator("乙")),
      line("丙项目", { T: "8.00", F: "8.00" }, "目标丙。", indicator("丙")),
    ]);
    expect(rowsOf(r).map((x) => [x.kind, x.name])).toEqual([
      ["total", "合计"],
      ["unit", "广州市第二中学"],
      ["project", "甲项目经费"],
      ["unit", "广州市执信中学"],
      ["project", "乙项目"],
      ["project", "丙项目"],
    ]);
    expect(r.tables[0]!.indicators.map((i) => i.name)).toEqual(["甲", "乙", "丙"]);
  });
});

describe("a layout copy's row whose goal stands right of the page's goal column", () => {
  it("keeps its goal lines, each on a line of its own, though nearer the indicator column", () => {
    // 乙 sets the page's goal column at 70; 甲's goal lines stand at 84 (the indicators at 94),
    // none beside an indicator line to tell 甲's columns.
    const at = (col: number, s: string) => pad("", col) + s;
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("乙项目", { T: "10.00", F: "10.00" }, "保障乙工作正常运转，", indicator("乙")),
      line("", {}, "按期完成任务。"),
      at(84, "落实国家资助，"),
      at(94, "1、1-产出指标；11-数量指标；甲；"),
      at(84, "确保学生不因"),
      at(94, "实施周期指标值:1次；"),
      pad(line("甲项目", { T: "10.00", F: "10.00" }), 84) + "经济原因失学。",
      at(94, "年度指标值:1次。"),
    ]);
    expect(rowsOf(r).map((x) => x.goal)).toEqual([
      null,
      null,
      "保障乙工作正常运转，按期完成任务。",
      "落实国家资助，确保学生不因经济原因失学。",
    ]);
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.annual?.text])).toEqual([
      ["乙", "1次"],
      ["甲", "1次"],
    ]);
    expect(r.diagnostics.filter((d) => d.code === "not-a-row")).toEqual([]);
  });
});

describe("a layout copy's page whose every goal line has its indicator line one space after it", () => {
  it("keeps a row's goal lines set a few places right of the page's, none beside them, the goal's", () => {
    // No line sets its indicator text apart, so the lines do not show where the indicator column
    // starts: a full goal line right of the page's goal column (64) tells it (82). The broken
    // row's goal goes on at 70, its last lines alone.
    const text = [
      "                                   项目支出绩效目标表",
      "部门名称：广州市教育局                                                       单位：元",
      "项目名称（资金使用单      总计      财政拨款   财政专户拨      其他资金               绩效目标                   绩效指标",
      "    位）                                  款",
      "合计             83,200.00 83,200.00",
      "广州市电化教育馆 47,200.00 47,200.00",
      "广州市电化教育馆中等职 47,200.00 47,200.00                      对校舍进行维修改造，消除安全隐患， 1、1-产出指标；11-数量指标；资助人数；实施周期指标值:",
      "业教育免学费补助                                              为师生提供安全、舒适的学习和工作环 大于等于4642人；年度指标值:大于等于4642人。2、4-成",
      "                                                              境，落实国家学生资助政策，确保家庭 本指标；41-经济成本指标；年度投入；实施周期指标值:不超过",
      "",
      "                                                           第 1 页",
      "项目名称（资金使用单      总计      财政拨款   财政专户拨      其他资金               绩效目标                   绩效指标",
      "    位）                                  款",
      "                                                                      经济困难学生不因经济原因失学，促进 47200元；年度指标值:不超过47200元。",
      "                                                                      教育公平，保障学校正常运转。通过实",
      "                                                                      施“中等职业教育免学费补助”，进一",
      "                                                                      步完善工作机制，按期完成各项任务。",
      "广州市幼儿师范学校 36,000.00 36,000.00",
      "                                                                落实国家学生资助政策，确保家庭经济",
      "                                                                困难学生不因经济原因失学，促进教育 1、1-产出指标；11-数量指标；培训教师人次；实施周期指标",
      "学生资助资金 36,000.00 36,000.00                                  公平，加强教师队伍建设，开展分层分 值:1450人次；年度指标值:1450人次。2、4-成本指标；41-经",
      "                                                                类培训，提升教师专业素养和教育教学 济成本指标；年度投入；实施周期指标值:36000元；年度指标",
      "                                                                能力，打造高素质专业化创新型教师队 值:36000元。",
      "                                                                伍，对校舍进行维修改造，消除隐患。",
    ].join("\n");
    const r = parseText(text);
    expect(r.form).toBe("layout");
    expect(rowsOf(r).map((x) => x.goal)).toEqual([
      null,
      null,
      "对校舍进行维修改造，消除安全隐患，为师生提供安全、舒适的学习和工作环境，落实国家学生资助政策，确保家庭经济困难学生不因经济原因失学，促进教育公平，保障学校正常运转。通过实施“中等职业教育免学费补助”，进一步完善工作机制，按期完成各项任务。",
      null,
      "落实国家学生资助政策，确保家庭经济困难学生不因经济原因失学，促进教育公平，加强教师队伍建设，开展分层分类培训，提升教师专业素养和教育教学能力，打造高素质专业化创新型教师队伍，对校舍进行维修改造，消除隐患。",
    ]);
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.annual?.text])).toEqual([
      ["资助人数", "大于等于4642人"],
      ["年度投入", "不超过47200元"],
      ["培训教师人次", "1450人次"],
      ["年度投入", "36000元"],
    ]);
  });
});

describe("a layout copy's row drawn from the top", () => {
  it("owns the indicator block starting right under its amounts, though the block's middle is nearer the next row's", () => {
    // LibreOffice Calc draws each cell from its row's top; pdftotext sets the indicators' first
    // line a line under the amounts. The block ends right above the next row's amounts.
    const text = [
      "                                                                 项目支出绩效目标表",
      "部门名称：广州市文化广电旅游局                                                                                                                单位：元",
      "项目名称（资金使用",
      "                  总计          财政拨款          财政专户拨款        其他资金                          绩效目标                       绩效指标",
      "   单位）",
      "合计              6823115.00    2329424.00   3055710.00   1437981.00",
      "广州市文化馆       6823115.00    2329424.00   3055710.00   1437981.00",
      "广州市文化馆安全保   4493691.00                 3055710.00   1437981.00 推进文化和旅游深度融合，提升广州城市文化品牌影响力。",
      "                                                                                       1、2-效益指标；24-可持续影响；非遗项目传承；实施周",
      "卫及消防维保服务费                                                                              期指标值:持续传承；年度指标值:持续传承。2、3-满意",
      "                                                                                       度指标；31-服务对象满意度；服务对象满意度；实施周",
      "                                                                                       期指标值:大于等于90%；年度指标值:大于等于",
      "                                                                                       90%。3、3-满意度指标；31-服务对象满意度；读者满意",
      "                                                                                       度；实施周期指标值:≥90%；年度指标",
      "                                                                                       值:≥90%。4、4-成本指标；41-经济成本指标；年度投",
      "                                                                                       入；实施周期指标值:该项目整体支出金额不超过",
      "                                                                                       4493691元；年度指标值:该项目整体支出金额不超过",
      "                                                                                       4493691元。",
      "广州市文化馆公共文   2329424.00   2329424.00                        做好馆藏文物、图书文献的征集、保护和研究工作，提升公共 1、1-产出指标;11-数量指标;开展培训次数;实施周期指标",
      "化服务体系建设专项                                                  文化设施服务效能，加强文物和非物质文化遗产保护利用，传 值：大于等于2次;年度指标值：大于等于2次。2、2-效益",
      "资金                                                         承弘扬岭南优秀传统文化。                指标;24-可持续影响;非遗项目传承;实施周期指标值：持",
      "                                                                                       续传承;年度指标值：持续传承。3、3-满意度指标;31-服",
    ].join("\n");
    const r = parseText(text, { form: "layout" });
    const rows = rowsOf(r);
    expect(rows.map((x) => x.name)).toEqual([
      "合计",
      "广州市文化馆",
      "广州市文化馆安全保卫及消防维保服务费",
      "广州市文化馆公共文化服务体系建设专项资金",
    ]);
    const names = new Map(rows.map((x) => [x.id, x.name]));
    expect(
      r.tables[0]!.indicators.filter((i) => names.get(i.rowId) === rows[2]!.name).map((i) => [
        i.seq,
        i.name,
      ]),
    ).toEqual([
      [1, "非遗项目传承"],
      [2, "服务对象满意度"],
      [3, "读者满意度"],
      [4, "年度投入"],
    ]);
  });
});

describe("a layout copy's rows, centred, on the page after a broken row", () => {
  /** A page of a Chromium table as pdftotext -layout gives it, from its header on. */
  const page = (lines: readonly string[]) =>
    [
      "                                                      项目支出绩效目标表",
      "部门名称：广州市教育局                                                                                                    单位：元",
      " 项目名称（资金使用单     总计         财政拨款 财政专户拨                其他资金                绩效目标                    绩效指标",
      "     位）                                    款",
      "合计             4,262,517.00                  64,452.00 4,198,065.00",
      "广州市教育局     4,262,517.00                  64,452.00 4,198,065.00",
      ...lines,
    ].join("\n");

  it("give the broken row its goal's rest: the next row's goal stands round its indicators' middle", () => {
    // 学生体质…'s goal goes on after the break for five lines, a sentence ending after the
    // first; 校园安全…'s goal (six lines) stands round the middle of its indicators (seven lines,
    // two above its amounts), not round its amounts, which four lines more above would balance.
    const r = parseText(
      page([
        "                                                               育教学活动有序开展，改善办学条件， 标值:大于等于6258人。3、1-产出指标；11-数量指标；维修改造",
        "                                                               提升学校信息化、现代化水平。    面积；实施周期指标值:2556平方米；年度指标值:2556平方米。",
        "                                                                                 4、1-产出指标；12-质量指标；资助对象认定准确率；实施周期",
        "                                                                                 指标值:100%；年度指标值:100%。5、1-产出指标；13-时效指",
        "                                                                                 标；资金发放及时率；实施周期指标值:100%；年度指标",
        "                                                                                 值:100%。6、4-成本指标；41-经济成本指标；年度投入；实施",
        "                                                                                 周期指标值:成本控制率100%；年度指标值:成本控制率100%。",
        "                                                                                 1、1-产出指标;11-数量指标;培训教师人次;实施周期指标值:2250",
        "                                                                                 人次;年度指标值:2250人次。2、1-产出指标;11-数量指标;受助学",
        "广州大学附属中学物业管 579,900.00 255,156.00                              保障学校正常运转和教育教学活动有序 生人数;实施周期指标值:大于等于8474人;年度指标值:大于等于",
        "理服务费                                                324,744.00 开展，改善办学条件，提升学校信息 8474人。3、1-产出指标;11-数量指标;维修改造面积;实施周期指",
        "                                                               化、现代化水平。          标值:7534平方米;年度指标值:7534平方米。4、2-效益指标;22-",
        "                                                                                 社会效益;教育教学质量;实施周期指标值:明显提高;年度指标值:",
        "                                                                                 明显提高。",
        "                                                                                 1、1-产出指标；11-数量指标；服务人数；实施周期指标值:9人；",
        "                                                               对校舍进行维修改造，消除安全隐患， 年度指标值:9人。2、1-产出指标；11-数量指标；服务年限；实",
        "                                                               为师生提供安全、舒适的学习和工作环 施周期指标值:保障服务年限1年；年度指标值:保障服务年限1",
        "                                                               境，保障学校正常运转和教育教学活动 年。3、1-产出指标；13-时效指标；完成时间；实施周期指标",
        "                                                               有序开展，改善办学条件，提升学校信 值:10月底前；年度指标值:10月底前。4、1-产出指标；13-时效指",
        "                                                               息化、现代化水平，组织完成年度招生 标；故障处理及时率；实施周期指标值:大于98%；年度指标值:",
        "                                                               考试工作，确保考试安全平稳有序，加 大于98%。5、1-产出指标；13-时效指标；资金发放及时率；实",
        "实验室及功能室设备购置       40,113.00   17,650.00    4,814.00 17,649.00 强教师队伍建设，开展分层分类培训， 施周期指标值:100%；年度指标值:100%。6、2-效益指标；22-",
        "                                                               提升教师专业素养和教育教学能力，打 社会效益；教育教学质量；实施周期指标值:明显提高；年度指标",
        "                                                               造高素质专业化创新型教师队伍。通过 值:明显提高。7、2-效益指标；22-社会效益；保障工作正常运",
        "                                                               实施“实验室及功能室设备购置”，进 转；实施周期指标值:各方面按合同要求保障到位。；年度指标值:",
        "                                                               一步完善工作机制，强化过程管理和绩 各方面按合同要求保障到位。8、2-效益指标；23-生态效益；节",
        "                                                               效监控，确保资金使用安全、规范、高 能降耗；实施周期指标值:有效；年度指标值:有效。9、3-满意度",
        "                                                               效，按期完成年度各项工作任务。   指标；31-服务对象满意度；服务质量考核情况；实施周期指标",
        "                                                                                 值:大于85分；年度指标值:大于85分。",
        "学生体质健康监测经费       157,200.00               64,452.00 92,748.00 保障学校正常运转和教育教学活动有序 1、1-产出指标；11-数量指标；印制宣传资料；实施周期指标",
        "                                                               开展，改善办学条件，提升学校信息 值:4400份；年度指标值:4400份。2、1-产出指标；12-质量指",
        "                                                               化、现代化水平，落实国家学生资助政 标；资助对象认定准确率；实施周期指标值:100%；年度指标",
        "                                                               策，确保家庭经济困难学生不因经济原 值:100%。3、2-效益指标；21-经济效益；带动社会投资；实施",
        "                                                               因失学，促进教育公平，加强教师队伍 周期指标值:大于等于19亿元；年度指标值:大于等于19亿元。4、",
        "                                                               建设，开展分层分类培训，提升教师专 3-满意度指标；31-服务对象满意度；服务质量考核情况；实施周",
        "                                                               业素养和教育教学能力，打造高素质专 期指标值:大于85分；年度指标值:大于85分。5、3-满意度指标；",
        "                                                               业化创新型教师队伍，组织完成年度招 31-服务对象满意度；学生及家长满意度；实施周期指标",
        "",
        "                                                            第 11 页",
        "项目名称（资金使用单           总计         财政拨款        财政专户拨           其他资金               绩效目标                       绩效指标",
        "    位）                                        款",
        "                                                                        生考试工作，确保考试安全平稳有序。 值:≥85%；年度指标值:≥85%。6、4-成本指标；41-经济成本",
        "                                                                        通过实施“学生体质健康监测经费”， 指标；年度投入；实施周期指标值:157200元；年度指标",
        "                                                                        进一步完善工作机制，强化过程管理和 值:157200元。",
        "                                                                        绩效监控，确保资金使用安全、规范、",
        "                                                                        高效，按期完成年度各项工作任务。",
        "                                                                                          1、1-产出指标；11-数量指标；举办专题活动；实施周期指标值:",
        "                                                                        对校舍进行维修改造，消除安全隐患， 大于等于9场次；年度指标值:大于等于9场次。2、1-产出指标；",
        "广州大学附属中学校园安 4,105,317.00                                                为师生提供安全、舒适的学习和工作环 12-质量指标；资助对象认定准确率；实施周期指标值:100%；年",
        "全保卫服务经费                                     4,105,317.00                境，保障学校正常运转和教育教学活动 度指标值:100%。3、1-产出指标；12-质量指标；资料归档完整",
        "                                                                        有序开展，改善办学条件，提升学校信 率；实施周期指标值:100%；年度指标值:100%。4、3-满意度指",
        "                                                                        息化、现代化水平。         标；31-服务对象满意度；学生及家长满意度；实施周期指标",
        "                                                                                          值:≥92%；年度指标值:≥92%。",
      ]),
    );
    expect(r.form).toBe("layout");
    const goal = (name: string) => rowsOf(r).find((x) => x.name === name)?.goal ?? "";
    expect(goal("学生体质健康监测经费")).toMatch(/通过实施“学生体质健康监测经费”.*各项工作任务。$/);
    expect(goal("广州大学附属中学校园安全保卫服务经费")).toMatch(/^对校舍进行维修改造/);
  });

  it("take a hung annual label back after the period value it follows, not into the next name", () => {
    // `；年度指标值:` hung on a line of its own, right of `…保障到位。` and of the line under it
    // (`…22-社会效益；教`), which it would fit after as well.
    const r = parseText(
      page([
        "招生考试组织经费          65,100.00                                   组织完成年度招生考试工作，确保考试",
        "                                                    65,100.00 安全平稳有序。           值:2025.07-2027.06；年度指标值:2026.01-2026.12。2、2-效益",
        "                                                                                指标；24-可持续影响；长效管理机制；实施周期指标值:建立健",
        "                                                                                全并持续运行；年度指标值:建立健全并持续运行。",
        "                                                                                1、1-产出指标；11-数量指标；开展培训次数；实施周期指标值:",
        "                                                                                大于等于9次；年度指标值:大于等于9次。2、1-产出指标；12-质",
        "                                                              加强教师队伍建设，开展分层分类培 量指标；资助对象认定准确率；实施周期指标值:100%；年度指",
        "                                                              训，提升教师专业素养和教育教学能 标值:100%。3、2-效益指标；22-社会效益；保障工作正常运",
        "高中阶段学位建设项目      2,319,883.00 2,319,883.00                     力，打造高素质专业化创新型教师队 转；实施周期指标值:各方面按合同要求保障到位。",
        "                                                                                各方面按合同要求保障到位。4、2-效益指标；22-社会效益；教",
        "                                                                                                                     ；年度指标值:",
        "（2024-2026年）                                                  伍，保障学校正常运转和教育教学活动 育教学质量；实施周期指标值:明显提高；年度指标值:明显提",
        "                                                              有序开展，改善办学条件，提升学校信 高。5、2-效益指标；22-社会效益；公众知晓率；实施周期指标",
        "                                                              息化、现代化水平。         值:大于等于90%；年度指标值:大于等于90%。6、4-成本指标；",
        "                                                                                41-经济成本指标；年度投入；实施周期指标值:按标准列支；年",
        "                                                                                度指标值:按标准列支。",
      ]),
    );
    const got = r.tables[0]!.indicators.map((i) => [i.name, i.period?.text, i.annual?.text]);
    expect(got).toContainEqual([
      "保障工作正常运转",
      "各方面按合同要求保障到位",
      "各方面按合同要求保障到位",
    ]);
    expect(got).toContainEqual(["教育教学质量", "明显提高", "明显提高"]);
  });
});

describe("a layout copy's row whose amounts stand on two lines apart", () => {
  it("joins them across a line of the other columns' text when they make the total together", () => {
    // 其他资金 drawn two lines lower, beside the name's second line, an indicator line between:
    // no row of its own.
    const r = parse([
      line("合计", { T: "30.00", F: "20.00", O: "10.00" }),
      line("某单位", { T: "30.00", F: "20.00", O: "10.00" }),
      line(
        "甲项目学生",
        { T: "30.00", F: "20.00" },
        "目标甲第一行，",
        "1、1-产出指标；11-数量指标；甲；",
      ),
      line("", {}, "", "实施周期指标值:1次；"),
      line("体质监测经费", { O: "10.00" }, "目标甲结束。", "年度指标值:1次。"),
    ]);
    const figures = (x: ReturnType<typeof rowsOf>[number]) =>
      Object.values(x.amounts).filter((v) => v !== null);
    expect(rowsOf(r).map((x) => [x.name, figures(x)])).toEqual([
      ["合计", [30, 20, 10]],
      ["某单位", [30, 20, 10]],
      ["甲项目学生体质监测经费", [30, 20, 10]],
    ]);
  });

  it("joins them across three pieces of indicator lines set off their baselines", () => {
    const r = parse([
      line("合计", { T: "30.00", O: "30.00" }),
      line("某单位", { T: "30.00", O: "30.00" }),
      line(
        "甲美术作品收藏",
        { T: "30.00" },
        "目标甲第一行，",
        "1、1-产出指标；11-数量指标；甲；实施周期指标值:8件",
      ),
      line("", {}, "", "（套）"),
      line("", {}, "", "；年度指标值:8件（套）"),
      line("", {}, "", "。2、1-产出指标；11-数量指标；乙；实施周期"),
      line("及研究经费", { O: "30.00" }, "目标甲结束。", "指标值:1次；年度指标值:1次。"),
    ]);
    const figures = (x: ReturnType<typeof rowsOf>[number]) =>
      Object.values(x.amounts).filter((v) => v !== null);
    expect(rowsOf(r).map((x) => [x.name, figures(x)])).toEqual([
      ["合计", [30, 30]],
      ["某单位", [30, 30]],
      ["甲美术作品收藏及研究经费", [30, 30]],
    ]);
  });
});

describe("a layout copy's row whose last amount stands a line lower at the goal's start", () => {
  const page = (lower: string) =>
    parse([
      line("合计", { T: "60.00", F: "20.00", S: "10.00", O: "30.00" }),
      line("某单位", { T: "60.00", F: "20.00", S: "10.00", O: "30.00" }),
      line("乙项目", { T: "30.00", F: "20.00", S: "10.00" }, "目标乙。", indicator("乙")),
      line(
        "学生体质健康监测经费",
        { T: "30.00" },
        "对校舍进行维修改造，消除安全隐患，",
        "1、1-产出指标；11-数量指标；甲；",
      ),
      // Drawn under the total, pushed to where the goal column starts.
      line("", {}, lower, "实施周期指标值:1次；年度指标值:1次。"),
    ]);

  it("is the row's when it makes the total, the goal's words after it the goal's", () => {
    // 其他资金 drawn under the total, pushed right to the goal column, one space before the goal.
    const r = page("30.00 为师生提供学习和工作环境。");
    const row = rowsOf(r)[3]!;
    expect(row.amounts).toEqual({ total: 30, fiscal: null, specialAccount: null, other: 30 });
    expect(r.diagnostics.filter((d) => d.code !== "repeated-header")).toEqual([]);
    expect(row.goal).toBe("对校舍进行维修改造，消除安全隐患，为师生提供学习和工作环境。");
  });

  it("is the goal's when it does not make the total", () => {
    const r = page("20.00 为师生提供学习和工作环境。");
    expect(rowsOf(r)[3]!.goal).toBe(
      "对校舍进行维修改造，消除安全隐患，20.00为师生提供学习和工作环境。",
    );
  });
});

describe("a layout copy's goal line pulled against its row's amounts", () => {
  it("goes before the goal line at the goal column on the same line", () => {
    // The row's line set half a line off: the goal's second line stands one space after the
    // amounts, short of the goal column; its third at the column, beside the indicators' piece.
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line("", {}, "加强教师队伍建设，开展", "1、1-产出指标；11-数量指标；甲；"),
      pad(line("甲项目", { T: "10.00", F: "10.00" }) + " 分层分类培训，提升", 70) +
        "专业素养和教育能力， 实施周期指标值:1次；",
      line("", {}, "打造专业化教师队伍。", "年度指标值:1次。"),
    ]);
    expect(rowsOf(r)[2]!.goal).toBe(
      "加强教师队伍建设，开展分层分类培训，提升专业素养和教育能力，打造专业化教师队伍。",
    );
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.annual?.text])).toEqual([["甲", "1次"]]);
  });
});

describe("a layout copy's goal line glued to the indicator line beside it", () => {
  /**
   * A narrow page as pdftotext -layout gives it, up to the third indicator; `tail` holds the last
   * goal lines and the indicator lines beside them.
   */
  const page = (tail: string[]) =>
    [
      "                                    项目支出绩效目标表",
      "部门名称：广州市教育局                                                                       单位：元",
      "项目名称（资金使用 总计 财政拨款 财政专户 其他资金                                绩效目标            绩效指标",
      "   单位）                            拨款",
      "合计       1,933,900.001,933,900.00",
      "广州市教育局 1,933,900.001,933,900.00",
      "                                                                   1、1-产出指标；12-质量指标；资料",
      "                                                         落实国家学生资助政策，",
      "                                                                   归档完整率；实施周期指标",
      "                                                         确保家庭经济困难学生不",
      "                                                                   值:100%；年度指标值:100%。2、2-",
      "                                                         因经济原因失学，促进教",
      "学生体质健康监测经 1,933,900.001,933,900.00                                 效益指标；22-社会效益；教育教学质",
      "                                                         育公平，加强教师队伍建",
      "费                                                                  量；实施周期指标值:明显提高；年度",
      "                                                         设，开展分层分类培训，",
      "                                                                   指标值:明显提高。3、4-成本指标；",
      ...tail,
    ].join("\n");

  const expectParted = (text: string) => {
    const r = parseText(text);
    expect(r.form).toBe("layout");
    expect(rowsOf(r)[2]!.goal).toBe(
      "落实国家学生资助政策，确保家庭经济困难学生不因经济原因失学，促进教育公平，加强教师队伍建设，开展分层分类培训，提升教师专业素养和教育教学能力，打造高素质专业化创新型教师队伍。",
    );
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.period?.text, i.annual?.text])[2]).toEqual(
      ["年度投入", "成本控制率100%", "成本控制率100%"],
    );
  };

  it("is parted where the indicator column starts, after the goal's clause mark", () => {
    // The goal's last line ends with `。` right where the indicators' column starts, no space
    // between (`…教师队伍。期指标值:…`).
    expectParted(
      page([
        "                                                         提升教师专业素养和教育",
        "                                                                   41-经济成本指标；年度投入；实施周",
        "                                                         教学能力，打造高素质专",
        "                                                         业化创新型教师队伍。期指标值:成本控制率100%；年度指",
        "                                                                   标值:成本控制率100%。",
      ]),
    );
  });

  it("is parted where the indicator column starts, before a period value's end and the annual label", () => {
    // `…教师队伍。成本控制率100%；年度指标值:…`: no label and no level code in the glued part's
    // first words, but the annual value's label right after the value's end.
    expectParted(
      page([
        "                                                         提升教师专业素养和教育",
        "                                                                   41-经济成本指标；年度投入；实施周",
        "                                                         教学能力，打造高素质专",
        "                                                                   期指标值:",
        "                                                         业化创新型教师队伍。成本控制率100%；年度指标值:成",
        "                                                                   本控制率100%。",
      ]),
    );
  });

  it("is parted where the indicator column starts, a full goal line cut mid-clause before a value's label", () => {
    // `…教育值:成本控制率…`: the goal's line full, no clause mark at its end.
    expectParted(
      page([
        "                                                                   41-经济成本指标；年度投入；实施周期指标",
        "                                                         提升教师专业素养和教育值:成本控制率100%；年度指",
        "                                                                   标值:成本控制率100%。",
        "                                                         教学能力，打造高素质专",
        "                                                         业化创新型教师队伍。",
      ]),
    );
  });

  it("is parted where the indicator column starts, a full goal line cut mid-clause before a value's rest", () => {
    // `…教育制率100%；…`: the goal's line full, no clause mark at its end, the value's label above.
    expectParted(
      page([
        "                                                                   41-经济成本指标；年度投入；实施周期指标值:成本控",
        "                                                         提升教师专业素养和教育制率100%；年度指标值:成本控",
        "                                                                   制率100%。",
        "                                                         教学能力，打造高素质专",
        "                                                         业化创新型教师队伍。",
      ]),
    );
  });

  it("is parted where the indicator column starts, before a piece of fields parted by ；", () => {
    // `…和教年度投入；实施周期指标`: no label or level code in the piece, but fields parted by `；`
    // and no goal's clause.
    expectParted(
      page([
        "                                                                   41-经济成本指标；",
        "                                                         提升教师专业素养和教年度投入；实施周期指标",
        "                                                                   值:成本控制率100%；年度指标值:成本控制率100%。",
        "                                                         育教学能力，打造高素质",
        "                                                         专业化创新型教师队伍。",
      ]),
    );
  });
  it("is parted where the indicator column starts on its row's amounts line, one space after them", () => {
    // The row's last amount and the glued goal and indicator lines stand one space apart
    // (`69,200.00 力，打造高素质专业化创出指标；…`): the text after the amounts is parted as on
    // the lines above and below.
    const text = [
      "                                  项目支出绩效目标表",
      "部门名称：广州市教育局                                                                      单位：元",
      "项目名称（资金使用 总计 财政拨款 财政专户 其他资金                               绩效目标            绩效指标",
      "   单位）                            拨款",
      "合计       13,599,000.00",
      "                    3,585,751.005,374,679.004,638,570.00",
      "广州大学附属中学 13,599,000.00",
      "                    3,585,751.005,374,679.004,638,570.00",
      "                                                                    1、1-产出指标；11-数量指标；受助",
      "                                                      组织完成年度招生考试工   学生人数；实施周期指标值:大于等于",
      "                                                      作，确保考试安全平稳有   2496人；年度指标值:大于等于2496",
      "                                                      序，保障学校正常运转和   人。2、1-产出指标；11-数量指标；",
      "学生资助资金            8,300.00           8,300.00         教育教学活动有序开展，   培训教师人次；实施周期指标值:2900",
      "                                                      改善办学条件，提升学校   人次；年度指标值:2900人次。3、1-",
      "                                                      信息化、现代化水平。    产出指标；13-时效指标；完成时间；",
      "                                                                    实施周期指标值:10月底前；年度指标",
      "                                                                    值:10月底前。",
      "                                                         加强教师队伍建设，开展1、1-产出指标；11-数量指标；培训",
      "                                                         分层分类培训，提升教师教师人次；实施周期指标值:2900人",
      "广州大学附属中学国                                                专业素养和教育教学能 次；年度指标值:2900人次。2、1-产",
      "际交流与合作项目 69,200.00                             69,200.00 力，打造高素质专业化创出指标；12-质量指标；验收合格率；",
      "（2025-2026学年）                                            新型教师队伍，组织完成实施周期指标值:100%；年度指标",
      "                                                         年度招生考试工作，确保值:100%。",
      "                                                         考试安全平稳有序。",
    ].join("\n");
    const r = parseText(text, { form: "layout" });
    expect(rowsOf(r)[3]!.goal).toBe(
      "加强教师队伍建设，开展分层分类培训，提升教师专业素养和教育教学能力，打造高素质专业化创新型教师队伍，组织完成年度招生考试工作，确保考试安全平稳有序。",
    );
    expect(
      r.tables[0]!.indicators.slice(3).map((i) => [i.level1.name, i.name, i.annual?.text]),
    ).toEqual([
      ["产出指标", "培训教师人次", "2900人次"],
      ["产出指标", "验收合格率", "100%"],
    ]);
  });
});

describe("a layout copy's last page drawn in narrower columns", () => {
  it("tells its indicator column by its own lines, left of the table's usual goal column", () => {
    // A word processor's page as pdftotext -layout gives it: the last page holds only the end of
    // a broken row, its columns set narrower than the pages before (indicators at 51, left of the
    // usual goal column); its one goal line is no column of its own. The first line's value
    // (`4336.86 平方米。`) is the indicators', its digits set apart from their unit.
    const text = [
      "                                                                 项目支出绩效目标表",
      "部门名称：广州市文化广电旅游局单位：元",
      "",
      "项目名称（资                                财政专户拨",
      "               总计          财政拨款                    其他资金               绩效目标                                   绩效指标",
      "金使用单位）                                    款",
      "",
      "合计         3617600.00 2111301.00 446355.00 1059944.00",
      "",
      "广州博物馆   3617600.00 2111301.00 446355.00 1059944.00",
      "",
      "文物保护单位                                                         加强文物和非物质文化遗产保护利用，传承弘扬 1、1-产出指标；11-数量指标；服务人数；实施周期指标值：56 人；年度指标值：56 人。2、1-",
      "修缮工程                                                           岭南优秀传统文化，完善公共文化服务体系，丰 产出指标；13-时效指标；完成时间；实施周期指标值：9 月底前；年度指标值：9 月底",
      "             1492100.00   984786.00                507314.00",
      "（2025-2027                                                     富人民群众精神文化生活，保障人民群众基本文 前。3、4-成本指标；41-经济成本指标；年度投入；实施周期指标值：成本控制率 100%；年度",
      "年）                                                             化权益。                     指标值：成本控制率 100%。",
      "",
      "藏品征集与保       2125500.00   1126515.00   446355.00   552630.00   推进文化和旅游深度融合，提升广州城市文化品 1、1-产出指标；11-数量指标；服务面积；实施周期指标值：4336.86 平方米；年度指标值：",
      "项目名称（资               财政专户拨",
      "         总计   财政拨款           其他资金           绩效目标                         绩效指标",
      "金使用单位）                 款",
      "",
      "                                                   4336.86 平方米。2、1-产出指标；12-质量指标；文物安全事故发生率；实施周期指标值：0；",
      "                                                   年度指标值：0。3、1-产出指标；13-时效指标；全年支出率；实施周期指标值：100%；年度指",
      "护修复经费                               牌影响力。          标值：100%。4、2-效益指标；22-社会效益；公众知晓率；实施周期指标值：大于等于 90%；",
      "                                                   年度指标值：大于等于 90%。",
    ].join("\n");
    const r = parseText(text, { form: "layout" });
    const last = rowsOf(r)[3]!;
    expect([last.name, last.goal]).toEqual([
      "藏品征集与保护修复经费",
      "推进文化和旅游深度融合，提升广州城市文化品牌影响力。",
    ]);
    expect(
      r.tables[0]!.indicators.filter((i) => i.rowId === last.id).map((i) => i.annual?.text),
    ).toEqual(["4336.86平方米", "0", "100%", "大于等于90%"]);
  });
});

describe("a layout copy's last page whose indicators stand where the goals stood", () => {
  /** A line with texts at the given columns. */
  const at = (...parts: [number, string][]) =>
    parts.reduce((s, [col, text]) => s.padEnd(col) + text, "");

  it("takes its goal's last piece from further left, and keeps the indicators whole", () => {
    // A word processor's last page holding the end of a broken row: its indicator lines start at
    // the column the pages before set their goals in (45), the goal's last piece (`距。`) left of
    // them. Cut at the usual goal column, the indicators lost `85%。4、4` to the goal.
    const header = [
      "项目名称（资金        财政拨   财政专   其他资",
      "          总计                          绩效目标             绩效指标",
      " 使用单位）          款    户拨款    金",
      "",
    ];
    const text = [
      "项目支出绩效目标表",
      "部门名称：某部门单位：万元",
      "",
      ...header,
      "合计          715.00   715.00",
      "",
      "某单位        715.00   715.00",
      "",
      at(
        [0, "某项目"],
        [14, "30.00"],
        [23, "30.00"],
        [45, "保障工作正常开展。"],
        [62, "1、1-产出指标；11-数量指标；人数；实施"],
      ),
      at([62, "周期指标值:1人；年度指标值:1人。"]),
      "",
      at(
        [0, "重点专科建设经"],
        [12, "685.00"],
        [21, "685.00"],
        [45, "加强公共卫生服务体系建设，为城乡"],
        [62, "1、1-产出指标；13-时效指标；故障处理及时"],
      ),
      at(
        [0, "费"],
        [45, "居民免费提供基本公共卫生服务，逐"],
        [62, "率；实施周期指标值:大于 90%；年度指标值:"],
      ),
      at([45, "步缩小城乡居民基本公共卫生服务差"], [62, "大于 90%。2、3-满意度指标；31-服务对"]),
      ...header,
      at([45, "象满意度；服务对象满意度；实施周期指标值:"]),
      at([33, "距。"]),
      at([45, "大于等于 85%；年度指标值:大于等于"]),
      at([45, "85%。3、4-成本指标；41-经济成本指标；年"]),
      at([45, "度投入；实施周期指标值:小于等于 685 万元；"]),
      at([45, "年度指标值:小于等于 685 万元。"]),
    ].join("\n");
    const r = parseText(text, { form: "layout" });
    const last = rowsOf(r)[3]!;
    expect([last.name, last.goal]).toEqual([
      "重点专科建设经费",
      "加强公共卫生服务体系建设，为城乡居民免费提供基本公共卫生服务，逐步缩小城乡居民基本公共卫生服务差距。",
    ]);
    expect(
      r.tables[0]!.indicators.filter((i) => i.rowId === last.id).map((i) => i.annual?.text),
    ).toEqual(["大于90%", "大于等于85%", "小于等于685万元"]);
  });

  // The page holds a goal's last piece (`统文化。`, at 36) and indicator lines (at 50, left of the
  // goal column the pages before kept, 56), none opening with a label or a number: cut at the
  // usual columns, `大于等于` and `整体支出金额不超过` went to the goal; or a value's end alone
  // (`100%。`), as the goal's last line.
  it.each([
    [
      "the indicator lines open with a value's words",
      "效益指标；22-社会效益；年接待观众人次；实施周期指标值:大于等于 537 万人次；年度指标值:",
      [
        at([
          50,
          "大于等于 537 万人次。4、4-成本指标；41-经济成本指标；年度投入；实施周期指标值:该项目",
        ]),
        at([36, "统文化。"]),
        at([50, "整体支出金额不超过 1060300 元；年度指标值:该项目整体支出金额不超过 1060300 元。"]),
      ],
      ["大于等于537万人次", "该项目整体支出金额不超过1060300元"],
    ],
    [
      "a value's end stands alone under them",
      "效益指标；22-社会效益；年接待观众人次；实施周期指标值:大于等于 537 万人次；年度指标值:大于等于 537 万人次。4、4-经",
      [
        at([50, "济成本指标；年度投入；实施周期指标值:成"]),
        at([36, "统文化。"], [50, "本控制率 100%；年度指标值:成本控制率"]),
        at([50, "100%。"]),
      ],
      ["大于等于537万人次", "成本控制率100%"],
    ],
  ])("takes its goal's last piece from further left where %s", (_, cut, page, annuals) => {
    const header = [
      "项目名称（资               财政专户拨",
      "         总计   财政拨款           其他资金          绩效目标                           绩效指标",
      "金使用单位）                 款",
      "",
    ];
    const text = [
      "项目支出绩效目标表",
      "部门名称：某部门单位：元",
      "",
      ...header,
      at([0, "合计"], [13, "1160300.00"], [38, "1160300.00"]),
      "",
      at([0, "某单位"], [13, "1160300.00"], [38, "1160300.00"]),
      "",
      at(
        [0, "某项目"],
        [13, "100000.00"],
        [38, "100000.00"],
        [56, "保障工作正常开展。"],
        [83, "1、1-产出指标；11-数量指标；人数；实施周期指标值:1人；"],
      ),
      at([83, "年度指标值:1人。"]),
      "",
      at(
        [0, "广播电视公共"],
        [13, "1060300.00"],
        [38, "1060300.00"],
        [56, "完善公共文化服务体系，丰富人民群众精神文化"],
        [
          83,
          "1、1-产出指标；11-数量指标；举办展览数量；实施周期指标值:21 个；年度指标值:21 个。2、1-",
        ],
      ),
      at(
        [0, "服务覆盖工程"],
        [56, "生活，保障人民群众基本文化权益，加强文物和"],
        [
          83,
          "产出指标；13-时效指标；完成时间；实施周期指标值:11 月底前；年度指标值:11 月底前。3、2-",
        ],
      ),
      at([56, "非物质文化遗产保护利用，传承弘扬岭南优秀传"], [83, cut]),
      ...header,
      ...page,
    ].join("\n");
    const r = parseText(text, { form: "layout" });
    const last = rowsOf(r)[3]!;
    expect([last.name, last.goal]).toEqual([
      "广播电视公共服务覆盖工程",
      "完善公共文化服务体系，丰富人民群众精神文化生活，保障人民群众基本文化权益，加强文物和非物质文化遗产保护利用，传承弘扬岭南优秀传统文化。",
    ]);
    expect(
      r.tables[0]!.indicators.filter((i) => i.rowId === last.id).map((i) => i.annual?.text),
    ).toEqual(["21个", "11月底前", ...annuals]);
  });
});

describe("a layout copy's goal lines across a page break", () => {
  /** A page's rows before 甲, whose indicators the page break cuts after `实施周期`. */
  const beforeJia = [
    line("合计", { T: "20.00", F: "20.00" }),
    line("某单位", { T: "20.00", F: "20.00" }),
    line("乙项目", { T: "10.00", F: "10.00" }, "目标乙。", indicator("乙")),
    line(
      "甲项目",
      { T: "10.00", F: "10.00" },
      "保障工作正常运转。",
      "1、1-产出指标；11-数量指标；甲；实施周期",
    ),
  ];

  it("stay with the row they follow: a row's goal never starts on a page before its amounts", () => {
    // 甲 is cut by the page break (its indicators go on); its goal ends the page with a second
    // sentence, which a short first sentence makes look like another goal's.
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line(
        "甲项目",
        { T: "10.00", F: "10.00" },
        "保障工作正常运转，",
        "1、1-产出指标；11-数量指标；甲；",
      ),
      line("", {}, "全年不停。"),
      line(
        "",
        {},
        "通过实施本项目，进一步完善",
        "实施周期指标值:1次；年度指标值:1次。2、1-产出指标；",
      ),
      line("", {}, "工作机制。", "11-数量指标；甲二；实施周期"),
      "                                   第1页",
      "\f" + HEADER,
      line("", {}, "", "指标值:2次；年度指标值:2次。"),
      line("乙项目", { T: "10.00", F: "10.00" }, "目标乙。", indicator("乙")),
    ]);
    expect(rowsOf(r).map((x) => x.goal)).toEqual([
      null,
      null,
      "保障工作正常运转，全年不停。通过实施本项目，进一步完善工作机制。",
      "目标乙。",
    ]);
    expect(r.tables[0]!.indicators.map((i) => i.name)).toEqual(["甲", "甲二", "乙"]);
  });

  it("opening a page with the rest of a value label cut by the break (…年度指 / 标值:…), are the indicators'", () => {
    const at36 = (s: string) => pad("", 36) + s;
    const r = parse([
      ...beforeJia,
      line("", {}, "", "指标值:大于等于 85%；年度指"),
      "                                   第1页",
      "\f" + HEADER,
      at36("标值:大于等于 85%。"),
    ]);
    expect(rowsOf(r).map((x) => x.goal)).toEqual([null, null, "目标乙。", "保障工作正常运转。"]);
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.annual?.text])).toEqual([
      ["乙", "1次"],
      ["甲", "大于等于85%"],
    ]);
  });

  /**
   * A word processor's pages as pdftotext -layout gives them: the first, up to where its last row
   * breaks, and the next page's header. What the next page holds is each test's.
   */
  const wordPages = (department: string, rows: string[]) => [
    "                                       项目支出绩效目标表",
    `部门名称：${department}单位：元`,
    "",
    "项目名称",
    "                                财政专户拨",
    "（资金使      总计         财政拨款                   其他资金            绩效目标                  绩效指标",
    "                                   款",
    "用单位）",
    "",
    ...rows,
    "项目名称",
    "                   财政专户拨",
    "（资金使   总计   财政拨款           其他资金      绩效目标               绩效指标",
    "                     款",
    "用单位）",
    "",
  ];
  /** A row broken after its goal's fifth line. */
  const museumPages = wordPages("广州市文化广电旅游局", [
    "合计     368900.00    368900.00",
    "",
    "广州某馆     368900.00    368900.00",
    "",
    "公共文化     368900.00    368900.00                        做好馆藏文物、图书文献 1、1-产出指标；11-数量指标；服务年限；实",
    "服务体系                                                   的征集、保护和研究工    施周期指标值：保障服务年限 1 年；年度指标",
    "建设专项                                                   作，提升公共文化设施服 值：保障服务年限 1 年。2、1-产出指标；12-",
    "资金                                                     务效能，推进文化和旅游 质量指标；验收合格率；实施周期指标值：",
    "                                                       深度融合，提升广州城市 100%；年度指标值：100%。3、1-产出指",
  ]);
  /** The museum's indicators as read with the next page's lines, its goal whole. */
  const museumIndicators = (nextPage: string[]) => {
    const r = parseText([...museumPages, ...nextPage].join("\n"));
    expect(r.form).toBe("layout");
    expect(rowsOf(r)[2]!.goal).toBe(
      "做好馆藏文物、图书文献的征集、保护和研究工作，提升公共文化设施服务效能，推进文化和旅游深度融合，提升广州城市文化品牌影响力。",
    );
    return r.tables[0]!.indicators;
  };
  /** A row whose name, goal and indicators break after their third line. */
  const schoolPages = wordPages("广州市教育局", [
    "合计     368900.00    368900.00",
    "",
    "广州某校     368900.00    368900.00",
    "",
    "广州市幼儿     368900.00    368900.00                        落实国家学生资助政策， 1、1-产出指标；11-数量指",
    "师范学校                                                   确保家庭经济困难学生不 标；服务人数；实施周期指标值:7 人；",
    "“粤教翔                                                    因经济原因失学，促进教 年度指标值:7 人。2、3-满意度指标；",
  ]);
  /** The school's row as read with the next page's lines: its name and goal, its indicators. */
  const schoolRow = (nextPage: string[]) => {
    const r = parseText([...schoolPages, ...nextPage].join("\n"));
    expect(r.form).toBe("layout");
    const row = rowsOf(r)[2]!;
    expect([row.name, row.goal]).toEqual([
      "广州市幼儿师范学校“粤教翔云”数字教材应用推广项目",
      "落实国家学生资助政策，确保家庭经济困难学生不因经济原因失学，促进教育公平。",
    ]);
    return r.tables[0]!.indicators.map((i) => [i.name, i.annual?.text]);
  };

  it("under the last line of a goal set further left on the next page, are the indicators'", () => {
    // A word processor's page (copied as pdftotext -layout gives it): the new page holds the end
    // of the row's goal, at 34, and of its indicators, at 45; the indicator line under the goal's
    // last has no value label or level name to tell it.
    const indicators = museumIndicators([
      "                                             标；12-质量指标；资料归档完整率；实施周",
      "                                             期指标值：100%；年度指标值：",
      "                                             100%。4、2-效益指标；21-经济效益；带动",
      "                                             社会投资；实施周期指标值：大于等于 10 亿",
      "                                             元；年度指标值：大于等于 10 亿元。5、3-满",
      "                                  文化品牌影响力。",
      "                                             意度指标；31-服务对象满意度；服务质量考",
      "                                             核情况；实施周期指标值：大于 85 分；年度",
      "                                             指标值：大于 85 分。6、4-成本指标；41-经",
      "                                             济成本指标；年度投入；实施周期指标值：",
      "                                             368900 元；年度指标值：368900 元。",
    ]);
    expect(indicators.map((i) => [i.level2.name, i.name])[4]).toEqual([
      "服务对象满意度",
      "服务质量考核情况",
    ]);
  });

  it("under the last line of a goal set further left, are the indicators' where digits set apart part them", () => {
    // As above, the value's digits a space from its words (a word processor's): the lines under
    // the goal's last show no indicator word past that space (`368900 元；年度`, `元。`).
    const indicators = museumIndicators([
      "                                             标；12-质量指标；资料归档完整率；实施周",
      "                                             期指标值：100%；年度指标值：100%。4、4-",
      "                                             成本指标；41-经济成本指标；年度投入；实",
      "                                             施周期指标值：该项目",
      "                                  文化品牌影响力。",
      "                                             整体支出金额不超过 368900 元；年度",
      "                                             指标值：该项目整体支出金额不超过",
      "                                             368900 元。",
    ]);
    expect(indicators.map((i) => [i.name, i.period?.value, i.annual?.text]).at(-1)).toEqual([
      "年度投入",
      368900,
      "该项目整体支出金额不超过368900元",
    ]);
  });

  it("under an indicator line, past a piece of the row's name between, are the indicators'", () => {
    // The new page holds the rest of the row's name at 0, its goal's end at 36 and its
    // indicators at 45; `家长满意度；实施周期指` shows no indicator word, and a piece of the name
    // stands between it and the indicator line above.
    const indicators = schoolRow([
      "                                             31-服务对象满意度；学生及",
      "云”数字教",
      "                                             家长满意度；实施周期指",
      "材应用推广                          育公平。",
      "                                             标值:≥90%；年度指标值:≥90%。",
      "项目",
    ]);
    expect(indicators).toEqual([
      ["服务人数", "7人"],
      ["学生及家长满意度", "≥90%"],
    ]);
  });

  it("under an indicator line ending with a value's label beside a goal's end, past a piece of the name, are that value", () => {
    // As above, but the goal's end stands beside the indicator line that ends with the annual
    // value's label; the value (`有效。`) stands under that label's line, the name's piece between.
    const indicators = schoolRow([
      "                                             31-服务对象满意度；学生及",
      "云”数字教",
      "                                    育公平。     家长满意度；实施周期指标值:有效；年度指标值:",
      "材应用推广",
      "                                             有效。",
      "项目",
    ]);
    expect(indicators).toEqual([
      ["服务人数", "7人"],
      ["学生及家长满意度", "有效"],
    ]);
  });

  it("under a line ending with a value's label, are that value, though digits set apart part it", () => {
    // A word processor's page as pdftotext -layout gives it: the new page holds only the end of
    // the row's indicators, and its last line (`该项目整体支出金额不超过 1608400 元。`) shows no
    // indicator word; the line above it ends with `年度指标值：`.
    const text = [
      "                                          项目支出绩效目标表",
      "部门名称：广州市文化广电旅游局单位：元",
      "",
      "项目名称",
      "                                  财政专户拨",
      "（资金使         总计        财政拨款                   其他资金             绩效目标                绩效指标",
      "                                      款",
      "用单位）",
      "",
      "合计      1608400.00 1608400.00",
      "",
      "广州艺术博物院 1608400.00 1608400.00",
      "",
      "广州艺术      1608400.00 1608400.00                  做好馆藏文物、图书文献的征 1、1-产出指标；11-数量指标；服务面积；",
      "博物院文                                             集、保护和研究工作，提升公 实施周期指标值：2315.43 平方米；年度指",
      "物保护单                                             共文化设施服务效能，完善公 标值：2315.43 平方米。2、1-产出指标；",
      "位修缮工                                             共文化服务体系，丰富人民群 11-数量指标；举办专题活动；实施周期指",
      "程（2025-                                          众精神文化生活，保障人民群 标值：大于等于 22 场次；年度指标值：大",
      "2027 年）                                          众基本文化权益。        于等于 22 场次。3、1-产出指标；11-数量",
      "                                                                 指标；修复藏品数量；实施周期指标值：",
      "                                                                 165 件（套）；年度指标值：165 件",
      "                                                                 （套）。4、2-效益指标；22-社会效益；年",
      "                                                                 接待观众人次；实施周期指标值：大于等于",
      "                                                                 591 万人次；年度指标值：大于等于 591 万",
      "项目名称",
      "                   财政专户拨",
      "（资金使   总计   财政拨款           其他资金   绩效目标            绩效指标",
      "                     款",
      "用单位）",
      "",
      "                                         人次。5、4-成本指标；41-经济成本指标；",
      "                                         年度投入；实施周期指标值：该项目整体支",
      "                                         出金额不超过 1608400 元；年度指标值：",
      "                                         该项目整体支出金额不超过 1608400 元。",
    ].join("\n");
    const r = parseText(text);
    expect(r.form).toBe("layout");
    expect(rowsOf(r)[2]!.goal).toBe(
      "做好馆藏文物、图书文献的征集、保护和研究工作，提升公共文化设施服务效能，完善公共文化服务体系，丰富人民群众精神文化生活，保障人民群众基本文化权益。",
    );
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.annual?.text])[4]).toEqual([
      "年度投入",
      "该项目整体支出金额不超过1608400元",
    ]);
  });

  it("at a page's top stay with the broken row above, not with a next row whose goal runs onto a page after", () => {
    // Centred cells, but 乙 is cut by the next page break too: a renderer draws it from the top,
    // its goal starting on its amounts line. The three lines above are 甲's, though a sentence
    // ends after the first.
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line(
        "甲项目",
        { T: "10.00", F: "10.00" },
        "甲目标的第一行文字",
        "1、1-产出指标；11-数量指标；甲；",
      ),
      line("", {}, "甲目标的第二行文字", "实施周期指标值:1次；年度指标"),
      "                                   第1页",
      "\f" + HEADER,
      line("", {}, "甲目标第三行结束。", "值:1次。"),
      line("", {}, "通过实施甲项目，进"),
      line("", {}, "一步完善工作机制。"),
      line("乙项目", { T: "10.00", F: "10.00" }, "乙目标的第一行文字", indicator("乙")),
      line("", {}, "乙目标的第二行文字"),
      "                                   第2页",
      "\f" + HEADER,
      line("", {}, "乙目标在这里结束。"),
    ]);
    expect(rowsOf(r).map((x) => x.goal)).toEqual([
      null,
      null,
      "甲目标的第一行文字甲目标的第二行文字甲目标第三行结束。通过实施甲项目，进一步完善工作机制。",
      "乙目标的第一行文字乙目标的第二行文字乙目标在这里结束。",
    ]);
  });

  it("beside the next row's goal at its own column, after a goal that ended on the page's last line, are the indicators' alone", () => {
    // Page 2's second line holds 乙's goal (no clause mark in its first line) and, at the
    // indicator column, the rest of 甲's value: the goal stays 乙's.
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line(
        "甲项目",
        { T: "10.00", F: "10.00" },
        "保障工作正常运转。",
        "1、1-产出指标；11-数量指标；甲；实施周期指标值:年度",
      ),
      "                                   第1页",
      "\f" + HEADER,
      line("", {}, "", "法律纠纷为零；年度"),
      line("", {}, "通过实施“乙专项经", "指标值:年度法律纠纷为零。"),
      line("乙项目", { T: "10.00", F: "10.00" }, "费”，完善工作机制。", indicator("乙")),
    ]);
    expect(rowsOf(r).map((x) => x.goal)).toEqual([
      null,
      null,
      "保障工作正常运转。",
      "通过实施“乙专项经费”，完善工作机制。",
    ]);
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.annual?.text])).toEqual([
      ["甲", "年度法律纠纷为零"],
      ["乙", "1次"],
    ]);
  });

  it("opening a page left of its goal column, after a goal that has ended, are the indicators'", () => {
    // 甲's goal ended a line above its page's last indicator line, its indicators mid-value; the
    // next page's columns, set by 丙's lines, put their end (`列支。`) left of its goal column.
    const r = parse([
      ...beforeJia,
      line("", {}, "", "指标值:按标准列支；年度指标值:按标准"),
      "                                   第1页",
      "\f" + HEADER,
      pad("", 40) + "列支。",
      line("丙项目", { T: "5.00", F: "5.00" }, "目标丙。", indicator("丙")),
    ]);
    expect(rowsOf(r).map((x) => x.goal)).toEqual([
      null,
      null,
      "目标乙。",
      "保障工作正常运转。",
      "目标丙。",
    ]);
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.annual?.text])).toEqual([
      ["乙", "1次"],
      ["甲", "按标准列支"],
      ["丙", "1次"],
    ]);
  });

  it("opening a page where its indicator lines stand, after a goal that ended on the page's last line, are the indicators'", () => {
    // The goal ends beside the indicators on page 1's last line; page 2 holds the name's rest and
    // the indicators' at 40, their last line, with no value label, closing a sentence.
    const at40 = (s: string) => pad("", 40) + s;
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line(
        "广州市幼儿",
        { T: "10.00", F: "10.00" },
        "组织完成年度招生考试工作，",
        "1、1-产出指标；11-数量指标；受助学生人数；实施周",
      ),
      line(
        "师范学校",
        {},
        "确保考试安全平稳有序。",
        "期指标值:1549 人；年度指标值:1549 人。2、3-满意度指标；31-服务",
      ),
      "                                   第1页",
      "\f" + HEADER,
      at40("对象满意度；学生及家长满意度；实施周期指标值:≥85%；年度指标值:"),
      "2026-2027",
      at40("≥85%。3、4-成本指标；41-经济成本指标；年度投入；实施周期指标"),
      "年信息化运",
      at40("值:该项目整体支出金额不超过 4735000 元；年度指标值:该项目整体支"),
      "维项目",
      at40("出金额不超过 4735000 元。"),
    ]);
    const row = rowsOf(r)[2]!;
    expect(row.name).toBe("广州市幼儿师范学校2026-2027年信息化运维项目");
    expect(row.goal).toBe("组织完成年度招生考试工作，确保考试安全平稳有序。");
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.annual?.text])[2]).toEqual([
      "年度投入",
      "该项目整体支出金额不超过4735000元",
    ]);
  });

  it("opening a page with a value's end and the next indicator, after a goal that ended on the page's last line, are the indicators'", () => {
    const at40 = (s: string) => pad("", 40) + s;
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line(
        "安全保卫及消",
        { T: "10.00", F: "10.00" },
        "完善公共文化服务体系，",
        "1、1-产出指标；11-数量指标；服务年限；实施周期指标值:保障服务",
      ),
      line("防维保服务费", {}, "保障基本文化权益。", "年限 1 年；年度指标值:保障"),
      "                                   第1页",
      "\f" + HEADER,
      at40(
        "服务年限 1 年。2、1-产出指标；12-质量指标；文物安全事故发生率；实施周期指标值:0；年度指标",
      ),
      at40("值:0。"),
    ]);
    expect(rowsOf(r)[2]!.goal).toBe("完善公共文化服务体系，保障基本文化权益。");
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.annual?.text])).toEqual([
      ["服务年限", "保障服务年限1年"],
      ["文物安全事故发生率", "0"],
    ]);
  });

  it("opening a page one space before a value's number, after a goal that has ended, are the indicators'", () => {
    // The next page holds only 甲's end, beside the rest of its name: a value cut before `超过`
    // looks like a goal's word one space before the indicators' `334 万元。`.
    const r = parse([
      ...beforeJia,
      line("", {}, "", "指标值:1次；年度指标值:1次。2、4-成本指标；41-经济成本指标；"),
      line("", {}, "", "年度投入；实施周期指标值:不超过 334 万元；年度指标值:不"),
      "                                   第1页",
      "\f" + HEADER,
      pad("", 36) + "超过 334 万元。",
    ]);
    expect(rowsOf(r)[3]!.goal).toBe("保障工作正常运转。");
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.annual?.text])[2]).toEqual([
      "年度投入",
      "不超过334万元",
    ]);
  });

  it("opening a page left of the usual goal column, are no row, though they hold a number and its unit", () => {
    // A word processor's page holding only 甲's last indicator lines, at 40: with no goal column
    // of its own, `…小于等于 217.34 万元；…` would read as a name and an amount.
    const at40 = (s: string) => pad("", 40) + s;
    const r = parse([
      ...beforeJia,
      line("", {}, "", "指标值:1次；年度指标值:1次。2、4-成本指标；"),
      "                                   第1页",
      "\f" + HEADER,
      at40("41-经济成本指标；年度投入；实施周期指标值:小于等于 217.34 万元；年度指标值:小"),
      at40("于等于 217.34 万元。"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual(["合计", "某单位", "乙项目", "甲项目"]);
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.annual?.text])[2]).toEqual([
      "年度投入",
      "小于等于217.34万元",
    ]);
  });

  it("opening a page that holds only the end of a row's indicators, are the indicators'", () => {
    // Such a page shows no goal column: its lines stand where a goal's would, and the first one
    // carries no value label to tell it from a goal's line.
    const at46 = (s: string) => pad("", 46) + s;
    const r = parse([
      ...beforeJia,
      line("", {}, "", "指标值:1次；年度指标值:1次。2、3-满意度指"),
      line("", {}, "", "标；31-服务对象"),
      "                                   第1页",
      "\f" + HEADER,
      at46("满意度；患者满意度；实施周期指标"),
      at46("值:≥85%；年度指标值:≥85%。3、"),
      at46("4-成本指标；41-经济成本指标；年度"),
      at46("投入；实施周期指标值:10万元；年度"),
      at46("指标值:10万元。"),
    ]);
    expect(rowsOf(r).map((x) => x.goal)).toEqual([null, null, "目标乙。", "保障工作正常运转。"]);
    expect(r.tables[0]!.indicators.map((i) => [i.level2.name, i.name])).toEqual([
      ["数量指标", "乙"],
      ["数量指标", "甲"],
      ["服务对象满意度", "患者满意度"],
      ["经济成本指标", "年度投入"],
    ]);
  });
});

describe("a layout copy's row set in columns of its own, one space apart", () => {
  it("keeps its indicator lines in order: they start where the cell's lines start, not the page's", () => {
    // 乙's goal stands at 80 and its indicators at 104, one space after the goal's lines, while
    // 甲's stand at 70 and 94: 乙's lines are whole lines of their cell, not pieces of others.
    const goal = ["完善公共文化服务体系，丰富人民群众精神文", "化生活，保障人民群众基本文化权益。"];
    const ind = [
      "数量；实施周期指标值:174件（套）；年",
      "度指标值:174件（套）。2、2-效益指标；",
      "22-社会效益；合法合规性；实施周期指",
      "标值:年度法律纠纷为零；年度指标值:年",
      "度法律纠纷为零。",
    ];
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("甲项目", { T: "10.00", F: "10.00" }, "目标甲。", indicator("甲")),
      line("", {}, "", "1、1-产出指标；11-数量指标；丙；实施周期指标值:2次；"),
      line("", {}, "", "年度指标值:2次。"),
      pad(line("乙项目", { T: "10.00", F: "10.00" }), 104) + "1、1-产出指标；11-数量指标；修复藏品",
      pad("", 80) + pad(goal[0]!, 23) + ind[0],
      pad("", 80) + pad(goal[1]!, 23) + ind[1],
      ...ind.slice(2).map((s) => pad("", 104) + s),
    ]);
    expect(rowsOf(r)[3]!.goal).toBe(goal.join(""));
    expect(
      r.tables[0]!.indicators.slice(2).map((i) => [i.name, i.period?.text, i.annual?.text]),
    ).toEqual([
      ["修复藏品数量", "174件（套）", "174件（套）"],
      ["合法合规性", "年度法律纠纷为零", "年度法律纠纷为零"],
    ]);
  });
});

describe("a layout copy's indicator line cut in pieces", () => {
  // pdftotext sets glyphs that overlap their neighbours (a separator hung past the column's edge,
  // punctuation squeezed together) on a baseline of their own: a piece of a line, standing where
  // it stood, lands a line or two lower. It goes back to the line it continues.
  const at = (k: number, text: string) => pad("", 94 + k) + text;
  const page = (indicatorLines: string[]) =>
    parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      ...indicatorLines.map((s, k) =>
        k === 1
          ? pad(line("甲项目", { T: "10.00", F: "10.00" }, "目标甲。"), 94) + s.trimStart()
          : s,
      ),
    ]);
  const fields = (r: ReturnType<typeof parse>) =>
    r.tables[0]!.indicators.map((i) => [i.name, i.period?.text ?? null, i.annual?.text ?? null]);

  it("a separator hung at a full line's end goes back to that line, not to one ending in a separator", () => {
    const l3 = "11-数量指标；购置设备数量；实施周期指标值:7台（套）";
    const l4 = "年度指标值:7台（套）";
    const r = page([
      at(0, "1、1-产出指标；11-数量指标；服务年限；实施周期指标值:保障"),
      at(0, "服务年限1年；年度指标值:保障服务年限1年。2、1-产出指标；"),
      at(0, l3),
      at(0, l4),
      // Nearer the end of the line above l3 (it ends in a separator of its own) than of l3.
      at(l3.length + 5, "；"),
      at(l4.length, "。3、1-产出指标；11-数量指标；签约人数；实施周期指标值:1人"),
      at(0, "；年度指标值:1人。"),
    ]);
    expect(fields(r)).toEqual([
      ["服务年限", "保障服务年限1年", "保障服务年限1年"],
      ["购置设备数量", "7台（套）", "7台（套）"],
      ["签约人数", "1人", "1人"],
    ]);
  });

  it("an indicator's end hung past the column goes back to the line that closes its values, not one nearer that leaves them open", () => {
    // `。2、` stands a place nearer the end of the period value's line (the annual one starts a
    // place left of the column, its brackets full width), but no indicator ends before its annual value.
    const period = "设备数量;实施周期指标值:36台";
    const r = page([
      at(0, "1、1-产出指标;11-数量指标;购置医疗"),
      at(0, period),
      at(-1, "（套）;年度指标值:36台（套）"),
      at(0, "1-产出指标;11-数量指标;家庭医生签"),
      at(period.length + 6, "。2、"),
      at(0, "约人数;实施周期指标值:大于等于99"),
      at(0, "万人;年度指标值:大于等于99万人。"),
    ]);
    expect(fields(r)).toEqual([
      ["购置医疗设备数量", "36台（套）", "36台（套）"],
      ["家庭医生签约人数", "大于等于99万人", "大于等于99万人"],
    ]);
  });

  it("a lone `。` hung past the column closes the line whose annual value it ends, not a nearer one inside a name", () => {
    // `。` set two lines under the value it closes, a place past the end of a full line that
    // ends inside the next indicator's name (`修复藏` / `品数量`).
    const l2 = "万册;年度指标值:≥14万册。2、1-产出指标;11-数量指标;修复藏";
    const r = page([
      at(0, "1、1-产出指标;11-数量指标;新增馆藏文献;实施周期指标值:≥14"),
      at(0, l2),
      at(0, "品数量;实施周期指标值:181件（套）;年度指标值:181件（套）"),
      at(0, "3、1-产出指标;12-质量指标;资料归档完整率;实施周期指标"),
      at(l2.length + 1, "。"),
      at(0, "值:100%;年度指标值:100%。"),
    ]);
    expect(fields(r)).toEqual([
      ["新增馆藏文献", "≥14万册", "≥14万册"],
      ["修复藏品数量", "181件（套）", "181件（套）"],
      ["资料归档完整率", "100%", "100%"],
    ]);
  });

  it("a piece opening the annual label goes before the line that goes on with it, under the period value", () => {
    // The line `；年度指标值:31台（套）。3、…` was set in three pieces: its start far right, its
    // middle at the column's start, its end inside the column.
    const l3 = "标；购置医疗设备数量；实施周期指标值:31台（套）";
    const r = page([
      at(0, "1、1-产出指标；11-数量指标；印制宣传资料；实施周期指"),
      at(0, "标值:1200份；年度指标值:1200份。2、1-产出指标；11-数量指"),
      at(0, l3),
      at(0, "值:31台（套）"),
      at(l3.length + 9, "；年度指标"),
      at(11, "。3、1-产出指标；12-质量指标；报告及时率；实施周期指"),
      at(0, "标值:≥95%；年度指标值:≥95%。"),
    ]);
    expect(fields(r)).toEqual([
      ["印制宣传资料", "1200份", "1200份"],
      ["购置医疗设备数量", "31台（套）", "31台（套）"],
      ["报告及时率", "≥95%", "≥95%"],
    ]);
  });

  it("a period value's end set under the annual label's line goes back before the label", () => {
    // `位。` squeezed against `；` sat lower: pdftotext put the label's line first, both at the
    // column's start.
    const r = page([
      at(0, "1、1-产出指标；12-质量指标；验收合格率；实施周期指标"),
      at(0, "值:100%；年度指标值:100%。2、2-效益指标；22-社会效益；"),
      at(0, "保障工作正常运转；实施周期指标值:各方面按合同要求保障到"),
      at(0, "；年度指标值:各方面按合同要求保障到位。3、2-效益指标；"),
      at(0, "位。"),
      at(0, "24-可持续影响；长效管理机制；实施周期指标值:建立健全并持"),
      at(0, "续运行；年度指标值:建立健全并持续运行。"),
    ]);
    expect(fields(r)).toEqual([
      ["验收合格率", "100%", "100%"],
      ["保障工作正常运转", "各方面按合同要求保障到位", "各方面按合同要求保障到位"],
      ["长效管理机制", "建立健全并持续运行", "建立健全并持续运行"],
    ]);
  });

  it("an annual value's unit set above its hung label goes back after the label", () => {
    // The label and its number hung right, their unit's bracket at the column's start above.
    const l1 = "修复藏品数量；实施周期指标值：70件（套）";
    const r = page([
      at(0, "1、1-产出指标；11-数量指标；举办展览数量；实施周期指标"),
      at(0, "值：24个；年度指标值：24个。2、1-产出指标；11-数量指标；"),
      at(0, l1),
      at(0, "件（套）"),
      at(l1.length + 14, "；年度指标值：70"),
      at(6, "。3、2-效益指标；22-社会效益；年接待观众人次；实"),
      at(0, "施周期指标值：大于等于448万人次；年度指标值：大于等于"),
      at(0, "448万人次。"),
    ]);
    expect(fields(r)).toEqual([
      ["举办展览数量", "24个", "24个"],
      ["修复藏品数量", "70件（套）", "70件（套）"],
      ["年接待观众人次", "大于等于448万人次", "大于等于448万人次"],
    ]);
  });

  it("an annual value's last words set above its hung label go back after the label", () => {
    // `求保障到位。` (six ideographs) and the label with the value's start, both set right.
    const l1 = "标值:各方面按合同要求保障到位。";
    const r = page([
      at(0, "1、1-产出指标；11-数量指标；服务人数；实施周期指标值:1人；年"),
      at(0, "度指标值:1人。2、2-效益指标；22-社会效益；保障工作正常运转；实施周期指"),
      at(0, l1),
      at(20, "求保障到位。"),
      at(l1.length + 6, "；年度指标值:各方面按合同要"),
    ]);
    expect(fields(r)).toEqual([
      ["服务人数", "1人", "1人"],
      ["保障工作正常运转", "各方面按合同要求保障到位", "各方面按合同要求保障到位"],
    ]);
  });

  it("a short line beside a hung label stays where it is when the values differ either way", () => {
    // Period and annual values are not always one text: no evidence, no change.
    const r = page([
      at(0, "1、1-产出指标；11-数量指标；服务年限；实施周期指标值:保障"),
      at(0, "；年度指标值:保障服务年限1年。2、1-产出指标；"),
      at(0, "3年。"),
      at(0, "11-数量指标；乙；实施周期指标值:2次；年度指标值:2次。"),
    ]);
    expect(fields(r)[0]).toEqual(["服务年限", "保障", "保障服务年限1年"]);
  });

  it("goes back to the line it fits on, not to a full line that ends nearer where it starts", () => {
    const m3 = "运转；实施周期指标值:各方面按合同要求保障到位。";
    const r = page([
      at(0, "1、1-产出指标；12-质量指标；设备验收合格率；实施周期指标"),
      at(0, "值:100%；年度指标值:100%。2、2-效益指标；22-社会效益；保障"),
      at(0, m3),
      at(0, "值:各方面按合同要求保障到位。3、2-效益指标；24-可持续影"),
      // Five places past the full line's end, eleven past the one it continues by its characters
      // (pdftotext gives an ideograph more than one place, so a line ends further right).
      at(m3.length + 11, "；年度指标"),
      at(0, "响；长效管理机制；实施周期指标值:持续运行；年度指标值:持"),
      at(0, "续运行。"),
    ]);
    expect(fields(r)).toEqual([
      ["设备验收合格率", "100%", "100%"],
      ["保障运转", "各方面按合同要求保障到位", "各方面按合同要求保障到位"],
      ["长效管理机制", "持续运行", "持续运行"],
    ]);
  });

  it("goes back to the line where it makes a value label with the line after", () => {
    // `；年` hung at the end of the line before `度指标值…`; by their ends and widths either line
    // could take it, and the later one, ending nearer, split the next indicator's name `人数`.
    const l2 = "度指标值:10台（套）";
    const l2b = "。3、1-产出指标；11-数量指标；人";
    const r = page([
      at(0, "1、1-产出指标；11-数量指标；开展培训次数；实施周期指标值:大于"),
      at(0, "等于10次；年度指标值:大于等于10次。2、1-产出指标；11-"),
      at(0, "数量指标；购置设备数量；实施周期指标值:10台（套）"),
      at(0, l2) + "  " + l2b,
      at(l2.length + 2 + l2b.length - 1, "；年"),
      at(0, "数；实施周期指标值:31人；年度指标值:31人。"),
    ]);
    expect(fields(r)).toEqual([
      ["开展培训次数", "大于等于10次", "大于等于10次"],
      ["购置设备数量", "10台（套）", "10台（套）"],
      ["人数", "31人", "31人"],
    ]);
  });

  it("of two lines it fits after, goes back to the one that ends nearer where it starts", () => {
    const y1 = "1、1-产出指标；11-数量指标；服务对象人数；实施周期指标值:1次";
    const r = page([
      at(0, y1),
      at(0, "年度指标值:1次。2、1-产出指标；11-数量指标；乙；实施周期"),
      at(y1.length + 1, "；"),
      at(0, "指标值:2次；年度指标值:2次。"),
    ]);
    expect(fields(r)).toEqual([
      ["服务对象人数", "1次", "1次"],
      ["乙", "2次", "2次"],
    ]);
  });

  it("a separator goes back before the value label the next line starts with", () => {
    // Both lines end as far from it; only the line after the first starts a label.
    const r = page([
      at(0, "1、1-产出指标；11-数量指标；保障工作正常运转；实施周期指"),
      at(0, "标值：各方面按合同要求保障到位。"),
      at(0, "年度指标值：各方面按合同要求保障"),
      at(26, "；"),
      at(0, "到位。2、4-成本指标；41-经济成本指标；年度投入；实施周期指"),
      at(0, "标值：成本控制率100%；年度指标值：成本控制率100%。"),
    ]);
    expect(fields(r)).toEqual([
      ["保障工作正常运转", "各方面按合同要求保障到位", "各方面按合同要求保障到位"],
      ["年度投入", "成本控制率100%", "成本控制率100%"],
    ]);
  });
});

describe("a layout copy's goal line set below its row's amounts", () => {
  it("goes back above the goal text beside the amounts when the indicators beside it are missing", () => {
    // Name and amounts stand half a line off the goal's baselines: pdftotext may set the goal's
    // next line beside the amounts and leave the line above them on a line of its own below,
    // where no indicator line stands beside it.
    const chunks = (s: string) => s.match(/.{1,22}/gu)!;
    const ind = chunks(
      "1、1-产出指标；11-数量指标；服务人数；实施周期指标值:35人；年度指标值:35人。" +
        "2、2-效益指标；22-社会效益；保障工作正常运转；实施周期指标值:有效；年度指标值:有效。",
    );
    const [g1, g2, g3] = ["加强文物和非物质文化遗", "产保护利用，传承弘扬岭", "南优秀传统文化。"];
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("", {}, "", ind[0]),
      line("", {}, "", ind[1]),
      line("甲项目", { T: "10.00", F: "10.00" }, g2, ind[2]),
      line("", {}, g1),
      line("", {}, "", ind[3]),
      line("", {}, g3, ind[4]),
      line("", {}, "", ind[5]),
      line("", {}, "推进文化和旅游深度融合", indicator("乙")),
      line("乙项目", { T: "10.00", F: "10.00" }, "，提升广州城市文化品牌"),
      line("", {}, "影响力。"),
    ]);
    expect(rowsOf(r).map((x) => x.goal)).toEqual([
      null,
      null,
      g1 + g2 + g3,
      "推进文化和旅游深度融合，提升广州城市文化品牌影响力。",
    ]);
    expect(r.tables[0]!.indicators.map((i) => i.name)).toEqual([
      "服务人数",
      "保障工作正常运转",
      "乙",
    ]);
  });

  it("stays below them where goal and indicator lines take turns, each on a line of its own", () => {
    // The goal line above the amounts has no indicator line beside it either: the lines are
    // interleaved, and the one under the amounts is the goal's next.
    const chunks = (s: string) => s.match(/.{1,22}/gu)!;
    const ind = chunks(
      "1、1-产出指标；11-数量指标；服务人数；实施周期指标值:35人；年度指标值:35人。" +
        "2、2-效益指标；22-社会效益；保障工作正常运转；实施周期指标值:有效；年度指标值:有效。",
    );
    const g = [
      "保障学校正常运转和教育",
      "教学活动有序开展，改善",
      "办学条件，提升学校信息",
      "化、现代化水平，加强教",
    ];
    const [g5, g6] = ["师队伍建设，开展分层分", "类培训。"];
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line("", {}, g[0]!),
      line("", {}, "", ind[0]),
      line("", {}, g[1]!),
      line("", {}, "", ind[1]),
      line("", {}, g[2]!),
      line("", {}, "", ind[2]),
      line("甲项目", { T: "10.00", F: "10.00" }, g[3], ind[3]),
      line("", {}, g5),
      line("", {}, "", ind[4]),
      line("", {}, g6),
      line("", {}, "", ind[5]),
    ]);
    expect(rowsOf(r)[2]!.goal).toBe(g.join("") + g5 + g6);
  });

  it("goes back above them though the goal line two above, on a line of its own, ends the goal before", () => {
    const chunks = (s: string) => s.match(/.{1,22}/gu)!;
    const ind = chunks(
      "1、1-产出指标；11-数量指标；服务人数；实施周期指标值:35人；年度指标值:35人。" +
        "2、2-效益指标；22-社会效益；保障工作正常运转；实施周期指标值:有效；年度指标值:有效。",
    );
    const [g1, g2] = ["推进文化和旅游深度融合，提升广州城市", "文物和非物质文化遗产保护利用。"];
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line(
        "乙项目",
        { T: "10.00", F: "10.00" },
        "加强文物和非物质文化遗产保护利用，",
        indicator("乙"),
      ),
      line("", {}, "按期完成年度各项工作任务。"),
      line("", {}, "", ind[0]),
      line("甲项目", { T: "10.00", F: "10.00" }, g2, ind[1]),
      line("", {}, g1),
      line("", {}, "", ind[2]),
      line("", {}, "", ind[3]),
    ]);
    expect(rowsOf(r).map((x) => x.goal)).toEqual([
      null,
      null,
      "加强文物和非物质文化遗产保护利用，按期完成年度各项工作任务。",
      g1 + g2,
    ]);
  });

  it("goes back above them also when a piece of the indicator line beside the amounts came with it", () => {
    const [g1, g2, g3] = ["推进文化和旅游深度融合", "，提升广州城市文化品牌", "影响力。"];
    const beside = "值:140件（套）";
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line("", {}, "", "1、1-产出指标；11-数量指标；修复藏品数量；实施周期指标"),
      line("甲项目", { T: "10.00", F: "10.00" }, g2, beside),
      pad(line("", {}, g1), 94 + beside.length + 1) + "；年度指标值:140件（套）。2、1-产出指",
      line("", {}, "", "标；13-时效指标；全年支出率；实施周期指标值:100%；年度指标"),
      line("", {}, g3, "值:100%。"),
    ]);
    expect(rowsOf(r)[2]!.goal).toBe(g1 + g2 + g3);
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.period?.text, i.annual?.text])).toEqual([
      ["修复藏品数量", "140件（套）", "140件（套）"],
      ["全年支出率", "100%", "100%"],
    ]);
  });

  it("goes back above them when the piece that came with it, an indicator's end, stands by the column's start", () => {
    // `（套）` beside the amounts, `。2、…` four places into the column under it: no line of its own.
    const [g1, g2, g3] = ["推进文化和旅游深度融合", "，提升广州城市文化品牌", "影响力。"];
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line("", {}, "", "1、1-产出指标；11-数量指标；修复藏品数量；实施周期指标"),
      line("", {}, "", "值:140件（套）；年度指标值:140件"),
      line("甲项目", { T: "10.00", F: "10.00" }, g2, "（套）"),
      pad(line("", {}, g1), 98) + "。2、1-产出指标；13-时效指标；全年支出率；",
      line("", {}, "", "实施周期指标值:100%；年度指标"),
      line("", {}, g3, "值:100%。"),
    ]);
    expect(rowsOf(r)[2]!.goal).toBe(g1 + g2 + g3);
    expect(r.tables[0]!.indicators.map((i) => [i.name, i.period?.text, i.annual?.text])).toEqual([
      ["修复藏品数量", "140件（套）", "140件（套）"],
      ["全年支出率", "100%", "100%"],
    ]);
  });

  it("comes first when pdftotext set both of a goal's lines on one line, the last one first", () => {
    const [g1, g2] = [
      "落实国家学生资助政策，确保家庭经济困难学生不因经济原因失",
      "学，促进教育公平。",
    ];
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("", {}, "", "1、1-产出指标；11-数量指标；印制宣传资料；实施周期指标"),
      line("甲项目", { T: "10.00", F: "10.00" }) +
        "   " +
        g2 +
        g1 +
        " 值:3800份；年度指标值:3800份。",
      line("", {}, "推进文化和旅游深度融合，提升广州城市文化品牌影响力，加强", indicator("乙")),
      line("乙项目", { T: "10.00", F: "10.00" }, "文物和非物质文化遗产保护利用。"),
    ]);
    expect(rowsOf(r).map((x) => x.goal)).toEqual([
      null,
      null,
      g1 + g2,
      "推进文化和旅游深度融合，提升广州城市文化品牌影响力，加强文物和非物质文化遗产保护利用。",
    ]);
  });

  it("stays below them when the indicators beside the amounts were the cell's last", () => {
    const [g1, g2] = ["加强文物和非物质文化遗", "产保护利用，传承弘扬。"];
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("甲项目", { T: "10.00", F: "10.00" }, g1, indicator("甲")),
      line("", {}, g2),
      line("", {}, "", indicator("乙")),
      line("乙项目", { T: "10.00", F: "10.00" }, "推进文化和旅游深度融合"),
      line("", {}, "影响力。"),
    ]);
    expect(rowsOf(r).map((x) => x.goal)).toEqual([
      null,
      null,
      g1 + g2,
      "推进文化和旅游深度融合影响力。",
    ]);
  });
});
