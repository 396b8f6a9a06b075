/**
 * The Office.js writer on the in-memory Excel: what it writes computes what the engine found,
 * stays text where it is text, never touches existing sheets, cleans up after a failure, and
 * needs the same number of requests for 10 projects as for 5,000.
 */
import { afterEach, describe, expect, it } from "vitest";
import { reconcile, type ReconResult } from "../../src/index.js";
import { readLiveProblems } from "../../src/excel/checks.js";
import { ExcelTaskError } from "../../src/excel/errors.js";
import { planWrite } from "../../src/excel/ops.js";
import { writeWorkbook, type WriteReport } from "../../src/excel/writer.js";
import { buildWorkbookLayout, checkCellsOf, type WorkbookLayout } from "../../src/layout/index.js";
import { SAMPLE_TABLE } from "../../src/sample/sampleTable.js";
import {
  evaluated,
  fakeInstaller,
  FakeExcel,
  FakeOfficeError,
  type FakeOptions,
} from "../support/excelFake.js";
import { budgetCell, split } from "../support/locate.js";
import { expectWorkbookMatchesEngine } from "../support/prove.js";
import { generatedTable } from "../support/workbookTables.js";

const seed = reconcile(SAMPLE_TABLE, { lang: "zh" });
const seedLayout = buildWorkbookLayout(seed);

const fakes = fakeInstaller();
afterEach(() => fakes.uninstall());
const fakeExcel = fakes.fakeExcel;

async function failure(promise: Promise<unknown>): Promise<ExcelTaskError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExcelTaskError);
  return error as ExcelTaskError;
}

/** Reads one cell's `values` and `formulas` through the API, as an add-in would. */
async function readBack(fake: FakeExcel, sheet: string, address: string) {
  return fake.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.load("values, formulas");
    await context.sync();
    return { value: range.values[0]?.[0], formula: range.formulas[0]?.[0] };
  });
}

describe("writeWorkbook on the seed", () => {
  it("writes two new sheets whose formulas light up exactly the engine's findings", async () => {
    const fake = fakeExcel();
    const report = await writeWorkbook(seedLayout);
    expect(fake.sheetNames()).toEqual(["Sheet1", "预算表", "绩效指标"]);
    expect(report.sheets).toEqual(["预算表", "绩效指标"]);
    expect(report.renamed).toEqual([]);
    expectWorkbookMatchesEngine(evaluated(fake), report.layout, seed);

    // One sync to read the sheet names, one to write everything.
    expect(fake.syncs.map((s) => s.ok)).toEqual([true, true]);
    expect(report.syncs).toBe(fake.syncs.length);
    expect(report.rangeWrites).toBe(fake.rangeWrites());
    expect(fake.count("application.suspendApiCalculationUntilNextSync")).toBe(1);
    expect(fake.activeSheet).toBe("预算表");

    const budget = fake.sheet("预算表");
    expect(budget.frozen).toEqual({ rows: 4, columns: 1 });
    expect(budget.autoFilter).toBe(seedLayout.sheets[0]?.autoFilter);
    expect(budget.conditionalFormats).toHaveLength(
      seedLayout.conditionalFormats.filter((c) => c.sheet === "预算表").length,
    );
    expect(budget.page).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
    expect(fake.names.get("Tolerance")).toBe(`'预算表'!${seedLayout.names[0]?.address}`);
    expect(fake.value("预算表", seedLayout.names[0]?.address ?? "")).toBe(0.005);
    // Column widths in points, the 下级合计 group hidden, number formats per column.
    expect(fake.columnWidth("预算表", "A")).toBeCloseTo((36 * 7 + 5) * 0.75, 5);
    const collapsed = seedLayout.sheets[0]?.columns.flatMap((c, i) => (c.collapsed ? [i] : []));
    expect(collapsed).toHaveLength(4);
    expect([...budget.hiddenColumns].sort((a, b) => a - b)).toEqual(collapsed);
    const [sheet, total] = split(budgetCell(report.layout, 1, "t1-u1", "total"));
    expect(fake.cell(sheet, total)?.numberFormat).toBe("0.00");
    expect(fake.value(sheet, total)).toBe(563.39);
    // The unit row: bold on blue, over the column's right-aligned, bordered number style.
    expect(fake.formatAt(sheet, total)).toMatchObject({
      bold: true,
      fill: "#DDEBF7",
      horizontalAlignment: "Right",
      borders: { EdgeTop: { style: "Continuous" } },
    });
    const [, name] = split(budgetCell(report.layout, 1, "t1-u1-p1", "name"));
    expect(fake.formatAt(sheet, name)).toMatchObject({
      indentLevel: 2,
      horizontalAlignment: "Left",
    });
    expect(fake.sheet("Sheet1").cells.size).toBe(0);
  });

  it("reads the live problems back; correcting 563.39 to 563.38 clears that flag", async () => {
    const fake = fakeExcel();
    const report = await writeWorkbook(seedLayout);
    const checks = checkCellsOf(report.layout);
    const before = await readLiveProblems(checks, 0.005);
    const kinds = (r: typeof before) => r.problems.map((p) => `${p.kind} ${p.rowId} ${p.column}`);
    expect(kinds(before).sort()).toEqual(
      seed.findings
        .filter((f) => f.rule !== "framework" && f.severity !== "info")
        .map((f) => `${f.rule} ${f.rowId} ${f.rule === "cost-vs-funding" ? null : f.column}`)
        .sort(),
    );
    const subtotal = before.problems.find((p) => p.kind === "subtotal");
    expect(subtotal).toMatchObject({ sheet: "预算表", name: "广州市工商业联合会", value: 0.01 });
    expect(`${subtotal?.sheet}!${subtotal?.address}`).toBe(
      budgetCell(report.layout, 1, "t1-u1", subtotal?.column ?? ""),
    );

    // The user corrects the unit's two amounts in the sheet.
    const cells = ["total", "fiscal"].map((c) => split(budgetCell(report.layout, 1, "t1-u1", c)));
    await fake.run(async (context) => {
      for (const [s, a] of cells)
        context.workbook.worksheets.getItem(s).getRange(a).values = [[563.38]];
      await context.sync();
    });
    const after = await readLiveProblems(checks, 0.005);
    expect(kinds(after).filter((k) => k.includes(" t1-u1 "))).toEqual([]);

    // And the sheet now says what the engine says of the corrected table (合计 is now 0.01 off).
    const lines = SAMPLE_TABLE.split("\n");
    lines[10] = lines[10]?.replace("563.39\t563.39", "563.38\t563.38") ?? "";
    const corrected = reconcile(lines.join("\n"), { lang: "zh" });
    expect(corrected.findings.some((f) => f.rowId === "t1-u1" && f.rule === "subtotal")).toBe(
      false,
    );
    expectWorkbookMatchesEngine(evaluated(fake), report.layout, corrected);
    expect(kinds(after).sort()).toEqual(
      corrected.findings
        .filter((f) => f.rule !== "framework" && f.severity !== "info")
        .map((f) => `${f.rule} ${f.rowId} ${f.rule === "cost-vs-funding" ? null : f.column}`)
        .sort(),
    );
  });

  it("keeps text that looks like a formula, a number or a date as text", async () => {
    const tricky = [
      '=HYPERLINK("x","y")专项',
      "+86 20 1234",
      "-",
      "@SUM(1)",
      "001",
      "3月4日",
      "'quoted",
    ];
    const lines = SAMPLE_TABLE.split("\n");
    const projectLines = lines
      .map((l, i) => [l, i] as const)
      .filter(([l]) => /^\S.*\t[\d.]+\t/.test(l) && l.split("\t")[6])
      .slice(0, tricky.length);
    projectLines.forEach(([l, i], k) => {
      lines[i] = `${tricky[k]}${l.slice(l.indexOf("\t"))}`;
    });
    const result = reconcile(lines.join("\n"), { lang: "zh" });
    const layout = buildWorkbookLayout(result);
    const fake = fakeExcel();
    const report = await writeWorkbook(layout);
    const names = result.tables[0]?.rows.filter((r) => tricky.includes(r.name)) ?? [];
    expect(names.map((r) => r.name).sort()).toEqual([...tricky].sort());
    for (const row of names) {
      const [s, a] = split(budgetCell(report.layout, 1, row.id, "name"));
      expect(await readBack(fake, s, a), row.name).toEqual({ value: row.name, formula: row.name });
      expect(fake.cell(s, a)?.formula).toBeNull();
    }
    expectWorkbookMatchesEngine(evaluated(fake), report.layout, result);
  });
});

describe("writeWorkbook never touches what the workbook has", () => {
  it("writes 预算表 (2) beside an existing 预算表, and Tolerance_2 beside a Tolerance", async () => {
    const fake = fakeExcel({
      sheets: { 预算表: [["我的表", 1]], Sheet1: [] },
      names: { Tolerance: "'预算表'!$B$1" },
    });
    const report = await writeWorkbook(seedLayout);
    expect(fake.sheetNames()).toEqual(["预算表", "Sheet1", "预算表 (2)", "绩效指标"]);
    expect(report.renamed).toEqual([
      { from: "预算表", to: "预算表 (2)" },
      { from: "Tolerance", to: "Tolerance_2" },
    ]);
    expect(fake.value("预算表", "A1")).toBe("我的表");
    expect(fake.value("预算表", "B1")).toBe(1);
    expect(fake.sheet("预算表").cells.size).toBe(2);
    expect(fake.names.get("Tolerance")).toBe("'预算表'!$B$1");
    expect(fake.names.get("Tolerance_2")).toBe(`'预算表 (2)'!${seedLayout.names[0]?.address}`);
    expectWorkbookMatchesEngine(evaluated(fake), report.layout, seed);
    const formulas = [...fake.sheet("绩效指标").cells.values()].map((c) => c.formula ?? "");
    expect(formulas.some((f) => f.includes("'预算表 (2)'!"))).toBe(true);
    expect(formulas.some((f) => f.includes("'预算表'!"))).toBe(false);

    // A second import goes beside both.
    const again = await writeWorkbook(seedLayout);
    expect(again.sheets).toEqual(["预算表 (3)", "绩效指标 (2)"]);
  });

  it("removes what it wrote when Excel fails half way, and leaves the rest alone", async () => {
    const counting = fakeExcel();
    await writeWorkbook(seedLayout);
    const total = counting.calls.length;
    const fake = fakeExcel({
      sheets: { 预算表: [["我的表", 1]], Sheet1: [["x"]] },
      failAt: Math.floor(total / 2),
    });
    const error = await failure(writeWorkbook(seedLayout));
    expect(error.code).toBe("write-failed");
    expect(error.detail).toContain("injected failure");
    expect(fake.sheetNames()).toEqual(["预算表", "Sheet1"]);
    expect(fake.value("预算表", "A1")).toBe("我的表");
    expect(fake.sheet("预算表").cells.size).toBe(2);
    expect(fake.names.size).toBe(0);
    // The failed context was dead: cleanup ran in a fresh Excel.run.
    expect(fake.runs.map((r) => r.ok)).toEqual([false, true]);
  });

  it("says which sheets it could not remove when cleanup fails too", async () => {
    const fake = fakeExcel({
      failOn: (call) => call.op === "conditionalFormats.add" || call.op === "worksheet.delete",
    });
    const error = await failure(writeWorkbook(seedLayout));
    expect(error.code).toBe("cleanup-failed");
    expect(error.leftBehind).toEqual(["预算表", "绩效指标"]);
    expect(fake.sheetNames()).toContain("预算表");
  });

  it("stops between batches when aborted, and removes what it wrote", async () => {
    const fake = fakeExcel();
    const controller = new AbortController();
    const error = await failure(
      writeWorkbook(seedLayout, {
        payloadLimit: 40_000,
        onProgress: (p) => {
          if (p.completed === 2) controller.abort();
        },
        signal: controller.signal,
      }),
    );
    expect(error.code).toBe("aborted");
    expect(fake.sheetNames()).toEqual(["Sheet1"]);
  });
});

describe("requests", () => {
  async function write(projects: number, options: FakeOptions = {}) {
    const result = reconcile(generatedTable(projects));
    const layout = buildWorkbookLayout(result);
    const limit = options.payloadLimit ?? Infinity;
    const fake = fakeExcel({ ...options, payloadLimit: limit });
    const report = await writeWorkbook(layout, { payloadLimit: limit });
    return { fake, report, result, layout };
  }

  function shape(fake: FakeExcel, report: WriteReport) {
    return {
      syncs: fake.syncs.length,
      rangeWrites: fake.rangeWrites(),
      operations: fake.calls.length,
      reportSyncs: report.syncs,
    };
  }

  it("needs the same syncs and range writes for 10 projects as for 5,000", async () => {
    const small = await write(10);
    const large = await write(5000);
    expect(shape(large.fake, large.report)).toEqual(shape(small.fake, small.report));
    expect(small.fake.syncs).toHaveLength(2);
    console.info(
      "10 projects:",
      shape(small.fake, small.report),
      "5,000:",
      shape(large.fake, large.report),
    );
    const at5mb = await write(10, { payloadLimit: 5 * 1024 * 1024 });
    expect(shape(at5mb.fake, at5mb.report)).toEqual(shape(small.fake, small.report));
    expect(large.report.cells).toBeGreaterThan(100 * small.report.cells);
  }, 120_000);

  it("cuts 5,000 projects into requests under Excel on the web's 5 MB", async () => {
    const { fake, report, layout } = await write(5000, { payloadLimit: 5 * 1024 * 1024 });
    const plan = planWrite(report.layout);
    expect(fake.syncs.every((s) => s.ok && s.bytes <= 5 * 1024 * 1024)).toBe(true);
    expect(fake.syncs).toHaveLength(1 + plan.batches.length);
    expect(plan.batches.length).toBeGreaterThan(1);
    expect(fake.count("application.suspendApiCalculationUntilNextSync")).toBe(plan.batches.length);
    expect(fake.sheetNames()).toEqual(["Sheet1", ...layout.sheets.map((s) => s.name)]);
    console.info(
      `5,000 projects at 5 MB: ${fake.syncs.length} syncs, ${fake.rangeWrites()} range writes, ` +
        `${fake.calls.length} operations, largest request ${Math.max(...fake.syncs.map((s) => s.bytes))} bytes`,
    );
  }, 120_000);

  it("chunks with a small limit, and no request exceeds it", async () => {
    const limit = 30_000;
    const fake = fakeExcel({ payloadLimit: limit });
    const report = await writeWorkbook(seedLayout, { payloadLimit: limit });
    expect(fake.syncs.length).toBeGreaterThan(3);
    expect(fake.syncs.every((s) => s.ok && s.bytes <= limit)).toBe(true);
    expect(fake.rangeWrites()).toBeGreaterThan(planWrite(seedLayout, Infinity).rangeWrites);
    expectWorkbookMatchesEngine(evaluated(fake), report.layout, seed);
  });

  it("the fake refuses a request over its limit, as Excel on the web does", async () => {
    const fake = fakeExcel({ payloadLimit: 30_000 });
    const error = await failure(writeWorkbook(seedLayout, { payloadLimit: 1_000_000 }));
    expect(error.code).toBe("write-failed");
    expect((error.cause as FakeOfficeError).code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.sheetNames()).toEqual(["Sheet1"]);
  });

  it("refuses a row larger than one request before creating anything", async () => {
    const fake = fakeExcel({ payloadLimit: 1_000 });
    const error = await failure(writeWorkbook(seedLayout, { payloadLimit: 1_000 }));
    expect(error.code).toBe("row-too-large");
    expect(fake.sheetNames()).toEqual(["Sheet1"]);
  });
});

describe("the fake behaves like Office.js", () => {
  it("throws on reading a property that was not loaded, and applies writes only on sync", async () => {
    const fake = fakeExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [["=1+1", "'=1+1"]];
      expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
      expect(fake.sheet("Sheet1").cells.size).toBe(0);
      range.load("values, formulas");
      await context.sync();
      expect(range.values).toEqual([[2, "=1+1"]]);
      expect(range.formulas).toEqual([["=1+1", "=1+1"]]);
      expect(() => {
        range.values = [[1]];
      }).not.toThrow();
      await expect(context.sync()).rejects.toThrow(/doesn't match/);
    });
  });
});

export type { ReconResult, WorkbookLayout };
