/**
 * An indicator cell's lines in a layout copy, put back together: pdftotext sets pieces of a line
 * whose glyphs overlap their neighbours on a baseline of their own.
 */
import { displayWidth } from "../text.js";
import { DRIFT, type Cut } from "./cut.js";

/**
 * A cell's lines all start at its column's left edge. Text that starts well inside the indicator
 * column is the end of a line whose start stood a little higher or lower (a glyph from another
 * font, or one overlapping its neighbour, shifts the baseline): it goes back after the line it
 * continues, the one just above whose text ends nearest where it begins. A line's end is known
 * only to some places (pdftotext gives an ideograph more than one), so a line the piece would make
 * wider than a full line of the column, or one ending in the separator the piece starts with, is
 * not the one it continues.
 */
export function rejoinPieces(block: readonly Cut[]): string[] {
  // Where the cell's lines start on each page: where most of them start there (the page's
  // indicator column, told by the whole page, may stand elsewhere).
  const counts = new Map<number, Map<number, number>>();
  for (const c of block) {
    const page = counts.get(c.indicatorAt) ?? new Map<number, number>();
    page.set(c.indicatorFrom, (page.get(c.indicatorFrom) ?? 0) + 1);
    counts.set(c.indicatorAt, page);
  }
  const starts = new Map(
    [...counts].map(([at, page]) => [
      at,
      [...page].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0],
    ]),
  );
  const apart = (c: Cut) => c.indicatorFrom - starts.get(c.indicatorAt)! > DRIFT;
  // Most of a cell's lines are full: the upper quartile of their widths is a full line's.
  const widths = block
    .filter((c) => !apart(c))
    .map(width)
    .sort((a, b) => a - b);
  const full = widths.length > 2 ? widths[Math.floor(widths.length * 0.75)]! : Infinity;
  const out: { text: string; to: number; width: number }[] = [];
  block.forEach((c, b) => {
    if (apart(c)) {
      const piece = width(c);
      const from = Math.max(0, out.length - 3);
      // A line the piece would make wider than a full line, or that ends in the separator the
      // piece starts with, is not the one it continues.
      const takes = (j: number) =>
        out[j]!.width + piece <= full + FIT_SLACK && !doubled(out[j]!.text, c.indicator);
      // The indicator grammar says it first: a piece that makes a value label with the text after
      // a line (`；年` + `度指标值…`) ends that line.
      const after = (j: number) => out[j + 1]?.text ?? block[b + 1]?.indicator ?? "";
      // The cell's text up to line j's end.
      const upTo = (j: number) =>
        out
          .slice(0, j + 1)
          .map((o) => o.text)
          .join("");
      const labels = [];
      for (let j = from; j < out.length; j++) {
        if (takes(j) && labelAcross(c.indicator, after(j))) labels.push(j);
      }
      // Or a piece opening with the annual value's label goes after the one line that leaves a
      // period value open (`…实施周期指标值:各方面按合同要求保障到位。` / `；年度指标值:`), not
      // after one inside the next indicator's name (`…22-社会效益；教`), where it ends.
      if (labels.length === 0 && ANNUAL_LABEL.test(c.indicator)) {
        for (let j = from; j < out.length; j++) {
          if (c.indicatorFrom >= out[j]!.to - 1 && awaitsAnnual(upTo(j))) labels.push(j);
        }
      }
      // Or one that opens the annual value's label that a line under the period value goes on
      // with (`；年度指标` / `值:31台（套）`, the line set on a baseline of its own): it opens that
      // line.
      if (labels.length === 0) {
        const opens: number[] = [];
        for (let j = Math.max(1, from); j < out.length; j++) {
          const o = out[j]!;
          if (
            o.width + piece <= full + FIT_SLACK &&
            ANNUAL_LABEL.test(c.indicator + o.text) &&
            labelAcross(c.indicator, o.text) &&
            awaitsAnnual(upTo(j - 1))
          )
            opens.push(j);
        }
        if (opens.length === 1) {
          const o = out[opens[0]!]!;
          out[opens[0]!] = { text: c.indicator + o.text, to: o.to, width: o.width + piece };
          return;
        }
      }
      const byLabel = labels.length === 1 ? labels[0]! : -1;
      const nearest = (fits: (j: number) => boolean): number => {
        let found = -1;
        let bestGap = Infinity;
        for (let j = out.length - 1; j >= from; j--) {
          const gap = c.indicatorFrom - out[j]!.to;
          if (gap < -1 || gap > 3 * DRIFT || gap >= bestGap || !takes(j) || !fits(j)) continue;
          found = j;
          bestGap = gap;
        }
        return found;
      };
      // A piece that ends an indicator (`。`, `。2、`) ends the line that leaves an annual value
      // open where one near it does (`…年度指标值:181件（套）`, not the nearer `…11-数量指标;修复藏`
      // a line above); failing that, no line that leaves its period value open, where another
      // line near it can take it (`…实施周期指标值:36台` / `（套）;年度指标值:36台（套）`).
      const ends = c.indicator.startsWith("。");
      const closes = ends ? nearest((j) => awaitsClose(upTo(j))) : -1;
      const closing =
        closes >= 0
          ? closes
          : ENDS_INDICATOR.test(c.indicator)
            ? nearest((j) => !awaitsAnnual(upTo(j)))
            : -1;
      const host = byLabel >= 0 ? byLabel : closing >= 0 ? closing : nearest(() => true);
      if (host >= 0) {
        const o = out[host]!;
        out[host] = { text: o.text + c.indicator, to: c.indicatorTo, width: o.width + piece };
        return;
      }
    }
    out.push({ text: c.indicator, to: c.indicatorTo, width: width(c) });
  });
  return out.map((p) => p.text);
}

/**
 * A value's last word set on a baseline of its own lands a line away from where it stands: under
 * the annual label's line though it ends the period value (`…保障到` / `；年度指标值:…保障到位。` /
 * `位。`), or above the label's though it ends the annual value (`…：70件（套）` / `件（套）` /
 * `；年度指标值：70`). Whether lines `x` then `y`, read after a cell's text `before`, stand the
 * other way round: one opens with the annual label and the other is short, and only swapped do
 * the period and annual values read as the same text (in a row's cell they mostly are one; no
 * other order is known to be right).
 */
export function valuesSwapped(before: string, x: string, y: string): boolean {
  if (!awaitsAnnual(before)) return false;
  if (ANNUAL_LABEL.test(x) && isShort(y) && !ANNUAL_LABEL.test(y)) {
    return sameValues(before, x) === false && sameValues(before + y, x) === true;
  }
  if (ANNUAL_LABEL.test(y) && isShort(x)) {
    return sameValues(before + x, y) === false && sameValues(before, y + x) === true;
  }
  return false;
}

const isShort = (text: string) => displayWidth(text.replace(/ /g, "")) <= 12;

/**
 * Whether the period value that `before` leaves open, and the annual value that `after` opens
 * with its label, are the same text; null when either cannot be read.
 */
function sameValues(before: string, after: string): boolean | null {
  const at = before.lastIndexOf("实施周期指标值");
  const label = /^[；;]?年度指标值[:：]?/.exec(after);
  if (at < 0 || !label) return null;
  const tidy = (t: string) => t.replace(/\s/g, "").replace(/[。；;]+$/, "");
  const period = tidy(before.slice(at + "实施周期指标值".length).replace(/^[:：]/, ""));
  const annual = tidy(/^[^。；;]*/.exec(after.slice(label[0].length))![0]);
  return period !== "" && period === annual;
}

/** Whether a value label begins in `piece` and ends in `next` (`；年` + `度指标值`, `；` + `年度指标值`). */
function labelAcross(piece: string, next: string): boolean {
  const text = piece + next.slice(0, 8);
  for (const m of text.matchAll(VALUE_LABEL)) {
    if (m.index < piece.length && m.index + m[0].length > piece.length) return true;
  }
  return false;
}

const VALUE_LABEL = /[；;]?(?:实施周期指标值|年度指标值)/g;
const ANNUAL_LABEL = /^[；;]?年度指标值/;
/** An indicator's end and the next one's number (`。2、`). */
const ENDS_INDICATOR = /^[。.]\s*\d{1,2}\s*[、．]/;

/** Whether indicator text ends inside a period value: its last label or number opened one. */
function awaitsAnnual(text: string): boolean {
  return lastMark(text)?.[0] === "实施周期指标值";
}

/** Whether indicator text ends inside an annual value that nothing has closed yet. */
function awaitsClose(text: string): boolean {
  const last = lastMark(text);
  if (last?.[0] !== "年度指标值") return false;
  const value = text
    .slice(last.index + last[0].length)
    .replace(/^[:：]/, "")
    .trim();
  return value !== "" && !/[。.]$/.test(value);
}

/** The last value label or indicator number (`2、1-`) in indicator text. */
function lastMark(text: string): RegExpExecArray | undefined {
  const marks = [...text.matchAll(/实施周期指标值|年度指标值|\d{1,2}[、．]\s*\d\s*[-－—–]/g)];
  return marks[marks.length - 1];
}

/** A separator after a separator: no line ends with one where the piece starts with another. */
const doubled = (line: string, piece: string) =>
  SEPARATOR_END.test(line) && SEPARATOR_START.test(piece);

const width = (c: Cut) => displayWidth(c.indicator.replace(/ /g, ""));
/** How much wider than a full line a line may come out with its piece (letters vary). */
const FIT_SLACK = 2;
const SEPARATOR_END = /[；;]$/;
const SEPARATOR_START = /^[；;]/;
