import { describe, expect, it } from "vitest";
import { joinCutAmountColumns, joinCutAmounts } from "../../../src/parse/forms/cutAmounts.js";
import { parseText } from "../../../src/parse/index.js";
import { HEADER, line, rowsOf } from "../../support/layoutCopy.js";
import { unaccountedLines } from "../../support/lines.js";

/** Lines as the layout reader takes them: numbered from 1, indentation kept. */
const numbered = (raws: string[]) => raws.map((raw, i) => ({ no: i + 1, text: raw.trim(), raw }));

describe("amounts a narrow cell cut in two, in a layout copy", () => {
  it("take back the digit under them; the line left empty is the amounts line's", () => {
    const out = joinCutAmountColumns(
      numbered([
        "            60251604.0 27378002.0 14895078.0 17978524.0",
        "合计",
        "            0          0           0           0",
      ]),
    );
    expect(out.map((l) => [l.no, l.raw, l.also ?? []])).toEqual([
      [1, "            60251604.00 27378002.00 14895078.00 17978524.00", [3]],
      [2, "合计", []],
    ]);
  });

  it("take back the digit from the next page's first lines, past the repeated header", () => {
    const out = joinCutAmountColumns(
      numbered([
        "展览策划及 1506300.00                       1506300.0 做好馆藏文物、",
        " 项目名称",
        "（资金使用        总计          财政拨款                    其他资金         绩效目标",
        "    单位）",
        "                                                         保护和研究工作，",
        "布展经费                                         0",
      ]),
    );
    expect(out.map((l) => l.raw)).toEqual([
      "展览策划及 1506300.00                       1506300.00 做好馆藏文物、",
      " 项目名称",
      "（资金使用        总计          财政拨款                    其他资金         绩效目标",
      "    单位）",
      "                                                         保护和研究工作，",
      "布展经费",
    ]);
  });

  it("stop at anything else under the cut amount", () => {
    const lines = numbered(["广州市教    60251604.0", "某项目      12.00", "            0"]);
    expect(joinCutAmountColumns(lines)).toEqual(lines);
  });

  it("leave a digit that stands under no cut amount, and whole amounts, as they are", () => {
    const lines = numbered(["合计        12.00      12.00", "            1 次"]);
    expect(joinCutAmountColumns(lines)).toEqual(lines);
  });

  it("leave an indicator's value with its unit after it as it is, a lone digit under it or not", () => {
    // A word processor sets digits a space from words: `318.7 万元` is a value, whole, and the
    // `1` under it (`保障服务年限` / `1 年`) the next indicator's.
    const lines = numbered([
      "                                   标；年度投入；实施周期指标值:不超过 318.7 万元；年度指标值:不超过",
      "                                   318.7 万元。",
      "",
      "                                   1 年；年度指标值:保障服务年限 1 年。",
    ]);
    expect(joinCutAmountColumns(lines)).toEqual(lines);
    // Its unit cut at the line's end (`34.8 万` / `元。`), another value before it on the line.
    const cut = numbered([
      "                     体支出金额不超过 34.8 万元；年度指标值:该项目整体支出金额不超过 34.8 万",
      "                     元。",
      "",
      " ".repeat(60) + "8 万人次；年度指标值:",
    ]);
    expect(cut[3]!.raw.indexOf("8 万")).toBe(cut[0]!.raw.lastIndexOf("34.8") + 3);
    expect(joinCutAmountColumns(cut)).toEqual(cut);
  });

  it("take back the digit a word processor set left of the cut amount, on the next line", () => {
    const out = joinCutAmountColumns(
      numbered([
        "广州博物馆 5226900.00              3292947.00 1933953.0 加强文物和非物质",
        "公共文化服                                 0          用，传承弘扬岭南",
      ]),
    );
    expect(out.map((l) => l.raw)).toEqual([
      "广州博物馆 5226900.00              3292947.00 1933953.00 加强文物和非物质",
      "公共文化服                                            用，传承弘扬岭南",
    ]);
  });

  it("take back the digit one place right of the cut amount, its line squeezed by the goal beside it", () => {
    const out = joinCutAmountColumns(
      numbered([
        "图书购置及 5309300.00 2017534.00 1221139.00 2070627.0 加强文物和非物质",
        "数字资源采                                           0          用，传承弘扬岭南",
      ]),
    );
    expect(out.map((l) => l.raw)).toEqual([
      "图书购置及 5309300.00 2017534.00 1221139.00 2070627.00 加强文物和非物质",
      "数字资源采                                                      用，传承弘扬岭南",
    ]);
    // Two places right, it stands under the goal's text: no end of this amount.
    const apart = numbered([
      "图书购置及 5309300.00 2017534.00 1221139.00 2070627.0 加强文物和非物质",
      "数字资源采                                            0         用，传承弘扬岭南",
    ]);
    expect(joinCutAmountColumns(apart)).toEqual(apart);
  });

  it("take back the digit set left of the cut amount on the first line after the next page's header", () => {
    const out = joinCutAmountColumns(
      numbered([
        "广州市执信 19,696,413.00 2,334,226.00 3,850,775.00 13,511,412.0",
        "项目名称",
        "（资金使用       总计       财政拨款   财政专户拨款             其他资金            绩效目标",
        "    单位）",
        "",
        "中学                                         0",
      ]),
    );
    expect(out.map((l) => l.raw)).toEqual([
      "广州市执信 19,696,413.00 2,334,226.00 3,850,775.00 13,511,412.00",
      "项目名称",
      "（资金使用       总计       财政拨款   财政专户拨款             其他资金            绩效目标",
      "    单位）",
      "",
      "中学",
    ]);
  });

  it("take back the digit the next page sets on a line of its own further down, the row's cells centred", () => {
    // After the break, the next page sets the goal's lines from 48, under the head (46–54); the
    // cut's end stands at 37 on a line of its own, in the middle of what is left of the row.
    const goal = (t: string) => " ".repeat(48) + t;
    const rows = [
      "2026-2027   5786900.00 2604105.00 752297.00   2430498.0 推进文化和旅游深度融合，提升广州",
      " 项目名称",
      "（资金使用      总计     财政拨款                   其他资金           绩效目标",
      "    单位）",
      "",
      goal("城市文化品牌影响力，做好馆藏文"),
      goal("物、图书文献的征集、保护和研究工"),
      "年信息化运                                           共文化服务体系，丰富人民群众精神",
      "                                     0",
      "维项目                                             文化生活，保障人民群众基本文化权",
    ];
    const out = joinCutAmountColumns(numbered(rows));
    expect(out.map((l) => l.raw)).toEqual([
      rows[0]!.replace("2430498.0", "2430498.00"),
      ...rows.slice(1, 8),
      rows[9],
    ]);
    expect(out[0]!.also).toEqual([9]);
    // Or before the goal's text, which starts right of the head's place.
    const beside = [...rows.slice(0, 8), rows[8] + goal("文化品牌影响力。").slice(38), rows[9]!];
    expect(joinCutAmountColumns(numbered(beside)).map((l) => l.raw)).toEqual([
      rows[0]!.replace("2430498.0", "2430498.00"),
      ...rows.slice(1, 8),
      goal("文化品牌影响力。"),
      rows[9],
    ]);
    // Not past the next row's amounts.
    const next = [...rows.slice(0, 8), "某项目      12.00      12.00", ...rows.slice(8)];
    expect(joinCutAmountColumns(numbered(next))).toEqual(numbered(next));
  });

  it("take back the digits a word processor set left of two cut amounts, a line of other text between", () => {
    const out = joinCutAmountColumns(
      numbered([
        "旅游市场综                         1245591.0 3367709.0 推进文化和旅游深度融合，",
        "        4613300.00                                                    月底前。",
        "合监管经费                         0       0          城市文化品牌影响力。",
      ]),
    );
    expect(out.map((l) => l.raw)).toEqual([
      "旅游市场综                         1245591.00 3367709.00 推进文化和旅游深度融合，",
      "        4613300.00                                                    月底前。",
      "合监管经费                                            城市文化品牌影响力。",
    ]);
  });

  it("leave a digit left of the cut amount with words between them", () => {
    const lines = numbered([
      "广州博物馆 5226900.00              3292947.00 1933953.0 加强文物和非物质",
      "公共文化服                                 0 次       用，传承弘扬岭南",
    ]);
    expect(joinCutAmountColumns(lines)).toEqual(lines);
  });

  it("give the table its amounts, the name's last line kept", () => {
    const text = [
      "项目支出绩效目标表",
      "单位：元",
      HEADER,
      "            60251604.0 60251604.0",
      "合计",
      "            0          0",
      line("某单位", { T: "60251604.00", F: "60251604.00" }),
      "广州市教    60251604.0 60251604.0",
      "育局        0          0",
    ].join("\n");
    const r = parseText(text, { form: "layout" });
    expect(unaccountedLines(text, r)).toEqual([]);
    expect(rowsOf(r).map((x) => [x.name, x.amounts.total, x.amounts.fiscal])).toEqual([
      ["合计", 60251604, 60251604],
      ["某单位", 60251604, 60251604],
      ["广州市教育局", 60251604, 60251604],
    ]);
  });
});

describe("an amount a narrow cell cut in two, in a viewer's copy", () => {
  it("takes back its end from after the next page's header, when the row broke there", () => {
    const out = joinCutAmounts(
      numbered([
        "广州图书馆 20184661.00 15731797.0 3936700.00 516164.00",
        "项目名称",
        "（资金使用",
        "单位）",
        "总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
        "0",
        "广州图书馆",
      ]),
    );
    expect(out.map((l) => [l.no, l.text, l.also ?? []])).toEqual([
      [1, "广州图书馆 20184661.00 15731797.00 3936700.00 516164.00", [6]],
      [2, "项目名称", []],
      [3, "（资金使用", []],
      [4, "单位）", []],
      [5, "总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", []],
      [7, "广州图书馆", []],
    ]);
  });

  it("takes back its end from beside the name's rest after the header, its goal after it", () => {
    const out = joinCutAmounts(
      numbered([
        "展览策划及 1506300.00 1506300.0 做好馆藏文物的征集、",
        "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
        "布展经费 0",
        "保护和研究工作。",
      ]),
    );
    expect(out.map((l) => l.text)).toEqual([
      "展览策划及 1506300.00 1506300.00 做好馆藏文物的征集、",
      "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      "布展经费",
      "保护和研究工作。",
    ]);
  });

  it("takes back its end from between the name's rest and the goal's after the header", () => {
    const out = joinCutAmounts(
      numbered([
        "群众文化活 2455800.00 2455800.0 加强文物和非物质文化遗产保护利 1、1-产出指标；",
        "项目名称",
        "（资金使用",
        "单位）",
        "总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
        "动经费 0 用，传承弘扬岭南优秀传统文化。",
        "年度指标值:13 个。",
      ]),
    );
    expect(out.map((l) => l.text)).toEqual([
      "群众文化活 2455800.00 2455800.00 加强文物和非物质文化遗产保护利 1、1-产出指标；",
      "项目名称",
      "（资金使用",
      "单位）",
      "总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      "动经费 用，传承弘扬岭南优秀传统文化。",
      "年度指标值:13 个。",
    ]);
  });

  it("takes back its end from after the header and the name's next line", () => {
    const out = joinCutAmounts(
      numbered([
        "24 小时自助 4275000.00 1752750.00 470250.00 2052000.0 完善公共文化服务体系，",
        "项目名称",
        "（资金使用",
        "单位）",
        "总计 财政拨款 财政专户拨",
        "款 其他资金 绩效目标 绩效指标",
        "图书馆运维",
        "经费 0",
        "丰富人民群众精神文化生活。",
      ]),
    );
    expect(out.map((l) => l.text)).toEqual([
      "24 小时自助 4275000.00 1752750.00 470250.00 2052000.00 完善公共文化服务体系，",
      "项目名称",
      "（资金使用",
      "单位）",
      "总计 财政拨款 财政专户拨",
      "款 其他资金 绩效目标 绩效指标",
      "图书馆运维",
      "经费",
      "丰富人民群众精神文化生活。",
    ]);
  });

  it("takes back the end of the run's last amount, cut at the line's end", () => {
    const out = joinCutAmounts(
      numbered([
        "广州市执信 19,696,413.00 2,334,226.00 3,850,775.00 13,511,412.0",
        "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
        "中学 0",
        "广州市执信",
      ]),
    );
    expect(out.map((l) => l.text)).toEqual([
      "广州市执信 19,696,413.00 2,334,226.00 3,850,775.00 13,511,412.00",
      "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      "中学",
      "广州市执信",
    ]);
  });

  it("takes back the ends of two amounts cut across a page break, in order", () => {
    const out = joinCutAmounts(
      numbered([
        "广州大学附属 13,057,539.0 2,267,194.00 366,218.00 10,424,127.0",
        "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
        "中学 0 1",
        "图书资料购置",
      ]),
    );
    expect(out.map((l) => l.text)).toEqual([
      "广州大学附属 13,057,539.00 2,267,194.00 366,218.00 10,424,127.01",
      "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      "中学",
      "图书资料购置",
    ]);
  });

  it("takes back the ends of two cut amounts in a row, past a unit's name of four lines", () => {
    const out = joinCutAmounts(
      numbered([
        "广州市电 18,205,874.0 12,173,211.0 4,232,200.00 1,800,463.00",
        "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
        "化教育馆",
        "（广州市",
        "教育信息",
        "中心）",
        "0 0",
        "校园文化",
      ]),
    );
    expect(out.map((l) => l.text)).toEqual([
      "广州市电 18,205,874.00 12,173,211.00 4,232,200.00 1,800,463.00",
      "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      "化教育馆",
      "（广州市",
      "教育信息",
      "中心）",
      "校园文化",
    ]);
  });

  it("takes back the end of a run's first amount, the run on a line of its own under the name", () => {
    const out = joinCutAmounts(
      numbered([
        "广州市电",
        "化教育馆",
        "11,425,569.0 8,113,769.00 3,311,800.00",
        "项目名称",
        "（资金使",
        "用单位）",
        "总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
        "（广州市",
        "教育信息",
        "中心）",
        "0",
        "教师培训",
      ]),
    );
    expect(out.map((l) => l.text).slice(2, 4)).toEqual([
      "11,425,569.00 8,113,769.00 3,311,800.00",
      "项目名称",
    ]);
    expect(out.map((l) => l.text).slice(-2)).toEqual(["中心）", "教师培训"]);
  });

  it("takes back its end from after the header and the name's lines that hold a year range", () => {
    const header = [
      "项目名称",
      "（资金使用",
      "单位）",
      "总计 财政拨款 财政专户拨",
      "款 其他资金 绩效目标 绩效指标",
    ];
    const name = ["位修缮工程", "（2025-", "2027 年）"];
    const out = joinCutAmounts(
      numbered([
        "文物保护单 5786866.00 5786866.0 做好馆藏文物、图书文献的征集、保护",
        ...header,
        ...name,
        "0 和研究工作，提升公共文化设施服务效",
        "能。",
      ]),
    );
    expect(out.map((l) => l.text)).toEqual([
      "文物保护单 5786866.00 5786866.00 做好馆藏文物、图书文献的征集、保护",
      ...header,
      ...name,
      "和研究工作，提升公共文化设施服务效",
      "能。",
    ]);
  });

  it("takes back the ends of the line's last amounts from the next line's start", () => {
    const out = joinCutAmounts(
      numbered(["广州图书馆 20184661.00 15731797.0 4452864.0", "0 0 保障运行，"]),
    );
    expect(out.map((l) => l.text)).toEqual([
      "广州图书馆 20184661.00 15731797.00 4452864.00",
      "保障运行，",
    ]);
  });

  it("leaves the line's last numbers alone when their ends would make its sources exceed its total", () => {
    // `19` + `4.00` and `1` + `14.00` read as two sources of 194.00 and 114.00 under a total of
    // 199.51: no row's sources add up to more than its total.
    const lines = numbered(["非公经济专项经费 199.51 19 1", "4.00 14.00"]);
    expect(joinCutAmounts(lines)).toEqual(lines);
  });

  it("takes back the ends of a row's amounts set over several lines, a later source above its end", () => {
    // The total's sources on lines of their own: the first amount on a line is no total.
    const out = joinCutAmounts(
      numbered(["合计 65523824.0", "0", "48529316.0", "0 8217843.00 8776665.0", "0", "广州市文化"]),
    );
    expect(out.map((l) => l.text)).toEqual([
      "合计 65523824.00",
      "48529316.00",
      "8217843.00 8776665.00",
      "广州市文化",
    ]);
  });

  // `5.0` is no amount cut at a page's end whose end is the `3` of `第 3 页`, however its words
  // stand.
  it.each(["第 3 页", "3 第 页"])("takes no end from a page number's line (%s)", (page) => {
    const lines = numbered([
      "市属行业党委工作经费 5.00 5.0",
      "0",
      page,
      "在非公企业中宣传党的方针政策，",
    ]);
    expect(joinCutAmounts(lines)).toEqual(lines);
  });

  it("leaves a lone digit alone when a row's text comes first", () => {
    const lines = numbered(["广州图书馆 20184661.00 15731797.0 3936700.00", "保障运行，", "0"]);
    expect(joinCutAmounts(lines)).toEqual(lines);
  });
});
