/**
 * The shape of the workbook description: what a user sees, and the properties the writers rely
 * on (text stays text, formulas and rules do not grow with the table).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import {
  EXCEL_CELL_LIMIT,
  TOLERANCE_NAME,
  buildWorkbookLayout,
  isFormula,
  parseRange,
  type Block,
  type WorkbookLayout,
} from "../../src/layout/index.js";
import { loadLayout } from "../support/hyperformula.js";
import { block, sheetOf } from "../support/locate.js";
import { expectWorkbookMatchesEngine } from "../support/prove.js";
import {
  SEED,
  VARIANTS,
  cost,
  generatedTable,
  project,
  tableText,
  unit,
} from "../support/workbookTables.js";

const seedLayout = buildWorkbookLayout(reconcile(SEED));

function keyed(b: Block, r: number, key: string): unknown {
  return b.rows[r]?.[b.columns.findIndex((c) => c.key === key)];
}

describe("budget sheet", () => {
  const sheet = sheetOf(seedLayout, 1, "budget");
  const rows = block(sheet, "rows");
  const names = block(sheet, "names");

  it("has one row per table row, in input order, with kind, unit and keys visible", () => {
    const table = reconcile(SEED).tables[0];
    expect(rows.rows).toHaveLength(table?.rows.length ?? -1);
    expect(names.rows.map((r) => r[0])).toEqual(table?.rows.map((r) => r.name));
    expect(keyed(rows, 0, "kind")).toBe("合计");
    expect(keyed(rows, 1, "kind")).toBe("单位");
    expect(keyed(rows, 2, "kind")).toBe("项目");
    expect(keyed(rows, 2, "unit")).toBe("广州市工商业联合会");
    expect(keyed(rows, 2, "id")).toBe("t1-u1-p1");
    expect(keyed(rows, 2, "parentId")).toBe("t1-u1");
    expect(keyed(rows, 1, "total")).toBe(563.39);
  });

  it("sets the total and unit rows apart and indents projects", () => {
    expect(rows.rowStyles?.slice(0, 3)).toEqual(["totalRow", "unitRow", null]);
    expect(names.rowStyles?.slice(0, 3)).toEqual(["totalRow", "unitRow", "projectName"]);
    expect(seedLayout.styles["projectName"]?.indent).toBeGreaterThan(0);
    expect(seedLayout.styles["totalRow"]?.fill).toBeDefined();
    expect(rows.columns.find((c) => c.key === "total")?.numberFormat).toBe("0.00");
    expect(rows.columns.find((c) => c.key === "goal")?.style).toBe("wrap");
  });

  it("puts title, department and unit above, freezes the header and filters the table", () => {
    const title = block(sheet, "title");
    expect(title.rows.map((r) => r[0])).toEqual([
      "项目支出绩效目标表（含转移支付项目）",
      "部门名称：广州市工商业联合会",
      "单位：万元",
    ]);
    const header = block(sheet, "header");
    expect(sheet.frozenRows).toBe(header.top + 1);
    expect(sheet.autoFilter).toBe(`A${header.top + 1}:T${rows.top + rows.rows.length}`);
    expect(header.rows[0]?.[0]).toBe("项目名称（资金使用单位）");
    expect(sheet.columns.map((c) => c.key)).toContain("diff-total");
    expect(sheet.print).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
  });

  it("gives every amount of a table in 元 room to show, not ###", () => {
    // Totals of eight digits (67893696.00) in a bold row: a cell a character short shows ###.
    const text = readFileSync(
      new URL("../fixtures/pdf/culture-top/table.txt", import.meta.url),
      "utf8",
    );
    const yuan = sheetOf(buildWorkbookLayout(reconcile(text)), 1, "budget");
    const amounts = block(yuan, "rows");
    for (const key of ["total", "fiscal", "specialAccount", "other"]) {
      const k = amounts.columns.findIndex((c) => c.key === key);
      const widest = Math.max(
        ...amounts.rows.map((r) => (typeof r[k] === "number" ? r[k].toFixed(2).length : 0)),
      );
      if (key === "total") expect(widest).toBe(11);
      expect(yuan.columns[amounts.left + k]!.width).toBeGreaterThanOrEqual(widest + 2);
    }
  });

  it("names one tolerance cell holding the option's value", () => {
    const layout = buildWorkbookLayout(reconcile(SEED), { tolerance: 0.02 });
    expect(layout.names).toEqual([{ name: TOLERANCE_NAME, sheet: "预算表", address: "$L$2" }]);
    expect(block(sheetOf(layout, 1, "budget"), "summary").rows[1]?.[0]).toBe(0.02);
  });

  it("computes subtotals only on 合计 and unit rows, funding differences on every row", () => {
    const sumTotal = rows.columns.findIndex((c) => c.key === "sum-total");
    const funding = rows.columns.findIndex((c) => c.key === "fundingDiff");
    expect(rows.rows.map((r) => isFormula(r[sumTotal] ?? null))).toEqual(
      reconcile(SEED).tables[0]?.rows.map((r) => r.kind !== "project"),
    );
    expect(rows.rows.every((r) => isFormula(r[funding] ?? null))).toBe(true);
    expect(keyed(rows, 1, "sum-total")).toEqual({ formula: "SUMIFS($D$5:$D$24,$S$5:$S$24,$R6)" });
  });
});

describe("indicator sheet", () => {
  const sheet = sheetOf(seedLayout, 1, "indicators");
  const rows = block(sheet, "rows");
  const r = rows.rows.findIndex((row) => row.includes("t1-u1-p12") && row[2] === 3);

  it("splits every indicator into codes, names and target parts, keeping the raw text", () => {
    expect(rows.rows).toHaveLength(reconcile(SEED).tables[0]?.indicators.length ?? -1);
    expect(keyed(rows, r, "project")).toBe("两新组织党务工作者补贴(专职党建指导员)");
    expect(keyed(rows, r, "unit")).toBe("广州市工商业联合会");
    expect(keyed(rows, r, "level1Code")).toBe("4");
    expect(keyed(rows, r, "level2Name")).toBe("经济成本指标");
    expect(keyed(rows, r, "annual-text")).toBe("9万元");
    expect(keyed(rows, r, "annual-value")).toBe(9);
    expect(keyed(rows, r, "annual-unit")).toBe("万元");
    expect(keyed(rows, r, "cost")).toBe("是");
    expect(String(keyed(rows, r, "raw"))).toMatch(/^3、4-成本指标/);
    expect(isFormula(keyed(rows, r, "annual-money") as never)).toBe(true);
  });

  it("looks the project's amount up by id in the chosen cost column", () => {
    expect(keyed(rows, r, "amount")).toEqual({
      formula: `SUMIFS('预算表'!$D$5:$D$24,'预算表'!$R$5:$R$24,$V${rows.top + r + 1})`,
    });
    const fiscal = buildWorkbookLayout(reconcile(SEED), { costColumn: "fiscal" });
    const amount = keyed(block(sheetOf(fiscal, 1, "indicators"), "rows"), r, "amount");
    expect(amount).toEqual({
      formula: `SUMIFS('预算表'!$E$5:$E$24,'预算表'!$R$5:$R$24,$V${rows.top + r + 1})`,
    });
  });
});

describe("several tables", () => {
  const layout = buildWorkbookLayout(reconcile(VARIANTS["two tables"] ?? ""));

  it("gives each table a budget and an indicator sheet, sharing one tolerance", () => {
    expect(layout.sheets.map((s) => s.name)).toEqual([
      "预算表1",
      "绩效指标1",
      "预算表2",
      "绩效指标2",
    ]);
    expect(layout.names).toHaveLength(1);
    expect(block(sheetOf(layout, 2, "budget"), "summary").rows[1]?.[0]).toEqual({
      formula: TOLERANCE_NAME,
    });
    const second = layout.conditionalFormats.filter((r) => r.sheet === "预算表2");
    expect(second.length).toBeGreaterThan(0);
  });
});

describe("size independence", () => {
  const small = buildWorkbookLayout(reconcile(generatedTable(10)));
  const large = buildWorkbookLayout(reconcile(generatedTable(500)));

  const formulasPerRow = (layout: WorkbookLayout, kind: "budget" | "indicators"): Set<string> => {
    const sheet = sheetOf(layout, 1, kind);
    const rows = block(sheet, "rows");
    const kindCol = rows.columns.findIndex((c) => c.key === (kind === "budget" ? "kind" : "cost"));
    return new Set(rows.rows.map((r) => `${String(r[kindCol])}:${r.filter(isFormula).length}`));
  };

  it("has the same number of conditional-format rules whatever the size", () => {
    expect(large.conditionalFormats.length).toBe(small.conditionalFormats.length);
    const bottom = Math.max(...large.conditionalFormats.map((r) => parseRange(r.range).bottom));
    expect(bottom).toBe(block(sheetOf(large, 1, "indicators"), "rows").top + 999);
  });

  it("has the same formulas per row for each kind of row", () => {
    expect(formulasPerRow(large, "budget")).toEqual(formulasPerRow(small, "budget"));
    expect(formulasPerRow(small, "budget")).toEqual(new Set(["合计:9", "单位:9", "项目:2"]));
    expect(formulasPerRow(large, "indicators")).toEqual(formulasPerRow(small, "indicators"));
    expect(formulasPerRow(small, "indicators")).toEqual(new Set(["null:2", "是:4"]));
  });

  it("still agrees with the engine at 500 projects", () => {
    const result = reconcile(generatedTable(500));
    expectWorkbookMatchesEngine(loadLayout(large), large, result);
  });
});

describe("text from the paste", () => {
  const dangerous = ['=HYPERLINK("x","y")专项', "+1专项", "-1专项", "@SUM(A1)"];
  const text = tableText([
    ["合计", "4.00", "4.00", "", "", "", ""],
    unit("=1+1", "4.00"),
    ...dangerous.map((name) => project(name, "1.00", cost("=1万元"))),
  ]);

  it("stays text: names, goals and indicator values are strings, never formulas", () => {
    const layout = buildWorkbookLayout(reconcile(text));
    const names = block(sheetOf(layout, 1, "budget"), "names").rows.map((r) => r[0]);
    expect(names).toEqual(["合计", "=1+1", ...dangerous]);
    const rows = block(sheetOf(layout, 1, "indicators"), "rows");
    expect(rows.rows.map((r) => keyed(rows, rows.rows.indexOf(r), "project"))).toEqual(dangerous);
    // HyperFormula reads them back as the same strings, not as results.
    const wb = loadLayout(layout);
    expect(wb.value("预算表", "A7")).toBe('=HYPERLINK("x","y")专项');
    expect(wb.value("预算表", "A6")).toBe("=1+1");
    expect(wb.errors()).toEqual([]);
  });

  it("is cut at Excel's cell limit, with a diagnostic", () => {
    const long = "很长的绩效目标。".repeat(5000);
    const layout = buildWorkbookLayout(
      reconcile(
        tableText([
          ["合计", "1.00", "1.00", "", "", "", ""],
          ["甲项目", "1.00", "1.00", "", "", long, cost("1万元")],
        ]),
      ),
    );
    const goal = keyed(block(sheetOf(layout, 1, "budget"), "rows"), 1, "goal");
    expect(String(goal)).toHaveLength(EXCEL_CELL_LIMIT);
    expect(layout.diagnostics.map((d) => d.code)).toEqual(["text-truncated"]);
    expect(layout.diagnostics[0]?.line).toBe(6);
  });
});
