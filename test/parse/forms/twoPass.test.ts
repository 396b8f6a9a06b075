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

  it("a project's name that ends in 费 at a line's end leaves the goal's first line alone", () => {
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
        "中心急救医疗指挥调度系统运维费",
        "做好重大传染病、慢性病和地方病的预",
        "防控制工作。",
        ...INDICATORS,
      ],
    );
    expect(names(text).at(-1)).toEqual([
      "project",
      "广州市卫生健康技术鉴定和人才评价中心急救医疗指挥调度系统运维费",
      "做好重大传染病、慢性病和地方病的预防控制工作。",
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
