/**
 * Every formula the workbook contains, one function each. Arguments are A1 references chosen by
 * the sheet builders; nothing here knows about rows or columns. The checks they mirror live in
 * src/check — keep the two in step (the HyperFormula tests compare them on every variant table).
 *
 * Portability: only functions Excel, LibreOffice and HyperFormula all evaluate the same way
 * (SUMIFS, COUNTIF(S), ROUND, ABS, IF, IFERROR, ISNUMBER, MATCH, CHOOSE, OR). No XLOOKUP, LET or
 * spilling arrays; ranges are bounded ($D$5:$D$30), never whole columns.
 */
import { DIFF_DECIMALS } from "../check/money.js";
import type { CostVerdict } from "../check/cost.js";
import { VERDICT_LABELS } from "./labels.js";

/** The workbook-level name of the tolerance cell. ASCII: HyperFormula rejects 容差. */
export const TOLERANCE_NAME = "Tolerance";

/** A formula string literal: "…" with inner quotes doubled. */
export function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Sum of the rows that name this row as their parent, for one money column. Keyed by id, not by
 * position, so sorting or filtering the sheet does not change what a subtotal adds up. Mirrors
 * childrenOf() + sumAmounts() in src/check/subtotal.ts (empty cells add 0).
 */
export function childSum(amounts: string, parentIds: string, id: string): string {
  return `SUMIFS(${amounts},${parentIds},${id})`;
}

/**
 * stated − computed, rounded to DIFF_DECIMALS places as the engine does (src/check/money.ts), so
 * that 563.39 − 563.38 is 0.01 and not 0.010000000000047748, and a difference exactly at the
 * tolerance gets the same verdict in the sheet and in the engine.
 */
export function difference(stated: string, computed: string): string {
  return `ROUND(${stated}-${computed},${DIFF_DECIMALS})`;
}

/**
 * 总计 − 财政拨款 − 财政专户拨款 − 其他资金, empty sources counting 0 (src/check/fundingSum.ts).
 * Only the source columns the table has are subtracted; the others are empty anyway.
 */
export function fundingDifference(total: string, sources: readonly string[]): string {
  return `ROUND(${[total, ...sources].join("-")},${DIFF_DECIMALS})`;
}

/**
 * How many of a project's cost indicators the indicator sheet judges 不一致: lights up the project
 * on the budget sheet. Keyed by the project's id, so either sheet can be sorted.
 */
export function disagreeingCostCount(rowIds: string, id: string, verdicts: string): string {
  return `COUNTIFS(${rowIds},${id},${verdicts},${literal(VERDICT_LABELS.disagree)})`;
}

/**
 * Number of differences in `range` beyond the tolerance, either side. COUNTIF cannot take ABS(),
 * hence two counts; empty cells (project rows have no subtotal) are not counted.
 */
export function exceedingCount(range: string): string {
  return `COUNTIF(${range},">"&${TOLERANCE_NAME})` + `+COUNTIF(${range},"<"&-${TOLERANCE_NAME})`;
}

/** How many verdict cells say `verdict`: the summary's cost counts. */
export function verdictCount(verdicts: string, verdict: CostVerdict): string {
  return `COUNTIF(${verdicts},${literal(VERDICT_LABELS[verdict])})`;
}

/** Another table's budget sheet shows the one shared tolerance rather than a second input. */
export function toleranceValue(): string {
  return TOLERANCE_NAME;
}

/** Money units and their factor to 元, as in src/parse/units.ts (MONEY_FACTORS). */
const MONEY_UNITS: readonly (readonly [string, number])[] = [
  ["元", 1],
  ["千元", 1e3],
  ["万元", 1e4],
  ["万", 1e4],
  ["亿元", 1e8],
  ["亿", 1e8],
];
/** The array constant of MONEY_UNITS' names and the list of their factors, as formulas write them. */
const MONEY_UNIT_ARRAY = `{${MONEY_UNITS.map(([u]) => literal(u)).join(",")}}`;
const MONEY_UNIT_FACTORS = MONEY_UNITS.map(([, f]) => String(f)).join(",");

/**
 * A target's number converted into the table's money unit, or "" when it is not a money amount
 * (元/人, %, 个, an empty number). Built from the number and unit cells so that editing either one
 * moves the verdict. ROUND(…,10) matches convertMoney()'s toFixed(10): 240000 元 is exactly 24.
 */
export function moneyInTableUnit(value: string, unit: string, tableUnitFactor: number): string {
  const factor = `CHOOSE(MATCH(${unit},${MONEY_UNIT_ARRAY},0),${MONEY_UNIT_FACTORS})`;
  // MATCH fails (#N/A) for any other unit; IFERROR turns that into "not money".
  return `IF(ISNUMBER(${value}),IFERROR(ROUND(${value}*${factor}/${tableUnitFactor},10),""),"")`;
}

/**
 * The project's amount a cost indicator is compared with, looked up by project id. SUMIFS over a
 * unique id returns the amount, and 0 for an empty cell, like the engine's `amount ?? 0`.
 */
export function projectAmount(amounts: string, ids: string, rowId: string): string {
  return `SUMIFS(${amounts},${ids},${rowId})`;
}

/**
 * honours() from src/check/cost.ts on cells, with d = ROUND(amount − target, 6):
 *   <=  d ≤ tol      <  d < −tol      >=  d ≥ −tol      >  d > tol
 *   anything else (empty, =, ~)  |d| ≤ tol
 */
export function honours(amount: string, op: string, target: string): string {
  const d = difference(amount, target);
  const t = TOLERANCE_NAME;
  return (
    `IF(${op}="<=",${d}<=${t},IF(${op}="<",${d}<-${t},` +
    `IF(${op}=">=",${d}>=-${t},IF(${op}=">",${d}>${t},ABS(${d})<=${t}))))`
  );
}

/**
 * compareCost() as a formula: no number → 未量化; a number that is not money → 不可比; otherwise
 * 一致 / 不一致 by honours(). The cells are the target the engine compares (costTarget(): the
 * annual value when there is one, else the period value).
 */
export function costVerdict(value: string, money: string, op: string, amount: string): string {
  const w = (v: CostVerdict): string => literal(VERDICT_LABELS[v]);
  return (
    `IF(NOT(ISNUMBER(${value})),${w("unquantified")},` +
    `IF(NOT(ISNUMBER(${money})),${w("not-comparable")},` +
    `IF(${honours(amount, op, money)},${w("agree")},${w("disagree")})))`
  );
}

// Conditional-format conditions. Written for the top-left cell of the range they cover; relative
// references follow each cell, $-pinned ones stay.

/** A difference cell beyond the tolerance (an empty cell is 0 and never lights up). */
export function beyondTolerance(difference: string): string {
  return `ABS(${difference})>${TOLERANCE_NAME}`;
}

/** A count above zero. */
export function positive(count: string): string {
  return `${count}>0`;
}

/** A cell showing one of the given verdicts. */
export function verdictIs(cell: string, verdicts: readonly CostVerdict[]): string {
  const tests = verdicts.map((v) => `${cell}=${literal(VERDICT_LABELS[v])}`);
  return tests.length === 1 ? (tests[0] ?? "") : `OR(${tests.join(",")})`;
}
