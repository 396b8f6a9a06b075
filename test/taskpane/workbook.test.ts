import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import { isFormula, type WorkbookLayout } from "../../src/layout/index.js";
import { SAMPLE_TABLE } from "../../src/sample/sampleTable.js";
import { DEFAULT_SETTINGS } from "../../src/taskpane/settings.js";
import { layoutFor, withSheetPrefix, xlsxFileName } from "../../src/taskpane/workbook.js";
import { loadLayout } from "../support/hyperformula.js";
import { expectWorkbookMatchesEngine } from "../support/prove.js";

const seed = reconcile(SAMPLE_TABLE, { lang: "zh" });

function formulas(layout: WorkbookLayout): string[] {
  return [
    ...layout.sheets.flatMap((s) =>
      s.blocks.flatMap((b) => b.rows.flatMap((r) => r.filter(isFormula).map((c) => c.formula))),
    ),
    ...layout.conditionalFormats.map((c) => c.formula),
  ];
}

describe("layoutFor with a sheet name prefix", () => {
  const plain = layoutFor(seed, DEFAULT_SETTINGS, "zh");
  const prefixed = layoutFor(seed, { ...DEFAULT_SETTINGS, sheetPrefix: "2024年" }, "zh");

  it("leaves the layout alone without a prefix", () => {
    expect(withSheetPrefix(plain, "")).toBe(plain);
  });

  it("renames every sheet, name and conditional format", () => {
    expect(prefixed.sheets.map((s) => s.name)).toEqual(plain.sheets.map((s) => `2024年${s.name}`));
    const names = new Set(prefixed.sheets.map((s) => s.name));
    for (const n of prefixed.names) expect(names.has(n.sheet)).toBe(true);
    for (const c of prefixed.conditionalFormats) expect(names.has(c.sheet)).toBe(true);
  });

  it("points every cross-sheet reference at the renamed sheets", () => {
    const cross = formulas(plain).filter((f) => f.includes("'!"));
    expect(cross.length).toBeGreaterThan(0);
    for (const f of formulas(prefixed)) {
      for (const s of plain.sheets) expect(f).not.toContain(`'${s.name}'!`);
    }
  });

  it("still computes what the engine found", () => {
    const wb = loadLayout(prefixed);
    expectWorkbookMatchesEngine(wb, prefixed, seed);
  });

  it("leaves text in quotes alone and keeps names within 31 characters", () => {
    const layout: WorkbookLayout = {
      sheets: [
        {
          ...plain.sheets[0]!,
          name: "S'1",
          blocks: [
            {
              key: "k",
              top: 0,
              left: 0,
              columns: [{ key: "a" }],
              rows: [[{ formula: `IF('S''1'!A1>0,"'S''1'!A1",'Other'!B2)` }]],
            },
          ],
        },
      ],
      names: [],
      conditionalFormats: [],
      styles: {},
      diagnostics: [],
    };
    const out = withSheetPrefix(layout, "P");
    expect(out.sheets[0]?.name).toBe("PS'1");
    expect(out.sheets[0]?.blocks[0]?.rows[0]?.[0]).toEqual({
      formula: `IF('PS''1'!A1>0,"'S''1'!A1",'Other'!B2)`,
    });
    const long = withSheetPrefix(
      layout,
      "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十",
    );
    expect(Array.from(long.sheets[0]?.name ?? "").length).toBeLessThanOrEqual(31);
  });
});

describe("xlsxFileName", () => {
  it("names the file after the department", () => {
    expect(xlsxFileName(seed, "zh")).toBe("广州市工商业联合会-核对.xlsx");
    expect(xlsxFileName(seed, "en")).toBe("广州市工商业联合会-checked.xlsx");
  });

  it("strips characters file systems refuse", () => {
    const text = SAMPLE_TABLE.replace("部门名称：广州市工商业联合会", "部门名称：a/b:c*d?");
    expect(xlsxFileName(reconcile(text), "zh")).toBe("abcd-核对.xlsx");
  });

  it("falls back when the table has no department or title", () => {
    expect(xlsxFileName(reconcile(""), "en")).toBe("budget-table-checked.xlsx");
  });
});
