import { columnName, message } from "../model/messages.js";
import { level1ByName } from "../model/framework.js";
import type {
  Finding,
  Indicator,
  MoneyUnit,
  Operator,
  Row,
  Table,
  TargetValue,
} from "../model/types.js";
import { convertMoney, moneyFactor } from "../parse/units.js";
import { exceeds, roundDiff } from "./money.js";
import type { CheckOptions } from "./options.js";
import { rowsById } from "./rows.js";

export type CostVerdict = "agree" | "disagree" | "not-comparable" | "unquantified";

export interface CostComparison {
  verdict: CostVerdict;
  /** The target the verdict is about: the annual value, or the period value if there is none. */
  target: TargetValue | null;
  /** The target converted into the table's unit, when it is a money total. */
  money: number | null;
  /** The row's amount it was compared with. */
  amount: number | null;
}

/** Level-1 names already looked up: a table repeats the same few thousands of times. */
const level1CodeCache = new Map<string, string | null>();
const LEVEL1_CACHE_MAX = 4096;

function level1CodeOf(name: string): string | null {
  let code = level1CodeCache.get(name);
  if (code === undefined) {
    if (level1CodeCache.size >= LEVEL1_CACHE_MAX) level1CodeCache.clear();
    code = level1ByName(name)?.code ?? null;
    level1CodeCache.set(name, code);
  }
  return code;
}

/** 成本指标 as level 1 (code 4), or the older 成本指标 under 产出指标 (code 14). */
export function isCostIndicator(ind: Indicator): boolean {
  const l1 = ind.level1;
  const l2 = ind.level2;
  if (l1.code === "4" || (l1.name !== null && level1CodeOf(l1.name) === "4")) return true;
  if (l2.code === "14" || (l2.code?.startsWith("4") ?? false)) return true;
  return l2.name !== null && /成本/.test(l2.name) && l1.code !== "2" && l1.code !== "3";
}

export function costTarget(ind: Indicator): TargetValue | null {
  return ind.annual ?? ind.period;
}

/**
 * Whether an amount honours a money target under its operator, within the tolerance. A target
 * written without an operator is an exact amount. The worksheet's verdict formula mirrors this.
 */
export function honours(
  amount: number,
  op: Operator | null,
  target: number,
  tolerance: number,
): boolean {
  const d = roundDiff(amount - target);
  switch (op) {
    case "<=":
      return d <= tolerance;
    case "<":
      return d < -tolerance;
    case ">=":
      return d >= -tolerance;
    case ">":
      return d > tolerance;
    default:
      return !exceeds(d, tolerance);
  }
}

/**
 * convertMoney() with a shortcut for the usual case, a target already in the table's unit: the
 * same number, rounded to 10 places as convertMoney rounds, without its round trip through text.
 */
function toTableUnit(value: number, unit: string, tableUnit: MoneyUnit): number | null {
  const factor = moneyFactor(unit);
  if (factor === null) return null;
  if (factor === moneyFactor(tableUnit) && Number.isFinite(value))
    return Number(value.toFixed(10)) + 0;
  return convertMoney(value, unit, tableUnit);
}

export function compareCost(
  ind: Indicator,
  row: Row,
  table: Table,
  options: CheckOptions,
): CostComparison {
  const target = costTarget(ind);
  const amount = row.amounts[options.costColumn];
  if (!target || target.value === null)
    return { verdict: "unquantified", target, money: null, amount };
  const unit = target.unit;
  const money = unit === null ? null : toTableUnit(target.value, unit, table.unit);
  if (money === null) return { verdict: "not-comparable", target, money: null, amount };
  const verdict = honours(amount ?? 0, target.op, money, options.tolerance) ? "agree" : "disagree";
  return { verdict, target, money, amount };
}

export function checkCosts(table: Table, options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const rows = rowsById(table);
  for (const ind of table.indicators) {
    if (!isCostIndicator(ind)) continue;
    const row = rows.get(ind.rowId);
    if (!row) continue;
    const c = compareCost(ind, row, table, options);
    if (c.verdict === "agree") continue;
    const code = `cost-${c.verdict}`;
    findings.push({
      rule: "cost-vs-funding",
      severity: c.verdict === "disagree" ? "error" : "info",
      code,
      tableIndex: table.index,
      rowId: row.id,
      column: options.costColumn,
      indicatorSeq: ind.seq,
      stated: c.amount,
      expected: c.money,
      delta: c.money === null ? null : roundDiff((c.amount ?? 0) - c.money),
      message: message(code, options.lang, {
        name: row.name,
        seq: ind.seq ?? "",
        value: c.target?.text ?? "",
        column: columnName(options.costColumn, options.lang),
        stated: c.amount ?? 0,
        expected: c.money,
      }),
    });
  }
  return findings;
}
