/** Character-level normalisation shared by every parser. Stored text is never normalised. */

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

/** What `\s` matches in a regular expression (and trim removes), for scans of char codes. */
export function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Full-width ASCII (Ａ１；：) and the ideographic space become their half-width forms. */
export function toHalfWidth(s: string): string {
  // Indicator text is full of ；：（）: one pass over char codes, not a callback per match.
  if (!FULL_WIDTH.test(s)) return s;
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3000 || (c >= 0xff01 && c <= 0xff5e)) {
      out += s.slice(from, i) + String.fromCharCode(c === 0x3000 ? 0x20 : c - 0xfee0);
      from = i + 1;
    }
  }
  return out + s.slice(from);
}

/** A key for comparing labels: half-width, no white space. */
export function matchKey(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, "");
}

const WIDE =
  /[\u1100-\u115f\u2018\u2019\u201c\u201d\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Display width: ideographs and full-width forms take two columns, the rest one. Curly quotes
 * (“…”) count two as well: in a Chinese table they are set in the CJK font, as wide as an ideograph.
 */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

// With the curly quotes Chinese text sets round names (`实施“` / `“羊城通”…`).
const CJK = /[\u2018\u2019\u201C\u201D\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;

/** Anything tidy would change: a line break, a tab, a wide space, two spaces, an outer space. */
const UNTIDY = /[\r\n\t\u3000]| {2}|^\s|\s$/;

/** Whether tidy would do more to any part of `s` than trim its ends. */
export function needsTidying(s: string): boolean {
  return UNTIDY_INSIDE.test(s);
}

const UNTIDY_INSIDE = /[\r\n\t\u3000]| {2}/;

/**
 * Joins a cell's wrapped lines and collapses runs of white space. A line break between two
 * CJK characters is dropped (the text was only wrapped); elsewhere it becomes one space.
 */
export function tidy(s: string): string {
  // Most cells are one line already: leave them as they are without building a new string.
  if (!UNTIDY.test(s)) return s;
  return s
    .replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, (m, offset: number, all: string) => {
      const before = all[offset - 1] ?? "";
      const after = all[offset + m.length] ?? "";
      // A hyphen at a line end joins a wrapped word or number range (2025-\n2026年).
      // So does a comparison sign (≥ then 29万册): a value's operator and number are one word;
      // and a number cut by the wrap (G3\n24线), or a road's letter and its number (G\n324): a
      // code is one word (a word of letters before a number is not: ISO 9001).
      const code =
        /\d/.test(after) &&
        (/\d/.test(before) || /(?<![A-Za-z])[A-Za-z]$/.test(all.slice(0, offset)));
      return CJK.test(before) || CJK.test(after) || /[-－—–≥≤≧≦<>＜＞]/.test(before) || code
        ? ""
        : " ";
    })
    .replace(/[ \t\u3000]+/g, " ")
    .trim();
}

/**
 * Drops the space some PDF producers set between ideographs and Latin letters or digits
 * (`大于等于 11 亿元`, `2026-2027 年`): spacing drawn on the page, not in the table's text.
 * For text rebuilt from a PDF copy only; a pasted cell keeps its spaces.
 */
export function closeAutospace(s: string): string {
  return s.replace(AUTOSPACE, "");
}

const AUTOSPACE =
  /(?<=[\u3400-\u9fff\uff01-\uff5e（），。；：、])[ \t](?=[0-9A-Za-z%.])|(?<=[0-9A-Za-z%])[ \t](?=[\u3400-\u9fff（）])/g;
const AUTOSPACE_AT = new RegExp(AUTOSPACE.source, "y");

/**
 * Whether a text's digits are mostly set apart from the ideographs around them (a word
 * processor's autospacing: `大于等于 90%`), rather than written against them (`大于等于90%`).
 */
export function looksAutospaced(s: string): boolean {
  const spaced = s.match(/[\u3400-\u9fff] \d|\d [\u3400-\u9fff]/g)?.length ?? 0;
  const tight = s.match(/[\u3400-\u9fff]\d|\d[\u3400-\u9fff]/g)?.length ?? 0;
  return spaced > tight;
}

/** Whether the space at `i` is one a word processor set between ideographs and digits. */
export function autospaceAt(s: string, i: number): boolean {
  AUTOSPACE_AT.lastIndex = i;
  return AUTOSPACE_AT.test(s);
}

/** Whether the text ends on a hyphen: a name cut inside a year range (`…2026-` / `2027年…`). */
export function cutAfterHyphen(text: string): boolean {
  return /[-－—–]$/.test(text);
}

/** Whether a bracket or a quotation opened in the text is still open at its end. */
export function opensBracket(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if ("（(“[【".includes(ch)) depth++;
    else if ("）)”]】".includes(ch)) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}
