/**
 * The budget sheet (预算表): the table as pasted, one row per 合计/单位/项目 row in input order,
 * with live check columns beside the amounts and a summary of open problems above them.
 */
import type { AmountColumn, Row } from "../model/types.js";
import { AMOUNT_COLUMNS } from "../model/types.js";
import { ABSOLUTE, cellAddress } from "./a1.js";
import { BUDGET_COLUMNS, COUNT_FORMAT, diffKey, sumKey, type BudgetKey } from "./columns.js";
import * as f from "./formulas.js";
import { KIND_LABELS, SUMMARY_LABELS } from "./labels.js";
import type { Block, Cell, ConditionalFormat, NamedCell, SheetLayout } from "./model.js";
import type { TablePlan } from "./plan.js";
import { blockColumns, columnLayouts, headerBlock, printSetup } from "./sheetParts.js";
import type { TextCells } from "./text.js";
import { estimateRowHeights } from "./rowHeights.js";
import { STYLES, type LayoutStyle } from "./styles.js";

export interface BuiltSheet {
  sheet: SheetLayout;
  conditionalFormats: ConditionalFormat[];
  names: NamedCell[];
}

const ROW_STYLES: Record<Row["kind"], LayoutStyle | null> = {
  total: "totalRow",
  unit: "unitRow",
  project: null,
};

// The name column is its own block so that only it carries the projects' indent.
const NAME_STYLES: Record<Row["kind"], LayoutStyle> = {
  total: "totalRow",
  unit: "unitRow",
  project: "projectName",
};

export function buildBudgetSheet(plan: TablePlan, text: TextCells): BuiltSheet {
  const { table, budget: g } = plan;
  const rowsById = new Map(table.rows.map((r) => [r.id, r]));
  const unitName = (row: Row): string | null => {
    if (row.kind === "unit") return row.name;
    const parent = row.parentId === null ? undefined : rowsById.get(row.parentId);
    return parent?.kind === "unit" ? parent.name : null;
  };
  const sources = table.columns.filter((c) => c !== "total");
  const checksFunding = table.columns.includes("total") && sources.length > 0;

  const dataSpecs = BUDGET_COLUMNS.filter((c) => c.key !== "name");
  const dataRows: Cell[][] = table.rows.map((row, i) => {
    const r = g.firstRow + i;
    const values: Record<BudgetKey, Cell> = {
      name: null,
      kind: KIND_LABELS[row.kind],
      unit: text.cell(unitName(row), row.line),
      ...amountCells(row),
      ...subtotalCells(plan, row, r),
      fundingDiff: checksFunding
        ? {
            formula: f.fundingDifference(
              g.rowCell("total", r),
              sources.map((c) => g.rowCell(c, r)),
            ),
          }
        : null,
      costDisagree:
        row.kind === "project"
          ? {
              formula: f.disagreeingCostCount(
                plan.indicators.columnOnSheet("rowId"),
                g.rowCell("id", r),
                plan.indicators.columnOnSheet("verdict"),
              ),
            }
          : null,
      id: row.id,
      parentId: row.parentId,
      goal: text.cell(row.goal, row.line),
    };
    return dataSpecs.map((s) => values[s.key]);
  });

  const nameSpec = BUDGET_COLUMNS.filter((c) => c.key === "name");
  const blocks: Block[] = [
    titleBlock(plan, text),
    summaryBlock(plan),
    headerBlock(BUDGET_COLUMNS, g.headerRow),
    {
      key: "names",
      top: g.firstRow,
      left: g.col("name"),
      columns: blockColumns(nameSpec),
      rows: table.rows.map((row) => [text.cell(row.name, row.line)]),
      rowStyles: table.rows.map((row) => NAME_STYLES[row.kind]),
    },
    {
      key: "rows",
      top: g.firstRow,
      left: g.col("kind"),
      columns: blockColumns(dataSpecs),
      rows: dataRows,
      rowStyles: table.rows.map((row) => ROW_STYLES[row.kind]),
    },
  ];

  const columns = columnLayouts(BUDGET_COLUMNS);
  const names: NamedCell[] = plan.ownsTolerance
    ? [{ name: f.TOLERANCE_NAME, sheet: g.sheet, address: toleranceAddress(plan) }]
    : [];

  return {
    sheet: {
      name: g.sheet,
      kind: "budget",
      tableIndex: table.index,
      columns,
      blocks,
      rowHeights: estimateRowHeights(blocks, columns, STYLES),
      frozenRows: g.headerRow + 1,
      frozenColumns: 1,
      autoFilter: g.filterRange(),
      print: printSetup(g.headerRow),
    },
    conditionalFormats: budgetRules(plan),
    names,
  };
}

function amountCells(row: Row): Record<AmountColumn, Cell> {
  const { total, fiscal, specialAccount, other } = row.amounts;
  return { total, fiscal, specialAccount, other };
}

/** Subtotal sums and differences: formulas on 合计 and 单位 rows, empty on projects. */
function subtotalCells(
  plan: TablePlan,
  row: Row,
  r: number,
): Record<`sum-${AmountColumn}` | `diff-${AmountColumn}`, Cell> {
  const g = plan.budget;
  const out = {} as Record<`sum-${AmountColumn}` | `diff-${AmountColumn}`, Cell>;
  for (const c of AMOUNT_COLUMNS) {
    const isSubtotal = row.kind !== "project";
    out[sumKey(c)] = isSubtotal
      ? { formula: f.childSum(g.column(c), g.column("parentId"), g.rowCell("id", r)) }
      : null;
    out[diffKey(c)] = isSubtotal
      ? { formula: f.difference(g.rowCell(c, r), g.rowCell(sumKey(c), r)) }
      : null;
  }
  return out;
}

function titleBlock(plan: TablePlan, text: TextCells): Block {
  const { table } = plan;
  const line = table.headerLines[0] ?? null;
  return {
    key: "title",
    top: 0,
    left: 0,
    columns: [{ key: "title" }],
    rows: [
      [text.cell(table.title ?? "项目支出绩效目标表", line)],
      [table.department === null ? null : text.cell(`部门名称：${table.department}`, line)],
      [`单位：${table.unit}`],
    ],
    rowStyles: ["title", "subtitle", "subtitle"],
  };
}

/** Summary: tolerance input and the open-problem counts. */
const SUMMARY_KEYS = [
  "tolerance",
  "subtotal",
  "fundingSum",
  "costDisagree",
  "costNotComparable",
  "costUnquantified",
] as const;

/** Above the check columns it summarises (and clear of the collapsed 下级合计 group). */
function summaryLeft(plan: TablePlan): number {
  return plan.budget.col(diffKey("total"));
}

function toleranceAddress(plan: TablePlan): string {
  return cellAddress(1, summaryLeft(plan), ABSOLUTE);
}

function summaryBlock(plan: TablePlan): Block {
  const g = plan.budget;
  const verdicts = plan.indicators.columnOnSheet("verdict");
  const values: Record<(typeof SUMMARY_KEYS)[number], Cell> = {
    tolerance: plan.ownsTolerance ? plan.options.tolerance : { formula: f.toleranceValue() },
    subtotal: { formula: f.exceedingCount(g.absoluteSpan(diffKey("total"), diffKey("other"))) },
    fundingSum: { formula: f.exceedingCount(g.column("fundingDiff")) },
    costDisagree: { formula: f.verdictCount(verdicts, "disagree") },
    costNotComparable: { formula: f.verdictCount(verdicts, "not-comparable") },
    costUnquantified: { formula: f.verdictCount(verdicts, "unquantified") },
  };
  return {
    key: "summary",
    top: 0,
    left: summaryLeft(plan),
    columns: SUMMARY_KEYS.map((k) =>
      k === "tolerance"
        ? { key: k, style: "input", numberFormat: "0.000###" }
        : { key: k, style: "summaryValue", numberFormat: COUNT_FORMAT },
    ),
    rows: [SUMMARY_KEYS.map((k) => SUMMARY_LABELS[k]), SUMMARY_KEYS.map((k) => values[k])],
    rowStyles: ["summaryLabel", null],
  };
}

/** One rule per column range; the formulas are written for the range's first row. */
function budgetRules(plan: TablePlan): ConditionalFormat[] {
  const g = plan.budget;
  const r = g.firstRow;
  const sheet = g.sheet;
  const left = summaryLeft(plan);
  const first = cellAddress(1, left + 1);
  return [
    {
      // A stated amount (any money column) that its children do not add up to. The difference
      // columns sit in the same order as the amounts, so one relative rule covers all four.
      key: "subtotal-stated",
      sheet,
      range: g.span("total", "other"),
      formula: f.beyondTolerance(cellAddress(r, g.col(diffKey("total")))),
      style: "cfProblem",
    },
    {
      key: "subtotal-difference",
      sheet,
      range: g.span(diffKey("total"), diffKey("other")),
      formula: f.beyondTolerance(cellAddress(r, g.col(diffKey("total")))),
      style: "cfProblem",
    },
    {
      // A 总计 its sources do not add up to.
      key: "funding-total",
      sheet,
      range: g.span("total"),
      formula: f.beyondTolerance(g.rowCell("fundingDiff", r)),
      style: "cfFunding",
    },
    {
      key: "funding-difference",
      sheet,
      range: g.span("fundingDiff"),
      formula: f.beyondTolerance(g.rowCell("fundingDiff", r)),
      style: "cfFunding",
    },
    {
      // The project whose cost indicator disagrees with its money.
      key: "cost-project",
      sheet,
      range: g.span("name"),
      formula: f.positive(g.rowCell("costDisagree", r)),
      style: "cfProblem",
    },
    {
      // Summary counts of problems (not the informational ones) above zero.
      key: "summary-problems",
      sheet,
      range: `${first}:${cellAddress(1, left + 3)}`,
      formula: f.positive(first),
      style: "cfProblem",
    },
    {
      key: "summary-info",
      sheet,
      range: `${cellAddress(1, left + 4)}:${cellAddress(1, left + 5)}`,
      formula: f.positive(cellAddress(1, left + 4)),
      style: "cfInfo",
    },
  ];
}
