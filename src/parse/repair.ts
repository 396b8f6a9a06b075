/**
 * Repairs what PDF text layers do to Chinese text. Fonts often map an ideograph to the code point
 * of the look-alike radical (⼴ U+2F34 for 广, ⻔ U+2ED4 for 门), so the text looks right but
 * matches nothing. Kangxi radicals have a compatibility mapping (NFKC); the simplified radicals of
 * the supplement block mostly do not, hence the table.
 */

// prettier-ignore
const SUPPLEMENT: Record<string, string> = {
  "⺟": "母", "⺠": "民", "⺮": "竹", "⺰": "纟", "⻅": "见", "⻆": "角", "⻈": "讠", "⻉": "贝",
  "⻋": "车", "⻌": "辶", "⻐": "钅", "⻓": "长", "⻔": "门", "⻙": "韦", "⻚": "页", "⻛": "风",
  "⻜": "飞", "⻝": "食", "⻠": "饣", "⻢": "马", "⻣": "骨", "⻤": "鬼", "⻥": "鱼", "⻦": "鸟",
  "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻬": "齐", "⻮": "齿", "⻰": "龙", "⻳": "龟",
  "⻊": "足",
  // Kangxi radicals whose compatibility mapping is the traditional form.
  "⼾": "户",
};

const RADICAL = /[\u2E80-\u2EFF\u2F00-\u2FDF]/g;

/**
 * Replaces radical code points by the ideographs they stand for, and the horizontal bar (U+2015)
 * that text layers return for the em dash; other text is untouched.
 */
export function repairRadicals(text: string): string {
  return text
    .replace(RADICAL, (c) => SUPPLEMENT[c] ?? c.normalize("NFKC"))
    .replace(/\u2015/g, "\u2014");
}
