import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  closeAutospace,
  displayWidth,
  looksAutospaced,
  needsTidying,
  tidy,
} from "../../src/parse/text.js";

const cellText = fc
  .array(
    fc.constantFrom(
      "广州",
      "12.00",
      " ",
      "  ",
      "\t",
      "\n",
      "\r\n",
      "\u3000",
      "\u00a0",
      "-",
      "≥",
      "a",
      "。",
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

describe("tidy", () => {
  it("gives a cell already tidy back unchanged, and the same text as the full pass", () => {
    fc.assert(
      fc.property(cellText, (s) => {
        // A leading space forces the full pass; the result must not depend on which pass ran.
        expect(tidy(s)).toBe(tidy(` ${s}`));
        expect(tidy(tidy(s))).toBe(tidy(s));
      }),
      { numRuns: 2000 },
    );
  });

  it("only trims a text that needsTidying passes, and any part of it", () => {
    fc.assert(
      fc.property(cellText, fc.nat(), fc.nat(), (s, a, b) => {
        if (needsTidying(s)) return;
        const part = s.slice(Math.min(a, b) % (s.length + 1), Math.max(a, b) % (s.length + 1));
        expect(tidy(part)).toBe(part.trim());
      }),
      { numRuns: 3000 },
    );
  });

  it("joins wrapped CJK lines, keeps a space between Latin words and a hyphen's range whole", () => {
    expect(tidy(" 广州市\n卫生 ")).toBe("广州市卫生");
    expect(tidy("ISO\n9001")).toBe("ISO 9001");
    expect(tidy("2025-\n2026年")).toBe("2025-2026年");
    expect(tidy("a\u3000\tb")).toBe("a b");
  });

  it("joins a number the wrap cut in two", () => {
    expect(tidy("国省道路面大中修工程（G105、G3\n24线）")).toBe(
      "国省道路面大中修工程（G105、G324线）",
    );
    expect(tidy("广州市卫生健康委员会123\n45热线")).toBe("广州市卫生健康委员会12345热线");
    expect(tidy("（G105、G\n324线）")).toBe("（G105、G324线）");
  });

  it("joins lines wrapped at the curly quotes Chinese text sets round a name", () => {
    expect(tidy("通过实施“\n“羊城通”交通一卡通改造项目”，")).toBe(
      "通过实施““羊城通”交通一卡通改造项目”，",
    );
  });
});

describe("displayWidth", () => {
  it("counts ideographs, full-width forms and curly quotes as two columns", () => {
    expect(displayWidth("“广州”ab（1）")).toBe(2 + 4 + 2 + 2 + 2 + 1 + 2);
  });
});

describe("closeAutospace", () => {
  it("drops the space a PDF producer set between ideographs and digits or Latin letters", () => {
    expect(closeAutospace("大于等于 11 亿元")).toBe("大于等于11亿元");
    expect(closeAutospace("2026-2027 年信息化运维项目")).toBe("2026-2027年信息化运维项目");
    expect(closeAutospace("不超过 329.61 万元；ISO 9001 认证")).toBe(
      "不超过329.61万元；ISO 9001认证",
    );
    expect(closeAutospace("年度指标值:≥ 90%")).toBe("年度指标值:≥ 90%");
  });
});

describe("looksAutospaced", () => {
  it("tells a word processor's spaced digits from digits written against the words", () => {
    expect(looksAutospaced("实施周期指标值:大于等于 90%；年度指标值:3 台（套）")).toBe(true);
    expect(looksAutospaced("实施周期指标值:大于等于90%；年度指标值:3台（套）")).toBe(false);
    // One column gap beside a number does not make a table spaced.
    expect(looksAutospaced("保障公 1、1-产出指标；年度指标值:3台；12次；到2026年")).toBe(false);
  });
});
