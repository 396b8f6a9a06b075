/**
 * Hostile text for the workbook writers: pasted names, goals and indicator texts that look like
 * formulas, and the same behind a tab, a carriage return or a control character. Shared by the Office.js writer test
 * (test/excel/hostile.test.ts) and the .xlsx test (test/xlsx/hostile.test.ts).
 */
import { reconcile, type ReconResult } from "../../src/index.js";
import {
  buildWorkbookLayout,
  isFormula,
  type Cell,
  type WorkbookLayout,
} from "../../src/layout/index.js";
import { cellAddress } from "../../src/layout/a1.js";
import { cellText } from "../../src/layout/text.js";
import { GOAL, cost, project, tableText, unit } from "./workbookTables.js";

/** What each starts with: Excel would read all of them as a formula if typed. */
export const FORMULA_LIKE = [
  '=HYPERLINK("x","点我")',
  "+1+1",
  "-1+1",
  "@SUM(1,2)",
  "=1+1",
] as const;

/**
 * The same behind a tab, a carriage return or another control character, which no paste form
 * carries at a cell's start. Cells hold them as cellText() makes them: a CR becomes the line feed
 * Excel uses in cells, characters XML forbids are dropped.
 */
export const WHITESPACE_LED = ["\t=1+1", "\r=1+1", "\r\n+1", "\t@SUM(1)", "\u0001-1"] as const;

export interface HostileWorkbook {
  result: ReconResult;
  layout: WorkbookLayout;
  /** Every hostile text as it should stand in some cell. */
  texts: string[];
}

/**
 * A table whose project names, goals and indicator texts begin with `=`, `+`, `-`, `@` (through
 * the parser), and whose parsed rows and indicators then also get names, goals, indicator names,
 * original texts and target texts that begin with a tab or a carriage return.
 */
export function hostileWorkbook(): HostileWorkbook {
  const projects = FORMULA_LIKE.map(
    (text, i) =>
      [
        `${text}专项${i}`,
        "1.00",
        "1.00",
        "",
        "",
        `${text}${GOAL}`,
        `1、4-成本指标；41-经济成本指标；${text}投入；实施周期指标值:1万元；年度指标值:1万元。`,
      ] as const,
  );
  const plain = WHITESPACE_LED.map((_, i) => project(`普通项目${i}`, "1.00", cost("1万元")));
  const total = (projects.length + plain.length).toFixed(2);
  const parsed = reconcile(
    tableText([
      ["合计", total, total, "", "", "", ""],
      unit(`${FORMULA_LIKE[1]}单位`, total),
      ...projects,
      ...plain,
    ]),
    { lang: "zh" },
  );
  const result = structuredClone(parsed);
  const table = result.tables[0];
  if (table === undefined) throw new Error("the hostile table did not parse");
  const rows = table.rows.filter((r) => r.kind === "project").slice(projects.length);
  WHITESPACE_LED.forEach((text, i) => {
    const row = rows[i];
    if (row === undefined) return;
    row.name = `${text}名称`;
    row.goal = `${text}目标`;
    const indicator = table.indicators.find((x) => x.rowId === row.id);
    if (indicator === undefined) return;
    indicator.name = `${text}指标`;
    indicator.raw = `${text}原文`;
    if (indicator.period !== null) indicator.period = { ...indicator.period, text: `${text}值` };
  });
  const layout = buildWorkbookLayout(result, { lang: "zh" });
  const texts = [
    ...projects.flatMap(([name, , , , , goal]) => [name, goal]),
    ...FORMULA_LIKE.map((t) => `${t}投入`),
    ...WHITESPACE_LED.flatMap((t) => [`${t}名称`, `${t}目标`, `${t}指标`, `${t}原文`, `${t}值`]),
    `${FORMULA_LIKE[1]}单位`,
  ].map(cellText);
  return { result, layout, texts };
}

export interface TextCell {
  sheet: string;
  address: string;
  text: string;
}

/** Every literal text cell of the layout, with its address. */
export function textCells(layout: WorkbookLayout): TextCell[] {
  const out: TextCell[] = [];
  for (const sheet of layout.sheets) {
    for (const block of sheet.blocks) {
      block.rows.forEach((cells: Cell[], r) =>
        cells.forEach((cell, c) => {
          if (typeof cell === "string" && cell !== "" && !isFormula(cell))
            out.push({
              sheet: sheet.name,
              address: cellAddress(block.top + r, block.left + c),
              text: cell,
            });
        }),
      );
    }
  }
  return out;
}

/** A goal far past Excel's 32,767-character cell limit. */
export const LONG_GOAL = "很长的绩效目标。".repeat(5000);

/** A table whose one goal is LONG_GOAL, laid out. */
export function longGoalLayout(): WorkbookLayout {
  const long = LONG_GOAL;
  return buildWorkbookLayout(
    reconcile(
      tableText([
        ["合计", "1.00", "1.00", "", "", "", ""],
        ["甲项目", "1.00", "1.00", "", "", long, cost("1万元")],
      ]),
    ),
  );
}
