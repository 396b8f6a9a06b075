/**
 * Words the workbook shows. Headers are Chinese (the users' language); every column also has an
 * English key in the layout, which is what code and tests use.
 */
import type { CostVerdict } from "../check/cost.js";
import type { AmountColumn, RowKind } from "../model/types.js";

export const AMOUNT_HEADERS: Record<AmountColumn, string> = {
  total: "总计",
  fiscal: "财政拨款",
  specialAccount: "财政专户拨款",
  other: "其他资金",
};

export const KIND_LABELS: Record<RowKind, string> = {
  total: "合计",
  unit: "单位",
  project: "项目",
};

/**
 * What the verdict formula writes. The conditional formats and the summary counts compare with
 * these exact strings, so they live in one place.
 */
export const VERDICT_LABELS: Record<CostVerdict, string> = {
  agree: "一致",
  disagree: "不一致",
  "not-comparable": "不可比",
  unquantified: "未量化",
};

/** Marks a cost indicator in the indicator sheet's 成本指标 column. */
export const COST_MARK = "是";

export const SUMMARY_LABELS = {
  tolerance: "容差",
  subtotal: "小计不符",
  fundingSum: "来源不符",
  costDisagree: "成本不一致",
  costNotComparable: "成本不可比",
  costUnquantified: "成本未量化",
} as const;
