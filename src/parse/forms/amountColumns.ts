/**
 * The money columns of amounts in a layout-preserving copy. Empty cells leave no text, but they
 * leave room: amounts are right-aligned in their cells, so how far an amount's right edge stands
 * from its row's total says which column it sat in. The distances are learnt from the table's own
 * full rows (every money column filled); a row is decided only when one reading fits clearly
 * better than every other, and is otherwise left to the table's subtotals.
 */

import { median } from "./median.js";

const AMOUNT_TOKEN = /-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?!\d)/g;

/** How far (in text columns) an edge may stray from its column's usual distance. */
const SLACK = 4;
/** How much better the chosen reading must fit than the next best. */
const MARGIN = 4;

/**
 * Right edges of the amounts in a line's left part, in order. An amount only one space (or none)
 * after the text before it may have been pushed there by that text: its edge says nothing (null).
 */
export function amountEdges(
  fragments: readonly { start: number; text: string }[],
): (number | null)[] {
  const edges: (number | null)[] = [];
  for (const f of fragments) {
    for (const m of f.text.matchAll(AMOUNT_TOKEN)) {
      const apart = m.index === 0 ? f.start >= 2 : false;
      edges.push(apart ? f.start + m.index + m[0].length : null);
    }
  }
  return edges;
}

/**
 * How far each source column's centre stands from the total's on a header line (text columns; a
 * word starts at its place's column and its wide characters span two), or null when the line
 * does not name them all. The money columns
 * are equally wide, so their amounts' right edges stand as far apart as their headers' centres.
 */
export function headerDistances(
  line: string,
  words: readonly string[],
  width: (s: string) => number,
): number[] | null {
  const centres = words.map((w) => {
    const at = line.indexOf(w);
    if (at < 0) return null;
    const token = /^\S+/.exec(line.slice(at))![0];
    // pdftotext -layout puts each word at the text column of its place on the page.
    return at + width(token) / 2;
  });
  if (centres.some((c) => c === null)) return null;
  const [total, ...sources] = centres as number[];
  return sources.map((c) => c - total!);
}

export interface PlacedRow {
  numbers: readonly string[];
  /** Right edge of each number, when known. */
  edges?: readonly (number | null)[];
  /** Set here: the source column (0-based among the sources) of each number after the total. */
  sourceColumns?: number[];
}

/**
 * Decides the source columns of rows with fewer amounts than money columns, where the amounts'
 * positions say so clearly. `moneyColumns` counts the table's money columns, total included;
 * `fromHeader`, the distances of the source columns from the total's as the header shows them;
 * `overRow`, those of the header over each row (its page's), which can veto a reading: a page
 * may set its columns at other places than the rows the distances were learnt from.
 */
export function placeByPosition(
  rows: readonly PlacedRow[],
  moneyColumns: number,
  fromHeader: readonly number[] | null = null,
  overRow: readonly (readonly number[] | null)[] = [],
): void {
  const sources = moneyColumns - 1;
  if (sources < 2) return;
  const edgesOf = (r: PlacedRow): number[] | null => {
    const e = r.edges;
    if (e?.length !== r.numbers.length || e.some((x) => x === null)) return null;
    return e as number[];
  };
  const full = rows.flatMap((r) => {
    const e = r.numbers.length === moneyColumns ? edgesOf(r) : null;
    return e ? [e] : [];
  });
  // Without full rows to learn from (a column empty throughout), the header's words tell.
  const distance =
    full.length >= 2
      ? Array.from({ length: sources }, (_, k) => median(full.map((e) => e[k + 1]! - e[0]!)))
      : fromHeader && spreadLikeAmounts(fromHeader, rows)
        ? fromHeader
        : null;
  if (distance?.length !== sources) return;
  if (distance.some((d, k) => k > 0 && d <= distance[k - 1]!)) return;

  rows.forEach((row, r) => {
    const n = row.numbers.length - 1;
    const edges = edgesOf(row);
    if (n < 1 || n >= sources || !edges) return;
    const offsets = edges.slice(1).map((e) => e - edges[0]!);
    const readings = (from: readonly number[]) =>
      choose(sources, n)
        .map((cols) => ({
          cols,
          misfit: cols.map((c, i) => Math.abs(offsets[i]! - from[c]!)),
        }))
        .map((x) => ({ ...x, cost: x.misfit.reduce((a, b) => a + b, 0) }))
        .sort((a, b) => a.cost - b.cost);
    const [best, next] = readings(distance);
    if (!best || best.misfit.some((m) => m > SLACK)) return;
    if (next && next.cost - best.cost < MARGIN) return;
    const page = overRow[r];
    if (page?.length === sources && page !== distance && spreadLikeAmounts(page, rows)) {
      const [onPage] = readings(page);
      if (onPage && onPage.cols.join() !== best.cols.join()) return;
    }
    row.sourceColumns = best.cols;
  });
}

/**
 * Whether the header's words stand about as far apart as the amounts are wide: words drawn much
 * closer were squeezed together (narrow columns), and their places say nothing.
 */
function spreadLikeAmounts(fromHeader: readonly number[], rows: readonly PlacedRow[]): boolean {
  const amountWidth = median(rows.flatMap((r) => r.numbers.map((n) => n.length)));
  return fromHeader[fromHeader.length - 1]! >= 0.75 * fromHeader.length * amountWidth;
}

/** Increasing choices of `n` indices out of `0..size-1`. */
function choose(size: number, n: number, from = 0): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (let i = from; i <= size - n; i++) {
    for (const rest of choose(size, n - 1, i + 1)) out.push([i, ...rest]);
  }
  return out;
}
