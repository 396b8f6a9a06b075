/**
 * The columns of the two sheets, left to right: key, Chinese header, width, format and style.
 * Formulas find columns by key, so reordering here moves them everywhere at once.
 */
import type { AmountColumn, MoneyUnit } from "../model/types.js";
import { AMOUNT_COLUMNS } from "../model/types.js";
import { AMOUNT_HEADERS } from "./labels.js";
import type { LayoutStyle } from "./styles.js";

export interface ColumnSpec<K extends string> {
  key: K;
  header: string;
  width: number;
  numberFormat?: string;
  style: LayoutStyle;
  /** Starts collapsed in an outline group (see ColumnLayout.collapsed). */
  collapsed?: boolean;
}

/** Two decimals, as budget tables print money. */
export const MONEY_FORMAT = "0.00";
/** A difference: two decimals, a dash for zero so that real differences stand out. */
export const DIFF_FORMAT = '0.00;-0.00;"-"';
/** A converted target: at least two decimals, up to six (9万元 in a 元 table is 90000.00). */
export const TARGET_FORMAT = "0.00####";
export const COUNT_FORMAT = '0;-0;"-"';
export const TEXT_FORMAT = "@";

export type SumKey = `sum-${AmountColumn}`;
export type DiffKey = `diff-${AmountColumn}`;
export type BudgetKey =
  | "name"
  | "kind"
  | "unit"
  | AmountColumn
  | SumKey
  | DiffKey
  | "fundingDiff"
  | "costDisagree"
  | "id"
  | "parentId"
  | "goal";

export const sumKey = (c: AmountColumn): SumKey => `sum-${c}`;
export const diffKey = (c: AmountColumn): DiffKey => `diff-${c}`;

export const BUDGET_COLUMNS: readonly ColumnSpec<BudgetKey>[] = [
  { key: "name", header: "项目名称（资金使用单位）", width: 36, style: "wrap" },
  { key: "kind", header: "类型", width: 5, style: "center" },
  { key: "unit", header: "资金使用单位", width: 16, style: "wrap" },
  ...AMOUNT_COLUMNS.map((c): ColumnSpec<BudgetKey> => ({
    key: c,
    header: AMOUNT_HEADERS[c],
    // A table in 元 has totals of eight digits and more (67893696.00): a narrower column shows ###.
    width: 13,
    numberFormat: MONEY_FORMAT,
    style: "number",
  })),
  ...AMOUNT_COLUMNS.map((c): ColumnSpec<BudgetKey> => ({
    key: sumKey(c),
    header: `下级合计\n${AMOUNT_HEADERS[c]}`,
    width: 13,
    numberFormat: MONEY_FORMAT,
    style: "computed",
    // The differences beside them say what a reader needs; the sums are there for checking.
    collapsed: true,
  })),
  ...AMOUNT_COLUMNS.map((c): ColumnSpec<BudgetKey> => ({
    key: diffKey(c),
    header: `小计差额\n${AMOUNT_HEADERS[c]}`,
    width: 12,
    numberFormat: DIFF_FORMAT,
    style: "computed",
  })),
  {
    key: "fundingDiff",
    header: "来源差额\n总计−各来源",
    width: 11,
    numberFormat: DIFF_FORMAT,
    style: "computed",
  },
  {
    key: "costDisagree",
    header: "成本指标\n不一致",
    width: 9.5,
    numberFormat: COUNT_FORMAT,
    style: "computed",
  },
  { key: "id", header: "编号", width: 11, style: "text" },
  { key: "parentId", header: "上级编号", width: 9.5, style: "text" },
  { key: "goal", header: "绩效目标", width: 50, style: "wrap" },
];

export type TargetPart = "text" | "op" | "value" | "unit" | "money";
export type TargetKey = `period-${TargetPart}` | `annual-${TargetPart}`;
export type IndicatorKey =
  | "project"
  | "unit"
  | "seq"
  | "level1Code"
  | "level1Name"
  | "level2Code"
  | "level2Name"
  | "name"
  | TargetKey
  | "cost"
  | "amount"
  | "verdict"
  | "rowId"
  | "raw";

function targetColumns(
  which: "period" | "annual",
  label: string,
  tableUnit: MoneyUnit,
): ColumnSpec<IndicatorKey>[] {
  return [
    { key: `${which}-text`, header: label, width: 22, style: "wrap" },
    { key: `${which}-op`, header: "运算符", width: 6, style: "center", numberFormat: TEXT_FORMAT },
    { key: `${which}-value`, header: "数值", width: 9, style: "number" },
    { key: `${which}-unit`, header: "计量单位", width: 7, style: "center" },
    {
      key: `${which}-money`,
      header: `折合金额\n（${tableUnit}）`,
      width: 11,
      numberFormat: TARGET_FORMAT,
      style: "computed",
    },
  ];
}

/** The indicator sheet's columns; two headers name the table's unit and the cost column. */
export function indicatorColumns(
  tableUnit: MoneyUnit,
  costColumn: AmountColumn,
): ColumnSpec<IndicatorKey>[] {
  return [
    { key: "project", header: "项目名称", width: 26, style: "wrap" },
    { key: "unit", header: "资金使用单位", width: 18, style: "wrap" },
    { key: "seq", header: "序号", width: 5, style: "center" },
    { key: "level1Code", header: "一级代码", width: 5, style: "center" },
    { key: "level1Name", header: "一级指标", width: 10, style: "wrap" },
    { key: "level2Code", header: "二级代码", width: 5, style: "center" },
    { key: "level2Name", header: "二级指标", width: 12, style: "wrap" },
    { key: "name", header: "指标名称", width: 22, style: "wrap" },
    ...targetColumns("period", "实施周期指标值", tableUnit),
    ...targetColumns("annual", "年度指标值", tableUnit),
    { key: "cost", header: "成本指标", width: 6, style: "center" },
    {
      key: "amount",
      header: `项目${AMOUNT_HEADERS[costColumn]}`,
      width: 11,
      numberFormat: MONEY_FORMAT,
      style: "computed",
    },
    { key: "verdict", header: "成本核对", width: 8, style: "center" },
    { key: "rowId", header: "项目编号", width: 12, style: "text" },
    { key: "raw", header: "指标原文", width: 60, style: "wrap" },
  ];
}
