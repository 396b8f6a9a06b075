import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import {
  avoidingExisting,
  buildWorkbookLayout,
  cleanSheetName,
  isValidSheetName,
  sheetNameProblem,
  withSheetPrefix,
  checkCellsOf,
  columnRange,
  liveProblems,
  parseRange,
  renameInFormula,
  uniqueSheetName,
  type CellRead,
} from "../../src/layout/index.js";
import { SAMPLE_TABLE } from "../../src/sample/sampleTable.js";
import { loadLayout } from "../support/hyperformula.js";
import { budgetCell, indicatorCell } from "../support/locate.js";
import { expectWorkbookMatchesEngine } from "../support/prove.js";

const seed = reconcile(SAMPLE_TABLE, { lang: "zh" });
const layout = buildWorkbookLayout(seed);

describe("uniqueSheetName", () => {
  it("numbers a taken name, ignoring case, within 31 characters", () => {
    expect(uniqueSheetName("预算表", new Set(["预算表"]))).toBe("预算表 (2)");
    expect(uniqueSheetName("Sheet", new Set(["sheet", "sheet (2)"]))).toBe("Sheet (3)");
    expect(uniqueSheetName("绩效指标", new Set(["预算表"]))).toBe("绩效指标");
    const long = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一";
    const name = uniqueSheetName(long, new Set([long]));
    expect(Array.from(name)).toHaveLength(31);
    expect(name.endsWith(" (2)")).toBe(true);
  });
});

describe("sheet names Excel takes", () => {
  const long = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一";

  it("says why Excel would refuse a name", () => {
    expect(sheetNameProblem("预算表")).toBeNull();
    expect(sheetNameProblem("")).toBe("empty");
    expect(sheetNameProblem(`${long}二`)).toBe("too-long");
    expect(sheetNameProblem(long)).toBeNull();
    for (const c of ["[", "]", ":", "*", "?", "/", "\\", "\t", "\n"])
      expect(sheetNameProblem(`a${c}b`), JSON.stringify(c)).toBe("forbidden-character");
    expect(sheetNameProblem("'a")).toBe("apostrophe-at-edge");
    expect(sheetNameProblem("a'")).toBe("apostrophe-at-edge");
    expect(sheetNameProblem("a'b")).toBeNull();
    expect(sheetNameProblem("HISTORY")).toBe("reserved");
  });

  it("cleans any text into a valid name, within the length asked for", () => {
    expect(cleanSheetName("2024/年:[预算]*?\\")).toBe("2024年预算");
    expect(cleanSheetName("  ''a'b''  ")).toBe("a'b");
    expect(cleanSheetName("a\tb\r\nc")).toBe("abc");
    expect(cleanSheetName("一二三'四", 4)).toBe("一二三");
    expect(cleanSheetName("😀😀😀", 2)).toBe("😀😀");
    for (const raw of ["[]:*?/\\", "''", `${long}${long}`, "x'".repeat(20), "a\u0000b"]) {
      const clean = cleanSheetName(raw);
      expect(clean === "" || isValidSheetName(clean), raw).toBe(true);
    }
  });

  it("makes every prefixed and numbered name valid and unique, formulas following", () => {
    const prefixed = withSheetPrefix(layout, "'2024/年:");
    expect(prefixed.sheets.map((s) => s.name)).toEqual(["2024年预算表", "2024年绩效指标"]);
    expectWorkbookMatchesEngine(loadLayout(prefixed), prefixed, seed);
    // A prefix that fills the 31 characters leaves both sheets the same name: the second is numbered.
    const full = withSheetPrefix(layout, long);
    expect(full.sheets.map((s) => s.name)).toEqual([
      long,
      `${Array.from(long).slice(0, 27).join("")} (2)`,
    ]);
    expect(full.sheets.every((s) => isValidSheetName(s.name))).toBe(true);
    expectWorkbookMatchesEngine(loadLayout(full), full, seed);
    // A cut that would end on an apostrophe drops it.
    const quote = `${"a".repeat(30)}'`;
    expect(uniqueSheetName(`${quote}x`, new Set())).toBe("a".repeat(30));
    expect(uniqueSheetName("history", new Set())).toBe("Sheet");
  });
});

describe("renameInFormula", () => {
  const renames = {
    sheets: new Map([
      ["预算表", "预算表 (2)"],
      ["S'1", "T'1"],
    ]),
    names: new Map([["Tolerance", "Tolerance_2"]]),
  };

  it("renames quoted sheet references and names, not text, functions or cell references", () => {
    expect(
      renameInFormula(
        `COUNTIF('预算表'!$D$5:$D$9,">"&Tolerance)+LEN("'预算表'!A1 Tolerance")+'S''1'!A1`,
        renames,
      ),
    ).toBe(
      `COUNTIF('预算表 (2)'!$D$5:$D$9,">"&Tolerance_2)+LEN("'预算表'!A1 Tolerance")+'T''1'!A1`,
    );
    expect(renameInFormula("Tolerance(1)+TOLERANCE2+A1", renames)).toBe(
      "Tolerance(1)+TOLERANCE2+A1",
    );
  });
});

describe("avoidingExisting", () => {
  it("renames around the workbook's sheets and names and still computes the engine's findings", () => {
    const renamed = avoidingExisting(layout, ["预算表"], ["tolerance"]);
    expect(renamed.sheets.map((s) => s.name)).toEqual(["预算表 (2)", "绩效指标"]);
    expect(renamed.names.map((n) => [n.name, n.sheet])).toEqual([["Tolerance_2", "预算表 (2)"]]);
    expectWorkbookMatchesEngine(loadLayout(renamed), renamed, seed);
  });

  it("returns the layout itself when nothing collides", () => {
    expect(avoidingExisting(layout, ["Sheet1"], [])).toBe(layout);
  });
});

describe("checkCellsOf + liveProblems", () => {
  it("finds in the computed check cells exactly the engine's problems, at their cells", () => {
    const wb = loadLayout(layout);
    const checks = checkCellsOf(layout);
    const read = (sheet: { sheet: string }, range: string): CellRead[] => {
      const r = parseRange(range);
      const out: CellRead[] = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const cell = wb.hf.getCellValue({ sheet: wb.sheetId(sheet.sheet), row, col: r.left });
        out.push(typeof cell === "object" && cell !== null ? null : (cell as CellRead));
      }
      return out;
    };
    const problems = liveProblems(checks, 0.005, (s, column) => read(s, columnRange(s, column)));
    const expected = seed.findings
      .filter((f) => f.rule !== "framework" && f.severity !== "info")
      .map((f) =>
        f.rule === "cost-vs-funding"
          ? indicatorCell(layout, f.tableIndex, f.rowId, f.indicatorSeq, "verdict")
          : budgetCell(layout, f.tableIndex, f.rowId, f.column ?? ""),
      );
    expect(problems.map((p) => `${p.sheet}!${p.address}`).sort()).toEqual(expected.sort());
    expect(checks.tolerance).toEqual({
      sheet: "预算表",
      address: layout.names[0]?.address.replace(/\$/g, ""),
    });
  });
});
