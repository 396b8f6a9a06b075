import { describe, expect, it } from "vitest";
import {
  indicatorsComplete,
  INDICATOR_TEXT,
  INDICATORS_START,
  readAmountLine,
} from "../../../src/parse/forms/rowParts.js";

describe("the amounts that close a row's name", () => {
  it("are told apart by their two decimals when glued together, with or without separators", () => {
    expect(readAmountLine("合计 88,546,226.0050,262,194.00")?.numbers).toEqual([
      "88,546,226.00",
      "50,262,194.00",
    ]);
    expect(readAmountLine("合计 76590082.0055561214.0014927003.006101865.00")?.numbers).toEqual([
      "76590082.00",
      "55561214.00",
      "14927003.00",
      "6101865.00",
    ]);
  });

  it("may touch the next cell's text when there are several of them", () => {
    expect(
      readAmountLine("教育科研课题研究经费 2,207,400.00 905,034.00 1,302,366.00加强教师"),
    ).toEqual({
      name: "教育科研课题研究经费",
      numbers: ["2,207,400.00", "905,034.00", "1,302,366.00"],
      rest: "加强教师",
    });
  });

  it("in a name cell, may touch the name's last ideograph where the run makes its total", () => {
    expect(
      readAmountLine("2026-2027年信息化运维项目8,600.00 4,128.00 2,408.00 2,064.00", true),
    ).toEqual({
      name: "2026-2027年信息化运维项目",
      numbers: ["8,600.00", "4,128.00", "2,408.00", "2,064.00"],
      rest: "",
    });
    // Or a year range's hyphen, where the wrap cut the range (`…（2025-` / `2026学年）`).
    expect(readAmountLine("国际交流与合作项目（2025-42,900.00 42,900.00", true)).toEqual({
      name: "国际交流与合作项目（2025-",
      numbers: ["42,900.00", "42,900.00"],
      rest: "",
    });
    // Not where the run does not add up, nor outside a name cell.
    expect(readAmountLine("某项目8,600.00 4,128.00", true)?.numbers).toEqual(["4,128.00"]);
    expect(readAmountLine("某项目（2025-42,900.00 12,900.00", true)?.numbers).toEqual([
      "12,900.00",
    ]);
    expect(readAmountLine("某项目8,600.00 4,128.00 4,472.00")?.name).toBe("某项目8,600.00");
  });

  it("may touch the next cell's text that begins with digits, their two decimals ending them", () => {
    expect(readAmountLine("单位） 118300.00 118300.0024小时自助图书馆运")).toEqual({
      name: "单位）",
      numbers: ["118300.00", "118300.00"],
      rest: "24小时自助图书馆运",
    });
    expect(readAmountLine("单位） 233.37 233.375G+智慧医疗示范应")?.rest).toBe("5G+智慧医疗示范应");
    // A hotline's five digits (12345热线…).
    expect(readAmountLine("68.56 50.73 17.8312345热线卫生健康")).toEqual({
      name: "",
      numbers: ["68.56", "50.73", "17.83"],
      rest: "12345热线卫生健康",
    });
    // A name that begins with a year range (2026-2027年…), right after the amounts.
    expect(readAmountLine("4.22 4.222026-2027年信息化运维项目")).toEqual({
      name: "",
      numbers: ["4.22", "4.22"],
      rest: "2026-2027年信息化运维项目",
    });
    // Alone, such a number is a value with its unit: 0.5024小时 is no amount.
    expect(readAmountLine("响应时间 0.5024小时")).toBeNull();
  });

  it("are not a value inside an indicator's sentence", () => {
    expect(readAmountLine("服务面积；实施周期指标值:846.13平方米")).toBeNull();
    // Its label cut by the wrap (`…实施周期指` / `标值:…`), its unit too (`万` / `元；…`).
    expect(readAmountLine("标值:该项目整体支出金额不超过 390.98 万")).toBeNull();
    // Set apart from its unit, as some PDF producers space digits from ideographs.
    expect(readAmountLine("等于 114.05 万元；年度指标值:小于等于 114.05 万元。")).toBeNull();
    expect(readAmountLine("比例 95.00 %；年度指标值")).toBeNull();
    // A value wrapped to the start of a line, its unit closed by the value's separator.
    expect(readAmountLine("5735.16 平方米；年度指标值：5735.16 平方米。4、1-产出指标")).toBeNull();
    // A goal's first clause is no unit: it goes on to a comma.
    expect(readAmountLine("某项目 12.00 12.00 保障运行；提升服务，")?.numbers).toEqual([
      "12.00",
      "12.00",
    ]);
    // A goal after the amounts may begin with a counting word or 元旦, though.
    expect(readAmountLine("节日慰问经费 12.00 元旦春节期间走访慰问")?.numbers).toEqual(["12.00"]);
    expect(readAmountLine("某项目 166.00 166.00 家庭医生签约服务")?.rest).toBe("家庭医生签约服务");
    expect(readAmountLine("2025.07-2027.06；年度指标值：2026.01-2026.12。5、2-效益")).toBeNull();
  });
});

describe("where a row's indicators begin", () => {
  it.each([
    ["1、1-产出指标；11-数量指标；培训人次；", true],
    ["1.1-产出指标;11-数量指标;培训人次;", true],
    ["1.培训人次;实施周期指标值:1次;", true],
    ["1．培训人次；", true],
    // A value's number wrapped onto a line of its own (…不超过 / 1.16万元;…) begins none.
    ["1.16万元;年度指标值:不超过1.16万元。", false],
    ["1.5万人次；年度指标值:1.5万人次。", false],
  ])("%s → %s", (line, starts) => {
    expect(INDICATORS_START.test(line)).toBe(starts);
  });
});

describe("a row's indicators read as complete", () => {
  const lines = [
    "9、2-效益指标；22-社会效益；保障工作正常运转；实施周期指标值:",
    "各方面按合同要求保障到位。",
    "标值:各方面按合同要求保障到位。",
    "；年度指",
    "10、2-效益指标；22-社会效益；居民健康素养水平；实施周期指标",
    "值:≥34%；年度指标值:≥34%。",
  ];

  it("go on to the next number, though a label's piece set off its baseline ends the line above it", () => {
    // `；年度指` belongs after `…保障到位。`; joined as the lines stand, it runs into `10、`.
    expect(indicatorsComplete(lines, "11、3-满意度指标；31-服务对象满意度")).toBe(false);
  });

  it("end where the next line starts another row's first indicator", () => {
    expect(indicatorsComplete(lines, "1、1-产出指标；11-数量指标；服务面积")).toBe(true);
  });
});

describe("text only an indicator cell holds", () => {
  it("includes a second level's code and name (41-经济成本指标, 23-生态效益), not a goal's numbers", () => {
    expect(INDICATOR_TEXT.test("指标;41-经济成本指标;年度投入;实施周期指标")).toBe(true);
    expect(INDICATOR_TEXT.test("23-生态效益；新能源公交车占比")).toBe(true);
    expect(INDICATOR_TEXT.test("实施“2026-2027年信息化运维项目”，进一步完善")).toBe(false);
  });
});
