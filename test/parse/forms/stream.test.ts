import { describe, expect, it } from "vitest";
import { reconcile } from "../../../src/index.js";
import { parseText } from "../../../src/parse/index.js";
import { unaccountedLines } from "../../support/lines.js";

/**
 * A PDF viewer's copy (pdf.js) of a table whose second project is cut by a page break: on the new
 * page, one line carries the rest of each cell, a space apart — the name's, the goal's and the
 * indicators'.
 */
/** Where the second project's indicators are cut: the end of the page, then the next page. */
/** A pdf.js copy's header on a new page: its cells wrapped over two lines. */
const PAGE_HEADER = [
  "项目名称（资金使用单位） 总计 财政拨款 财政专户拨",
  "款 其他资金 绩效目标 绩效指标",
];
/** A pdf.js copy's first lines: the department and unit, then the header. */
const opening = (department: string) => [department, ...PAGE_HEADER];
/** A transport table's opening down to its one unit: 合计 and the unit with the same amounts. */
const transportUnit = (amounts: string) => [
  ...opening("部门名称：广州市交通运输局 单位：万元"),
  `合计 ${amounts}`,
  `广州市交通运输局 ${amounts}`,
];

const CUT = {
  before: "活动；实施周期指标值:大于等于10场",
  after: [
    "次；年度指标值:大于等于10场次。2、1-",
    "产出指标；11-数量指标；举办展览数",
    "量；实施周期指标值:24个；年度指标值:",
    "24个。",
  ],
};

function copyCutAt(
  nameHead: string[],
  nameTail: string,
  goalRest = ["保护利用，传承弘扬岭南优秀传统文化。"],
  cut = CUT,
): string {
  return [
    "第 1 页",
    "项目支出绩效目标表",
    ...opening("部门名称：广州市文化广电旅游局 单位：元"),
    "合计 200.00 200.00",
    "广州市文化广电旅游局 200.00 200.00",
    "图书采购经费",
    "100.00 100.00 完善公共文化服务体系，丰富人民群众精神",
    "文化生活。",
    "1、1-产出指标；11-数量指标；采购图书；实施周期",
    "指标值:1000册；年度指标值:1000册。",
    ...nameHead,
    "100.00 100.00 推进文化和旅游深度融合，提升广州城市文",
    "化品牌影响力，加强文物和非物质文化遗产",
    "1、1-产出指标；11-数量指标；举办专题",
    cut.before,
    "第 2 页",
    ...PAGE_HEADER,
    // Lines on one baseline are joined only when the viewer meets them one after another: the
    // indicators' first line joins the goal's only when the goal's rest is a single line.
    ...(goalRest.length === 1
      ? [[nameTail, goalRest[0], cut.after[0]].filter((x) => x).join(" ")]
      : [[nameTail, goalRest[0]].filter((x) => x).join(" "), ...goalRest.slice(1), cut.after[0]]),
    ...cut.after.slice(1),
    "",
  ].join("\n");
}

const GOAL =
  "推进文化和旅游深度融合，提升广州城市文化品牌影响力，加强文物和非物质文化遗产保护利用，传承弘扬岭南优秀传统文化。";

function secondProject(text: string) {
  const r = parseText(text);
  expect(r.form).toBe("stream");
  const projects = r.tables[0]!.rows.filter((row) => row.kind === "project");
  expect(projects).toHaveLength(2);
  const row = projects[1]!;
  const indicators = r.tables[0]!.indicators.filter((i) => i.rowId === row.id);
  return { row, indicators };
}

describe("a row cut by a page break, copied from a PDF viewer", () => {
  it("takes back a name cut inside its brackets, however long the rest", () => {
    const { row, indicators } = secondProject(
      copyCutAt(["国际旅游宣传推广经费（含中国（广"], "州）国际纪录片节）"),
    );
    expect(row.name).toBe("国际旅游宣传推广经费（含中国（广州）国际纪录片节）");
    expect(row.goal).toBe(GOAL);
    expect(indicators.map((i) => [i.name, i.annual?.value, i.annual?.unit])).toEqual([
      ["举办专题活动", 10, "场次"],
      ["举办展览数量", 24, "个"],
    ]);
  });

  it("takes back a name's rest as wide as the name's own lines", () => {
    const { row, indicators } = secondProject(
      copyCutAt(
        ["广州市卫生健康技术鉴定和人", "才评价中心基本公共卫生服务"],
        "项目（2025-2027年）",
      ),
    );
    expect(row.name).toBe(
      "广州市卫生健康技术鉴定和人才评价中心基本公共卫生服务项目（2025-2027年）",
    );
    expect(row.goal).toBe(GOAL);
    expect(indicators).toHaveLength(2);
  });

  it("leaves a goal's line, wider than the name column, with the goal", () => {
    const { row, indicators } = secondProject(
      copyCutAt(["图书馆运维经费"], "", [
        "保护利用，传承弘扬岭南优秀传统文化，完善",
        "公共文化服务体系。",
      ]),
    );
    expect(row.name).toBe("图书馆运维经费");
    expect(row.goal).toBe(GOAL.replace("文化。", "文化，完善公共文化服务体系。"));
    expect(indicators).toHaveLength(2);
  });

  it("leaves a goal's quotation with the goal, though a space set beside Latin letters parts it", () => {
    // A word processor sets STEM apart from the ideographs: the space is not where a name ends.
    const { row, indicators } = secondProject(
      copyCutAt(["STEM 教育及人工智能课程建设项目"], "", [
        "“STEM 教育及人工智能课程建设项",
        "目”，进一步完善工作机制。",
      ]),
    );
    expect(row.name).toBe("STEM教育及人工智能课程建设项目");
    expect(row.goal).toBe(
      "推进文化和旅游深度融合，提升广州城市文化品牌影响力，加强文物和非物质文化遗产" +
        "“STEM教育及人工智能课程建设项目”，进一步完善工作机制。",
    );
    expect(indicators).toHaveLength(2);
  });

  it("ends the goal at a short line closing a sentence: a short 。 line after it is the indicators'", () => {
    const { row, indicators } = secondProject(
      copyCutAt(
        ["图书馆运维经费"],
        "",
        ["保护利用，传承弘扬岭南优秀传统文化，完善", "公共文化服务体系。"],
        {
          before: "活动；实施周期指标值:大于等于10场次；年度指标值:大于等于10场",
          after: [
            "次。",
            "2、1-产出指标；11-数量指标；举办展览数量；实施周期指标值:24个；年度指标值:24个。",
          ],
        },
      ),
    );
    expect(row.goal).toBe(GOAL.replace("文化。", "文化，完善公共文化服务体系。"));
    expect(indicators.map((i) => i.annual?.text)).toEqual(["大于等于10场次", "24个"]);
  });

  it("ends the goal at its closing line when the next line, with no comma, ends the indicators", () => {
    const { row, indicators } = secondProject(
      copyCutAt(
        ["图书馆运维经费"],
        "",
        ["保护利用，传承弘扬岭南优秀传统文化，完善", "公共文化服务体系，按期完成各项工作任务。"],
        {
          before: "活动；实施周期指标值:该项目整体支出金额不超过10万元；年度指标值:该项",
          after: [
            "目整体支出金额不超过 10 万元。",
            "2、1-产出指标；11-数量指标；举办展览数量；实施周期指标值:24个；年度指标值:24个。",
          ],
        },
      ),
    );
    expect(row.goal).toBe(
      GOAL.replace("文化。", "文化，完善公共文化服务体系，按期完成各项工作任务。"),
    );
    expect(indicators.map((i) => i.annual?.text)).toEqual([
      "该项目整体支出金额不超过10万元",
      "24个",
    ]);
  });

  it("ends the goal at its full closing line: a short 。 line right after it is the indicators'", () => {
    const { row, indicators } = secondProject(
      copyCutAt(
        ["图书馆运维经费"],
        "",
        ["保护利用，传承弘扬岭南优秀传统文化，完善", "公共文化服务体系，按期完成各项工作任务。"],
        {
          before: "活动；实施周期指标值:大于等于10场次；年度指标值:大于等于10场",
          after: [
            "次。",
            "2、1-产出指标；11-数量指标；举办展览数量；实施周期指标值:24个；年度指标值:24个。",
          ],
        },
      ),
    );
    expect(row.goal).toBe(
      GOAL.replace("文化。", "文化，完善公共文化服务体系，按期完成各项工作任务。"),
    );
    expect(indicators.map((i) => i.annual?.text)).toEqual(["大于等于10场次", "24个"]);
  });
});

describe("a name's end after a page break, beside the indicators' next level code", () => {
  it("is the name's, though the space before the code sits between ideographs and digits", () => {
    // The indicator stopped after its first level (`2、1-产出指标；`); the line after the header
    // holds the name's last piece, then its second level (`11-数量指标；…`) a space after it.
    const text = [
      "项目支出绩效目标表",
      ...transportUnit("3.03 3.03"),
      "广州市交通运输局执法",
      "支队12328交通运输服务",
      "1.03 1.03 强化交通运输行政执法，规范道路运输市场秩序，维护经营者和",
      "乘客合法权益。",
      "1、1-产出指标；11-数量指标；检测桥梁数量；实施周期指标值:",
      "大于等于89座；年度指标值:大于等于89座。2、1-产出指标；",
      "第 1 页",
      ...PAGE_HEADER,
      "监督热线运营经费 11-数量指标；路面大中修里程；实施周期指标值:53.8公里；年",
      "度指标值:53.8公里。",
      "新能源公交车推广应用",
      "补贴 2.00 2.00",
      "保障交通运输信息系统安全稳定运行。",
      "1、1-产出指标；11-数量指标；开展培训次数；实施周期指标值:8次；年度指标值:8次。",
      "",
    ].join("\n");
    const r = parseText(text);
    expect(r.form).toBe("stream");
    expect(r.tables[0]!.rows.map((row) => row.name)).toEqual([
      "合计",
      "广州市交通运输局",
      "广州市交通运输局执法支队12328交通运输服务监督热线运营经费",
      "新能源公交车推广应用补贴",
    ]);
    expect(r.tables[0]!.indicators.map((i) => [i.level2.code, i.name, i.annual?.text])).toEqual([
      ["11", "检测桥梁数量", "大于等于89座"],
      ["11", "路面大中修里程", "53.8公里"],
      ["11", "开展培训次数", "8次"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });
});

describe("a row whose goal ended a full line before a page break, its annual value cut", () => {
  // The goal's last line is as full as the others: the break might have cut the goal there too.
  const text = [
    "项目支出绩效目标表",
    ...opening("部门名称：广州市文化广电旅游局 单位：元"),
    "合计 300.00 300.00",
    "广州市文化广电旅游局 300.00 300.00",
    "图书采购经费",
    "100.00 100.00 推进文化和旅游深度融合，提升广州城市文",
    "化品牌影响力，加强文物和非遗保护工作。",
    "1、4-成本指标；41-经济成本指标；年度投入；实施周",
    "期指标值:成本控制率100%；年度指标值:成本控制率",
    "第 2 页",
    ...PAGE_HEADER,
    "100%。",
    "艾滋病、结核病等",
    "重大传染病防控经",
    "费",
    "200.00 200.00",
    "完善公共文化服务体系，丰富人民群众精神",
    "文化生活。",
    "1、1-产出指标；11-数量指标；采购图书；实施周期",
    "指标值:1000册；年度指标值:1000册。",
    "",
  ].join("\n");

  it("gives the value's end (100%。) to the indicators, and the next name to the next row", () => {
    const r = parseText(text);
    expect(r.form).toBe("stream");
    const [first, second] = r.tables[0]!.rows.filter((row) => row.kind === "project");
    expect(first!.goal).toBe(
      "推进文化和旅游深度融合，提升广州城市文化品牌影响力，加强文物和非遗保护工作。",
    );
    const cost = r.tables[0]!.indicators.find((i) => i.rowId === first!.id)!;
    expect(cost.annual?.text).toBe("成本控制率100%");
    expect(second!.name).toBe("艾滋病、结核病等重大传染病防控经费");
    expect(second!.amounts.total).toBe(200);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  // The annual label ends the page, or its value's first words do; the value's rest follows the
  // header, on one line or, as Chromium's PDF through pdf.js gives it, wrapped over two.
  it.each([
    ["a line", "该项", "目整体支出金额不超过 9400 元。", "该项目整体支出金额不超过 9400 元"],
    ["two lines", "", "该项目整体支出金额不超过35.1万\n元。", "该项目整体支出金额不超过35.1万元"],
  ])(
    "gives the indicators %s that make the annual value the period value",
    (_, head, rest, value) => {
      const cut = text
        .replace(
          "期指标值:成本控制率100%；年度指标值:成本控制率",
          `期指标值:${value}；年度指标值:${head}`,
        )
        .replace("\n100%。\n", `\n${rest}\n`);
      const r = parseText(cut);
      const [first, second] = r.tables[0]!.rows.filter((row) => row.kind === "project");
      expect(first!.goal).toBe(
        "推进文化和旅游深度融合，提升广州城市文化品牌影响力，加强文物和非遗保护工作。",
      );
      const cost = r.tables[0]!.indicators.find((i) => i.rowId === first!.id)!;
      expect(cost.annual?.text).toBe(value.replace(/ /g, ""));
      expect(second!.name).toBe("艾滋病、结核病等重大传染病防控经费");
      expect(unaccountedLines(cut, r)).toEqual([]);
    },
  );
});

describe("a goal cut by a page break mid-sentence, its column's lines narrower than the indicators'", () => {
  it("ends where a sentence ends before a line wider than its own, the indicators' value", () => {
    // Chromium's PDF through `pdftotext -raw`: after the break the goal's rest (ending on a line
    // nearly full, `成年度各项工作任务。`), then the annual value the break cut (`该项目整体支出金额不超
    // 过530.04万` / `元。`, the first line wider than any goal line), then the next row's name.
    const text = [
      "项目支出绩效目标表",
      ...transportUnit("560.04 560.04"),
      "广州市交通运输局道",
      "路运输安全生产专项",
      "整治经费",
      "530.04 530.04 强化交通运输行政执法，",
      "规范道路运输市场秩序，",
      "维护经营者和乘客合法权",
      "益，稳定公交票价。通过",
      "1、1-产出指标；11-数量指标；服务",
      "人数；实施周期指标值:54人；年度指",
      "标值:54人。2、4-成本指标；41-经济",
      "成本指标；年度投入；实施周期指标",
      "值:该项目整体支出金额不超过530.04",
      "万元；年度指标值:",
      "第2页",
      ...PAGE_HEADER,
      "实施“广州市交通运输局",
      "道路运输安全生产专项整",
      "治经费”",
      "，进一步完善工作",
      "机制，强化过程管理和绩",
      "效监控，确保资金使用安",
      "全、规范、高效，按期完",
      "成年度各项工作任务。",
      "该项目整体支出金额不超过530.04万",
      "元。",
      "国省道路面大中修工",
      "程（G105、G324",
      "线）",
      "30.00 30.00",
      "落实公共交通优先发展战",
      "略。",
      "1、1-产出指标；11-数量指标；路面大中修里程；实施周期指标值:73.1公里；年度指标值:73.1公里。",
      "",
    ].join("\n");
    const r = parseText(text);
    const rows = r.tables[0]!.rows;
    expect(rows.map((x) => x.name)).toEqual([
      "合计",
      "广州市交通运输局",
      "广州市交通运输局道路运输安全生产专项整治经费",
      "国省道路面大中修工程（G105、G324线）",
    ]);
    expect(rows[2]!.goal).toMatch(
      /通过实施“广州市交通运输局道路运输安全生产专项整治经费”，.*按期完成年度各项工作任务。$/,
    );
    const cost = r.tables[0]!.indicators.filter((i) => i.rowId === rows[2]!.id)[1]!;
    expect(cost.annual?.text).toBe("该项目整体支出金额不超过530.04万元");
    expect(rows[3]!.amounts.total).toBe(30);
  });
});

describe("a unit's row cut by a page break inside its name, copied from a PDF viewer", () => {
  it("takes back the lines that close the name's brackets; the next row's name follows", () => {
    const text = [
      "第 1 页",
      "项目支出绩效目标表",
      ...opening("部门名称：广州市卫生健康委员会 单位：万元"),
      "合计 30.00 30.00",
      "广州市卫生健康委员会 10.00 10.00",
      "职业病防治经费",
      "10.00 10.00 做好职业病的预防控制工作。",
      "1、1-产出指标；11-数量指标；服务人数；实施周期指标值:7人；年度指标值:7人。",
      "广州市疾病预防控制",
      "中心（广州市卫生检",
      "验中心、广州市食品",
      "20.00 20.00",
      "第 2 页",
      ...PAGE_HEADER,
      "安全风险监测与评估",
      "中心）",
      "广州市疾病预防控制",
      "中心公立医院改革补",
      "助资金",
      "20.00 20.00",
      "做好重大传染病的预防控制工作。",
      "1、1-产出指标；11-数量指标；服务人数；实施周期指标值:9人；年度指标值:9人。",
      "",
    ].join("\n");
    const rows = parseText(text).tables[0]!.rows;
    expect(rows.map((r) => [r.kind, r.name])).toEqual([
      ["total", "合计"],
      ["unit", "广州市卫生健康委员会"],
      ["project", "职业病防治经费"],
      ["unit", "广州市疾病预防控制中心（广州市卫生检验中心、广州市食品安全风险监测与评估中心）"],
      ["project", "广州市疾病预防控制中心公立医院改革补助资金"],
    ]);
  });

  it("takes back a remark in brackets that follows the unit's ending", () => {
    const text = [
      "部门名称：广州市卫生健康委员会 单位：万元",
      "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      "合计 20.00 20.00",
      "广州市疾病预 20.00 20.00",
      "第 1 页",
      "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      "防控制中心",
      "（广州市卫生",
      "检验中心、广",
      "州市食品安全",
      "风险监测与评",
      "估中心）",
      "职业病防治经",
      "费",
      "20.00 20.00",
      "做好职业病的预防控制工作。",
      "1、1-产出指标；11-数量指标；服务人数；实施周期指标值:7人；年度指标值:7人。",
      "",
    ].join("\n");
    expect(parseText(text).tables[0]!.rows.map((r) => [r.kind, r.name])).toEqual([
      ["total", "合计"],
      ["unit", "广州市疾病预防控制中心（广州市卫生检验中心、广州市食品安全风险监测与评估中心）"],
      ["project", "职业病防治经费"],
    ]);
  });

  it("takes back as many as five lines to close the brackets", () => {
    const text = [
      "部门名称：广州市卫生健康委员会 单位：万元",
      "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      "合计 20.00 20.00",
      "广州市疾病预防控",
      "制中心（广州市卫",
      "20.00 20.00",
      "第 1 页",
      "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      "生检验中心、广州",
      "市食品安全风险监",
      "测与评估中心、广",
      "州医科大学公共卫",
      "生研究院）",
      "高层次卫生人才引",
      "进及培养项目",
      "20.00 20.00 做好重大传染病的预防控制工作。",
      "1、1-产出指标；11-数量指标；服务人数；实施周期指标值:9人；年度指标值:9人。",
      "",
    ].join("\n");
    expect(parseText(text).tables[0]!.rows.map((r) => r.name)).toEqual([
      "合计",
      "广州市疾病预防控制中心（广州市卫生检验中心、广州市食品安全风险监测与评估中心、广州医科大学公共卫生研究院）",
      "高层次卫生人才引进及培养项目",
    ]);
  });

  it("takes back a unit's ending and its brackets over six lines", () => {
    const text = [
      "部门名称：广州市卫生健康委员会 单位：万元",
      "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      "合计 20.00 20.00",
      "广州市疾病预防控 20.00 20.00",
      "第 1 页",
      "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      "制中心（广州市卫",
      "生检验中心、广州",
      "市食品安全风险监",
      "测与评估中心、广",
      "州医科大学公共卫",
      "生研究院）",
      "医学重点实验室建",
      "设项目",
      "20.00 20.00 做好重大传染病的预防控制工作。",
      "1、1-产出指标；11-数量指标；服务人数；实施周期指标值:9人；年度指标值:9人。",
      "",
    ].join("\n");
    expect(parseText(text).tables[0]!.rows.map((r) => r.name)).toEqual([
      "合计",
      "广州市疾病预防控制中心（广州市卫生检验中心、广州市食品安全风险监测与评估中心、广州医科大学公共卫生研究院）",
      "医学重点实验室建设项目",
    ]);
  });

  it.each([
    ["a unit's ending", "广州市第二", "中学"],
    ["a longer unit's name, whole already (an institution attached to it)", "广州大学", "附属中学"],
  ])("takes back the lines that give the name %s (%s / %s)", (_, head, rest) => {
    const text = [
      "部门名称：广州市教育局单位：元",
      "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      "合计 20.00 20.00",
      `${head} 20.00 20.00`,
      "第 1 页",
      "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      rest,
      "国际交流与",
      "合作项目",
      "20.00 20.00 对校舍进行维修改造。",
      "1、1-产出指标；11-数量指标；服务人数；实施周期指标值:9人；年度指标值:9人。",
      "",
    ].join("\n");
    const rows = parseText(text).tables[0]!.rows;
    expect(rows.map((r) => [r.kind, r.name])).toEqual([
      ["total", "合计"],
      ["unit", head + rest],
      ["project", "国际交流与合作项目"],
    ]);
  });
});

describe("a name cut by a page break after its row's goal was done", () => {
  const page = (nameHead: string[], afterBreak: string[]) =>
    [
      "第 1 页",
      "项目支出绩效目标表",
      ...transportUnit("96.74 96.74"),
      ...nameHead,
      "96.74 96.74 保障交通运输信息系统安全稳定运行，提升",
      "交通运输行业数字化治理水平。",
      "1、1-产出指标；11-数量指标；执法检查",
      "次数；实施周期指标值:≥1649次；年度",
      "第 2 页",
      ...PAGE_HEADER,
      ...afterBreak,
      "数量指标；路面大中修里程；实施周期",
      "指标值:13.8公里；年度指标值:13.8公里。",
      "",
    ].join("\n");

  const project = (text: string) => {
    const table = parseText(text).tables[0]!;
    const row = table.rows.find((r) => r.kind === "project")!;
    const indicators = table.indicators.filter((i) => i.rowId === row.id);
    return { row, indicators };
  };

  it("takes back the name's end from beside the indicators' rest", () => {
    const { row, indicators } = project(
      page(
        ["广州市交通运输局城市轨道交", "通线网规划（2025-2035年）"],
        ["修编项目 指标值:≥1649次。2、1-产出指标；11-"],
      ),
    );
    expect(row.name).toBe("广州市交通运输局城市轨道交通线网规划（2025-2035年）修编项目");
    expect(row.goal).toBe("保障交通运输信息系统安全稳定运行，提升交通运输行业数字化治理水平。");
    expect(indicators.map((i) => [i.name, i.annual?.value])).toEqual([
      ["执法检查次数", 1649],
      ["路面大中修里程", 13.8],
    ]);
  });

  it("takes back a last word of ending words beside the indicators' rest, though the name read as ended", () => {
    // `…课程建设` ends as a project's name does, with the work it pays for; `项目` makes it longer
    // and begins no name. (The rest, `列支。`, says nothing only an indicator says.)
    const text = page(
      ["广州市教育局STEM教育及", "人工智能课程建设"],
      ["项目 列支。", "2、1-产出指标；11-"],
    ).replace(
      "次数；实施周期指标值:≥1649次；年度",
      "次数；实施周期指标值:按标准列支；年度指标值:按标准",
    );
    const { row, indicators } = project(text);
    expect(row.name).toBe("广州市教育局STEM教育及人工智能课程建设项目");
    expect(indicators.map((i) => [i.name, i.annual?.text])).toEqual([
      ["执法检查次数", "按标准列支"],
      ["路面大中修里程", "13.8公里"],
    ]);
  });

  it("takes back a remark in brackets beside the indicators' rest, digits set apart after it", () => {
    // A word processor sets digits a space apart: the space after the remark looks like one.
    const text = page(
      ["“羊城通”交通一卡通", "互联互通改造项目"],
      ["（二期） 1649 次。2、1-产出指标；11-"],
    ).replace("次数；实施周期指标值:≥1649次；年度", "次数；实施周期指标值:≥1649次；年度指标值:≥");
    const { row, indicators } = project(text);
    expect(row.name).toBe("“羊城通”交通一卡通互联互通改造项目（二期）");
    expect(indicators.map((i) => i.annual?.text)).toEqual(["≥1649次", "13.8公里"]);
  });

  it("takes back a bracket closed over two lines of their own", () => {
    const { row, indicators } = project(
      page(
        ["高层次卫生人才引进", "及培养项目（", "“登峰"],
        ["计划”", "） 指标值:≥1649次。2、1-产出指标；11-"],
      ),
    );
    expect(row.name).toBe("高层次卫生人才引进及培养项目（“登峰计划”）");
    expect(indicators.map((i) => i.annual?.text)).toEqual(["≥1649次", "13.8公里"]);
  });
});

describe("a copy of a PDF a word processor made", () => {
  // The header wraps over six lines, digits stand a space apart from the ideographs, and an
  // indicator's value is set apart from its unit.
  const header = [
    "项目名称（资金使",
    "用单位）",
    "总计 财政拨款",
    "财政专户",
    "拨款",
    "其他资金 绩效目标 绩效指标",
  ];
  const copy = [
    "部门名称：广州市卫生健康委员会单位：万元",
    ...header,
    "合计 114.05 114.05",
    "广州市卫生健康委",
    "员会",
    "114.05 114.05",
    "2026-2027 年信息化运",
    "维项目",
    "114.05 114.05",
    "保障信息系统 7×24 小时稳定运行。",
    "1、4-成本指标；41-经济成本指标；年度投入；实施周期指标值:小于",
    "等于 114.05 万元；年度指标值:小于等于 114.05 万元。",
    "",
  ].join("\n");

  it("reads the header, the rows and the values as the table has them", () => {
    const r = parseText(copy);
    expect(r.form).toBe("stream");
    const table = r.tables[0]!;
    expect(table.rows.map((x) => [x.kind, x.name, x.amounts.total, x.goal])).toEqual([
      ["total", "合计", 114.05, null],
      ["unit", "广州市卫生健康委员会", 114.05, null],
      ["project", "2026-2027年信息化运维项目", 114.05, "保障信息系统7×24小时稳定运行。"],
    ]);
    expect(table.indicators.map((i) => [i.period?.text, i.annual?.op, i.annual?.value])).toEqual([
      ["小于等于114.05万元", "<=", 114.05],
    ]);
    expect(table.unit).toBe("万元");
    // Only 财政拨款 holds money here: which column it is, the copy cannot tell, and says so once.
    expect(r.diagnostics.map((d) => d.code)).toEqual(["amounts-ambiguous"]);
  });

  it("makes whole the amounts its narrow cells cut (60251604.0 / 0), not taking their ends for page numbers", () => {
    const cut = copy
      .replace("单位：万元", "单位：元")
      .replace("合计 114.05 114.05", "合计 60251604.0\n0\n60251604.0\n0")
      .replace("员会\n114.05 114.05", "员会\n60251604.00 60251604.00")
      .replace("维项目\n114.05 114.05", "维项目\n60251604.0 60251604.0\n0 0 保障信息系统")
      .replace("保障信息系统 7×24", "7×24")
      .replace(/114\.05 万元/g, "60251604 元");
    const r = parseText(cut);
    const table = r.tables[0]!;
    expect(table.rows.map((x) => [x.name, x.amounts.total, x.goal])).toEqual([
      ["合计", 60251604, null],
      ["广州市卫生健康委员会", 60251604, null],
      ["2026-2027年信息化运维项目", 60251604, "保障信息系统7×24小时稳定运行。"],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["amounts-ambiguous"]);
    // The report prints the placed figures as the table does, with two decimals.
    expect(r.diagnostics[0]!.reason).toContain("总计 60251604.00，财政拨款 60251604.00");
    // The lines that held the amounts' ends belong to their rows.
    expect(unaccountedLines(cut, reconcile(cut))).toEqual([]);
  });

  it("reads a header whose every cell wrapped, over ten lines", () => {
    const narrow = copy.replace(
      header.join("\n"),
      [
        "项目名称（资金使",
        "用单位）",
        "总计",
        "财政拨",
        "款",
        "财政专",
        "户拨款",
        "其他资",
        "金",
        "绩效目标 绩效指标",
      ].join("\n"),
    );
    expect(narrow).not.toBe(copy);
    const rows = parseText(narrow).tables[0]!.rows;
    expect(rows.map((x) => x.name)).toEqual([
      "合计",
      "广州市卫生健康委员会",
      "2026-2027年信息化运维项目",
    ]);
  });
});

describe("amounts beyond the header's money columns", () => {
  it("are reported as extra cells, not dropped", () => {
    const r = parseText(
      [
        "项目支出绩效目标表",
        "单位：万元",
        "项目名称（资金使用单位） 总计 财政拨款 绩效目标 绩效指标",
        "合计 30.00 20.00 10.00",
        "甲项目 30.00 20.00 10.00 目标甲。",
        "1、1-产出指标；11-数量指标；甲；实施周期指标值:1次；年度指标值:1次。",
        "",
      ].join("\n"),
      { form: "stream" },
    );
    const extra = r.diagnostics.filter((d) => d.code === "extra-cells");
    expect(extra.map((d) => [d.line, d.reason.includes("10.00")])).toEqual([
      [4, true],
      [5, true],
    ]);
  });
});

describe("a name's end drawn on lines of its own after a page break", () => {
  const text = (afterBreak: string[]) =>
    [
      ...opening("部门名称：广州市文化广电旅游局单位：元"),
      "合计 1842600.00 1842600.00",
      "广州博物馆 1842600.00 1842600.00",
      "广州博物馆 1842600.00 1842600.00 做好馆藏文物、图书文献的征集、保护和研究",
      "1、1-产出指标；11-数量指标；举办专题活动；实施周期指标值:大于等于8场次；年度指标值:大于",
      ...PAGE_HEADER,
      ...afterBreak,
      "",
    ].join("\n");

  /** The page's second project, named `start` on its amounts line, its name's end after the break. */
  const nameAfterBreak = (start: string, nameEnd: string[]) =>
    parseText(
      text([...nameEnd, "工作，提升公共文化设施服务效能。", "等于8场次。"]).replace(
        "广州博物馆 1842600.00 1842600.00 做好",
        `${start} 1842600.00 1842600.00 做好`,
      ),
    ).tables[0]!.rows[2]!.name;

  it.each<[string, string, string[], string]>([
    [
      "is the name's, though it looks like a header word's leftover (金), after a whole header",
      "学生资助资",
      ["金"],
      "学生资助资金",
    ],
    [
      "goes on past a line that would end it, when the next line is no goal's (…建设 / 专项资金)",
      "广州图书馆公共文化服",
      ["务体系建设", "专项资金"],
      "广州图书馆公共文化服务体系建设专项资金",
    ],
    [
      "is the name's with its remark in brackets, a list and digits set apart in it",
      "国省道路面",
      ["大中修工程", "（G105、G3", "24 线）"],
      "国省道路面大中修工程（G105、G324线）",
    ],
    [
      "is the name's when as wide as the name's start on the amounts line",
      "广州市工商业联合",
      ["会 2025-2026 年信", "息化运维项目"],
      "广州市工商业联合会2025-2026年信息化运维项目",
    ],
    [
      "goes on after its bracket closed, its last word beside the goal's rest",
      "城市轨道交通线网规划（2025-",
      ["2035 年）修", "编项目 和利用"],
      "城市轨道交通线网规划（2025-2035年）修编项目",
    ],
    [
      "goes on after its quotation closed, its last five ideographs beside the goal's rest",
      "广州市文化馆“广州文",
      ["化周末”系", "列活动经费 和利用"],
      "广州市文化馆“广州文化周末”系列活动经费",
    ],
    [
      "goes on after a quotation closed on a line of its own",
      "广州市执信中学“粤教",
      ["翔云”数字", "教材应用推", "广项目"],
      "广州市执信中学“粤教翔云”数字教材应用推广项目",
    ],
    [
      "is the name's when it ends with the equipment it buys (…设 / 备购置)",
      "广州市第二",
      ["中学实验室", "及功能室设", "备购置"],
      "广州市第二中学实验室及功能室设备购置",
    ],
    [
      "is the name's with a quotation inside its brackets",
      "教师培训",
      ["专项经费", "（“百千", "万人才培", "养工", "程”）"],
      "教师培训专项经费（“百千万人才培养工程”）",
    ],
    [
      "is the name's over as many lines as a column four ideographs wide needs",
      "广州市教",
      ["育局教师", "培训专项", "经费", "（“百千", "万人才培", "养工", "程”）"],
      "广州市教育局教师培训专项经费（“百千万人才培养工程”）",
    ],
    [
      "is the name's with a list in it (…艾滋病、结核 / 病等…防控经费)",
      "广州市卫生健康技",
      ["术鉴定和人才评价", "中心艾滋病、结核", "病等重大传染病防", "控经费"],
      "广州市卫生健康技术鉴定和人才评价中心艾滋病、结核病等重大传染病防控经费",
    ],
    [
      "is the name's when it ends with the stock it keeps (…应急物 / 资储备)",
      "广州市交通",
      ["运输局公路", "养护应急物", "资储备"],
      "广州市交通运输局公路养护应急物资储备",
    ],
    [
      "is the name's when it ends with the service it buys (…法律顾问 / 服务)",
      "法律顾问",
      ["服务"],
      "法律顾问服务",
    ],
    [
      "ends where it last read as ended, when a line wider than its column follows",
      "疗中心5G+智",
      ["慧医疗示范", "应用项目", "步缩小城乡居民基本公共卫生服务差距"],
      "疗中心5G+智慧医疗示范应用项目",
    ],
  ])("%s", (_, start, nameEnd, want) => {
    expect(nameAfterBreak(start, nameEnd)).toBe(want);
  });

  /** A page break after a row's amounts, goal and whole indicators; `afterBreak` opens page 2. */
  const afterDoneRow = (name: string, afterBreak: string[]) =>
    parseText(
      [
        ...opening("部门名称：广州市文化广电旅游局单位：元"),
        "合计 1842700.00 1842700.00",
        "广州博物馆 1842700.00 1842700.00",
        `${name} 1842600.00 1842600.00 做好馆藏文物的征集。`,
        "1、1-产出指标；11-数量指标；举办专题活动；实施周期指标值:8场次；年度指标值:8场次。",
        ...PAGE_HEADER,
        ...afterBreak,
        "加强文物保护利用。",
        "1、1-产出指标；11-数量指标；服务人数；实施周期指标值:7人；年度指标值:7人。",
        "",
      ].join("\n"),
    ).tables[0]!.rows.map((r) => r.name);

  it("is not the row's when its name reads whole and its goal and indicators ended before the break", () => {
    // The next row's name ends as a project's name does before its remark: it is not the rest
    // of the name above.
    expect(
      afterDoneRow("旅游市场综合监管经费", [
        "国际旅游宣传推广经费",
        "（含中国（广州）国际纪",
        "录片节）",
        "100.00 100.00",
      ]).slice(2),
    ).toEqual(["旅游市场综合监管经费", "国际旅游宣传推广经费（含中国（广州）国际纪录片节）"]);
  });

  it.each([
    [
      "ends where it last read as ended when the next row's name follows it before its amounts",
      "广州市交通运输局2026年信息化",
      ["运维项目", "交通拥堵治理", "专项研究经费 100.00 100.00"],
      ["广州市交通运输局2026年信息化运维项目", "交通拥堵治理专项研究经费"],
    ],
    [
      "goes on after a hyphen to the last line before the next row's amounts, where it first reads as ended",
      "广州市交通运输局 2026-",
      ["2027 年信息", "化运维项目", "法律顾问服务 100.00 100.00"],
      ["广州市交通运输局2026-2027年信息化运维项目", "法律顾问服务"],
    ],
    [
      "goes on cut mid-word to the last line before the next row's amounts, which hold a whole name",
      "交通运输综合指挥中心（TOCC）运",
      ["维经费", "工作经费 100.00 100.00"],
      ["交通运输综合指挥中心（TOCC）运维经费", "工作经费"],
    ],
    [
      "goes on cut mid-word with a short line before the next row's amounts, which hold a unit's name",
      "广州市文化广电旅游局图书购置及数字资源采",
      ["购", "广州图书馆 100.00 100.00"],
      ["广州市文化广电旅游局图书购置及数字资源采购", "广州图书馆"],
    ],
    [
      "cut mid-word leaves that line to the next row's name where its amounts line holds no whole name",
      "交通运输综合指挥中心（TOCC）运",
      ["维经费", "TZMMZXJF 100.00 100.00"],
      ["交通运输综合指挥中心（TOCC）运", "维经费TZMMZXJF"],
    ],
  ])("%s", (_, head, afterBreak, want) => {
    expect(afterDoneRow(head, afterBreak).slice(2)).toEqual(want);
  });

  it("goes on cut mid-word over two lines before a unit's amounts line, the name wrapped in a narrow column", () => {
    // The name's lines are five ideographs wide; its rest after the break is a full line and a
    // short one (`图书馆运维` / `经费`): no unit's name has a short line before its last.
    const names = parseText(
      [
        ...opening("部门名称：广州市文化广电旅游局单位：元"),
        "合计 1395100.00 1395100.00",
        "广州市文化广电旅游局 1395000.00 1395000.00",
        "广州市文化",
        "广电旅游局",
        "24 小时自助",
        "1395000.00 1395000.00",
        "完善公共文化服务体系。",
        "1、1-产出指标；11-数量指标；印制宣传资料；实施周期指标值:2700份；年度指标值:2700份。",
        ...PAGE_HEADER,
        "图书馆运维",
        "经费",
        "广州图书馆 100.00 100.00",
        "加强文物保护利用。",
        "1、1-产出指标；11-数量指标；服务人数；实施周期指标值:7人；年度指标值:7人。",
        "",
      ].join("\n"),
    ).tables[0]!.rows.map((r) => r.name);
    expect(names.slice(2)).toEqual(["广州市文化广电旅游局24小时自助图书馆运维经费", "广州图书馆"]);
  });

  it("ends where it last read as ended though the next row's name opens a bracket on its last line", () => {
    // The bracket is the next name's (its years), not a remark of the name above: 779.11 is that
    // next row's.
    expect(
      afterDoneRow("交通运输综合指挥中心（TOCC）运", [
        "维经费",
        "城市轨道交通",
        "线网规划",
        "（2025-2035",
        "年）修编项目",
        "100.00 100.00",
      ]).slice(2),
    ).toEqual([
      "交通运输综合指挥中心（TOCC）运维经费",
      "城市轨道交通线网规划（2025-2035年）修编项目",
    ]);
  });

  it("is a remark in brackets opening the page, though the name read whole and its row had ended", () => {
    expect(
      afterDoneRow("文物保护单位修缮工程", [
        "（2025-2027",
        "年）",
        "2026-2027 年",
        "信息化运维项",
        "目",
        "100.00 100.00",
      ]).slice(2),
    ).toEqual(["文物保护单位修缮工程（2025-2027年）", "2026-2027年信息化运维项目"]);
  });

  it("ends where it first read as ended when the lines after make the next row's whole name, its remark last", () => {
    // The next amounts line holds no name: 国际旅游宣…节） is that row's, though 传推广经费 would end
    // the name above again and its remark's bracket stands open on the block's last line.
    expect(
      afterDoneRow("广州图书馆非物质文化遗产保护经", [
        "费",
        "国际旅游宣",
        "传推广经费",
        "（含中国",
        "（广州）国",
        "际纪录片",
        "节）",
        "100.00 100.00",
      ]).slice(2),
    ).toEqual([
      "广州图书馆非物质文化遗产保护经费",
      "国际旅游宣传推广经费（含中国（广州）国际纪录片节）",
    ]);
  });

  it("is a line of nothing but ending words, though the next row's name stands on its amounts line under it", () => {
    expect(
      afterDoneRow("广州市交通运输局交通拥堵治理专项研究", [
        "经费",
        "法律顾问服务 100.00 100.00",
      ]).slice(2),
    ).toEqual(["广州市交通运输局交通拥堵治理专项研究经费", "法律顾问服务"]);
  });

  it("is not a unit's bracket that goes on with an indicator value cut by the break (4台 / （套）)", () => {
    const table = parseText(
      text(["（套）", "；年度指标值:4台（套）。"])
        .replace("广州博物馆 1842600.00 1842600.00 做好", "设备购置经费 1842600.00 1842600.00 做好")
        .replace("做好馆藏文物、图书文献的征集、保护和研究", "做好馆藏文物的征集。")
        .replace(
          "举办专题活动；实施周期指标值:大于等于8场次；年度指标值:大于",
          "购置设备数量；实施周期指标值:4台",
        ),
    ).tables[0]!;
    expect(table.rows[2]!.name).toBe("设备购置经费");
    expect(table.indicators.map((i) => [i.period?.text, i.annual?.text])).toEqual([
      ["4台（套）", "4台（套）"],
    ]);
  });

  it("is the name's remark after a value cut at a bare number, no unit before the bracket (大于等于 9 / （一期）)", () => {
    const table = parseText(
      [
        ...opening("部门名称：广州市教育局 单位：元"),
        "合计 138,100.00 138,100.00",
        "广州市第二中学 138,100.00 138,100.00",
        "智慧校园",
        "建设项目",
        "138,100.00 138,100.00 对校舍进行维修改造，消",
        "除安全隐患，为师生提供",
        "1、1-产出指标；11-数量指标；开展培",
        "训次数；实施周期指标值:大于等于 9",
        "第 1 页",
        ...PAGE_HEADER,
        "（一期）",
        "安全、舒适的学习和工作",
        "环境。",
        "次；年度指标值:大于等于 9 次。",
        "",
      ].join("\n"),
    ).tables[0]!;
    expect([table.rows[2]!.name, table.rows[2]!.goal]).toEqual([
      "智慧校园建设项目（一期）",
      "对校舍进行维修改造，消除安全隐患，为师生提供安全、舒适的学习和工作环境。",
    ]);
    expect(table.indicators.map((i) => [i.name, i.period?.text, i.annual?.text])).toEqual([
      ["开展培训次数", "大于等于9次", "大于等于9次"],
    ]);
  });

  /** A table whose one project's last indicator a page break cuts before `（PQI）`. */
  const cutBeforePqi = (amounts: string, row: string[]) =>
    parseText(
      [
        ...transportUnit(amounts),
        ...row,
        "1、1-产出指标；12-质量指标；路况指数",
        "第 1 页",
        ...PAGE_HEADER,
        "（PQI）",
        "；实施周期指标值:≥90；年度指标值:≥90。",
        "",
      ].join("\n"),
    ).tables[0]!;

  it("is not a second remark of a name that closed one, where an indicator's name was cut (路况指数 / （PQI）)", () => {
    const table = cutBeforePqi("821.00 821.00", [
      "公交行业运营补贴资金",
      "（2025年度清算） 821.00 821.00",
      "保障公路安全畅通。",
    ]);
    expect(table.rows[2]!.name).toBe("公交行业运营补贴资金（2025年度清算）");
    expect(table.indicators.map((i) => [i.name, i.annual?.text])).toEqual([
      ["路况指数（PQI）", "≥90"],
    ]);
  });

  it("is no remark of a name without one, where an indicator's name was cut before an abbreviation", () => {
    // A project's remark says which phase or year (（二期）, （2025年度清算）), never an
    // abbreviation in Latin letters: `（PQI）` ends the indicator's name `路况指数`.
    const table = cutBeforePqi("6.24 6.24", [
      "广州市交通运输局",
      "2026-2027年信息化",
      "运维项目",
      "6.24 6.24 保障公路安全畅通。",
    ]);
    expect(table.rows[2]!.name).toBe("广州市交通运输局2026-2027年信息化运维项目");
    expect(table.indicators.map((i) => [i.name, i.annual?.text])).toEqual([
      ["路况指数（PQI）", "≥90"],
    ]);
  });

  it("goes on with the goal after a page break, though its sentence ended there and the indicators show more lines", () => {
    // The page cut the goal after a sentence; the indicators' pieces set off their baselines
    // (`（套）`, `；年度指标值:…`, `。2、4-成本`) make more lines of text than lines they fill.
    const table = parseText(
      [
        ...opening("部门名称：广州市卫生健康委员会 单位：万元"),
        "合计 20.31 9.55 10.76",
        "广州市卫生健康委员会 20.31 9.55 10.76",
        "家庭医生签约服务补助 20.31 9.55 10.76 做好重大传染病、慢性病和地方病的预防控",
        "制工作，完善疾病预防控制体系，健全监测",
        "预警和应急处置机制，加强公共卫生服务体",
        "系建设，提升医院综合服务能力和救治水平。",
        "1、1-产出指标；11-数量指标；购置医疗",
        "设备数量；实施周期指标值:20台",
        "（套）",
        "；年度指标值:20台（套）",
        "。2、4-成本",
        "第 1 页",
        ...PAGE_HEADER,
        "通过实施“家庭医生签约服务补助”",
        "，进一",
        "步完善工作机制，按期完成各项工作任务。",
        "指标；41-经济成本指标；年度投入；实",
        "施周期指标值:小于等于20.31万元；年度",
        "指标值:小于等于20.31万元。",
        "",
      ].join("\n"),
    ).tables[0]!;
    expect(table.rows[2]!.goal).toMatch(
      /救治水平。通过实施“家庭医生签约服务补助”，进一步完善工作机制/,
    );
    expect(table.indicators.map((i) => [i.name, i.annual?.text])).toEqual([
      ["购置医疗设备数量", "20台（套）"],
      ["年度投入", "小于等于20.31万元"],
    ]);
  });

  it("leaves the goal's end and the indicators' rest apart, on a line after the name's end", () => {
    // Writer sets a space between `。` and digits as it does between ideographs and digits; the
    // one after the goal's `。` parts two columns, though the name's `2027 年）` is closed up.
    const table = parseText(
      [
        ...opening("部门名称：广州市卫生健康委员会 单位：万元"),
        "合计 449.00 449.00",
        "广州市卫生健康委员会 449.00 449.00",
        "广州市第一人民医院 449.00 449.00 加强公共卫生服务体系建设，为城乡居民免费提供基本公共卫 " +
          "1、1-产出指标；13-时效指标；故障处理及时率；实施周期指标值:大于 90%；年度指标值:大于",
        "第 1 页",
        ...PAGE_HEADER,
        "基本公共卫生服务项",
        "目（2025-2027 年） 生服务，逐步缩小城乡居民基本公共卫生服务差距。 90%。2、1-产出指标；" +
          "13-时效指标；完成时间；实施周期指标值:6 月底前；年度指标值:6 月",
        "底前。",
        "",
      ].join("\n"),
    ).tables[0]!;
    const row = table.rows[2]!;
    expect([row.name, row.goal]).toEqual([
      "广州市第一人民医院基本公共卫生服务项目（2025-2027年）",
      "加强公共卫生服务体系建设，为城乡居民免费提供基本公共卫生服务，逐步缩小城乡居民基本公共卫生服务差距。",
    ]);
    expect(table.indicators.map((i) => i.annual?.text)).toEqual(["大于90%", "6月底前"]);
  });

  it("is the name's, when the row's goal goes on after it", () => {
    const table = parseText(
      text(["美术作品收", "藏及研究经", "费", "工作，提升公共文化设施服务效能。", "等于8场次。"]),
    ).tables[0]!;
    const row = table.rows[2]!;
    expect([row.name, row.goal]).toEqual([
      "广州博物馆美术作品收藏及研究经费",
      "做好馆藏文物、图书文献的征集、保护和研究工作，提升公共文化设施服务效能。",
    ]);
    expect(table.indicators.map((i) => i.annual?.text)).toEqual(["大于等于8场次"]);
  });

  it("goes on to a last piece beside the goal's rest, though it had a project's ending already", () => {
    const table = parseText(
      text(["段公用经费", "补助 工作，提升公共文化设施服务效能。", "等于8场次。"]).replace(
        "广州博物馆 1842600.00 1842600.00 做好",
        "义务教育阶 1842600.00 1842600.00 做好",
      ),
    ).tables[0]!;
    expect([table.rows[2]!.name, table.rows[2]!.goal]).toEqual([
      "义务教育阶段公用经费补助",
      "做好馆藏文物、图书文献的征集、保护和研究工作，提升公共文化设施服务效能。",
    ]);
  });

  it("is the name's when its last piece shares a line with the goal's rest", () => {
    const table = parseText(
      text(["美术作品收", "藏及研究经", "费 工作，提升公共文化设施服务效能。", "等于8场次。"]),
    ).tables[0]!;
    const row = table.rows[2]!;
    expect([row.name, row.goal]).toEqual([
      "广州博物馆美术作品收藏及研究经费",
      "做好馆藏文物、图书文献的征集、保护和研究工作，提升公共文化设施服务效能。",
    ]);
    expect(table.indicators.map((i) => i.annual?.text)).toEqual(["大于等于8场次"]);
  });

  it("is the name's when its last piece shares the last line before the next row with the goal's end", () => {
    // The row's indicators ended before the break; the goal's end, beside the name's last piece,
    // closes its sentence: the line does not begin the next row's name.
    const table = parseText(
      text([
        "美术作品收",
        "藏及研究经",
        "费 工作，提升公共文化设施服务效能。",
        "广州图书馆 100.00 100.00",
      ])
        .replace("年度指标值:大于\n", "年度指标值:大于等于8场次。\n")
        .replace(
          "广州博物馆 1842600.00 1842600.00 做好",
          "2026-2027 年 1842600.00 1842600.00 做好",
        ),
    ).tables[0]!;
    expect(table.rows.slice(2).map((r) => [r.name, r.goal])).toEqual([
      [
        "2026-2027年美术作品收藏及研究经费",
        "做好馆藏文物、图书文献的征集、保护和研究工作，提升公共文化设施服务效能。",
      ],
      ["广州图书馆", null],
    ]);
  });

  it("is the name's when it ends the name with the work it pays for (…升级改 / 造)", () => {
    const table = parseText(
      text(["造", "工作，提升公共文化设施服务效能。", "等于8场次。"]).replace(
        "广州博物馆 1842600.00 1842600.00 做好",
        "藏品系统升级改 1842600.00 1842600.00 做好",
      ),
    ).tables[0]!;
    const row = table.rows[2]!;
    expect([row.name, row.goal]).toEqual([
      "藏品系统升级改造",
      "做好馆藏文物、图书文献的征集、保护和研究工作，提升公共文化设施服务效能。",
    ]);
  });
});

describe("a row's amounts drawn over two lines, copied from a PDF viewer", () => {
  it("joins the lower line's amount, the goal's first words after it, when it makes the total", () => {
    const text = [
      "项目支出绩效目标表",
      ...opening("部门名称：广州市文化广电旅游局 单位：元"),
      "合计 5259793.00 3313670.00 1946123.00",
      "广州图书馆 5259793.00 3313670.00 1946123.00",
      "广州图书馆旅游市场",
      "综合监管经费",
      "5259793.00 3313670.00",
      "1946123.00 完善公共文化服务体系，丰富人民群",
      "众精神文化生活。",
      "1、1-产出指标；11-数量指标；开展培训次数；实施周期指标值:6次；年度指标值:6次。",
      "",
    ].join("\n");
    const r = parseText(text);
    const rows = r.tables[0]!.rows;
    expect(rows.map((x) => x.name)).toEqual([
      "合计",
      "广州图书馆",
      "广州图书馆旅游市场综合监管经费",
    ]);
    expect(rows[2]!.amounts.total).toBe(5259793);
    expect(rows[2]!.goal).toBe("完善公共文化服务体系，丰富人民群众精神文化生活。");
    expect(unaccountedLines(text, r)).toEqual([]);
  });
});

describe("a name's end after a page break at the table's end", () => {
  it("takes its remark in brackets over the last two lines", () => {
    const text = [
      ...opening("部门名称：广州市教育局 单位：元"),
      "合计 269,336.00 269,336.00",
      "广州市幼儿师范学校 269,336.00 269,336.00",
      "广州市幼儿",
      "师范学校高",
      "中阶段学位",
      "269,336.00 269,336.00 加强教师队伍建设。",
      "1、1-产出指标；13-时效指标；全年支出率；实施周期指标值:100%；年度指标值:100%。",
      ...PAGE_HEADER,
      "建设项目",
      "（2024-",
      "2026 年）",
      "",
    ].join("\n");
    const r = parseText(text);
    expect(r.tables[0]!.rows.map((x) => x.name)).toEqual([
      "合计",
      "广州市幼儿师范学校",
      "广州市幼儿师范学校高中阶段学位建设项目（2024-2026年）",
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });
});
