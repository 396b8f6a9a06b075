import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { parseTarget } from "../../src/parse/target.js";
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from "../../src/parse/numerals.js";
import {
  UNITS,
  convertMoney,
  isPerUnitMoney,
  moneyFactor,
  normaliseUnit,
  readUnit,
} from "../../src/parse/units.js";
import { SAMPLE_TABLE } from "../../src/sample/sampleTable.js";
import type { TargetValue } from "../../src/model/types.js";

type Parts = Omit<TargetValue, "text">;

/** Shorthand for the expected parts: [label, op, value, unit, suffix]. */
const p = (
  label: string | null,
  op: TargetValue["op"],
  value: number | null,
  unit: string | null = null,
  suffix: string | null = null,
): Parts => ({ label, op, value, unit, suffix });
const QUALITATIVE = p(null, null, null);

const parts = (text: string): Parts | null => {
  const r = parseTarget(text);
  return r && { label: r.label, op: r.op, value: r.value, unit: r.unit, suffix: r.suffix };
};

describe("parseChineseNumeral", () => {
  it.each([
    ["零", 0],
    ["一", 1],
    ["二", 2],
    ["两", 2],
    ["九", 9],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["二十五", 25],
    ["一百", 100],
    ["百", 100],
    ["一百零五", 105],
    ["一百二十三", 123],
    ["一百五", 150],
    ["两千", 2000],
    ["两千三", 2300],
    ["一千零五十", 1050],
    ["三千二百零一", 3201],
  ])("%s → %d", (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it.each(["", "万", "亿", "一万", "一二", "十百", "百百", "五个"])("%s is not a numeral", (s) => {
    expect(parseChineseNumeral(s)).toBeNull();
  });
});

describe("units", () => {
  it("lists units longest first", () => {
    const lengths = UNITS.map((u) => u.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    for (const u of ["万元", "万", "元", "千元", "亿元", "亿", "%", "‰", "百分比", "元/人"]) {
      expect(UNITS).toContain(u);
    }
  });

  it.each([
    ["批次", "批次"],
    ["批", "批"],
    ["场次", "场次"],
    ["场", "场"],
    ["人次", "人次"],
    ["人", "人"],
    ["万平方米", "万平方米"],
    ["平方米", "平方米"],
    ["个月", "个月"],
    ["个", "个"],
    ["万元", "万元"],
    ["万", "万"],
    ["万元/人", "万元/人"],
    ["元/人次", "元/人次"],
    ["万/月", "万/月"],
    ["元/人·天", "元/人·天"],
    ["次/年", "次/年"],
    ["分钟", "分钟"],
    ["分", "分"],
    ["元/人以上", "元/人"],
    ["律所", null],
  ])("reads %s as %s", (s, unit) => {
    expect(readUnit(s)).toBe(unit);
  });

  it("normalises full-width spellings", () => {
    expect(normaliseUnit("％")).toBe("%");
    expect(normaliseUnit("元／人")).toBe("元/人");
  });

  it.each([
    ["元", 1],
    ["千元", 1e3],
    ["万元", 1e4],
    ["万", 1e4],
    ["亿元", 1e8],
    ["亿", 1e8],
    ["元/人", null],
    ["万/月", null],
    ["%", null],
    ["个", null],
    ["万人", null],
  ])("moneyFactor(%s) = %s", (unit, factor) => {
    expect(moneyFactor(unit)).toBe(factor);
  });

  it.each([
    ["元/人", true],
    ["元/次", true],
    ["万元/次", true],
    ["万/月", true],
    ["万元/年", true],
    ["元／人", true],
    ["元", false],
    ["万元", false],
    ["次/年", false],
    ["元/", false],
    ["%", false],
  ])("isPerUnitMoney(%s) = %s", (unit, expected) => {
    expect(isPerUnitMoney(unit)).toBe(expected);
  });

  it.each([
    [240000, "元", "万元", 24],
    [1234.5, "元", "万元", 0.12345],
    [0.3, "万元", "元", 3000],
    [0.1, "万元", "元", 1000],
    [500, "千元", "万元", 50],
    [3, "千元", "万元", 0.3],
    [1.5, "亿元", "万元", 15000],
    [2, "亿", "万元", 20000],
    [250, "万", "元", 2500000],
    [250, "万", "万元", 250],
    [53.75, "万元", "千元", 537.5],
    [642.39, "万元", "亿元", 0.064239],
    [7, "元", "元", 7],
  ] as const)("%s %s = %s %s", (value, from, to, expected) => {
    expect(convertMoney(value, from, to)).toBe(expected);
  });

  it.each(["元/人", "万/月", "%", "个", "人"])("does not convert %s", (unit) => {
    expect(convertMoney(1000, unit, "万元")).toBeNull();
  });

  it("rejects non-finite values and keeps no negative zero", () => {
    expect(convertMoney(Number.NaN, "元", "万元")).toBeNull();
    expect(convertMoney(Number.POSITIVE_INFINITY, "元", "万元")).toBeNull();
    expect(Object.is(convertMoney(-0, "元", "万元"), 0)).toBe(true);
  });

  it("rounds to 10 decimal places", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (cents) => {
        const yuan = cents / 100;
        expect(convertMoney(convertMoney(yuan, "元", "万元")!, "万元", "元")).toBe(yuan);
      }),
    );
  });
});

describe("parseTarget: examples", () => {
  it.each<[string, Parts]>([
    ["有效化解率大于等于90%", p("有效化解率", ">=", 90, "%")],
    ["该项目整体支出金额不超过35万元", p("该项目整体支出金额", "<=", 35, "万元")],
    ["年度报告1份", p("年度报告", null, 1, "份")],
    ["选取商会大于等于10家", p("选取商会", ">=", 10, "家")],
    ["保障服务年限1年", p("保障服务年限", null, 1, "年")],
    ["一家律所", p(null, null, 1, "家", "律所")],
    ["聘请律所两家", p("聘请律所", null, 2, "家")],
    ["十个", p(null, null, 10, "个")],
    ["按需更换购置一批", p("按需更换购置", null, 1, "批")],
    ["年度法律纠纷为零", p("年度法律纠纷", "=", 0)],
    ["法律纠纷为零", p("法律纠纷", "=", 0)],
    ["零", p(null, null, 0)],
    ["大于95%", p(null, ">", 95, "%")],
    ["大于90分", p(null, ">", 90, "分")],
    ["846.13平方米", p(null, null, 846.13, "平方米")],
    ["≤620万/月", p(null, "<=", 620, "万/月")],
    ["1000元/人", p(null, null, 1000, "元/人")],
    ["100%", p(null, null, 100, "%")],
    ["100%完成", p(null, null, 100, "%", "完成")],
    ["250万", p(null, null, 250, "万")],
    ["1", p(null, null, 1)],
    ["90", p(null, null, 90)],
    ["1,234.5", p(null, null, 1234.5)],
    ["1,234,567元", p(null, null, 1234567, "元")],
    ["-3", p(null, null, -3)],
    ["超支率≤0%", p("超支率", "<=", 0, "%")],
    ["4万元", p(null, null, 4, "万元")],
    ["不超过24万元", p(null, "<=", 24, "万元")],
    ["小于等于53.75万元", p(null, "<=", 53.75, "万元")],
    ["一百零五人", p(null, null, 105, "人")],
    ["不少于两家", p(null, ">=", 2, "家")],
    ["五千元", p(null, null, 5000, "元")],
    ["三万元", p(null, null, 3, "万元")],
    ["两个月", p(null, null, 2, "个月")],
    ["完成率：100%", p("完成率", null, 100, "%")],
    ["90 %", p(null, null, 90, "%")],
    ["大于等于 10 场次", p(null, ">=", 10, "场次")],
    ["节约10万元", p("节约", null, 10, "万元")],
    ["5天内", p(null, null, 5, "天", "内")],
    ["百分之百", p(null, null, 100, "%")],
    ["满意度百分之九十以上", p("满意度", ">=", 90, "%")],
    ["达到百分之95", p(null, ">=", 95, "%")],
    ["投诉为零次", p("投诉", "=", 0, "次")],
    ["两百人", p(null, null, 200, "人")],
    ["1次/年", p(null, null, 1, "次/年")],
    ["每年1次", p("每年", null, 1, "次")],
    ["2.5年", p(null, null, 2.5, "年")],
  ])("%s", (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it.each([
    "按标准列支",
    "按标准购买",
    "明显提高",
    "有效",
    "优良",
    "良",
    "促进一批民营企业高质量发展",
    "按计划时间完成",
    "2023.07-2024.01",
    "2024年12月底前",
    "12月底前",
    "十二月底前",
    "6月末",
    "3月中旬",
    "2023年7月",
    "2025年",
    "2024.12",
    "零投诉",
    "一 家",
    "1-3个",
    "项目信息不宜公开",
    "统一管理",
    "一体化建设",
    "ISO9001",
    "5G网络",
    "全年完成培训12场次以上确保质量",
    "百分比",
    "不超预算",
  ])("%s is qualitative", (text) => {
    expect(parts(text)).toEqual(QUALITATIVE);
  });

  it.each(["", " ", "\n\t ", "　", "。", " ； "])("%j is empty", (text) => {
    expect(parseTarget(text)).toBeNull();
  });
});

describe("parseTarget: operators", () => {
  it.each<[string, TargetValue["op"]]>([
    ["大于等于", ">="],
    ["≥", ">="],
    ["≧", ">="],
    [">=", ">="],
    ["＞=", ">="],
    ["＞＝", ">="],
    ["不低于", ">="],
    ["不少于", ">="],
    ["至少", ">="],
    ["达到", ">="],
    ["大于", ">"],
    ["＞", ">"],
    [">", ">"],
    ["超过", ">"],
    ["高于", ">"],
    ["多于", ">"],
    ["小于等于", "<="],
    ["≤", "<="],
    ["≦", "<="],
    ["<=", "<="],
    ["＜=", "<="],
    ["不超过", "<="],
    ["不超", "<="],
    ["不高于", "<="],
    ["不多于", "<="],
    ["不大于", "<="],
    ["小于", "<"],
    ["<", "<"],
    ["＜", "<"],
    ["低于", "<"],
    ["少于", "<"],
    ["等于", "="],
    ["=", "="],
    ["＝", "="],
    ["为", "="],
    ["约", "~"],
    ["大约", "~"],
  ])("prefix %s → %s", (word, op) => {
    expect(parts(`${word}12人`)).toEqual(p(null, op, 12, "人"));
    expect(parts(`人数${word} 12人`)).toEqual(p("人数", op, 12, "人"));
  });

  it.each<[string, TargetValue["op"]]>([
    ["以上", ">="],
    ["及以上", ">="],
    ["以内", "<="],
    ["以下", "<="],
    ["及以下", "<="],
    ["左右", "~"],
  ])("suffix %s → %s", (word, op) => {
    expect(parts(`90%${word}`)).toEqual(p(null, op, 90, "%"));
    expect(parts(`满意度90%${word}`)).toEqual(p("满意度", op, 90, "%"));
    expect(parts(`3${word}`)).toEqual(p(null, op, 3, null));
  });

  it("lets the prefix win over the suffix", () => {
    expect(parts("大于90%以上")).toEqual(p(null, ">", 90, "%"));
    expect(parts("约10家以内")).toEqual(p(null, "~", 10, "家"));
  });

  it("keeps a suffix after the operator suffix", () => {
    expect(parts("10家以上企业")).toEqual(p(null, ">=", 10, "家", "企业"));
  });
});

describe("parseTarget: units, longest match", () => {
  it.each([
    ["1批次", "批次"],
    ["1批", "批"],
    ["2场次", "场次"],
    ["2场", "场"],
    ["700人次", "人次"],
    ["700人", "人"],
    ["1.2万平方米", "万平方米"],
    ["846.13平方米", "平方米"],
    ["6个月", "个月"],
    ["6个", "个"],
    ["35万元", "万元"],
    ["35万", "万"],
    ["2万元/人", "万元/人"],
    ["50元/次", "元/次"],
    ["8万元/年", "万元/年"],
    ["30分钟", "分钟"],
    ["2小时", "小时"],
    ["3‰", "‰"],
    ["95百分比", "百分比"],
    ["12公里", "公里"],
    ["3亿元", "亿元"],
    ["3亿", "亿"],
    ["5千元", "千元"],
    ["2课时", "课时"],
    ["1.5万人次", "万人次"],
  ])("%s → %s", (text, unit) => {
    expect(parseTarget(text)?.unit).toBe(unit);
  });
});

describe("parseTarget: normalisation", () => {
  it("reads full-width digits, decimal point, percent and operators", () => {
    expect(parts("１２．５")).toEqual(p(null, null, 12.5));
    expect(parts("≥９５％")).toEqual(p(null, ">=", 95, "%"));
    expect(parts("满意度＞＝９０％")).toEqual(p("满意度", ">=", 90, "%"));
    expect(parts("１０００元／人")).toEqual(p(null, null, 1000, "元/人"));
  });

  it("keeps the text as written, whitespace tidied and the closing stop dropped", () => {
    expect(parseTarget("  ≥９５％。 ")?.text).toBe("≥９５％");
    expect(parseTarget("有效化解率\n大于等于90%；")?.text).toBe("有效化解率大于等于90%");
    expect(parseTarget("按标准\r\n列支.")?.text).toBe("按标准列支");
    expect(parseTarget("大于等于\n90%")?.text).toBe("大于等于90%");
    expect(parseTarget("a  \t b")?.text).toBe("a b");
  });

  it("joins a CJK phrase broken across lines before parsing", () => {
    expect(parts("选取商会大于\n等于10家")).toEqual(p("选取商会", ">=", 10, "家"));
    expect(parts("一\n家律所")).toEqual(p(null, null, 1, "家", "律所"));
  });
});

/** Every 实施周期指标值 / 年度指标值 in the bundled sample (the seed table). */
function sampleTargets(): string[] {
  const values = new Set<string>();
  // A value runs to the next 年度指标值, or to the end of the cell or the indicator ("。2、").
  for (const m of SAMPLE_TABLE.matchAll(/指标值:(.*?)(?=[；;]年度指标值|。?(?:\d+、|\t|\n|$))/g)) {
    values.add(m[1]!);
  }
  return [...values];
}

describe("parseTarget: the seed table", () => {
  const expected: Record<string, Parts> = {
    大于等于1批次: p(null, ">=", 1, "批次"),
    大于等于1个: p(null, ">=", 1, "个"),
    按标准列支: QUALITATIVE,
    按需更换购置一批: p("按需更换购置", null, 1, "批"),
    办公设备使用正常: QUALITATIVE,
    按标准购买: QUALITATIVE,
    大于等于10场次: p(null, ">=", 10, "场次"),
    "1年": p(null, null, 1, "年"),
    年度报告1份: p("年度报告", null, 1, "份"),
    "12期": p(null, null, 12, "期"),
    大于等于3次: p(null, ">=", 3, "次"),
    大于等于2场次: p(null, ">=", 2, "场次"),
    促进一批民营企业高质量发展: QUALITATIVE,
    "非公有制企业积极参与活动，增强凝聚力": QUALITATIVE,
    项目信息不宜公开: QUALITATIVE,
    "100%": p(null, null, 100, "%"),
    党建赋能民企发展: QUALITATIVE,
    大于等于10个: p(null, ">=", 10, "个"),
    选取商会大于等于10家: p("选取商会", ">=", 10, "家"),
    明显提高: QUALITATIVE,
    一家律所: p(null, null, 1, "家", "律所"),
    年度法律纠纷为零: p("年度法律纠纷", "=", 0),
    "4万元": p(null, null, 4, "万元"),
    "大于95%": p(null, ">", 95, "%"),
    大于90分: p(null, ">", 90, "分"),
    不超过24万元: p(null, "<=", 24, "万元"),
    大于等于700人: p(null, ">=", 700, "人"),
    按计划时间完成: QUALITATIVE,
    "小于等于53.75万元": p(null, "<=", 53.75, "万元"),
    按时拨付专职党建工作指导员工资补贴: QUALITATIVE,
    建立新兴领域市级专职党建工作指导员队伍: QUALITATIVE,
    "9万元": p(null, null, 9, "万元"),
    该项目整体支出金额不超过35万元: p("该项目整体支出金额", "<=", 35, "万元"),
    "3人": p(null, null, 3, "人"),
    保障服务年限1年: p("保障服务年限", null, 1, "年"),
    "846.13平方米": p(null, null, 846.13, "平方米"),
    "保洁、养护管理等各方面按合同要求保障到位": QUALITATIVE,
    不超15万元: p(null, "<=", 15, "万元"),
    "1场次": p(null, null, 1, "场次"),
    "有效化解率大于等于90%": p("有效化解率", ">=", 90, "%"),
    "6人": p(null, null, 6, "人"),
    "导办、会务、稳控等各方面按合同要求保障到位": QUALITATIVE,
    不超45万元: p(null, "<=", 45, "万元"),
    聘请律所两家: p("聘请律所", null, 2, "家"),
    法律纠纷为零: p("法律纠纷", "=", 0),
  };

  // The same value is written with and without its closing 。; both must read the same.
  const key = (text: string): string => text.replace(/。$/, "");

  it("finds every target value of the sample", () => {
    const found = new Set(sampleTargets().map(key));
    expect([...found].sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(sampleTargets())("%s", (text) => {
    const r = parseTarget(text);
    expect(r).not.toBeNull();
    expect(r!.text).toBe(key(text));
    expect(parts(text)).toEqual(expected[key(text)]);
  });
});

/** Every number a result may legitimately carry: Arabic numbers and Chinese numerals in `s`. */
function numbersIn(s: string): Set<number> {
  const half = s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const found = new Set<number>();
  for (const form of [half, half.replace(/\s+/g, "")]) {
    for (const src of [form, form.replace(/,/g, "")]) {
      for (const m of src.matchAll(/\d+(?:\.\d+)?/g)) {
        found.add(Number(m[0]));
        found.add(-Number(m[0]));
      }
    }
    for (const m of form.matchAll(new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, "g"))) {
      for (let i = 0; i < m[0].length; i++) {
        for (let j = i + 1; j <= m[0].length; j++) {
          const n = parseChineseNumeral(m[0].slice(i, j));
          if (n !== null) found.add(n);
        }
      }
    }
  }
  return found;
}

// prettier-ignore
const FRAGMENTS = [
  "大于等于", "≥", "≤", ">=", "<", "＞", "＝", "不超过", "不超", "为", "约", "达到", "以上", "以内",
  "左右", "及以下", "1", "0", "9", "12", "846.13", "1,234", "-", ".", ",", "，", "１", "２", "．",
  "％", "%", "万元", "万", "元", "元/人", "/", "万/月", "批次", "批", "个月", "个", "人次", "平方米",
  "一", "两", "十", "百", "千", "零", "家", "律所", "年", "月", "底前", "中旬", "年度报告", "率",
  " ", "\n", "。", "；", "a", "G", "\u3000", "😀", "\ud800",
];

describe("parseTarget: properties", () => {
  const anyText = fc.oneof(
    fc.string({ unit: "binary" }),
    fc.string({ unit: "grapheme" }),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
    fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((xs) => xs.join("")),
  );

  it("never throws, and only returns numbers found in the input", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const r = parseTarget(s);
        if (r === null) {
          expect(s.replace(/[\s。.；;]/g, "")).toBe("");
          return;
        }
        expect(r.text).not.toBe("");
        if (r.value === null) {
          expect(r).toEqual({ text: r.text, ...QUALITATIVE });
        } else {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(numbersIn(s).has(r.value)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("is idempotent on its own text", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const r = parseTarget(s);
        if (r !== null) expect(parseTarget(r.text)).toEqual(r);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("a value read again", () => {
  it("reads the same, into one object that no reader can change", () => {
    const a = parseTarget("大于等于95%");
    const b = parseTarget("大于等于95%");
    expect(b).toEqual(a);
    expect(() => {
      (b as { value: number }).value = 96;
    }).toThrow(TypeError);
    expect(parseTarget("大于等于95%")?.value).toBe(95);
    expect(parseTarget("")).toBeNull();
    expect(parseTarget("")).toBeNull();
  });
});
