import { describe, expect, it } from "vitest";
import { langFromLocale, STRINGS } from "../../src/taskpane/i18n.js";

describe("langFromLocale", () => {
  it.each([
    ["en-US", "en"],
    ["en-GB", "en"],
    ["EN", "en"],
    ["zh-CN", "zh"],
    ["zh-TW", "zh"],
    ["fr-FR", "zh"],
    ["english", "zh"],
    ["", "zh"],
    [null, "zh"],
    [undefined, "zh"],
  ])("%s → %s", (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });
});

describe("STRINGS", () => {
  it("has every key in both languages, and they differ", () => {
    const zh = STRINGS.zh;
    const en = STRINGS.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      const a = zh[key];
      const b = en[key];
      expect(typeof a, key).toBe(typeof b);
      if (typeof a === "string") {
        expect(a, key).not.toBe("");
        expect(b, key).not.toBe(a);
      }
    }
  });

  it("has no Chinese prose in the English strings beyond the table's own terms", () => {
    const terms = /项目支出绩效目标表|总计|财政拨款|财政专户拨款|其他资金|中文|切换到中文/g;
    for (const [key, value] of Object.entries(STRINGS.en)) {
      if (typeof value !== "string") continue;
      expect(value.replace(terms, ""), key).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("words line numbers", () => {
    expect(STRINGS.zh.line(7, null)).toBe("第 7 行");
    expect(STRINGS.zh.line(7, 9)).toBe("第 7–9 行");
    expect(STRINGS.en.line(7, 7)).toBe("line 7");
    expect(STRINGS.en.line(null, null)).toBe("—");
  });
});
