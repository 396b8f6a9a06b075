/**
 * One target value (实施周期指标值 / 年度指标值, the text after the colon) into its parts:
 *
 *   [label][op-prefix][number][unit][op-suffix][suffix]
 *   有效化解率 大于等于   90      %
 *   该项目整体支出金额 不超过 35  万元
 *                     ≤    620    万/月
 *                           一     家                律所
 *
 * Anything that does not fit is qualitative: `text` is kept and every other field is null.
 */
import type { Operator, TargetValue } from "../model/types.js";
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from "./numerals.js";
import { tidy, toHalfWidth } from "./text.js";
import { readUnit } from "./units.js";

// The text is matched in its half-width form (see toHalfWidth), so ＞ ＝ ％ and full-width digits
// need no entries of their own. Longest first: 不超过 must win over 超过, 大于等于 over 等于.
const PREFIX_OPS: ReadonlyArray<readonly [string, Operator]> = [
  ["大于等于", ">="],
  ["小于等于", "<="],
  ["不低于", ">="],
  ["不少于", ">="],
  ["不超过", "<="],
  ["不高于", "<="],
  ["不多于", "<="],
  ["不大于", "<="],
  ["至少", ">="],
  ["达到", ">="],
  ["大于", ">"],
  ["超过", ">"],
  ["高于", ">"],
  ["多于", ">"],
  ["不超", "<="],
  ["小于", "<"],
  ["低于", "<"],
  ["少于", "<"],
  ["等于", "="],
  ["大约", "~"],
  [">=", ">="],
  ["<=", "<="],
  ["≥", ">="],
  ["≧", ">="],
  ["≤", "<="],
  ["≦", "<="],
  [">", ">"],
  ["<", "<"],
  ["=", "="],
  ["为", "="],
  ["约", "~"],
];
const SUFFIX_OPS: ReadonlyArray<readonly [string, Operator]> = [
  ["及以上", ">="],
  ["及以下", "<="],
  ["以上", ">="],
  ["以下", "<="],
  ["以内", "<="],
  ["左右", "~"],
];
const PREFIX_OP_BY_WORD = new Map(PREFIX_OPS);
const SUFFIX_OP_BY_WORD = new Map(SUFFIX_OPS);

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (ops: ReadonlyArray<readonly [string, Operator]>): string =>
  ops
    .map(([word]) => escapeRe(word))
    // 约 on its own is an operator, but 节约10万元 is a saving, not "about 10万元".
    .map((word) => (word === "约" ? "(?<![节制预签合公条契特履违失邀守])约" : word))
    .join("|");

/** An operator word ending right before the number; only spaces may separate them. */
const PREFIX_OP_RE = new RegExp(`(${alternation(PREFIX_OPS)})\\s*$`);
/** An operator word right after the unit (or the number when there is no unit). */
const SUFFIX_OP_RE = new RegExp(`\\s*(${alternation(SUFFIX_OPS)})`, "y");

/**
 * An Arabic number: 90, 846.13, 1,234.5, -3. The lookbehind keeps it from starting inside another
 * number, so 2023.07-2024.01 yields 2023.07 and 2024.01, not -2024.01.
 */
const ARABIC_RE = /(?<![\d.,])-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/g;
/** Beyond 15 digits a double no longer holds the number as written. */
const MAX_DIGITS = 15;
const CHINESE_RE = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, "g");
const HAS_CHINESE_NUMERAL = new RegExp(`[${CHINESE_NUMERAL_CHARS}]`);
/** 百分之九十, 百分之90: a percentage spelled out in words. */
const PERCENT_WORDS_RE = new RegExp(`百分之([${CHINESE_NUMERAL_CHARS}]+|\\d+(?:\\.\\d+)?)`, "g");
/** A calendar year (2025年) or month (2024.12) is a deadline, not a quantity. */
const YEAR_RE = /^(?:19|20)\d\d$/;
const YEAR_MONTH_RE = /^(?:19|20)\d\d\.(?:0?[1-9]|1[0-2])$/;
/** A number glued to Latin letters is part of a code (ISO9001, 5G, H5), not a value. */
const LATIN = /[A-Za-z]/;

/** A suffix is a short word qualifying the count (律所 in 一家律所), nothing more. */
const SUFFIX_RE = /^[\p{L}\p{M}]{1,4}$/u;
/** UTF-16 length a suffix can reach: a space and four astral characters. */
const MAX_SUFFIX_SPAN = 9;
/** How far back an operator can start: 大于等于 plus the one space tidy may leave, plus a
 * character for the lookbehind on 约. Looking no further keeps long inputs linear. */
const PREFIX_WINDOW = Math.max(...PREFIX_OPS.map(([word]) => word.length)) + 2;
/** 12月底前, 6月末, 3月中旬: the number is a date in a deadline. */
const DEADLINE_RE = /^(?:底|末|前|初|上旬|中旬|下旬)/;

const TRAILING_STOP = /[\s。.；;]+$/;

interface Candidate {
  start: number;
  end: number;
  value: number;
  /** Chinese numerals count only when a unit follows directly: 一家, not 统一. */
  chinese: boolean;
  /** Set when the number's spelling implies its unit: 百分之九十 is 90 %. */
  unit?: string;
}

type Parts = Omit<TargetValue, "text">;

/** Tables repeat their values (按标准列支, 100%, ≥90%): each distinct text is read once. */
const MEMO_LIMIT = 4096;
const memo = new Map<string, TargetValue | null>();

/**
 * Parses one target value: null when it is empty, otherwise `text` tidied and, when the value is a
 * single quantity, its label, operator, number, unit and suffix (all null for a qualitative one).
 * A text read again gives the same object, frozen: no reader can change it under another.
 */
export function parseTarget(input: string): TargetValue | null {
  let value = memo.get(input);
  if (value === undefined) {
    value = readTarget(input);
    if (value) Object.freeze(value);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(input, value);
  }
  return value;
}

function readTarget(input: string): TargetValue | null {
  const text = tidy(input).replace(TRAILING_STOP, "");
  if (text === "") return null;
  const half = toHalfWidth(text);
  const firstDigit = half.search(/\d/);
  for (const candidate of findNumbers(half)) {
    // A digit before the number means a date or a range (2023.07-2024.01, 2024年12月底前):
    // operator words hold no digits, so such a digit would sit in the label.
    if (firstDigit !== -1 && firstDigit < candidate.start) break;
    const parts = readAround(text, half, candidate);
    if (parts) return { text, ...parts };
  }
  return { text, label: null, op: null, value: null, unit: null, suffix: null };
}

/** Every number that could be the value, in reading order. */
function findNumbers(half: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of half.matchAll(ARABIC_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].replace(/\D/g, "").length > MAX_DIGITS) continue;
    if (LATIN.test(half.charAt(start - 1)) || LATIN.test(half.charAt(end))) continue;
    const value = Number(m[0].replace(/,/g, "")) + 0; // + 0 turns -0 into 0
    found.push({ start, end, value, chinese: false });
  }
  // Most values hold neither 百分之 nor a Chinese numeral: skip those scans then.
  const percentWords = half.includes("百分之") ? half.matchAll(PERCENT_WORDS_RE) : [];
  for (const m of percentWords) {
    const digits = m[1]!;
    const value = /\d/.test(digits) ? Number(digits) : parseChineseNumeral(digits);
    const end = m.index + m[0].length;
    if (value !== null) found.push({ start: m.index, end, value, chinese: true, unit: "%" });
  }
  const chinese = HAS_CHINESE_NUMERAL.test(half) ? half.matchAll(CHINESE_RE) : [];
  for (const m of chinese) {
    const start = m.index;
    const end = start + m[0].length;
    const value = parseChineseNumeral(m[0]);
    if (value === null || half.startsWith("百分之", start)) continue;
    // 百分比 and 千元 begin with numeral characters but are units.
    if (readUnit(half, start) !== null) continue;
    // Without a unit a Chinese numeral is just part of a word (统一, 一体化); 为零 at the end is
    // the one exception, the usual way of writing a zero target (年度法律纠纷为零).
    const zeroAtEnd = value === 0 && end === half.length;
    if (readUnit(half, end) === null && !zeroAtEnd) continue;
    found.push({ start, end, value, chinese: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Reads label, operator, unit and suffix around one number; null when they do not fit. */
function readAround(text: string, half: string, n: Candidate): Parts | null {
  let pos = n.end;
  // 90 % is fine (tidy left at most one space), but a Chinese numeral must touch its unit: 一家.
  const gap = !n.chinese && half.charAt(pos) === " " ? 1 : 0;
  const unit = n.unit ?? readUnit(half, pos + gap);
  if (unit !== null && n.unit === undefined) pos += gap + unit.length;
  if (isDate(half.slice(n.start, n.end), unit)) return null;

  SUFFIX_OP_RE.lastIndex = pos;
  const suffixOp = SUFFIX_OP_RE.exec(half);
  if (suffixOp) pos += suffixOp[0].length;
  if (text.length - pos > MAX_SUFFIX_SPAN) return null; // cheap exit before any slicing

  const prefixOp = PREFIX_OP_RE.exec(half.slice(Math.max(0, n.start - PREFIX_WINDOW), n.start));
  const labelEnd = n.start - (prefixOp?.[0].length ?? 0);
  const label = text.slice(0, labelEnd).replace(/^[\s:：]+|[\s:：]+$/g, "") || null;
  const suffix = text.slice(pos).trim() || null;

  if (suffix !== null) {
    // After a label the number sits mid-sentence: 促进一批民营企业高质量发展 is not a count.
    if (label !== null || !SUFFIX_RE.test(suffix) || DEADLINE_RE.test(suffix)) return null;
  }
  return {
    label,
    // The prefix wins when both are written (大于90%以上).
    op: operator(prefixOp?.[1], PREFIX_OP_BY_WORD) ?? operator(suffixOp?.[1], SUFFIX_OP_BY_WORD),
    value: n.value,
    unit,
    suffix,
  };
}

function isDate(number: string, unit: string | null): boolean {
  return (YEAR_RE.test(number) && unit === "年") || (YEAR_MONTH_RE.test(number) && unit === null);
}

function operator(word: string | undefined, table: Map<string, Operator>): Operator | null {
  return word === undefined ? null : (table.get(word) ?? null);
}
