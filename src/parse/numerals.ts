/**
 * Chinese numerals as they appear in target values: 一家律所, 聘请律所两家, 为零, 十二个.
 * 万 and 亿 are deliberately not numerals: in a budget table they are units (250万, 3亿元).
 */

// prettier-ignore
const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that can make up a numeral, for callers that scan text for one. */
export const CHINESE_NUMERAL_CHARS = "零一二两三四五六七八九十百千";

/**
 * 十 → 10, 十二 → 12, 二十 → 20, 一百零五 → 105, 两千 → 2000, 两 → 2, 一百五 → 150 (spoken
 * shorthand). Null for anything that is not a well-formed numeral (一二, 十百, 万).
 */
export function parseChineseNumeral(s: string): number | null {
  if (s === "") return null;
  let total = 0;
  let digit: number | null = null; // the digit waiting for its multiplier
  let lastMultiplier = Infinity; // multipliers must strictly decrease: 一千零五十, not 十百
  let afterZero = false; // 一百零五 is 105, while 一百五 is 150
  for (const ch of s) {
    const d = DIGITS[ch];
    const m = MULTIPLIERS[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0) return null; // two digits in a row: 一二
      afterZero ||= d === 0;
      digit = d;
    } else if (m !== undefined && m < lastMultiplier) {
      total += (digit || 1) * m; // a bare 十 is 一十, and 一千零十 is 一千零一十
      digit = null;
      lastMultiplier = m;
    } else return null;
  }
  if (digit === null) return total;
  // A lone trailing digit after 百/千 without 零 is the next place down: 两千三 = 2300.
  return (
    total +
    (total > 0 && lastMultiplier >= 100 && !afterZero ? (digit * lastMultiplier) / 10 : digit)
  );
}
