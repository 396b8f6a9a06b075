/**
 * The Office.js writer against hostile input and Excel's limits, on the in-memory Excel: text that
 * looks like code stays text, text over 32,767 characters is cut, sheet names stay valid and
 * unique (the same table imported twice included), and nothing the workbook had before an import
 * is read, written, renamed or deleted — not even when the import fails part way.
 */
import { afterEach, describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import { readLiveProblems } from "../../src/excel/checks.js";
import { ExcelTaskError } from "../../src/excel/errors.js";
import { readSelectionText } from "../../src/excel/selection.js";
import { writeWorkbook } from "../../src/excel/writer.js";
import {
  buildWorkbookLayout,
  checkCellsOf,
  EXCEL_CELL_LIMIT,
  isFormula,
  isValidSheetName,
  type WorkbookLayout,
} from "../../src/layout/index.js";
import { SAMPLE_TABLE } from "../../src/sample/sampleTable.js";
import { DEFAULT_SETTINGS } from "../../src/taskpane/settings.js";
import { layoutFor } from "../../src/taskpane/workbook.js";
import { evaluated, fakeInstaller, FakeExcel, type RecordedCall } from "../support/excelFake.js";
import {
  hostileWorkbook,
  longGoalLayout,
  LONG_GOAL,
  textCells,
  type TextCell,
} from "../support/hostile.js";
import { expectWorkbookMatchesEngine } from "../support/prove.js";

const seed = reconcile(SAMPLE_TABLE, { lang: "zh" });
const seedLayout = buildWorkbookLayout(seed);

const fakes = fakeInstaller();
afterEach(() => fakes.uninstall());
const fakeExcel = fakes.fakeExcel;

/** `values` and `formulas` of many cells, read through the API in one request. */
async function readBack(
  fake: FakeExcel,
  cells: readonly TextCell[],
): Promise<{ value: unknown; formula: unknown }[]> {
  return fake.run(async (context) => {
    const ranges = cells.map((c) => {
      const range = context.workbook.worksheets.getItem(c.sheet).getRange(c.address);
      range.load("values, formulas");
      return range;
    });
    await context.sync();
    return ranges.map((r) => ({ value: r.values[0]?.[0], formula: r.formulas[0]?.[0] }));
  });
}

/** Everything stored about some sheets and the workbook's names, for before/after comparison. */
function snapshot(fake: FakeExcel, sheets: readonly string[]): string {
  return JSON.stringify({
    sheets: sheets.map((name) => {
      const s = fake.sheet(name);
      return {
        ...s,
        cells: [...s.cells].sort(([a], [b]) => a.localeCompare(b)),
        columnWidths: [...s.columnWidths],
        hiddenColumns: [...s.hiddenColumns],
      };
    }),
  });
}

/** The sheet a recorded call acts on, when it acts on one. */
function sheetOfCall(call: RecordedCall): string | null {
  return /^worksheets\[([^\]]*)\]/.exec(call.target)?.[1] ?? null;
}

/** Every sheet a formula, a conditional format or a name of the layout refers to. */
function referencedSheets(layout: WorkbookLayout): Set<string> {
  const out = new Set<string>();
  const add = (formula: string): void => {
    for (const m of formula.matchAll(/'((?:[^']|'')*)'!/g))
      out.add((m[1] ?? "").replace(/''/g, "'"));
  };
  for (const sheet of layout.sheets)
    for (const block of sheet.blocks)
      for (const row of block.rows) for (const cell of row) if (isFormula(cell)) add(cell.formula);
  for (const cf of layout.conditionalFormats) {
    add(cf.formula);
    out.add(cf.sheet);
  }
  for (const n of layout.names) out.add(n.sheet);
  return out;
}

describe("data never becomes code", () => {
  it("keeps names, goals and indicator texts starting with = + - @ tab or CR as text", async () => {
    const hostile = hostileWorkbook();
    const fake = fakeExcel();
    const report = await writeWorkbook(hostile.layout);
    const cells = textCells(report.layout);
    for (const text of hostile.texts)
      expect(
        cells.map((c) => c.text),
        JSON.stringify(text),
      ).toContain(text);
    const read = await readBack(fake, cells);
    cells.forEach((cell, i) => {
      const where = `${cell.sheet}!${cell.address} ${JSON.stringify(cell.text)}`;
      expect(fake.cell(cell.sheet, cell.address)?.formula ?? null, where).toBeNull();
      expect(read[i], where).toEqual({ value: cell.text, formula: cell.text });
    });
    expectWorkbookMatchesEngine(evaluated(fake), report.layout, hostile.result);
  });
});

describe("Excel's limits", () => {
  it("cuts a goal over 32,767 characters, reports it, and Excel holds exactly the cut text", async () => {
    const long = LONG_GOAL;
    const layout = longGoalLayout();
    expect(layout.diagnostics.map((d) => d.code)).toEqual(["text-truncated"]);
    const fake = fakeExcel();
    const report = await writeWorkbook(layout);
    const goal = textCells(report.layout).find((c) => c.text.startsWith("很长"));
    expect(goal?.text).toBe(long.slice(0, EXCEL_CELL_LIMIT));
    const [read] = await readBack(fake, goal === undefined ? [] : [goal]);
    expect(String(read?.value)).toHaveLength(EXCEL_CELL_LIMIT);
    expect(read?.value).toBe(long.slice(0, EXCEL_CELL_LIMIT));
  });

  it("imports the same table twice: new names, each import's formulas on its own sheets", async () => {
    const fake = fakeExcel({ sheets: { 预算表: [["我的", 1]], "O'Brien": [[2]] } });
    const first = await writeWorkbook(seedLayout);
    const firstSheets = first.sheets;
    const before = snapshot(fake, ["预算表", "O'Brien", ...firstSheets]);
    const second = await writeWorkbook(seedLayout);
    expect(firstSheets).toEqual(["预算表 (2)", "绩效指标"]);
    expect(second.sheets).toEqual(["预算表 (3)", "绩效指标 (2)"]);
    expect(second.layout.names.map((n) => n.name)).toEqual(["Tolerance_2"]);
    expect(snapshot(fake, ["预算表", "O'Brien", ...firstSheets])).toBe(before);
    for (const report of [first, second]) {
      expect([...referencedSheets(report.layout)].sort()).toEqual([...report.sheets].sort());
      expectWorkbookMatchesEngine(evaluated(fake), report.layout, seed);
    }
  });

  it("writes valid sheet names from a hostile prefix, around taken names", async () => {
    const fake = fakeExcel({ sheets: { X预算表: [], Sheet1: [] } });
    for (const prefix of ["'X/[:*?]\\'", "  '' ", "History", "一二三四五六七八九十一二三四"]) {
      const layout = layoutFor(seed, { ...DEFAULT_SETTINGS, sheetPrefix: prefix }, "zh");
      const report = await writeWorkbook(layout);
      expect(report.sheets.every(isValidSheetName), report.sheets.join()).toBe(true);
      expectWorkbookMatchesEngine(evaluated(fake), report.layout, seed);
    }
    const all = fake.sheetNames();
    expect(all.slice(0, 2)).toEqual(["X预算表", "Sheet1"]);
    expect(all).toHaveLength(2 + 4 * 2);
    expect(new Set(all.map((n) => n.toLowerCase())).size).toBe(all.length);
  });
});

describe("no harm to the user's workbook", () => {
  const existing = {
    sheets: {
      预算表: [["我的表", 1, "=B1*2"]],
      数据: [
        ["a", "b"],
        [1, 2],
      ],
    },
    names: { Tolerance: "'数据'!$A$2", MyRate: "'预算表'!$B$1" },
  };
  const theirs = Object.keys(existing.sheets);

  function touchesTheirs(calls: readonly RecordedCall[]): RecordedCall[] {
    const lower = new Set(theirs.map((s) => s.toLowerCase()));
    return calls.filter((c) => {
      const sheet = sheetOfCall(c);
      return sheet !== null && lower.has(sheet.toLowerCase());
    });
  }

  const destructive = (c: RecordedCall): boolean =>
    c.op === "worksheet.delete" ||
    c.op === "namedItem.delete" ||
    /\.name=$|\.position=$|\.visibility=$/.test(c.op);

  it("neither reads nor writes an existing sheet, and deletes or renames nothing", async () => {
    const fake = fakeExcel(existing);
    const before = snapshot(fake, theirs);
    const names = [...fake.names];
    const report = await writeWorkbook(seedLayout);
    await readLiveProblems(checkCellsOf(report.layout), 0.005);
    expect(touchesTheirs(fake.calls)).toEqual([]);
    expect(fake.calls.filter(destructive)).toEqual([]);
    // Only whole-collection reads (the sheet and name lists) and calls on the new sheets.
    const written = new Set(report.sheets);
    for (const call of fake.calls) {
      const sheet = sheetOfCall(call);
      if (sheet === null)
        expect(["worksheets", "names", "application"], call.op).toContain(call.target);
      else expect(written.has(sheet), `${call.op} ${call.target}`).toBe(true);
    }
    expect(snapshot(fake, theirs)).toBe(before);
    expect([...fake.names].slice(0, names.length)).toEqual(names);
    expect(fake.sheetNames()).toEqual([...theirs, ...report.sheets]);
  });

  it("leaves the workbook exactly as it was when a write fails at any point", async () => {
    const counting = fakeExcel(existing);
    await writeWorkbook(seedLayout);
    const total = counting.calls.length;
    for (const share of [0.01, 0.2, 0.5, 0.8, 0.99]) {
      const fake = fakeExcel({ ...existing, failAt: Math.max(1, Math.floor(total * share)) });
      const before = snapshot(fake, theirs);
      const names = JSON.stringify([...fake.names]);
      const error = await writeWorkbook(seedLayout).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, `failing at ${share}`).toBeInstanceOf(ExcelTaskError);
      expect(fake.sheetNames()).toEqual(theirs);
      expect(snapshot(fake, theirs)).toBe(before);
      expect(JSON.stringify([...fake.names])).toBe(names);
      expect(touchesTheirs(fake.calls)).toEqual([]);
      // The clean-up deleted only sheets this import had added.
      const deleted = fake.calls.filter((c) => c.op === "worksheet.delete").map(sheetOfCall);
      expect(deleted.every((s) => s !== null && !theirs.includes(s))).toBe(true);
    }
  });

  it("importing the selection only reads the selection", async () => {
    const cells = SAMPLE_TABLE.split("\n").map((line) => line.split("\t"));
    const fake = fakeExcel({ sheets: { 原表: cells, 其他: [["x"]] } });
    fake.selection = { sheet: "原表", address: `A1:G${cells.length}` };
    const before = snapshot(fake, ["原表", "其他"]);
    const text = await readSelectionText();
    expect(reconcile(text).tables).toHaveLength(1);
    expect(fake.calls.length).toBeGreaterThan(0);
    for (const call of fake.calls) {
      expect(call.target.startsWith("selection"), call.target).toBe(true);
      expect(call.op).toBe("load");
    }
    expect(snapshot(fake, ["原表", "其他"])).toBe(before);
  });
});
