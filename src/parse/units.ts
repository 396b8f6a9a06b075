/**
 * Units of measure written after a target value, and conversion between money units.
 * Units are kept in their half-width form: the parser folds ％ to % and ／ to / before matching.
 */
import type { MoneyUnit } from "../model/types.js";

/** Factor to 元. Bare 万 and 亿 are money: "250万" in a 成本指标 is 250 万元. */
const MONEY_FACTORS: Readonly<Record<string, number>> = {
  元: 1,
  千元: 1e3,
  万元: 1e4,
  万: 1e4,
  亿元: 1e8,
  亿: 1e8,
};

// prettier-ignore
const PLAIN_UNITS = [
  // money
  "元", "千元", "万元", "万", "亿元", "亿", "元/人",
  // ratios
  "%", "‰", "百分比", "百分点", "个百分点", "倍",
  // counts
  "个", "次", "人", "人次", "场", "场次", "批", "批次", "期", "份", "家", "条", "辆", "项", "套",
  "台", "件", "篇", "户", "所", "名", "册", "本", "部", "张", "处", "间", "门", "节", "课时", "学时",
  // counts in ten-thousands: 1.5万人次 is a count, not money
  "万人", "万人次", "万次", "万户", "万册", "万份", "万件", "万亩", "万吨", "万平方米",
  // size and weight
  "平方米", "平方公里", "立方米", "公里", "千米", "米", "吨", "亩", "公顷", "公斤", "千克",
  // time, and 分 as a score
  "天", "日", "工作日", "个工作日", "周", "月", "个月", "年", "小时", "分钟", "分",
];

/** Every unit the parser recognises on its own, longest first so 批次 wins over 批. */
export const UNITS: readonly string[] = [...new Set(PLAIN_UNITS)].sort(
  (a, b) => b.length - a.length,
);

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const ANY_UNIT = UNITS.map(escapeRe).join("|");
// The part after the slash of a rate: a known unit, else one character (元/人·天, 次/年, 万/月).
const DENOMINATOR = `(?:${ANY_UNIT}|\\p{Script=Han})`;
// Compounds first: alternation takes the first branch that matches, and 万元/人 must beat 万元.
const UNIT_RE = new RegExp(
  `(?:${ANY_UNIT})\\/${DENOMINATOR}(?:[/·]${DENOMINATOR})*|${ANY_UNIT}`,
  "uy",
);

/** The unit that starts at `from` in half-width text (longest match), or null. */
export function readUnit(text: string, from = 0): string | null {
  UNIT_RE.lastIndex = from;
  return UNIT_RE.exec(text)?.[0] ?? null;
}

/** Factor from `unit` to 元 for plain money units, null for anything else (元/人, %, 个). */
export function moneyFactor(unit: string): number | null {
  return MONEY_FACTORS[normaliseUnit(unit)] ?? null;
}

/** True for a rate whose numerator is money: 元/人, 万元/次, 万/月. */
export function isPerUnitMoney(unit: string): boolean {
  const [numerator, denominator] = normaliseUnit(unit).split("/", 2);
  return !!numerator && !!denominator && moneyFactor(numerator) !== null;
}

/**
 * `value` in `fromUnit` expressed in `toUnit`, rounded to 10 decimal places so that
 * 240000 元 is exactly 24 万元 and 0.3 万元 exactly 3000 元. Null when `fromUnit` is not plain
 * money (a rate like 元/人 cannot be converted without its count) or `value` is not finite.
 */
export function convertMoney(value: number, fromUnit: string, toUnit: MoneyUnit): number | null {
  const from = moneyFactor(fromUnit);
  const to = MONEY_FACTORS[toUnit];
  if (from === null || to === undefined || !Number.isFinite(value)) return null;
  // Factors are powers of ten, so shift the decimal exponent of the shortest round-trip spelling
  // instead of multiplying: -50.971881 * 1e4 is -509718.8100000001, "-5.0971881e5" is exact.
  const [mantissa, exponent] = value.toExponential().split("e");
  const shifted = Number(`${mantissa}e${Number(exponent) + Math.round(Math.log10(from / to))}`);
  return Number(shifted.toFixed(10)) + 0; // + 0 turns -0 into 0
}

/** Folds the full-width spellings of a unit (％, ／) to the half-width ones used in UNITS. */
export function normaliseUnit(unit: string): string {
  if (!unit.includes("％") && !unit.includes("／")) return unit;
  return unit.replace(/％/g, "%").replace(/／/g, "/");
}
