/**
 * The header of a table whose cells lost their separators: which columns it names, found as words
 * in the header's text. Rows rebuilt from such text are laid out in this canonical order.
 */

export const CANONICAL_HEADER = [
  "项目名称",
  "总计",
  "财政拨款",
  "财政专户拨款",
  "其他资金",
  "绩效目标",
  "绩效指标",
] as const;

/** The header as published tables print it, in the same order. */
export const PUBLISHED_HEADER: readonly string[] = [
  "项目名称（资金使用单位）",
  ...CANONICAL_HEADER.slice(1),
];

export interface StreamColumns {
  /** For each canonical column, whether the header names it. */
  present: boolean[];
}

// A narrow column wraps its header word, and a layout copy interleaves the pieces of neighbouring
// columns (财政拨 财政专 其他资 / 款 户拨款 金): each word is known by its first part too.
const WORDS: readonly RegExp[] = [
  /项目名称|单位名称|资金使用单位/,
  /总计|合计/,
  /财政拨/,
  // (Or its second part alone: 财政 / 专户 / 拨款 on three lines, 财政拨款's pieces between.)
  /财政专|专户/,
  /其他资|其他/,
  /绩效目标/,
  /绩效指标/,
];

/** The columns a header's text (white space removed) names, or null if it is no header. */
export function headerColumnsOf(key: string): StreamColumns | null {
  const present = WORDS.map((w) => w.test(key));
  if (!present[0] || !present.slice(1, 5).some(Boolean)) return null;
  return { present };
}
