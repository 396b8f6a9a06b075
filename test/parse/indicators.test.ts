import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  indicatorStarts,
  readCommonFields,
  readFields,
  splitIndicators,
} from "../../src/parse/indicators.js";
import { tidy } from "../../src/parse/text.js";
import { parseText } from "../../src/parse/index.js";
import { SAMPLE_TABLE } from "../../src/sample/sampleTable.js";

/** An indicator's text as buildIndicator hands it on: tidied, its closing 。 dropped. */
const prepared = (body: string): string => tidy(body).replace(/[。.\s]+$/u, "");

const piece = fc.constantFrom(
  "1-产出指标",
  "11-数量指标",
  "4-成本指标",
  "41-经济成本指标",
  "1－产出指标",
  "１-产出指标",
  "1- 产出指标",
  "111-数量指标",
  "1-",
  "11-数量指标Ａ",
  "产出指标",
  "数量指标",
  "41经济成本指标",
  "年度投入",
  "年度值",
  "年度",
  "实施周期",
  "周期指标值",
  "本年度指标值",
  "服务对象满意度",
  " 名称 ",
  "实施周期指标值:",
  "实施周期指标值：",
  "实施周期指标值: ",
  "实施周期指标值:≥90%",
  "实施周期指标值：按标准列支",
  "年度指标值:",
  "年度指标值:100%",
  "年度指标值：不超过35万元",
  "年度目标值:1家",
  "实施周期值:5",
  "100%",
  "",
  " ",
);
const separator = fc.constantFrom("；", ";", "；；", " ；", "； ");
const anyOrder = fc
  .tuple(fc.array(fc.tuple(piece, separator), { maxLength: 7 }), piece)
  .map(([parts, last]) => parts.map(([p, s]) => p + s).join("") + last);
/** Five fields in their usual order, each written well or in one of the ways it goes wrong. */
const slot = (usual: string, ...variants: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.constant(usual), weight: 4 },
    { arbitrary: fc.constantFrom(...variants), weight: 3 },
    { arbitrary: piece, weight: 1 },
  );
const usualSeparator = fc.constantFrom("；", "；", "；", ";", " ；");
const usualOrder = fc
  .tuple(
    slot("1-产出指标", "3-满意度指标", "1- 产出指标", "１-产出指标", "1-产出指标 ", "11-数量指标"),
    usualSeparator,
    slot("11-数量指标", "31-服务对象满意度指标", "1-数量指标", "11-", "11-数量 指标", "11-ａ"),
    usualSeparator,
    slot("服务面积", "年度投入", " 名称 ", "年度值", "实施周期", "本年度指标值", "周期", "1-数量"),
    usualSeparator,
    slot(
      "实施周期指标值:846.13平方米",
      "实施周期指标值：≥90%",
      "实施周期指标值: 5",
      "实施周期值:5",
    ),
    usualSeparator,
    slot("年度指标值:846.13平方米", "年度指标值：≥90%", "年度指标值: 5", "年度目标值:1家"),
    fc.constantFrom("", "。", " 。", "；备注", "；年度指标值:6"),
  )
  .map((parts) => parts.join(""));
const body = fc.oneof(anyOrder, usualOrder);

describe("reading an indicator's fields", () => {
  it("reads the common writing by position exactly as the general reader reads it", () => {
    fc.assert(
      fc.property(body, (raw) => {
        const text = prepared(raw);
        const fast = readCommonFields(text);
        if (fast !== null) expect(fast).toEqual(readFields(text));
      }),
      { numRuns: 20000 },
    );
  });

  it("takes the common writing by position, and leaves every other to the general reader", () => {
    const common = "1-产出指标；11-数量指标；年度投入；实施周期指标值:≥90%；年度指标值：100万元";
    expect(readCommonFields(common)).toEqual({
      level1: { code: "1", name: "产出指标" },
      level2: { code: "11", name: "数量指标" },
      name: "年度投入",
      period: "≥90%",
      annual: "100万元",
    });
    for (const other of [
      "1-产出指标；11-数量指标；实施周期指标值:≥90%；年度指标值：100万元",
      "1-产出指标；11-数量指标；年度值:5；实施周期指标值:≥90%；年度指标值：100万元",
      "1－产出指标；11-数量指标；名称；实施周期指标值:≥90%；年度指标值：100万元",
      "1-产出指标；11-数量指标；名称；实施周期指标值: ≥90%；年度指标值：100万元",
      "1-产出指标；11-数量指标；名称；实施周期指标值:≥90%；年度指标值：100万元；备注",
    ]) {
      expect(readCommonFields(other)).toBeNull();
    }
  });

  it("gives the sample table's indicators the same fields either way", () => {
    const { tables } = parseText(SAMPLE_TABLE);
    let common = 0;
    let all = 0;
    for (const row of tables.flatMap((t) => t.rows)) {
      if (!row.indicatorText) continue;
      for (const ind of splitIndicators(row.indicatorText, row.id, row.line).indicators) {
        const text = prepared(ind.raw.replace(/^\s*\d{1,3}\s*[、．.]/, ""));
        const fast = readCommonFields(text);
        all++;
        if (fast === null) continue;
        common++;
        expect(fast).toEqual(readFields(text));
      }
    }
    // Most are written the common way; the indicator without a name and the values holding a
    // 。 before the separator are not.
    expect(common).toBeGreaterThan(all * 0.8);
  });
});

describe("finding where indicators start", () => {
  /** What the scan must find: the pattern it stands for, run over the whole cell. */
  const START = /(?:^|(?<=[。；;\s]))\s*(\d{1,3})\s*(?:[、．]|\.(?=\s*\d\s*[-－—–]))/g;
  const bit = fc.constantFrom(
    "1",
    "12",
    "123",
    "4",
    "、",
    "．",
    ".",
    " ",
    "  ",
    "\n",
    "\u3000",
    "。",
    "；",
    ";",
    "-",
    "－",
    "—",
    "产出",
    "a",
    "1-产出指标",
    "年度指标值:2.5万元",
  );

  it("finds what the pattern finds, at the same places", () => {
    fc.assert(
      fc.property(fc.array(bit, { maxLength: 14 }), (bits) => {
        const cell = bits.join("");
        const expected = [...cell.matchAll(START)].map((m) => ({
          index: m.index,
          numberAt: m.index + m[0].search(/\d/),
          bodyStart: m.index + m[0].length,
          seq: Number(m[1]),
        }));
        expect(indicatorStarts(cell)).toEqual(expected);
      }),
      { numRuns: 20000 },
    );
  });
});
