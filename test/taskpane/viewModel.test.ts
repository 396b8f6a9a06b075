import { describe, expect, it } from "vitest";
import { reconcile, type Finding, type ReconResult } from "../../src/index.js";
import { SAMPLE_TABLE } from "../../src/sample/sampleTable.js";
import {
  countResult,
  diagnosticViews,
  DIAGNOSTIC_TEXT_LIMIT,
  paneView,
  previewTables,
  problemGroups,
} from "../../src/taskpane/viewModel.js";

const seed = reconcile(SAMPLE_TABLE, { lang: "zh" });

describe("paneView on the sample table", () => {
  const view = paneView(seed, "zh");

  it("counts tables, units, projects and indicators", () => {
    const rows = seed.tables.flatMap((t) => t.rows);
    expect(view.state).toBe("ok");
    expect(view.counts).toEqual({
      tables: 1,
      units: rows.filter((r) => r.kind === "unit").length,
      projects: rows.filter((r) => r.kind === "project").length,
      indicators: seed.tables[0]?.indicators.length,
    });
    expect(view.counts.projects).toBeGreaterThan(10);
    expect(view.counts.indicators).toBeGreaterThan(40);
  });

  it("shows the 0.01 subtotal on 广州市工商业联合会, total and fiscal", () => {
    const group = view.groups.find((g) => g.rule === "subtotal");
    expect(group?.title).toBe("小计不等于下属合计");
    expect(group?.collapsed).toBe(false);
    expect(group?.items.map((i) => i.column)).toEqual(["total", "fiscal"]);
    for (const item of group?.items ?? []) {
      expect(item.message).toContain("广州市工商业联合会");
      expect(item.numbers).toEqual([
        { label: "小计", value: "563.39" },
        { label: "下属合计", value: "563.38" },
        { label: "相差", value: "0.01" },
      ]);
    }
  });

  it("shows the cost indicator 9 against 11.25, and folds unquantified ones into notes", () => {
    const group = view.groups.find((g) => g.rule === "cost-vs-funding");
    expect(group?.items).toHaveLength(1);
    const item = group?.items[0];
    expect(item?.message).toContain("两新组织党务工作者补贴");
    expect(item?.numbers).toEqual([
      { label: "资金", value: "11.25" },
      { label: "指标", value: "9.00" },
      { label: "相差", value: "2.25" },
    ]);
    expect(group?.notes.every((n) => n.severity === "info")).toBe(true);
    expect(group?.notes.length).toBe(
      seed.findings.filter((f) => f.rule === "cost-vs-funding" && f.severity === "info").length,
    );
  });

  it("counts problems outside the framework group only", () => {
    expect(view.problemCount).toBe(3);
  });

  it("marks exactly the problem cells in the preview", () => {
    const marked = view.preview.flatMap((t) =>
      t.rows.flatMap((r) =>
        r.cells.flatMap((c, i) => (c.problems.length > 0 ? [`${r.id}/${t.columns[i]?.key}`] : [])),
      ),
    );
    expect(marked.sort()).toEqual(["t1-u1-p12/total", "t1-u1/fiscal", "t1-u1/total"]);
    const unitRow = view.preview[0]?.rows.find((r) => r.id === "t1-u1");
    expect(unitRow?.cells[0]?.text).toBe("563.39");
    expect(unitRow?.cells[2]?.text).toBe("");
  });

  it("speaks English when asked", () => {
    const en = paneView(reconcile(SAMPLE_TABLE, { lang: "en" }), "en");
    const group = en.groups.find((g) => g.rule === "subtotal");
    expect(group?.title).toBe("Subtotal differs from its parts");
    expect(group?.items[0]?.numbers.map((n) => n.label)).toEqual([
      "subtotal",
      "parts",
      "difference",
    ]);
    expect(en.preview[0]?.caption).toMatch(/\(in 万元\)$/);
  });
});

describe("paneView edge cases", () => {
  it("is empty for no input", () => {
    expect(paneView(null, "zh").state).toBe("empty");
  });

  it("reports text with no table, with its diagnostics", () => {
    const result = reconcile("这不是表格\n第二行", { lang: "zh" });
    const view = paneView(result, "zh");
    expect(view.state).toBe("no-table");
    expect(view.counts.tables).toBe(0);
    expect(view.diagnostics.length).toBe(result.diagnostics.length);
  });

  it("keeps pasted markup as plain text in diagnostics", () => {
    const text = SAMPLE_TABLE.replace("单位：万元", "单位：万元\n<img src=x onerror=alert(1)>");
    const view = paneView(reconcile(text, { lang: "zh" }), "zh");
    const diag = view.diagnostics.find((d) => d.text.includes("<img"));
    expect(diag?.text).toBe("<img src=x onerror=alert(1)>");
    expect(diag?.line).toMatch(/^第 \d+ 行$/);
  });
});

describe("pieces", () => {
  it("counts rows by kind over several tables", () => {
    const twice = reconcile(`${SAMPLE_TABLE}\n${SAMPLE_TABLE}`, { lang: "zh" });
    const once = countResult(seed);
    const counts = countResult(twice);
    expect(counts.tables).toBe(2);
    expect(counts.projects).toBe(once.projects * 2);
    expect(counts.indicators).toBe(once.indicators * 2);
  });

  it("groups findings in rule order and folds the framework group", () => {
    const f = (rule: Finding["rule"], severity: Finding["severity"]): Finding => ({
      rule,
      severity,
      code: rule,
      tableIndex: 1,
      rowId: "t1-p1",
      column: null,
      indicatorSeq: null,
      stated: null,
      expected: null,
      delta: -0.5,
      message: `${rule} ${severity}`,
    });
    const groups = problemGroups(
      [f("framework", "warning"), f("funding-sum", "error"), f("subtotal", "error")],
      "en",
    );
    expect(groups.map((g) => [g.rule, g.collapsed])).toEqual([
      ["subtotal", false],
      ["funding-sum", false],
      ["framework", true],
    ]);
    expect(groups[1]?.items[0]?.numbers).toEqual([{ label: "difference", value: "0.50" }]);
  });

  it("clips long diagnostic text and shows line ranges", () => {
    const views = diagnosticViews(
      [
        {
          line: 3,
          lineEnd: 5,
          text: "字".repeat(DIAGNOSTIC_TEXT_LIMIT + 10),
          reason: "r",
          code: "c",
        },
      ],
      "en",
    );
    expect(views[0]?.line).toBe("lines 3–5");
    expect(Array.from(views[0]?.text ?? "")).toHaveLength(DIAGNOSTIC_TEXT_LIMIT + 1);
  });

  it("lists what needs a check before the page numbers and headers it skipped", () => {
    const views = diagnosticViews(
      [
        { line: 1, text: "第1页", reason: "r", code: "page-furniture" },
        { line: 9, text: "项目名称…", reason: "r", code: "repeated-header" },
        { line: 30, text: "12.00", reason: "r", code: "amounts-ambiguous" },
      ],
      "zh",
    );
    expect(views.map((v) => [v.code, v.setAside])).toEqual([
      ["amounts-ambiguous", false],
      ["page-furniture", true],
      ["repeated-header", true],
    ]);
  });

  it("limits preview rows", () => {
    const result: ReconResult = seed;
    const [table] = previewTables(result.tables, result.findings, "zh", 5);
    expect(table?.rows).toHaveLength(5);
    expect(table?.more).toContain("前 5 行");
  });
});

describe("what the text was read as", () => {
  it("names the form: tabs for the sample, a PDF viewer's copy for stream text", () => {
    expect(paneView(reconcile(SAMPLE_TABLE), "zh").form).toMatch(/制表符/);
    const stream = [
      "项目名称 总计 财政拨款 绩效目标 绩效指标",
      "合计 1.00 1.00",
      "某项目 1.00 1.00 目标。",
    ].join("\n");
    expect(paneView(reconcile(stream), "en").form).toMatch(/PDF viewer/);
  });

  it("says why a column-by-column copy is refused, instead of only 'no table'", () => {
    // pdftotext without options: a column's cells one after another, amounts between blank lines.
    const columns = [
      "项目名称",
      "合计",
      "某项目",
      "",
      "1.00",
      "",
      "1.00",
      "",
      "2.00",
      "",
      "2.00",
    ].join("\n");
    const view = paneView(reconcile(columns), "zh");
    expect(view.state).toBe("no-table");
    expect(view.reason).toMatch(/pdftotext -layout/);
    // Said once, above the list: the list keeps the lines it could not place.
    expect(view.diagnostics.map((d) => d.reason)).not.toContain(view.reason);
  });

  it("says why a PDF copy of a table printed without decimals gives no rows", () => {
    const stream = [
      "项目支出绩效目标表",
      "单位：元",
      "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
      "合计 1200 1200",
      "某单位 1200 1200",
      "某项目 1200 1200 保障工作正常运转。",
      "1、1-产出指标；11-数量指标；培训人次；实施周期指标值:100人次；年度指标值:100人次。",
    ].join("\n");
    const view = paneView(reconcile(stream), "zh");
    expect(view.state).toBe("no-table");
    expect(view.reason).toMatch(/两位小数/);
    expect(view.diagnostics.map((d) => d.reason)).not.toContain(view.reason);
  });
});
