import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import { readAmountLine } from "../../src/parse/forms/rowParts.js";
import { parseText } from "../../src/parse/index.js";
import { compareParses } from "../support/accuracy.js";
import { unaccountedLines } from "../support/lines.js";

/**
 * The corpus in test/fixtures/pdf: each table rendered to PDF by Chromium and by LibreOffice and
 * copied out the ways users copy it. Every copy must give back the table of its tab form.
 */
const root = new URL("../fixtures/pdf/", import.meta.url);
const tables = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const read = (table: string, file: string) =>
  readFileSync(new URL(`${table}/${file}`, root), "utf8");

/** Copy paths rebuilt exactly, and the form each one is recognised as. */
const EXACT: Record<string, string> = {
  "chromium.raw": "stream",
  "chromium.pdfjs": "stream",
  "calc.raw": "stream",
  "calc.pdfjs": "stream",
  spaces: "stream",
  "chromium.layout": "layout",
  "calc.layout": "layout",
};

const findingKey = (r: ReturnType<typeof reconcile>) =>
  r.findings.map((f) => [
    f.rule,
    f.code,
    f.rowId,
    f.column,
    f.indicatorSeq,
    f.stated,
    f.expected,
    f.delta,
  ]);

describe.each(tables)("the %s table", (table) => {
  const truthText = read(table, "table.txt");
  const truth = parseText(truthText);

  it("reads its tab form as tabs, with no line left over", () => {
    expect(truth.form).toBe("tab");
    expect(truth.diagnostics).toEqual([]);
  });

  it.each(Object.keys(EXACT))("copied as %s gives back every row, amount and indicator", (path) => {
    const text = read(table, `${path}.txt`);
    const got = parseText(text);
    expect(got.form).toBe(EXACT[path]);
    const acc = compareParses(truth, got);
    expect(acc.rows.misses).toEqual([]);
    expect(acc.amounts.misses).toEqual([]);
    expect(acc.indicators.misses).toEqual([]);
    expect(got.tables.map((t) => [t.title, t.department, t.unit])).toEqual(
      truth.tables.map((t) => [t.title, t.department, t.unit]),
    );
    expect(unaccountedLines(text, got)).toEqual([]);
  });

  it.each(Object.keys(EXACT))("copied as %s gives the findings of the tab form", (path) => {
    expect(findingKey(reconcile(read(table, `${path}.txt`)))).toEqual(
      findingKey(reconcile(truthText)),
    );
  });
});

describe("the column-by-column copies (pdftotext without options)", () => {
  it.each(tables)(
    "%s: refused with a reason the user can act on, and no number invented",
    (table) => {
      for (const renderer of ["chromium", "calc"]) {
        const r = reconcile(read(table, `${renderer}.pdftotext.txt`));
        expect(r.form).toBe("columns");
        expect(r.tables).toEqual([]);
        expect(r.diagnostics.map((d) => d.code)).toEqual(["columns-form"]);
        expect(r.diagnostics[0]!.reason).toMatch(/pdftotext -layout/);
      }
    },
  );
});

describe("a viewer that puts every amount on a line of its own", () => {
  // Derived from the Chromium pdf.js copy: each row's name, each amount and the rest of the line
  // on lines of their own, as some text layers give them.
  const apart = (text: string) =>
    text
      .split("\n")
      .map((line) => {
        const a = readAmountLine(line);
        if (!a || /指标值/.test(line)) return line;
        return [a.name, ...a.numbers, a.rest].filter((x) => x !== "").join("\n");
      })
      .join("\n");

  it.each(tables)("%s: every row, amount and indicator as in the tab form", (table) => {
    const text = apart(read(table, "chromium.pdfjs.txt"));
    const got = parseText(text);
    expect(got.form).toBe("stream");
    const acc = compareParses(parseText(read(table, "table.txt")), got);
    expect([...acc.rows.misses, ...acc.amounts.misses, ...acc.indicators.misses]).toEqual([]);
    expect(unaccountedLines(text, got)).toEqual([]);
  });
});

describe("every copy, exact or not", () => {
  const files = tables.flatMap((t) =>
    readdirSync(new URL(`${t}/`, root))
      .filter((f) => f.endsWith(".txt"))
      .map((f) => [t, f] as const),
  );
  it.each(files)("%s/%s: every non-blank line is placed or reported", (table, file) => {
    const text = read(table, file);
    expect(unaccountedLines(text, parseText(text))).toEqual([]);
  });
});

describe("what the copy paths lose", () => {
  it("page numbers and repeated headers are reported, not read as rows", () => {
    const r = parseText(read("seed", "chromium.raw.txt"));
    const codes = new Set(r.diagnostics.map((d) => d.code));
    expect(codes).toEqual(new Set(["page-furniture", "repeated-header"]));
  });

  it("amounts whose columns the subtotals cannot decide are reported as ambiguous", () => {
    // Two projects of 10.00 under a unit that has 10.00 in two source columns: either could be
    // the 财政专户拨款 one.
    const text = [
      "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      "合计 20.00 10.00 10.00",
      "某单位 20.00 10.00 10.00",
      "甲项目 10.00 10.00 目标。 1、1-产出指标；11-数量指标；人数；实施周期指标值:1人；年度指标值:1人。",
      "乙项目 10.00 10.00 目标。 1、1-产出指标；11-数量指标；人数；实施周期指标值:1人；年度指标值:1人。",
    ].join("\n");
    const r = parseText(text);
    expect(r.form).toBe("stream");
    expect(r.diagnostics.filter((d) => d.code === "amounts-ambiguous").map((d) => d.text)).toEqual([
      "甲项目",
      "乙项目",
    ]);
    // Nothing invented: each project keeps its 10.00 total and one 10.00 source.
    for (const row of r.tables[0]!.rows.slice(2)) {
      const { total, ...sources } = row.amounts;
      expect(total).toBe(10);
      expect(Object.values(sources).filter((v) => v !== null)).toEqual([10]);
    }
  });

  it("a unit whose projects settle the columns needs no report", () => {
    const text = [
      "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      "合计 30.00 10.00 20.00",
      "某单位 30.00 10.00 20.00",
      "甲项目 10.00 10.00 目标。 1、1-产出指标；11-数量指标；人数；实施周期指标值:1人；年度指标值:1人。",
      "乙项目 20.00 20.00 目标。 1、1-产出指标；11-数量指标；人数；实施周期指标值:1人；年度指标值:1人。",
    ].join("\n");
    const r = parseText(text);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: "unit-missing" })]);
    expect(r.tables[0]!.rows.map((x) => [x.amounts.fiscal, x.amounts.specialAccount])).toEqual([
      [10, 20],
      [10, 20],
      [10, null],
      [null, 20],
    ]);
  });

  it("a project name with a year range is not taken for amounts", () => {
    const r = parseText(read("seed", "chromium.raw.txt"));
    const names = r.tables[0]!.rows.map((x) => x.name);
    expect(names).toContain("广州市工商业联合会2025-2026年信息化运维项目");
    expect(names).toContain("广州市工商业联合会2026-2027年信息化运维项目");
  });

  it("radicals from the PDF text layer are repaired (⼴ → 广, ⼾ → 户, ⻔ → 门)", () => {
    const text = read("seed", "chromium.pdfjs.txt");
    expect(text).toMatch(/⼴/);
    const r = parseText(text);
    expect(r.tables[0]!.department).toBe("广州市工商业联合会");
  });
});
