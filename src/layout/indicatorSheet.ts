/**
 * The indicator sheet (绩效指标): one row per indicator, its codes and names split out, each target
 * value split into text, operator, number and unit, and for cost indicators a live comparison
 * with the project's amount on the budget sheet.
 */
import { isCostIndicator } from "../check/cost.js";
import type { Indicator, Row, TargetValue } from "../model/types.js";
import { moneyFactor } from "../parse/units.js";
import type { BuiltSheet } from "./budgetSheet.js";
import { indicatorColumns, type IndicatorKey, type TargetKey } from "./columns.js";
import * as f from "./formulas.js";
import { AMOUNT_HEADERS, COST_MARK } from "./labels.js";
import type { Block, Cell, ConditionalFormat } from "./model.js";
import type { TablePlan } from "./plan.js";
import { blockColumns, columnLayouts, headerBlock, printSetup } from "./sheetParts.js";
import type { TextCells } from "./text.js";
import { estimateRowHeights } from "./rowHeights.js";
import { STYLES } from "./styles.js";

export function buildIndicatorSheet(plan: TablePlan, text: TextCells): BuiltSheet {
  const { table, indicators: g, options } = plan;
  const specs = indicatorColumns(table.unit, options.costColumn);
  const rowsById = new Map(table.rows.map((r) => [r.id, r]));
  const unitName = (row: Row | undefined): string | null => {
    const parent = row?.parentId == null ? undefined : rowsById.get(row.parentId);
    return parent?.kind === "unit" ? parent.name : null;
  };
  // Factor of the table's unit to 元: the divisor of every money conversion on this sheet.
  const tableFactor = moneyFactor(table.unit) ?? 1;

  const rows: Cell[][] = table.indicators.map((ind, i) => {
    const r = g.firstRow + i;
    const row = rowsById.get(ind.rowId);
    const line = ind.line;
    // The engine skips a cost indicator whose row is missing; so does the sheet.
    const cost = row !== undefined && isCostIndicator(ind);
    const values: Record<IndicatorKey, Cell> = {
      project: text.cell(row?.name ?? null, line),
      unit: text.cell(unitName(row), line),
      seq: ind.seq,
      level1Code: text.cell(ind.level1.code, line),
      level1Name: text.cell(ind.level1.name, line),
      level2Code: text.cell(ind.level2.code, line),
      level2Name: text.cell(ind.level2.name, line),
      name: text.cell(ind.name, line),
      ...targetCells(plan, "period", ind.period, r, tableFactor, text, line),
      ...targetCells(plan, "annual", ind.annual, r, tableFactor, text, line),
      cost: cost ? COST_MARK : null,
      amount: cost
        ? {
            formula: f.projectAmount(
              plan.budget.columnOnSheet(options.costColumn),
              plan.budget.columnOnSheet("id"),
              g.rowCell("rowId", r),
            ),
          }
        : null,
      verdict: cost ? { formula: verdictFormula(plan, ind, r) } : null,
      rowId: ind.rowId,
      raw: text.cell(ind.raw, line),
    };
    return specs.map((s) => values[s.key]);
  });

  const note =
    `金额单位：${table.unit}。成本指标与项目的“${AMOUNT_HEADERS[options.costColumn]}”比较` +
    `（有年度指标值时用年度值），容差见预算表的 ${f.TOLERANCE_NAME} 单元格。`;
  const blocks: Block[] = [
    {
      key: "title",
      top: 0,
      left: 0,
      columns: [{ key: "title" }],
      rows: [[text.cell(`绩效指标 · ${table.title ?? "项目支出绩效目标表"}`, null)], [note]],
      rowStyles: ["title", "subtitle"],
    },
    headerBlock(specs, g.headerRow),
    {
      key: "rows",
      top: g.firstRow,
      left: 0,
      columns: blockColumns(specs),
      rows,
    },
  ];

  const columns = columnLayouts(specs);
  return {
    sheet: {
      name: g.sheet,
      kind: "indicators",
      tableIndex: table.index,
      columns,
      blocks,
      rowHeights: estimateRowHeights(blocks, columns, STYLES),
      frozenRows: g.headerRow + 1,
      frozenColumns: 0,
      autoFilter: g.filterRange(),
      print: printSetup(g.headerRow),
    },
    conditionalFormats: indicatorRules(plan),
    names: [],
  };
}

function targetCells(
  plan: TablePlan,
  which: "period" | "annual",
  target: TargetValue | null,
  r: number,
  tableFactor: number,
  text: TextCells,
  line: number,
): Record<TargetKey, Cell> {
  const g = plan.indicators;
  const key = (part: "text" | "op" | "value" | "unit" | "money"): TargetKey => `${which}-${part}`;
  const cells = {} as Record<TargetKey, Cell>;
  cells[key("text")] = text.cell(target?.text ?? null, line);
  cells[key("op")] = target?.op ?? null;
  cells[key("value")] = target?.value ?? null;
  cells[key("unit")] = text.cell(target?.unit ?? null, line);
  // On every row, even for a count: typing 万元 into the unit cell makes it money.
  cells[key("money")] = {
    formula: f.moneyInTableUnit(g.rowCell(key("value"), r), g.rowCell(key("unit"), r), tableFactor),
  };
  return cells;
}

/**
 * The verdict compares the target costTarget() picks — the annual value when the indicator has
 * one, else the period value. The choice is made here, from the parse, so the formula stays short.
 */
function verdictFormula(plan: TablePlan, ind: Indicator, r: number): string {
  const g = plan.indicators;
  const which = ind.annual !== null ? "annual" : "period";
  return f.costVerdict(
    g.rowCell(`${which}-value`, r),
    g.rowCell(`${which}-money`, r),
    g.rowCell(`${which}-op`, r),
    g.rowCell("amount", r),
  );
}

function indicatorRules(plan: TablePlan): ConditionalFormat[] {
  const g = plan.indicators;
  const sheet = g.sheet;
  const verdict = g.rowCell("verdict", g.firstRow);
  return [
    {
      key: "cost-verdict",
      sheet,
      range: g.span("verdict"),
      formula: f.verdictIs(verdict, ["disagree"]),
      style: "cfProblem",
    },
    {
      key: "cost-indicator",
      sheet,
      range: g.span("name"),
      formula: f.verdictIs(verdict, ["disagree"]),
      style: "cfProblem",
    },
    {
      key: "cost-info",
      sheet,
      range: g.span("verdict"),
      formula: f.verdictIs(verdict, ["not-comparable", "unquantified"]),
      style: "cfInfo",
    },
  ];
}
