import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import { EngineError } from "../../src/model/errors.js";
import type { ReconResult } from "../../src/model/types.js";
import { decodeText } from "../../src/parse/decode.js";
import { isPageFurniture } from "../../src/parse/preamble.js";
import { toHalfWidth } from "../../src/parse/text.js";
import { SAMPLE_TABLE } from "../../src/sample/sampleTable.js";
import { unaccountedLines } from "../support/lines.js";
import { edit, mutate, type Edit } from "../support/mutations.js";

/**
 * Hostile and broken input: whatever is on the clipboard, the parser finishes, places or reports
 * every line, and claims no amount the text does not hold. About 10,000 cases in all.
 */

const fixture = (path: string) =>
  readFileSync(new URL(`../fixtures/pdf/${path}`, import.meta.url), "utf8");
/** Small real tables in each form, so a case parses in a millisecond or two. */
const BASES = [
  SAMPLE_TABLE.split("\n").slice(0, 16).join("\n"),
  SAMPLE_TABLE.split("\n").slice(24).join("\n"),
  fixture("seed/chromium.raw.txt").split("\n").slice(0, 70).join("\n"),
  fixture("seed/calc.raw.txt").split("\n").slice(0, 60).join("\n"),
  fixture("seed/chromium.layout.txt").split("\n").slice(0, 45).join("\n"),
  fixture("transport/spaces.txt").split("\n").slice(0, 20).join("\n"),
];

/**
 * Every amount and every Arabic target number in the result is written in the input: its digits
 * stand there as printed. Amounts glued together (`528.2059.50`) are two written numbers, and a
 * wrapped line may split a number, so commas and line breaks are not part of what is compared;
 * nor is what a page break sets between a number's two pieces (page numbers, the repeated
 * header's lines), which a cut amount's end is taken back across.
 */
function expectNothingInvented(text: string, result: ReconResult): void {
  const pageFree = text
    .split(/\r\n|\r|\n/)
    // A lone number may be a page's or the end of a cut amount: it stays.
    .filter((l) => !(isPageFurniture(l.trim()) && /\D/.test(l.trim())) && !HEADER_LINE.test(l))
    .join("\n");
  const digits = toHalfWidth(pageFree).replace(/[,\s]/g, "");
  const written = (v: number): boolean =>
    [String(Math.abs(v)), Math.abs(v).toFixed(2)].some((s) => digits.includes(s));
  const hasChineseNumerals = /[零一二两三四五六七八九十百千]/.test(text);
  for (const t of result.tables) {
    for (const r of t.rows) {
      for (const v of Object.values(r.amounts)) if (v !== null) expect(written(v)).toBe(true);
    }
    for (const ind of t.indicators) {
      for (const target of [ind.period, ind.annual]) {
        if (target?.value == null || hasChineseNumerals) continue;
        expect(written(target.value)).toBe(true);
      }
    }
  }
}

/** A line of the repeated header's words alone. */
const HEADER_LINE = /^[\s项目名称（）()资金使用单位总计财政拨款专户其他绩效目标指标]+$/u;

function check(text: string): void {
  const result = reconcile(text);
  expect(unaccountedLines(text, result)).toEqual([]);
  expectNothingInvented(text, result);
}

/**
 * Cases the property below found: the base table, the edits, and what went wrong before.
 */
const FOUND: [base: number, edits: Edit[]][] = [
  // A unit's last amount split by a page break (`386.7` / 第 3 页 / `7`): its end is taken back
  // across the page number, and that is no invention.
  [
    5,
    [
      { kind: "insert", at: 0, text: "" },
      { kind: "furniture", at: 0, which: 0 },
      { kind: "furniture", at: 1118654979, which: 0 },
      { kind: "split", at: 820453045, pos: 1180615708 },
      { kind: "split", at: 0, pos: 0 },
      { kind: "furniture", at: 335641664, which: 0 },
    ],
  ],
  // A page left with nothing the parser can read, whose last amount stood on a line of its own:
  // the line it was joined into is reported, and covers it.
  [
    3,
    [
      { kind: "split", at: 1400782379, pos: 697037055 },
      { kind: "cut", at: 0 },
      { kind: "split", at: 1165641118, pos: 714692593 },
    ],
  ],
  // Two sources cut down to `19 1` and a later row's `14.00` split to open the next line
  // (`4.00 14.00`): joined, they made 194.00 and 114.00 under a total of 199.51.
  [
    3,
    [
      { kind: "split", at: 459810610, pos: 1009694779 },
      { kind: "insert", at: 44395385, text: "\u0000" },
      { kind: "split", at: 11813553, pos: 935661163 },
      { kind: "furniture", at: 584400, which: 0 },
      { kind: "insert", at: 23772300, text: "\u{10000}\u{10000}\u{10000}" },
      { kind: "delete", pos: 1002832, len: 2 },
      { kind: "delete", pos: 263740, len: 15 },
      { kind: "delete", pos: 65449543, len: 13 },
    ],
  ],
  // A short amount cut at a page's end (`5.0` / `0` / `第 3 页`): the page number's `3` is no
  // end of it.
  [
    2,
    [
      { kind: "split", at: 337785348, pos: 827395840 },
      { kind: "furniture", at: 0, which: 0 },
      { kind: "insert", at: 0, text: "" },
      { kind: "furniture", at: 1836684890, which: 0 },
    ],
  ],
  [
    2,
    [
      { kind: "furniture", at: 63962665, which: 0 },
      { kind: "furniture", at: 422846915, which: 2 },
      { kind: "delete", pos: 0, len: 4 },
      { kind: "split", at: 569241103, pos: 414411905 },
    ],
  ],
  // The same with the page number's words swapped (`97.0` / `0` / `3 第 页`).
  [
    3,
    [
      { kind: "furniture", at: 226431549, which: 0 },
      { kind: "swap", at: 887015588, a: 1, b: 0 },
      { kind: "cut", at: 6972859 },
      { kind: "split", at: 34678148, pos: 227240373 },
    ],
  ],
  // The header's line glued to the total's, its last amount cut (`…财政专户拨合计 642.39 6` /
  // `42.39`): the end joined into the header's line is the header's.
  [
    3,
    [
      { kind: "insert", at: 19176245, text: "" },
      { kind: "split", at: 240869302, pos: 0 },
      { kind: "split", at: 416838591, pos: 0 },
      { kind: "insert", at: 517650782, text: "\u{10000}".repeat(10) },
      { kind: "split", at: 214810500, pos: 314052078 },
      { kind: "split", at: 0, pos: 0 },
      { kind: "cut", at: 734452476 },
      { kind: "insert", at: 29517, text: "\u{10000}".repeat(5) },
      { kind: "delete", pos: 449641744, len: 17 },
    ],
  ],
];

describe("parsing whatever is pasted", () => {
  it("mutated real tables, in every form: cut, split, swapped, doubled, deleted, furnished", () => {
    fc.assert(
      fc.property(fc.nat(BASES.length - 1), fc.array(edit, { maxLength: 10 }), (b, edits) => {
        check(mutate(BASES[b]!, edits));
      }),
      { numRuns: 6000 },
    );
  });

  it.each(FOUND)("case %# found before stays fixed", (base, edits) => {
    check(mutate(BASES[base]!, edits));
  });

  it("random text and random bytes decoded as UTF-8 (or refused as binary)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400, unit: "binary" }),
          fc.uint8Array({ maxLength: 400 }).map((bytes) => {
            try {
              return decodeText(bytes);
            } catch (e) {
              expect(e).toBeInstanceOf(EngineError);
              return "";
            }
          }),
        ),
        check,
      ),
      { numRuns: 4000 },
    );
  });

  it("a table repeated 1,000 times parses into 1,000 tables with their findings", () => {
    const text = Array.from({ length: 1000 }, () => SAMPLE_TABLE).join("\n");
    const result = reconcile(text);
    expect(result.tables).toHaveLength(1000);
    expect(result.findings.filter((f) => f.severity === "error")).toHaveLength(3000);
    expect(unaccountedLines(text, result)).toEqual([]);
  });
});
