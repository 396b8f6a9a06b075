import type { AmountColumn, Amounts, Row } from "../model/types.js";
import { toScaled } from "../check/money.js";

const SOURCES: readonly AmountColumn[] = ["fiscal", "specialAccount", "other"];

/** How many branches the search for a unit's placements may visit before it gives up. */
const SEARCH_LIMIT = 200_000;
/**
 * How many more, all told, the searches for other placements of a unit's rows may visit when two
 * placements add up (a row not shown to stay put within them is reported).
 */
const ALTERNATIVES_LIMIT = 20_000;
/** In a placement, a child whose column a search cut short could not tell. */
const UNDECIDED = -1;

/**
 * Chooses where the amounts of rows that lost their empty cells belong. A row's figures may sit in
 * several source columns; the table's own arithmetic decides when it can. Going down from the
 * grand total, the children of each subtotal row must add up, column by column, to the subtotal's
 * stated sources: when exactly one choice of columns for its ambiguous children does that, it is
 * taken. Otherwise (no choice adds up, or several do) the children keep the first reading and are
 * returned as ambiguous, to be reported; nothing is decided silently. A layout copy's amounts also
 * say by their positions which reading is likely (`preferred`): that reading stands when the
 * subtotals agree with it or cannot be met at all (a stated subtotal that is wrong). Returned:
 * the rows left in doubt, the grand totals whose columns the whole table cannot tell and the rows
 * that change with them, and the rows whose reading adds up but could not be proven the only one
 * (too many rows to try them all).
 */
export function resolvePlacements(
  rows: Row[],
  options: ReadonlyMap<number, readonly Amounts[]>,
  columns: readonly AmountColumn[],
  preferred: ReadonlyMap<number, number> = new Map(),
): Placement {
  if (options.size === 0) return { ambiguous: [], wholeTable: [], follows: [], unproven: [] };
  const wholeTable: number[] = [];
  const follows: { row: number; total: number }[] = [];
  const sources = SOURCES.filter((c) => columns.includes(c));
  const indexOf = new Map(rows.map((r, i) => [r.id, i]));
  const children = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (r.parentId === null) return;
    const list = children.get(r.parentId) ?? [];
    list.push(i);
    children.set(r.parentId, list);
  });
  // Parents before children: the total's units are settled before each unit's projects.
  const order = rows
    .map((_, i) => i)
    .sort((a, b) => depth(rows, indexOf, a) - depth(rows, indexOf, b));
  const context: Context = { rows, options, sources, children, order, preferred };
  const addsUp = (amounts: readonly Amounts[], i: number): boolean => {
    const kids = children.get(rows[i]!.id) ?? [];
    return sources.every(
      (c) =>
        toScaled(amounts[i]![c]) === kids.reduce((sum, k) => sum + toScaled(amounts[k]![c]), 0),
    );
  };

  let state = settle(
    context,
    rows.map((r) => r.amounts),
  );
  // A grand total has no parent to decide its own columns. Each of its readings is tried: the one
  // its rows can be placed to add up to is taken; when several can (a column empty throughout the
  // table), the first is kept and the total is reported; when none can, the total is reported.
  for (const [i, readings] of options) {
    if (rows[i]!.parentId !== null || !(children.get(rows[i]!.id)?.length ?? 0)) continue;
    if (preferred.has(i)) {
      if (!addsUp(state.amounts, i)) state.ambiguous.add(i);
      continue;
    }
    const tries = readings
      .map((reading) =>
        settle(
          context,
          state.amounts.map((a, k) => (k === i ? reading : a)),
        ),
      )
      .filter((t) => addsUp(t.amounts, i));
    if (tries.length === 0) {
      state.ambiguous.add(i);
      continue;
    }
    // Under another reading of the total its rows shift with it: the total is the one to check.
    state = tries[0]!;
    if (tries.length > 1) {
      wholeTable.push(i);
      // The rows that shift with the total's nearest other reading (the fewest of its columns
      // changed: 其他资金 for 财政专户拨款, not also 财政拨款 for either) are named, unless every row
      // does (every amount in one source: the total's report says so once).
      const chosen = state.amounts;
      const changed = (t: Settled, k: number): number =>
        sources.filter((c) => t.amounts[k]![c] !== chosen[k]![c]).length;
      const others = tries.slice(1);
      const nearest = Math.min(...others.map((t) => changed(t, i)));
      const near = others.filter((t) => changed(t, i) === nearest);
      const rest = rows.flatMap((r, k) => (k !== i && r.parentId !== null ? [k] : []));
      const moved = rest.filter((k) => near.some((t) => changed(t, k) > 0));
      if (moved.length < rest.length) follows.push(...moved.map((row) => ({ row, total: i })));
    }
  }
  state.amounts.forEach((a, k) => (rows[k]!.amounts = a));
  const unproven = [...state.unproven].sort((a, b) => a - b);
  const ambiguous = [...state.ambiguous].filter((i) => !state.unproven.has(i));
  return { ambiguous: ambiguous.sort((a, b) => a - b), wholeTable, follows, unproven };
}

export interface Placement {
  /** Rows left in doubt. */
  ambiguous: number[];
  /** Grand totals whose columns the whole table cannot tell. */
  wholeTable: number[];
  /** Rows whose columns change with such a total's reading, and that total. */
  follows: { row: number; total: number }[];
  /** Rows whose reading adds up but could not be proven the only one. */
  unproven: number[];
}

interface Context {
  rows: readonly Row[];
  options: ReadonlyMap<number, readonly Amounts[]>;
  sources: readonly AmountColumn[];
  children: ReadonlyMap<string, number[]>;
  order: readonly number[];
  preferred: ReadonlyMap<number, number>;
}

interface Settled {
  amounts: Amounts[];
  ambiguous: Set<number>;
  unproven: Set<number>;
}

/**
 * Places the children of every subtotal row, parents first, starting from the given amounts
 * (the rows' current readings). Returns the amounts reached and the rows left in doubt.
 */
function settle(
  { rows, options, sources, children, order, preferred }: Context,
  start: readonly Amounts[],
): Settled {
  const amounts = start.map((a) => ({ ...a }));
  const ambiguous = new Set<number>();
  const unproven = new Set<number>();
  const vector = (a: Amounts): number[] => sources.map((c) => toScaled(a[c]));
  for (const p of order) {
    const kids = children.get(rows[p]!.id);
    if (!kids) continue;
    const open = kids.filter((i) => options.has(i));
    if (open.length === 0) continue;
    // A parent whose own reading is still in doubt cannot decide for its children.
    if (ambiguous.has(p)) {
      open.forEach((i) => ambiguous.add(i));
      continue;
    }
    const target = vector(amounts[p]!);
    for (const i of kids) {
      if (options.has(i)) continue;
      vector(amounts[i]!).forEach((v, k) => (target[k]! -= v));
    }
    const choices = open.map((i) => options.get(i)!.map(vector));
    // Readings the amounts' positions point to are tried first: if they and the subtotals agree
    // on one placement, exactly, it is taken. Otherwise the subtotals alone decide, when they can
    // (a near fit under the positions' readings is no agreement: a position read wrong leaves the
    // others to make up the difference).
    const pinned = choices.map((c, k) => {
      const pick = preferred.get(open[k]!);
      return pick === undefined ? c.map((_, j) => j) : [pick];
    });
    const pinnedFound = open.some((i) => preferred.has(i))
      ? findPlacements(
          target,
          pinned.map((js, k) => js.map((j) => choices[k]![j]!)),
        )
      : null;
    const agreed = pinnedFound?.solutions.map((sol) => sol.map((j, k) => pinned[k]![j]!)) ?? [];
    const found =
      agreed.length === 1 && pinnedFound!.proven && !pinnedFound!.near
        ? { solutions: agreed, proven: true, choosing: pinnedFound!.choosing, near: false }
        : findPlacements(target, choices);
    const { solutions } = found;
    open.forEach((i, k) => {
      const picks = new Set(solutions.map((sol) => sol[k]));
      if (solutions.length > 0 && picks.size === 1) {
        amounts[i] = { ...options.get(i)![solutions[0]![k]!]! };
        // Too many rows to try every reading: the one found adds up, but another might too. The
        // row is reported, and its own rows are still placed under the reading found.
        if (!found.proven && found.choosing[k]) unproven.add(i);
        // Nothing adds up exactly: the nearest reading is a guess, however near. The row keeps it
        // and is reported (the subtotal check reports the parent's difference).
        else if (found.near && found.choosing[k]) ambiguous.add(i);
      } else if (!preferred.has(i) || solutions.length > 0) {
        // The row keeps the reading it has (its positions' one, else the first) and is reported.
        ambiguous.add(i);
      }
    });
  }
  return { amounts, ambiguous: new Set([...ambiguous, ...unproven]), unproven };
}

function depth(rows: readonly Row[], indexOf: ReadonlyMap<string, number>, i: number): number {
  let d = 0;
  for (let r = rows[i]; r?.parentId != null && d < 8; r = rows[indexOf.get(r.parentId) ?? -1]) d++;
  return d;
}

/**
 * The ways to pick one vector per child so that they add up to `target`: the exact ones if any
 * (up to two: one decides, two do not), else those nearest to it within a slack of 1% per column
 * (a stated subtotal that is itself wrong by a little, which the subtotal check then reports;
 * `near` says so, and the rows placed by it are reported too).
 * Several equally near ones decide nothing either. `proven` is false when the search had to stop
 * before trying every reading; `choosing` marks the children that had a choice at all.
 */
function findPlacements(
  target: readonly number[],
  choices: readonly (readonly number[][])[],
): { solutions: number[][]; proven: boolean; choosing: boolean[]; near: boolean } {
  // Money cannot go where the parent has none (amounts are not negative): most choices end here.
  const positive =
    target.every((t) => t >= 0) && choices.every((c) => c.every((v) => v.every((x) => x >= 0)));
  const allowed = choices.map((c) => {
    const keep = c
      .map((v, j) => j)
      .filter((j) => !positive || c[j]!.every((x, k) => x === 0 || target[k] !== 0));
    return keep.length > 0 ? keep : c.map((_, j) => j);
  });
  const pruned = choices.map((c, i) => allowed[i]!.map((j) => c[j]!));
  // UNDECIDED stays as it is: a child no search could place.
  const back = (found: number[][]): number[][] =>
    found.map((pick) => pick.map((j, i) => (j === UNDECIDED ? j : allowed[i]![j]!)));
  // The children with more than one column left to choose.
  const choosing = allowed.map((a) => a.length > 1);
  const exact = search(target, pruned, 0);
  if (exact === null) {
    // Too many children to search: a reading that adds up exactly, reached from the first one by
    // moving one child at a time, is kept but not proven the only one; none is proof of nothing.
    const found = descend(target, pruned);
    return { solutions: found ? back([found]) : [], proven: false, choosing, near: false };
  }
  if (exact.length > 1) {
    // Two placements add up: a child is decided only if no placement at all puts it elsewhere,
    // and the two found first may agree on one that a third moves. Each such child is tried in
    // its other columns; a placement found there joins the list. A search cut short proves
    // nothing: the child is left undecided (a placement with UNDECIDED for it joins).
    const found = [...exact];
    const budget = { left: ALTERNATIVES_LIMIT };
    pruned.forEach((c, k) => {
      if (c.length < 2 || exact.some((sol) => sol[k] !== exact[0]![k])) return;
      const others = c.map((_, j) => j).filter((j) => j !== exact[0]![k]);
      const only = pruned.map((cc, i) => (i === k ? others.map((j) => cc[j]!) : cc));
      const elsewhere = budget.left > 0 ? search(target, only, 0, 1, budget) : null;
      if (elsewhere === null) found.push(exact[0]!.map((j, i) => (i === k ? UNDECIDED : j)));
      else if (elsewhere[0]) found.push(elsewhere[0].map((j, i) => (i === k ? others[j]! : j)));
    });
    return { solutions: back(found), proven: true, choosing, near: false };
  }
  if (exact.length > 0) return { solutions: back(exact), proven: true, choosing, near: false };
  return {
    solutions: back(search(target, pruned, 0.01) ?? []),
    proven: true,
    choosing,
    near: true,
  };
}

/**
 * Depth-first, largest children first, pruned when a column is overdrawn by more than the slack
 * (amounts are not negative, so nothing could bring it back). Keeps the nearest leaves, `enough`
 * of them at most; the visits are taken from `budget`, and null says it ran out.
 */
function search(
  target: readonly number[],
  choices: readonly (readonly number[][])[],
  slackShare: number,
  enough = 2,
  budget = { left: SEARCH_LIMIT },
): number[][] | null {
  const order = choices
    .map((c, i) => ({ i, size: Math.max(...c.map((v) => v.reduce((a, b) => a + Math.abs(b), 0))) }))
    .sort((a, b) => b.size - a.size)
    .map((x) => x.i);
  const negatives =
    choices.some((c) => c.some((v) => v.some((x) => x < 0))) || target.some((x) => x < 0);
  const slack = target.map((t) => Math.abs(t) * slackShare);
  let best = Infinity;
  let found: number[][] = [];
  const pick: number[] = new Array<number>(choices.length).fill(0);
  const rest = [...target];
  let visits = 0;
  const visit = (depth: number): void => {
    if (++visits > budget.left || (slackShare === 0 && found.length >= enough)) return;
    if (depth === order.length) {
      if (!rest.every((x, k) => Math.abs(x) <= slack[k]!)) return;
      const distance = rest.reduce((d, x) => d + Math.abs(x), 0);
      if (distance < best) {
        best = distance;
        found = [[...pick]];
      } else if (distance === best && found.length < 2) {
        found.push([...pick]);
      }
      return;
    }
    const child = order[depth]!;
    choices[child]!.forEach((v, j) => {
      v.forEach((x, k) => (rest[k]! -= x));
      if (negatives || rest.every((x, k) => x >= -slack[k]!)) {
        pick[child] = j;
        visit(depth + 1);
      }
      v.forEach((x, k) => (rest[k]! += x));
    });
  };
  visit(0);
  // A search cut short proves nothing either way.
  const cut = visits > budget.left;
  budget.left -= visits;
  return cut ? null : found;
}

/**
 * From the first reading, moves one child at a time to the column choice that brings the sum
 * closest to `target`, while any move helps. Returns the picks if they then add up.
 */
function descend(
  target: readonly number[],
  choices: readonly (readonly number[][])[],
): number[] | null {
  const pick = choices.map(() => 0);
  const rest = [...target];
  choices.forEach((c) => c[0]!.forEach((x, k) => (rest[k]! -= x)));
  const distance = (r: readonly number[]): number => r.reduce((d, x) => d + Math.abs(x), 0);
  for (let step = 0; step < choices.length * 2 && distance(rest) > 0; step++) {
    let best: { i: number; j: number; d: number } | null = null;
    choices.forEach((c, i) => {
      c.forEach((v, j) => {
        if (j === pick[i]) return;
        const moved = rest.map((x, k) => x + c[pick[i]!]![k]! - v[k]!);
        const d = distance(moved);
        if (d < (best?.d ?? distance(rest))) best = { i, j, d };
      });
    });
    if (best === null) break;
    const { i, j } = best;
    choices[i]![pick[i]!]!.forEach((x, k) => (rest[k]! += x));
    choices[i]![j]!.forEach((x, k) => (rest[k]! -= x));
    pick[i] = j;
  }
  // Exactly, or within the 1% a stated subtotal may itself be off by (the check then reports it).
  return rest.every((x, k) => Math.abs(x) <= Math.abs(target[k]!) * 0.01) ? pick : null;
}
