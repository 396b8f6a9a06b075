/**
 * Which row each goal line of a layout-preserving copy belongs to. A table's cells stand the same
 * way in all its rows: centred (a row's goal lines stand as many above its amounts line as below
 * it) or from the top (they start on the amounts line). Either way they never reach past a
 * neighbouring row's amounts, so between two rows' amounts the goal lines split once: the upper
 * row's last lines, then the lower row's first. Where each split lies is chosen for the whole
 * table at once, weighing the alignment against the shape of a finished goal (it ends a sentence;
 * only its last line is short); the alignment that explains the table better is taken.
 */
import { displayWidth } from "../text.js";
import { median } from "./median.js";

export interface GoalLine {
  /** Position in the page-free flow of lines. */
  at: number;
  text: string;
  /** Page the line stands on: a row cut by a page break is not centred. */
  page: number;
}

export interface RowAnchor {
  /** Position of the row's amounts line in the flow. */
  at: number;
  page: number;
  /** The row's text runs onto another page: its cells are not centred. */
  broken?: boolean;
  /** The row has indicators: a project, which has a goal too (totals and units have neither). */
  project?: boolean;
  /** The first and last line of the row's indicator cell. */
  indicators?: readonly [number, number] | undefined;
  /** The row's last amounts line, where its amounts stand on more than one. */
  last?: number | undefined;
}

const COST = {
  /**
   * A project with no goal at all: rarer than a one-line goal set a line off its amounts, which
   * would otherwise stand as well centred in the next row's goal.
   */
  empty: 3,
  /** A row without indicators (a total, a unit) with goal lines. */
  notProject: 2,
  /** One line more on one side of the amounts than on the other. */
  offCentre: 1,
  /** A goal whose last line does not end a sentence. */
  unfinished: 3,
  /** A short line ending a sentence inside a goal: it looks like the end of another goal. */
  endInside: 3,
  /**
   * A line above a row's amounts on an earlier page. A row cut by a page break keeps its amounts
   * in its first part (renderers draw a broken row from the top), so no line of its goal stands
   * on a page before them: such a line ends the row above.
   */
  pageBefore: 10,
  /**
   * Two lines of one goal parted by more than a couple of lines of other text: a cell's lines
   * stand one under the other (pdftotext may set a line or two of the row's other cells between).
   */
  apart: 2,
};

/** How many lines of other text may stand between two lines of one goal. */
const LINES_BETWEEN = 2;

const ENDS_SENTENCE = /[。.!！]$/;

/**
 * The anchor index owning each goal line (same order as `goals`, which must be sorted by `at`),
 * or -1 when there are no anchors; and how the table's cells stand, which the goals told.
 */
export function assignGoalLines(
  goals: readonly GoalLine[],
  anchors: readonly RowAnchor[],
): { owner: number[]; align: Align } {
  if (anchors.length === 0) return { owner: goals.map(() => -1), align: "middle" };
  const middle = solve(goals, anchors, "middle", false);
  const top = solve(goals, anchors, "top", false);
  if (top.cost < middle.cost) return { owner: top.owner, align: "top" };
  // Centred: the indicator cells' middles then weigh where each goal stands. Only here: they
  // say nothing of how the table's cells stand, which the goals and amounts tell.
  return { owner: solve(goals, anchors, "middle", true).owner, align: "middle" };
}

/** How a table's cells stand in their rows: centred, or from the top. */
export type Align = "middle" | "top";

function solve(
  goals: readonly GoalLine[],
  anchors: readonly RowAnchor[],
  align: Align,
  cells: boolean,
): { owner: number[]; cost: number } {
  const n = anchors.length;
  const widths = goals.map((g) => displayWidth(g.text));
  const full = median(widths);

  // Goal lines before the first anchor, on each anchor's line, and in each gap between anchors.
  const before: number[] = [];
  const on: number[][] = anchors.map(() => []);
  const gaps: number[][] = anchors.map(() => []);
  let r = 0;
  goals.forEach((g, i) => {
    while (r < n && anchors[r]!.at < g.at) r++;
    if (r < n && anchors[r]!.at === g.at) on[r]!.push(i);
    else if (r === 0) before.push(i);
    else gaps[r - 1]!.push(i);
  });

  const rowCost = (row: number, upper: readonly number[], lower: readonly number[]): number => {
    const anchor = anchors[row]!;
    const lines = [...upper, ...on[row]!, ...lower];
    if (lines.length === 0) return anchor.project === false ? 0 : COST.empty;
    let cost = anchor.project === false ? COST.notProject : 0;
    for (const i of upper) if (goals[i]!.page < anchor.page) cost += COST.pageBefore;
    // A cell drawn from the top starts on its row's first line, the amounts' line; so does a
    // goal cut by a page break, and any cell of a row a break cut (renderers draw a broken row
    // from the top).
    const runsOn = lines.some((i) => goals[i]!.page > anchor.page);
    if (align === "top" || runsOn || anchor.broken) {
      cost += COST.offCentre * upper.length;
    } else if (!anchor.broken && lines.every((i) => goals[i]!.page === anchor.page)) {
      // With an even number of lines the amounts' baseline falls between the middle two and
      // joins one of them: one line more on one side is then still centred, if a little less
      // likely than an odd number with the middle one on the amounts' line. Amounts on two lines
      // may have the goal centred on either (Chromium sets a row's amounts half a line off).
      const offFrom = (centre: number): number => {
        let [above, at, below] = [0, 0, 0];
        for (const i of lines) {
          const g = goals[i]!.at;
          if (g < centre) above++;
          else if (g === centre) at++;
          else below++;
        }
        const off = Math.abs(above - below);
        return at > 0 && off > 0 ? off - 0.5 : off;
      };
      cost +=
        COST.offCentre *
        Math.min(offFrom(anchor.at), anchor.last === undefined ? Infinity : offFrom(anchor.last));
      // The row's indicator cell is centred too: the goal's middle stands by the indicators'
      // (half a line apart, where pdftotext interleaves them) — also where the amounts stand a
      // line off the row's middle (Chromium, a name's lines set apart round them).
      const cell = cells ? anchor.indicators : undefined;
      if (cell) {
        const mid = (goals[lines[0]!]!.at + goals[lines[lines.length - 1]!]!.at) / 2;
        cost += COST.offCentre * Math.max(0, Math.abs(mid - (cell[0] + cell[1]) / 2) - 0.5);
      }
    }
    for (let k = 1; k < lines.length; k++) {
      const [a, b] = [goals[lines[k - 1]!]!, goals[lines[k]!]!];
      if (a.page === b.page && b.at - a.at > LINES_BETWEEN + 1) cost += COST.apart;
    }
    if (!ENDS_SENTENCE.test(goals[lines[lines.length - 1]!]!.text)) cost += COST.unfinished;
    for (const i of lines.slice(0, -1)) {
      if (ENDS_SENTENCE.test(goals[i]!.text) && widths[i]! < full * 0.8) cost += COST.endInside;
    }
    return cost;
  };

  // best[y]: least cost of the rows so far when the current row takes its gap's first y lines.
  // choice[row][y]: the split of the gap above the row that achieved it.
  let best: number[] = [0];
  const choice: number[][] = [];
  for (let row = 0; row < n; row++) {
    const gap = gaps[row]!;
    const next: number[] = new Array<number>(gap.length + 1).fill(Infinity);
    const from: number[] = new Array<number>(gap.length + 1).fill(0);
    for (let x = 0; x < best.length; x++) {
      const upper = row === 0 ? before : gaps[row - 1]!.slice(x);
      for (let y = 0; y <= gap.length; y++) {
        // The last row takes everything after it.
        if (row === n - 1 && y !== gap.length) continue;
        const cost = best[x]! + rowCost(row, upper, gap.slice(0, y));
        if (cost < next[y]!) {
          next[y] = cost;
          from[y] = x;
        }
      }
    }
    choice.push(from);
    best = next;
  }

  const owner = goals.map(() => -1);
  let y = gaps[n - 1]!.length;
  const cost = best[y]!;
  for (let row = n - 1; row >= 0; row--) {
    const x = choice[row]![y]!;
    const upper = row === 0 ? before : gaps[row - 1]!.slice(x);
    for (const i of [...upper, ...on[row]!, ...gaps[row]!.slice(0, y)]) owner[i] = row;
    y = x;
  }
  return { owner, cost };
}
