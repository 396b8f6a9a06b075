import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import type { Row } from "../../src/model/types.js";
import { readAmountLine } from "../../src/parse/forms/rowParts.js";
import { parseText } from "../../src/parse/index.js";
import { unaccountedLines } from "../support/lines.js";
import { expectRebuilt } from "../support/rebuilt.js";

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
  "writer.raw": "stream",
  "writer.pdfjs": "stream",
  "writer.layout": "layout",
};

/**
 * Copies of word-processor PDFs not yet rebuilt exactly (the README gives their accuracy): they
 * still place or report every line, and every amount they give is written in the text. A copy
 * that becomes exact leaves this list.
 */
const NOT_YET_EXACT: Record<string, readonly string[]> = {};
const pending = (table: string, path: string) => NOT_YET_EXACT[path]?.includes(table) ?? false;

const ambiguousLines = (r: { diagnostics: readonly { code: string; line: number | null }[] }) =>
  r.diagnostics.filter((d) => d.code === "amounts-ambiguous").map((d) => d.line);

const findingKey = (r: Pick<ReturnType<typeof reconcile>, "findings">) =>
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

  const exact = Object.keys(EXACT).filter((path) => !pending(table, path));
  it.each(exact)("copied as %s gives back every row, amount and indicator", (path) => {
    const text = read(table, `${path}.txt`);
    const got = parseText(text);
    expect(got.form).toBe(EXACT[path]);
    expectRebuilt(truth, got, text);
  });

  const notYet = Object.keys(EXACT).filter((path) => pending(table, path));
  if (notYet.length > 0) {
    it.each(notYet)("copied as %s (not yet exact) places every line, invents no amount", (path) => {
      const text = read(table, `${path}.txt`);
      const got = parseText(text);
      expect(got.form).toBe(EXACT[path]);
      expect(unaccountedLines(text, got)).toEqual([]);
      const written = text.replace(/[\s,]/g, "");
      for (const row of got.tables.flatMap((t) => t.rows)) {
        for (const v of Object.values(row.amounts)) {
          // Its whole part at least: a narrow cell may have wrapped the amount's last digits.
          if (v !== null)
            expect(written.includes(String(Math.trunc(v))), `${row.name}: ${v}`).toBe(true);
        }
      }
      // Not exact must mean not exact: a copy rebuilt in full leaves the list.
      let exactNow = true;
      try {
        expectRebuilt(truth, got, text);
      } catch {
        exactNow = false;
      }
      expect(exactNow, "rebuilt exactly now: take it off NOT_YET_EXACT").toBe(false);
    });
  }

  it.each(exact)("copied as %s gives the findings of the tab form", (path) => {
    const text = read(table, `${path}.txt`);
    const got = reconcile(text);
    const want = reconcile(truthText);
    if (got.diagnostics.every((d) => d.code !== "amounts-ambiguous")) {
      expect(findingKey(got)).toEqual(findingKey(want));
      return;
    }
    // Findings may differ only on reported rows and the subtotals above them.
    const rows = got.tables.flatMap((t) => t.rows);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const doubtful = new Set<string>();
    for (const r of rows.filter((r) => ambiguousLines(got).includes(r.line))) {
      for (let x: Row | undefined = r; x; x = x.parentId ? byId.get(x.parentId) : undefined) {
        doubtful.add(x.id);
      }
    }
    const key = (f: (typeof got.findings)[number]) => JSON.stringify(findingKey({ findings: [f] }));
    const wantKeys = new Set(want.findings.map(key));
    const gotKeys = new Set(got.findings.map(key));
    const differing = [
      ...got.findings.filter((f) => !wantKeys.has(key(f))),
      ...want.findings.filter((f) => !gotKeys.has(key(f))),
    ];
    expect(differing.filter((f) => f.rowId === null || !doubtful.has(f.rowId))).toEqual([]);
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

describe("a table printed without decimals, copied from a PDF", () => {
  it.each(["chromium.pdfjs.txt", "chromium.raw.txt", "chromium.layout.txt", "calc.layout.txt"])(
    "%s: refused with one reason naming the cause and the way out, no row or number invented",
    (copy) => {
      // The corpus's culture table as if printed with whole amounts (3967400 for 3967400.00).
      const text = read("culture", copy).replace(/(\d)\.00\b/g, "$1");
      const r = reconcile(text);
      expect(r.tables).toEqual([]);
      expect(r.diagnostics.map((d) => d.code)).toEqual(["no-amount-rows"]);
      expect(r.diagnostics[0]!.reason).toMatch(/两位小数.*制表符分隔/);
      expect(r.diagnostics[0]!.lineEnd).toBe(text.trimEnd().split("\n").length);
      expect(reconcile(text, { lang: "en" }).diagnostics[0]!.reason).toMatch(/two decimals/);
    },
  );

  it("is not what text without a table's header is told: its lines are reported where they stand", () => {
    const r = reconcile("这不是表格\n第二行 12 34");
    expect(r.tables).toEqual([]);
    expect(r.diagnostics.map((d) => [d.line, d.code])).toEqual([
      [1, "before-header"],
      [2, "before-header"],
    ]);
  });

  it("is read as usual in the tab form, where a cell needs no decimals to be an amount", () => {
    const text = read("culture", "table.txt").replace(/(\d)\.00\b/g, "$1");
    const r = reconcile(text);
    expect(r.tables[0]!.rows.length).toBe(
      reconcile(read("culture", "table.txt")).tables[0]!.rows.length,
    );
  });
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
    expectRebuilt(parseText(read(table, "table.txt")), got, text);
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
    expect(codes).toContain("page-furniture");
    expect(codes).toContain("repeated-header");
    expect(codes).not.toContain("not-a-row");
  });

  it("a table whose every row has one source: which column it is, the copy cannot tell", () => {
    // The sample has money in 财政拨款 only; a copy that lost the empty cells could as well have
    // it under 其他资金, its subtotals adding up either way. The grand total is reported, once.
    const r = parseText(read("seed", "chromium.raw.txt"));
    const ambiguous = r.diagnostics.filter((d) => d.code === "amounts-ambiguous");
    expect(ambiguous.map((d) => d.text)).toEqual(["合计"]);
    expect(ambiguous[0]!.reason).toMatch(/整列为空.*暂按 总计 642\.39，财政拨款 642\.39 放置/);
    // Its columns as the layout copy shows them by position: no doubt there.
    const layout = parseText(read("seed", "calc.layout.txt"));
    expect(layout.diagnostics.filter((d) => d.code === "amounts-ambiguous")).toEqual([]);
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
    // The unit's second 10.00 may be 其他资金's too, as the total's may.
    expect(r.diagnostics.filter((d) => d.code === "amounts-ambiguous").map((d) => d.text)).toEqual([
      "合计",
      "某单位",
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

  it("rows whose columns follow the total's reading are named; a row that stays put is not", () => {
    const text = [
      "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      "合计 30.00 10.00 20.00",
      "某单位 30.00 10.00 20.00",
      "甲项目 10.00 10.00 目标。 1、1-产出指标；11-数量指标；人数；实施周期指标值:1人；年度指标值:1人。",
      "乙项目 20.00 20.00 目标。 1、1-产出指标；11-数量指标；人数；实施周期指标值:1人；年度指标值:1人。",
    ].join("\n");
    const r = parseText(text);
    // The 20.00 may be 其他资金's as well, in the total, the unit and 乙 alike; 甲's 10.00 is
    // 财政拨款's either way.
    expect(r.diagnostics.map((d) => [d.code, d.text])).toEqual([
      ["amounts-ambiguous", "合计"],
      ["amounts-ambiguous", "某单位"],
      ["amounts-ambiguous", "乙项目"],
      ["unit-missing", expect.anything()],
    ]);
    expect(r.diagnostics[2]!.reason).toMatch(
      /随第 2 行（合计）的读法而定.*暂按 总计 20\.00，财政专户拨款 20\.00 放置/,
    );
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
