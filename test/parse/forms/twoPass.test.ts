import { describe, expect, it } from "vitest";
import { parseText } from "../../../src/parse/index.js";

/**
 * A copy of a page LibreOffice drew in two passes: first each row's one-line cells (a short name
 * and the amounts), then, row by row, the cells that wrap — long names, goals, indicators.
 */
function twoPassPage(amountLines: string[], wrapped: string[]): string {
  return [
    "项目支出绩效目标表",
    "部门名称：广州市卫生健康委员会",
    "单位：万元",
    "总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
    "项目名称（资金使用单位）",
    ...amountLines,
    ...wrapped,
    "第 1 页，共 1 页",
    "",
  ].join("\n");
}

const INDICATORS = [
  "1、1-产出指标；11-数量指标；服务人数；实施周期指标",
  "值:7人；年度指标值:7人。",
];

const names = (text: string) =>
  parseText(text).tables[0]!.rows.map((r) => [r.kind, r.name, r.goal]);

describe("long names on a page drawn in two passes", () => {
  it("a unit's name ends where the next row's name repeats its first line", () => {
    const text = twoPassPage(
      [
        "合计 350.00 350.00",
        "广州市卫生健康委员会 12.00 12.00",
        "职业病防治经费 12.00 12.00",
        "338.00 338.00",
        "338.00 338.00",
      ],
      [
        "做好职业病的预防控制工作，完善疾病预防控制体系，健全监测预",
        "警和应急处置机制。",
        ...INDICATORS,
        "广州市卫生健康技术",
        "鉴定和人才评价中心",
        "广州市卫生健康技术",
        "鉴定和人才评价中心",
        "基本公共卫生服务项",
        "目（2025-2027年）",
        "加强公共卫生服务体系建设，为城乡居民免费提供基本公共卫",
        "生服务。",
        ...INDICATORS,
      ],
    );
    expect(names(text).slice(3)).toEqual([
      ["unit", "广州市卫生健康技术鉴定和人才评价中心", null],
      [
        "project",
        "广州市卫生健康技术鉴定和人才评价中心基本公共卫生服务项目（2025-2027年）",
        "加强公共卫生服务体系建设，为城乡居民免费提供基本公共卫生服务。",
      ],
    ]);
  });

  it("a unit's name glued after the indicators' closing 。 above it is the unit's", () => {
    // The viewer set the name's first line on the baseline of the indicators' last line.
    const text = twoPassPage(
      [
        "合计 350.00 350.00",
        "广州市卫生健康委员会 12.00 12.00",
        "职业病防治经费 12.00 12.00",
        "338.00 338.00",
        "338.00 338.00",
      ],
      [
        "做好职业病的预防控制工作。",
        INDICATORS[0]!,
        `${INDICATORS[1]!}广州市卫生健康技术`,
        "鉴定和人才评价中心",
        "基本公共卫生服务项",
        "目（2025-2027年）",
        "加强公共卫生服务体系建设。",
        ...INDICATORS,
      ],
    );
    expect(names(text).slice(2)).toEqual([
      ["project", "职业病防治经费", "做好职业病的预防控制工作。"],
      ["unit", "广州市卫生健康技术鉴定和人才评价中心", null],
      ["project", "基本公共卫生服务项目（2025-2027年）", "加强公共卫生服务体系建设。"],
    ]);
    expect(parseText(text).tables[0]!.indicators.map((i) => i.annual?.text)).toEqual([
      "7人",
      "7人",
    ]);
  });

  it.each([
    ["in 费", "中心急救医疗指挥调度系统运维费"],
    ["in the work it pays for (储备)", "中心突发公共卫生事件应急物资储备"],
  ])(
    "a project's name that ends %s at a line's end leaves the goal's first line alone",
    (_, end) => {
      const text = twoPassPage(
        [
          "合计 162.57 162.57",
          "广州市卫生健康委员会 162.57 162.57",
          "突发公共卫生事件应急物资储备经费 12.00 12.00",
          "150.57 150.57",
        ],
        [
          "做好职业病的预防控制工作，完善疾病预防控制体系，健全监测预",
          "警和应急处置机制。",
          ...INDICATORS,
          "广州市卫生健康技术鉴定和人才评价",
          end,
          "做好重大传染病、慢性病和地方病的预",
          "防控制工作。",
          ...INDICATORS,
        ],
      );
      expect(names(text).at(-1)).toEqual([
        "project",
        "广州市卫生健康技术鉴定和人才评价" + end,
        "做好重大传染病、慢性病和地方病的预防控制工作。",
      ]);
    },
  );

  it("a project's name ended at a line's end leaves a goal's first line without clauses alone", () => {
    // A page of a spreadsheet's PDF as pdftotext -raw gives it: the wide name
    // (STEM教育及人工智能课程建设项目) is drawn with the wrapped cells, its goal's first line as
    // wide as it and with no clause in it.
    const text = [
      "项目支出绩效目标表",
      "部门名称：广州市教育局 单位：元",
      "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      "“粤教翔云”数字教材应用推广项目 15,100.00 15,100.00",
      "学生心理健康教育服务经费 91,900.00 91,900.00",
      "智慧校园建设项目（一期） 3,180,615.00 3,180,615.00",
      "广州市教育局教育科研课题研究经费 525,400.00 525,400.00",
      "915,300.00 915,300.00",
      "广州市第二中学 9,418,004.00 2,126,277.00 766,222.00 6,525,505.00",
      "组织完成年度招生考试工作，确保考试",
      "安全平稳有序。",
      "1、1-产出指标;11-数量指标;举办专题活动;实施周期指标值:大于等于7场次;年度指",
      "标值:大于等于7场次。2、2-效益指标;24-可持续影响;长效管理机制;实施周期指标",
      "值:建立健全并持续运行;年度指标值:建立健全并持续运行。3、4-成本指标;41-经济",
      "成本指标;年度投入;实施周期指标值:成本控制率100%;年度指标值:成本控制率",
      "100%。",
      "落实国家学生资助政策，确保家庭经济",
      "困难学生不因经济原因失学，促进教育",
      "公平，对校舍进行维修改造，消除安全",
      "隐患，为师生提供安全、舒适的学习和",
      "工作环境。",
      "1、1-产出指标；11-数量指标；培训教师人次；实施周期指标值:1050人次；年度",
      "指标值:1050人次。2、1-产出指标；11-数量指标；开展培训次数；实施周期指标",
      "值:大于等于11次；年度指标值:大于等于11次。3、1-产出指标；12-质量指标；系",
      "统正常运行率；实施周期指标值:≥99.5%；年度指标值:≥99.5%。4、2-效益指标",
      "；22-社会效益；保障工作正常运转；实施周期指标值:各方面按合同要求保障到位",
      "。；年度指标值:各方面按合同要求保障到位。5、2-效益指标；22-社会效益；公",
      "众知晓率；实施周期指标值:大于等于80%；年度指标值:大于等于80%。",
      "保障学校正常运转和教育教学活动有序",
      "开展，改善办学条件，提升学校信息化",
      "、现代化水平，组织完成年度招生考试",
      "工作，确保考试安全平稳有序。",
      "1、1-产出指标；11-数量指标；培训教师人次；实施周期指标值:500人次；年度指",
      "标值:500人次。2、1-产出指标；11-数量指标；开展培训次数；实施周期指标值:大",
      "于等于10次；年度指标值:大于等于10次。3、1-产出指标；11-数量指标；维修改",
      "造面积；实施周期指标值:11059平方米；年度指标值:11059平方米。4、1-产出指",
      "标；13-时效指标；资金发放及时率；实施周期指标值:100%；年度指标",
      "值:100%。",
      "保障学校正常运转和教育教学活动有序",
      "开展，改善办学条件，提升学校信息化",
      "、现代化水平，加强教师队伍建设，开",
      "展分层分类培训，提升教师专业素养和",
      "教育教学能力，打造高素质专业化创新",
      "型教师队伍。",
      "1、1-产出指标；11-数量指标；维修改造面积；实施周期指标值:18477平方米；年",
      "度指标值:18477平方米。2、1-产出指标；11-数量指标；开展培训次数；实施周期",
      "指标值:大于等于12次；年度指标值:大于等于12次。3、1-产出指标；12-质量指标",
      "；资助对象认定准确率；实施周期指标值:100%；年度指标值:100%。4、1-产出",
      "指标；13-时效指标；故障处理及时率；实施周期指标值:大于90%；年度指标值:大",
      "于90%。5、2-效益指标；22-社会效益；家庭经济困难学生应助尽助；实施周期指",
      "标值:应助尽助；年度指标值:应助尽助。6、4-成本指标；41-经济成本指标；年度",
      "投入；实施周期指标值:该项目整体支出金额不超过525400元；年度指标值:该项目",
      "整体支出金额不超过525400元。",
      "STEM教育及人工智能课程建设项目",
      "保障学校正常运转和教育教学活动有序",
      "开展，改善办学条件，提升学校信息化",
      "、现代化水平。",
      "1、1-产出指标；11-数量指标；服务人数；实施周期指标值:58人；年度指标值:58",
      "人。2、1-产出指标；13-时效指标；资金发放及时率；实施周期指标值:100%；年",
      "度指标值:100%。3、2-效益指标；22-社会效益；教育教学质量；实施周期指标值:",
      "明显提高；年度指标值:明显提高。4、2-效益指标；23-生态效益；节能降耗；实",
      "施周期指标值:有效；年度指标值:有效。5、3-满意度指标；31-服务对象满意度；",
      "服务质量考核情况；实施周期指标值:大于85分；年度指标值:大于85分。6、4-成",
      "本指标；41-经济成本指标；年度投入；实施周期指标值:915300元；年度指标",
      "值:915300元。",
      "第 5 页，共 14 页",
    ].join("\n");
    const row = parseText(text).tables[0]!.rows.find((r) => r.name.startsWith("STEM"))!;
    expect([row.name, row.goal]).toEqual([
      "STEM教育及人工智能课程建设项目",
      "保障学校正常运转和教育教学活动有序开展，改善办学条件，提升学校信息化、现代化水平。",
    ]);
  });

  it("a name after its amounts that reads whole leaves the goal's first line alone", () => {
    const text = twoPassPage(
      [
        "合计 16.22 16.22",
        "广州市卫生健康技术鉴定和人才评价中心 16.22 16.22",
        "职业病防治经费 12.00 12.00",
        "4.22 4.222026-2027年信息化运维项目",
      ],
      [
        "做好职业病的预防控制工作。",
        ...INDICATORS,
        "保障信息系统7×24小时稳定运行，提供",
        "数据的收集、检索和分析等服务。",
        ...INDICATORS,
      ],
    );
    expect(names(text).at(-1)).toEqual([
      "project",
      "2026-2027年信息化运维项目",
      "保障信息系统7×24小时稳定运行，提供数据的收集、检索和分析等服务。",
    ]);
  });

  it("a name after its amounts that reads whole goes on with a line of ending words and its remark", () => {
    // `…实验室建设` reads whole, but `项目（2025-2026年` / `）` gives it a longer ending.
    const text = twoPassPage(
      [
        "合计 16.22 16.22",
        "广州市卫生健康技术鉴定和人才评价中心 16.22 16.22",
        "职业病防治经费 12.00 12.00",
        "4.22 4.22医学重点实验室建设",
      ],
      [
        "做好职业病的预防控制工作。",
        ...INDICATORS,
        "项目（2025-2026年",
        "）",
        "保障信息系统7×24小时稳定运行，提供",
        "数据的收集、检索和分析等服务。",
        ...INDICATORS,
      ],
    );
    expect(names(text).at(-1)).toEqual([
      "project",
      "医学重点实验室建设项目（2025-2026年）",
      "保障信息系统7×24小时稳定运行，提供数据的收集、检索和分析等服务。",
    ]);
  });

  it("a unit whose projects' totals nearly make its own before they make it exactly is the unit", () => {
    // 1000.00 is nearly 10 + 4 + 6 + 979.20 (within a thousandth) and exactly that plus 0.80;
    // the first project's 10.00 is exactly the next two's. Names all wrapped, none to tell.
    const goal = (what: string) => `保障${what}工作正常开展。`;
    const text = twoPassPage(
      [
        "合计 1000.00 1000.00",
        "1000.00 1000.00",
        "10.00 10.00",
        "4.00 4.00",
        "6.00 6.00",
        "979.20 979.20",
        "0.80 0.80",
      ],
      [
        "广州市疾病预防控制",
        "中心",
        ...["甲", "乙", "丙", "丁", "戊"].flatMap((x) => [`${x}项目经费`, goal(x), ...INDICATORS]),
      ],
    );
    expect(names(text).map(([kind, name]) => [kind, name])).toEqual([
      ["total", "合计"],
      ["unit", "广州市疾病预防控制中心"],
      ["project", "甲项目经费"],
      ["project", "乙项目经费"],
      ["project", "丙项目经费"],
      ["project", "丁项目经费"],
      ["project", "戊项目经费"],
    ]);
  });

  it("a name glued to its amounts that reads whole goes on with a line opening with 及", () => {
    // `…图书购置` ends as the work a project pays for, but no goal or name begins with `及`
    // (LibreOffice Calc's PDF, copied by pdf.js).
    const text = twoPassPage(
      ["合计 16.22 16.22", "职业病防治经费 12.00 12.00", "4.22 4.22广州博物馆图书购置"],
      [
        "做好职业病的预防控制工作。",
        ...INDICATORS,
        "及数字资源采购",
        "推进文化和旅游深度融合，提升广州城市文化品牌影响力。",
        ...INDICATORS,
      ],
    );
    expect(names(text).at(-1)).toEqual([
      "project",
      "广州博物馆图书购置及数字资源采购",
      "推进文化和旅游深度融合，提升广州城市文化品牌影响力。",
    ]);
  });

  it("a name's first line glued to its amounts is the name's, though no name on an amounts line is as wide", () => {
    // The viewer met the name after the amounts on their baseline and set no space between.
    const text = twoPassPage(
      ["合计 170.03 170.03", "170.03 170.03", "12.00 12.00", "158.03 158.03病媒生物防制专项经"],
      [
        "广州市疾病预防控制",
        "中心",
        "艾滋病、结核病等重",
        "大传染病防控经费",
        "做好重大传染病的预防控制工作。",
        ...INDICATORS,
        "费",
        "做好重大传染病、慢性病和地方病的预防控制工作，完善疾病",
        "预防控制体系，健全监测预警和应急处置机制。",
        ...INDICATORS,
      ],
    );
    expect(names(text)).toEqual([
      ["total", "合计", null],
      ["unit", "广州市疾病预防控制中心", null],
      ["project", "艾滋病、结核病等重大传染病防控经费", "做好重大传染病的预防控制工作。"],
      [
        "project",
        "病媒生物防制专项经费",
        "做好重大传染病、慢性病和地方病的预防控制工作，完善疾病预防控制体系，健全监测预警和应急处置机制。",
      ],
    ]);
  });

  it("a name glued to its amounts by its year range keeps the goal's first line after it apart", () => {
    // 1,181,040.002026-2027年…: the year range begins the name; the goal's first line follows a
    // space apart, wider than any name, and goes on in the second pass.
    const text = twoPassPage(
      [
        "合计 16.22 16.22",
        "某中学 16.22 16.22",
        "4.22 4.222026-2027年信息化运维项目 组织完成年度招生考试工作，确保考试安全平",
        "12.00 12.00",
      ],
      [
        "稳有序。",
        ...INDICATORS,
        "职业病防治",
        "经费",
        "做好职业病的预防控制工作。",
        ...INDICATORS,
      ],
    );
    expect(names(text).slice(2)).toEqual([
      ["project", "2026-2027年信息化运维项目", "组织完成年度招生考试工作，确保考试安全平稳有序。"],
      ["project", "职业病防治经费", "做好职业病的预防控制工作。"],
    ]);
  });

  it("a name whose goal stood on its amounts' line takes its remark in brackets after a short line", () => {
    // 段学位建设项目 is short of the column, and no goal waits for the next line: a remark in
    // brackets after a project's ending is still the name's (no name begins with one).
    const text = twoPassPage(
      [
        "合计 20.00 20.00",
        "某单位 20.00 20.00",
        "教育督导评估专项经费 10.00 10.00",
        "10.00 10.00 组织完成年度招生考试工作。",
      ],
      [
        "做好教育科研工作。",
        ...INDICATORS,
        "广州市教育局高中阶",
        "段学位建设项目",
        "（2024-2026年）",
        ...INDICATORS,
      ],
    );
    expect(names(text).at(-1)).toEqual([
      "project",
      "广州市教育局高中阶段学位建设项目（2024-2026年）",
      "组织完成年度招生考试工作。",
    ]);
  });

  it("a project's name whose goal stood on its amounts' line goes on after a short line up to its indicators", () => {
    // LibreOffice moved the Latin word STEM whole to the name's second line, leaving the first
    // (广州市执信中学, a unit's name) short of the column. Nothing but the name waits for the lines
    // before the project's indicators: they are the name's, not lines left over.
    const text = twoPassPage(
      [
        "合计 30.00 30.00",
        "广州市执信中学 30.00 30.00",
        "10.00 10.00 组织完成年度招生考试工作，确保考试安全平稳有序。",
        "教育教学设备购置费 20.00 20.00",
      ],
      [
        "广州市执信中学",
        "STEM教育及人工智",
        "能课程建设项目",
        ...INDICATORS,
        "做好教育科研工作。",
        ...INDICATORS,
      ],
    );
    const r = parseText(text);
    expect(r.tables[0]!.rows[2]!.name).toBe("广州市执信中学STEM教育及人工智能课程建设项目");
    expect(r.diagnostics.filter((d) => d.code === "not-a-row")).toEqual([]);
  });

  it("a page whose every name wrapped tells its unit by the names before each project's goal", () => {
    // 694.21 nearly sums the two rows after it (684.67 + 9.00), and the unit's 684.67 sums
    // nothing (its subtotal is wrong): the names say which row is the unit — two names open the
    // text before the third indicator block, the first ending on a short line (a remark in
    // brackets after one begins no name), and the text after the last block names the last unit.
    const page = (amountLines: string[], wrapped: string[], n: number) => [
      "总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      "项目名称（资金使用单位）",
      ...amountLines,
      ...wrapped,
      `第 ${n} 页，共 2 页`,
    ];
    const text = [
      "项目支出绩效目标表",
      "部门名称：广州市卫生健康委员会",
      "单位：万元",
      ...page(
        [
          "合计 1408.04 1408.04",
          "广州市卫生健康委员会 1408.04 1408.04",
          "职业病防治经费 12.00 12.00",
          "传染病防控经费 4.00 4.00",
        ],
        ["做好职业病的预防控制工作。", ...INDICATORS, "做好传染病的防控工作。", ...INDICATORS],
        1,
      ),
      ...page(
        ["4.16 4.16", "694.21 694.21", "684.67 684.67", "9.00 9.00", "5.00 5.00"],
        [
          "急救医疗指挥调度系",
          "统运维费",
          "（二期）",
          "做好急救医疗指挥调度工作，保障系统稳定运行。",
          ...INDICATORS,
          "广州市卫生健康委员",
          "会高层次卫生人才引",
          "进及培养项目（“登",
          "峰计划”）",
          "做好高层次卫生人才引进及培养工作，提升服务能力。",
          ...INDICATORS,
          "广州市第一人民医院",
          "（广州市消化疾病中",
          "心）",
          "广州市第一人民医院",
          "全民健康信息平台（",
          "二期）升级改造项目",
          "做好重大传染病、慢性病和地方病的预防控制工作。",
          ...INDICATORS,
          "广州市卫生健康技术鉴定",
          "和人才评价中心",
        ],
        2,
      ),
      "",
    ].join("\n");
    const rows = names(text);
    expect(rows.slice(4, 8).map(([kind, name]) => [kind, name])).toEqual([
      ["project", "急救医疗指挥调度系统运维费（二期）"],
      ["project", "广州市卫生健康委员会高层次卫生人才引进及培养项目（“登峰计划”）"],
      ["unit", "广州市第一人民医院（广州市消化疾病中心）"],
      ["project", "广州市第一人民医院全民健康信息平台（二期）升级改造项目"],
    ]);
    // The last row, a unit whose projects would follow on the next page: a name and no goal.
    expect(rows.slice(8).map(([, name, goal]) => [name, goal])).toEqual([
      ["广州市卫生健康技术鉴定和人才评价中心", null],
    ]);
  });

  it("a project whose total equals the next row's alone is no unit, where a later row sums several", () => {
    // 1.00 over 急救…'s 1.00 reads as a unit of one project, as 69.19 does over the three rows
    // after it: four indicator blocks for five rows, the one that sums several is the unit.
    const text = twoPassPage(
      [
        "合计 443.36 443.36",
        "广州市妇女儿童医疗中心 374.17 374.17",
        "368.26 368.26",
        "1.00 1.00",
        "急救医疗指挥调度系统运维费 1.00 1.00",
        "妇幼健康服务能力提升项目 3.91 3.91",
        "69.19 69.19",
        "家庭医生签约服务补助 19.00 19.00",
        "公共卫生服务补助资金 8.19 8.19",
        "基本公共卫生服务项目 42.00 42.00",
      ],
      [
        "广州市妇女儿童医疗中心公立",
        "医院改革补助资金",
        "贯彻落实国家、省、市关于深化医药卫生体制改革的部署。",
        ...INDICATORS,
        "5G+智慧医疗示范应用项目",
        "做好重大传染病的预防控制工作。",
        ...INDICATORS,
        "做好急救医疗指挥调度工作。",
        ...INDICATORS,
        "提升妇幼健康服务能力。",
        ...INDICATORS,
        "广州市卫生健康技术鉴定和人",
        "才评价中心",
        "做好家庭医生签约服务。",
        ...INDICATORS,
        "做好公共卫生服务补助。",
        ...INDICATORS,
        "做好基本公共卫生服务。",
        ...INDICATORS,
      ],
    );
    expect(names(text).map(([kind, name]) => [kind, name])).toEqual([
      ["total", "合计"],
      ["unit", "广州市妇女儿童医疗中心"],
      ["project", "广州市妇女儿童医疗中心公立医院改革补助资金"],
      ["project", "5G+智慧医疗示范应用项目"],
      ["project", "急救医疗指挥调度系统运维费"],
      ["project", "妇幼健康服务能力提升项目"],
      ["unit", "广州市卫生健康技术鉴定和人才评价中心"],
      ["project", "家庭医生签约服务补助"],
      ["project", "公共卫生服务补助资金"],
      ["project", "基本公共卫生服务项目"],
    ]);
  });

  it("a name that goes on after 专项, into brackets, keeps its rest", () => {
    const text = twoPassPage(
      [
        "合计 162.57 162.57",
        "广州市第二中学 162.57 162.57",
        "广州市第二中学实验室经费 12.00 12.00",
        "150.57 150.57",
      ],
      [
        "加强教师队伍建设，开展分层分类培训，提升教师专业素养和教",
        "育教学能力。",
        ...INDICATORS,
        "广州市第二中学教师培训专项",
        "经费（“百千万人才培养工程",
        "”）",
        "加强教师队伍建设，开展分层分类培训，提升教师专业素养和教",
        "育教学能力。",
        ...INDICATORS,
      ],
    );
    expect(names(text).at(-1)?.[1]).toBe("广州市第二中学教师培训专项经费（“百千万人才培养工程”）");
  });

  it("a unit's name that ends as units' do is whole: the next full line is a project's", () => {
    const text = twoPassPage(
      ["合计 30.00 30.00", "30.00 30.00", "10.00 10.00", "20.00 20.00"],
      [
        "广州市卫生健康技术",
        "鉴定和人才评价中心",
        "家庭医生签约服务补",
        "助",
        "做好职业病的预防控制工作，完善疾病预防控制体系，健全监测预",
        "警和应急处置机制。",
        ...INDICATORS,
        "艾滋病、结核病等重大",
        "传染病防控经费",
        "加强公共卫生服务体系建设，为城乡居民免费提供基本公共卫",
        "生服务。",
        ...INDICATORS,
      ],
    );
    expect(names(text).map((r) => r[1])).toEqual([
      "合计",
      "广州市卫生健康技术鉴定和人才评价中心",
      "家庭医生签约服务补助",
      "艾滋病、结核病等重大传染病防控经费",
    ]);
  });

  it.each([
    // 2.00 then 1.00: a whole unit of money apart, not a subtotal a little off.
    ["a smaller one", ["合计 8.00 8.00", "2.00 2.00", "1.00 1.00", "5.00 5.00", "5.00 5.00"]],
    // 1.01 then 1.05: a stated subtotal a little off is off by a cent, not by four.
    [
      "one a few cents larger",
      ["合计 8.06 8.06", "1.01 1.01", "1.05 1.05", "6.00 6.00", "6.00 6.00"],
    ],
  ])("a small project followed by %s is no unit of it", (_, amountLines) => {
    const goal = ["做好重大传染病、慢性病和地方病的预防控制工作，完善疾病预防控", "制体系。"];
    const text = twoPassPage(amountLines, [
      "艾滋病、结核病等重大传",
      "染病防控经费",
      ...goal,
      ...INDICATORS,
      "5G+智慧医疗示范应用项",
      "目",
      ...goal,
      ...INDICATORS,
      "广州市卫生健康技术鉴定",
      "和人才评价中心",
      "卫生健康监督执法专项经",
      "费",
      ...goal,
      ...INDICATORS,
    ]);
    expect(names(text).map((r) => [r[0], r[1]])).toEqual([
      ["total", "合计"],
      ["project", "艾滋病、结核病等重大传染病防控经费"],
      ["project", "5G+智慧医疗示范应用项目"],
      ["unit", "广州市卫生健康技术鉴定和人才评价中心"],
      ["project", "卫生健康监督执法专项经费"],
    ]);
  });
});

describe("units on a page drawn in two passes", () => {
  it("a unit whose total is the exact sum of its projects outranks a project nearly summing the rows after it", () => {
    const goal = ["保障信息系统7×24小时稳定运行，提供数据的收集、检索和分析等服", "务。"];
    // 10.00 is a project: the two rows after it sum to 9.99, a cent off; 12.00 sums 5.00 + 7.00.
    const text = twoPassPage(
      [
        "合计 31.99 31.99",
        "10.00 10.00",
        "4.00 4.00",
        "公共卫生服务补助资金 5.99 5.99",
        "12.00 12.00",
        "急救医疗指挥调度系统运维费 5.00 5.00",
        "职业病防治经费 7.00 7.00",
      ],
      [
        "艾滋病、结核病等重大传染病防控经",
        "费",
        ...goal,
        ...INDICATORS,
        "基本公共卫生服务项目（2025-2027",
        "年）",
        ...goal,
        ...INDICATORS,
        ...goal,
        ...INDICATORS,
        "广州市第一人民医院（广州市消化疾",
        "病中心）",
        ...goal,
        ...INDICATORS,
        ...goal,
        ...INDICATORS,
      ],
    );
    expect(names(text).map((r) => [r[0], r[1]])).toEqual([
      ["total", "合计"],
      ["project", "艾滋病、结核病等重大传染病防控经费"],
      ["project", "基本公共卫生服务项目（2025-2027年）"],
      ["project", "公共卫生服务补助资金"],
      ["unit", "广州市第一人民医院（广州市消化疾病中心）"],
      ["project", "急救医疗指挥调度系统运维费"],
      ["project", "职业病防治经费"],
    ]);
  });
});

describe("a row's name glued after its one-line goal on a page drawn in two passes", () => {
  /** A two-pass page, then a last page: its header's first line, then `lines`. */
  const withLastPage = (first: string, lines: string[]) =>
    [
      ...first.trimEnd().split("\n"),
      "总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      ...lines,
      "第 2 页，共 2 页",
      "",
    ].join("\n");

  it("is parted after the goal's closing 。 when the next lines end the name", () => {
    const goal = ["做好馆藏文物、图书文献的征集、保护和研究工作，提升公共文化设", "施服务效能。"];
    const text = withLastPage(
      twoPassPage(
        [
          "合计 40.00 40.00",
          "广州市文化广电旅游局 40.00 40.00",
          "图书采购经费 10.00 10.00",
          "安全保卫经费 10.00 10.00",
        ],
        [...goal, ...INDICATORS, ...goal, ...INDICATORS],
      ),
      [
        "项目名称（资金使用单位）",
        "20.00 20.00 推进文化和旅游深度融合，提升广州城市文化品牌影响力。广州艺术博物院“广",
        "州文化周末”系列活",
        "动经费",
        ...INDICATORS,
      ],
    );
    expect(names(text).at(-1)).toEqual([
      "project",
      "广州艺术博物院“广州文化周末”系列活动经费",
      "推进文化和旅游深度融合，提升广州城市文化品牌影响力。",
    ]);
  });

  it("is parted after the goal's closing 。 when it reads whole and its remark in brackets follows", () => {
    // pdf.js joined the header's last line, the row's amounts, its goal and its name's first line;
    // the name is whole already (…项目), the next line its remark.
    const text = withLastPage(
      twoPassPage(
        [
          "合计 30.00 30.00",
          "广州市教育局 30.00 30.00",
          "教育督导评估专项经费 10.00 10.00",
          "教育教学设备购置费 10.00 10.00",
        ],
        ["做好教育科研工作。", ...INDICATORS, "做好教育科研工作。", ...INDICATORS],
      ),
      [
        "项目名称（资金使用",
        "单位） 10.00 10.00 组织完成年度招生考试工作，确保考试安全平稳有序。国际交流与合作项目",
        "（2025-2026学年）",
        ...INDICATORS,
      ],
    );
    expect(names(text).at(-1)).toEqual([
      "project",
      "国际交流与合作项目（2025-2026学年）",
      "组织完成年度招生考试工作，确保考试安全平稳有序。",
    ]);
  });
});
