/**
 * The layout form: `pdftotext -layout` and viewers that keep columns side by side, padded with
 * spaces. A row's name and amounts stand on its middle line; its goal and indicator lines run
 * above and below it, interleaved with the neighbouring rows' lines. Each line is cut into its
 * left part (name, amounts), goal part and indicator part by the goal column's position; the
 * indicator grammar then says which lines make one row's indicators, the centring of cells on
 * their row which goal lines are whose, and the amounts' positions which columns they sat in.
 */
import type { SourceRecord } from "../records.js";
import { DRIFT, type Cut } from "./cut.js";
import { rejoinPieces, valuesSwapped } from "./indicatorPieces.js";
import type { StreamColumns } from "./header.js";
import {
  indicatorsComplete,
  sourcesMakeTotal,
  sourcesWithinTotal,
  INDICATOR_TEXT,
  INDICATORS_START,
  newRow,
  readAmountLine,
  toRecord,
  VALUE_END,
  type AmountLine,
  type Line,
  type RowBuild,
} from "./rowParts.js";
import { amountEdges, headerDistances, placeByPosition } from "./amountColumns.js";
import { joinCutAmountColumns } from "./cutAmounts.js";
import {
  autospaceAt,
  closeAutospace,
  cutAfterHyphen,
  displayWidth,
  looksAutospaced,
} from "../text.js";
import { assignGoalLines } from "./goalLines.js";
import { assignNameLines } from "./nameLines.js";
import { readUnit } from "../units.js";
import { readStreamRecords, single } from "./stream.js";
import { core, rowsSummingFollowers, UNIT_NAME } from "./twoPass.js";

export function readLayoutRecords(text: string): SourceRecord[] {
  // Every page's header, by line number: pages may set their columns at different places.
  const headers: PageHeader[] = text
    .split(/\r\n|\r|\n/)
    .flatMap((l, i) =>
      MONEY_WORDS.every((w) => l.includes(w))
        ? [{ no: i + 1, distances: headerDistances(l, MONEY_WORDS, displayWidth) }]
        : [],
    );
  const autospaced = looksAutospaced(text);
  return readStreamRecords(
    text,
    (flow, columns) => rowsOfLayoutFlow(flow, columns, headers, autospaced),
    joinCutAmountColumns,
  );
}

interface PageHeader {
  no: number;
  distances: number[] | null;
}

/** The money columns' header words, total first. */
const MONEY_WORDS = ["总计", "财政拨款", "财政专户", "其他资金"];

interface Fragment {
  /** Text column where it starts. */
  start: number;
  text: string;
}

/**
 * A row's amounts and a next line's, ordered by where they stand (an amount pushed against the
 * one before it on its line stands right after it); null when a line's first place is unknown.
 */
function byPlace(
  row: RowBuild,
  numbers: readonly string[],
  edges: readonly (number | null)[],
): { numbers: string[]; edges: (number | null)[] } | null {
  const placed = (ns: readonly string[], es: readonly (number | null)[] | undefined) => {
    let last: number | null = null;
    return ns.map((n, k) => {
      const e = es?.[k] ?? null;
      const at = e ?? (last === null ? null : last + 0.5);
      last = at;
      return { n, e, at };
    });
  };
  const all = [...placed(row.numbers, row.edges), ...placed(numbers, edges)];
  if (all.some((x) => x.at === null)) return null;
  all.sort((a, b) => a.at! - b.at!);
  return { numbers: all.map((x) => x.n), edges: all.map((x) => x.e) };
}

/**
 * The amounts of a line whose places are not all known (they stand in one fragment with a piece of
 * the name) with the source drawn on the line above, read left to right. Where an amount stands in
 * its fragment says enough to order it against a source far off to its right or left, and so,
 * for a source whose place is not known, where it stands in its own line; null when neither does.
 */
function totalBelow(
  row: RowBuild,
  numbers: readonly string[],
  edges: readonly (number | null)[],
  raw: string,
  rawAbove: string,
): { numbers: string[]; edges: (number | null)[] } | null {
  // Where an amount's place is not known, where it stands in its line's text tells it.
  const placed = (
    ns: readonly string[],
    es: readonly (number | null)[] | undefined,
    text: string,
  ) => {
    let from = 0;
    return ns.map((n, k) => {
      const found = text.indexOf(n, from);
      from = found < 0 ? from : found + n.length;
      const e = es?.[k] ?? null;
      return { n, e, at: e ?? (found < 0 ? null : found + n.length) };
    });
  };
  const above = placed(row.numbers, row.edges, rawAbove);
  if (above.some((x) => x.at === null)) return null;
  const here = placed(numbers, edges, raw);
  if (here.some((x) => x.at === null)) return null;
  const all = [...here, ...above].sort((a, b) => a.at! - b.at!);
  return { numbers: all.map((x) => x.n), edges: all.map((x) => x.e) };
}

/**
 * A fragment of amounts, or text glued to amounts (which starts where the amounts' columns put
 * them, not at its own).
 */
function amountText(fragment: string): boolean {
  return amountsOnly(fragment) || /^-?\d[\d,]*\.\d\d/.test(fragment);
}

/** A fragment holding nothing but amounts (glued together or not). */
function amountsOnly(text: string): boolean {
  const a = readAmountLine(text);
  return a !== null && a.name === "" && a.rest === "";
}

/**
 * Where the goal column starts on a page: the leftmost start of text, other than amounts and
 * indicator text, that lines share. Null when the page shows no such column.
 */
function goalColumn(page: readonly Line[], minLines = 2): number | null {
  const starts = [...goalStarts(page)].filter(([, n]) => n >= minLines).map(([s]) => s);
  return starts.length ? Math.min(...starts) : null;
}

/**
 * The goal column of a page too short to show it by two lines, where the page shows its indicator
 * column left of the table's usual goal column, or at it (a last page drawn narrower than the
 * pages before): the goal lines left of the indicators' tell it.
 */
function narrowGoalColumn(page: readonly Line[], usual: number): number | null {
  const indicatorAt = indicatorColumn(page, 0);
  if (indicatorAt === null || indicatorAt > usual) return null;
  const starts = [...goalStarts(page).keys()].filter((at) => at < indicatorAt - DRIFT);
  return starts.length ? Math.min(...starts) : null;
}

/** The most common such start over a whole table, for pages too short to show their own. */
function usualGoalColumn(flow: readonly Line[]): number {
  const counts = [...goalStarts(flow)].sort((a, b) => b[1] - a[1]);
  return counts[0]?.[0] ?? 40;
}

/**
 * Where lines' texts that may be goals' start, and how many. A start where more lines read as
 * indicators' than not is the indicator column, its lines without a value label in them
 * (`指标;全年支出率;…`) notwithstanding: a page holding a goal's last line and the rest of the
 * indicators.
 */
function goalStarts(lines: readonly Line[]): Map<number, number> {
  const { goals, indicators } = startCounts(lines);
  return new Map([...goals].filter(([at, n]) => (indicators.get(at) ?? 0) <= n));
}

/**
 * Where lines' first text past a name at their start begins, how many lines begin there, and how
 * many of those hold indicator text anywhere (a value label, an indicator's number and level code)
 * or close a value.
 */
function markedStarts(page: readonly Line[]): Map<number, { lines: number; marked: number }> {
  const starts = new Map<number, { lines: number; marked: number }>();
  for (const line of page) {
    const m = [...(line.raw ?? line.text).matchAll(/\S+(?: \S+)*/g)].find((m) => m.index > 3);
    if (!m) continue;
    const start = starts.get(m.index) ?? { lines: 0, marked: 0 };
    start.lines++;
    // A value's end alone (`100%。`) is the indicators' too: a goal's sentence is words.
    if (INDICATOR_TEXT.test(m[0]) || INDICATOR_NUMBER.test(m[0]) || VALUE_END.test(m[0]))
      start.marked++;
    starts.set(m.index, start);
  }
  return starts;
}

/** Whether a line holds an amount among its pieces. */
function holdsAmounts(line: Line): boolean {
  return [...(line.raw ?? line.text).matchAll(/\S+(?: \S+)*/g)].some((m) => amountText(m[0]));
}

/** An indicator's number and level code inside a line (`。4、4-`). */
const INDICATOR_NUMBER = /[。.]\s*\d{1,2}\s*[、．]\s*[1-4]\s*[-－—–]/u;

/**
 * The goal column of a short page (a last page drawn narrower) whose one column of two lines or
 * more holds only indicator lines, each going on with a value's words, none opening with a label
 * (`大于等于 537 万人次。4、4-…`): the start of the goal's piece left of them (`统文化。`).
 */
function goalLeftOfIndicators(page: readonly Line[]): number | null {
  // Only a page holding no row of its own, only the end of one broken across pages: elsewhere a
  // column of goal lines each glued to the indicator line beside it holds indicator text too.
  if (page.some(holdsAmounts)) return null;
  const at = goalColumn(page);
  if (at === null) return null;
  const starts = markedStarts(page);
  const here = starts.get(at);
  if (!here || here.marked < 2 || here.marked !== here.lines) return null;
  const left = [...starts]
    .filter(([s, n]) => s >= 10 && s < at - DRIFT && n.marked === 0)
    .map(([s]) => s);
  return left.length > 0 ? Math.min(...left) : null;
}

/**
 * Where the indicator column starts on a page: where text that only an indicator cell holds (its
 * numbered start or its value labels) begins a line's right-hand part.
 */
function indicatorColumn(page: readonly Line[], goalAt: number): number | null {
  const counts = new Map<number, number>();
  for (const line of page) {
    for (const m of (line.raw ?? line.text).matchAll(/\S+(?: \S+)*/g)) {
      if (m.index <= goalAt + 3) continue;
      if (m[0].search(INDICATORS_START) === 0 || INDICATOR_TEXT.test(m[0].slice(0, 12))) {
        counts.set(m.index, (counts.get(m.index) ?? 0) + 1);
      }
      break;
    }
  }
  // Pieces of lines shifted off their baseline start further right; the column is the leftmost
  // start that several lines share.
  const shared = [...counts].filter(([, n]) => n >= 2).map(([at]) => at);
  if (shared.length > 0) return Math.min(...shared);
  const usual = [...counts].sort((a, b) => b[1] - a[1])[0];
  return usual ? usual[0] : null;
}

/**
 * The goal and indicator columns a line of a page is cut by, where the page does not keep one
 * pair: pdftotext may set some rows of a page in columns of their own (goals at 63 under goals at
 * 47, indicators at 78 beside both). A line that shows a goal's text and then, further right, the
 * indicators' tells the pair where it stands; a line whose text starts at the goal column of the
 * nearest such line takes its pair. Null for a line that keeps the page's.
 */
function columnsByLine(
  page: readonly Line[],
  goalAt: number,
  indicatorAt: number,
): ({ goalAt: number; indicatorAt: number } | null)[] | null {
  const indicatorish = (text: string) =>
    text.search(INDICATORS_START) === 0 || INDICATOR_TEXT.test(text.split(" ")[0]!);
  // Where the two columns stand one space apart, a goal line and an indicator line beside it make
  // one fragment: it is parted before the indicators' number (the first one's, or any later one's
  // with its level code: `效，按期完成年度各项工 7、3-满意度指标；…`).
  // (Or, failing a number, before a value label's end after a space, where the text before it
  // reads as a goal's, none of an indicator's marks in it: `…工作 标值:应助尽助；…`, `…提升
  // 度指标值:有效。`.)
  const parted = (m: RegExpMatchArray): { index: number; 0: string }[] => {
    const first = m[0].search(INDICATORS_START);
    const spaces = [...m[0].matchAll(/ /g)].map((s) => s.index + 1);
    const at =
      first > 0
        ? first
        : (spaces.find((i) => NUMBERED.test(m[0].slice(i))) ??
          spaces.find(
            (i) =>
              LABEL_END.test(m[0].slice(i)) &&
              !/[；;:：\d]/.test(m[0].slice(0, i - 1)) &&
              !INDICATOR_TEXT.test(m[0].slice(0, i - 1)),
          ) ??
          -1);
    return at > 0 && m[0][at - 1] === " "
      ? [
          { index: m.index!, 0: m[0].slice(0, at - 1) },
          { index: m.index! + at, 0: m[0].slice(at) },
        ]
      : [{ index: m.index!, 0: m[0] }];
  };
  const parts = page.map((line) =>
    [...(line.raw ?? line.text).matchAll(/\S+(?: \S+)*/g)]
      .flatMap(parted)
      .filter(
        (m) => m.index >= goalAt - DRIFT && !amountsOnly(m[0]) && !/^-?\d[\d,]*\.\d\d/.test(m[0]),
      ),
  );
  // The goal's text says nothing an indicator says (a goal never says 指标值), and the text
  // beside it opens an indicator's line, not a separator left apart within one.
  const shown = parts.map(([goal, beside]) =>
    goal &&
    beside &&
    beside.index >= goal.index + 2 * DRIFT &&
    !indicatorish(goal[0]) &&
    !INDICATOR_TEXT.test(goal[0]) &&
    !/^[；;，,。:：]/.test(beside[0]) &&
    indicatorish(beside[0])
      ? { goalAt: goal.index, indicatorAt: beside.index }
      : null,
  );
  const own = (p: { goalAt: number; indicatorAt: number } | null) =>
    p !== null &&
    (Math.abs(p.goalAt - goalAt) > DRIFT || Math.abs(p.indicatorAt - indicatorAt) > DRIFT);
  if (!shown.some(own)) return null;
  const fits = (p: { goalAt: number; indicatorAt: number } | null | undefined, at: number) =>
    p != null && own(p) && Math.abs(p.goalAt - at) <= DRIFT;
  return parts.map(([first], k) => {
    if (!first || indicatorish(first[0])) return null;
    for (let d = 0; d < page.length; d++) {
      const near = shown[k - d] ?? shown[k + d];
      if (!near) continue;
      if (fits(near, first.index)) return near;
      break;
    }
    // Or the pair of the line heading the run of lines that start where this one does, though
    // the next row's pair stands nearer (a goal of twenty lines, its indicators shown beside its
    // first only: `…高` / `效，按期完成年度各项工` / `作任务。` over the next row's).
    for (const step of [-1, 1]) {
      for (let j = k + step; j >= 0 && j < parts.length; j += step) {
        const start = parts[j]![0];
        if (!start || Math.abs(start.index - first.index) > DRIFT) break;
        if (shown[j]) {
          if (fits(shown[j], first.index)) return shown[j]!;
          break;
        }
      }
    }
    return null;
  });
}

/**
 * Where the lines of a page holding nothing but the end of a row's indicators start: every line
 * at one column, no name or amounts beside, the first reading as the indicators' words (or as a
 * value's end alone, `大于 85 分。`: no goal's sentence). Such a page shows no goal column, and the
 * table's, standing near there, would cut its lines (`3、1-产` / `出指标；…` at 50, the goals at 53
 * elsewhere). Null for any other page.
 */
function indicatorsOnly(page: readonly Line[]): number | null {
  const starts = page.map((line) => {
    const raw = line.raw ?? line.text;
    return raw.length - raw.trimStart().length;
  });
  const at = starts[0];
  if (at === undefined || at < 10) return null;
  const one = page.every(
    (line, k) =>
      Math.abs(starts[k]! - at) <= 1 && !/\S {2,}\S/.test((line.raw ?? line.text).trim()),
  );
  const first = page[0]!.text;
  const indicators =
    first.search(INDICATORS_START) === 0 || INDICATOR_TEXT.test(first) || VALUE_END.test(first);
  return one && indicators ? at : null;
}

/**
 * Goal lines of a row whose goal column stands right of the page's, nearer its indicator column
 * than the page's goal column (`广州大学附属中学教 618,271.00 …` with its goal at 57, the page's
 * at 47, the indicators at 66), where no line shows its goal and indicators side by side to tell
 * the row's columns: a start between the two columns that three lines share, none of them with an
 * indicator's words, is a goal column. Gives each line starting there (by input line) its column.
 */
function innerGoalColumns(
  page: readonly Line[],
  goalAt: number,
  indicatorAt: number,
): Map<number, number> {
  const starts = page.map((line) => {
    const m = [...(line.raw ?? line.text).matchAll(/\S+(?: \S+)*/g)].find(
      (f) => f.index > goalAt + DRIFT && !amountsOnly(f[0]),
    );
    return m && m.index < indicatorAt - DRIFT && !INDICATOR_TEXT.test(m[0]) ? m.index : null;
  });
  const counts = new Map<number, number>();
  for (const at of starts) if (at !== null) counts.set(at, (counts.get(at) ?? 0) + 1);
  // (Or two that open the page above its first amounts, the last closing a sentence: the end of a
  // goal a page break cut, set in a column of its own — `效，按期完成年度各项工` / `作任务。` at 58,
  // the page's goals at 47, its indicators at 66.)
  const firstAmounts = page.findIndex(holdsAmounts);
  const opening = starts.slice(0, firstAmounts < 0 ? page.length : firstAmounts);
  const carried =
    opening.length >= 2 &&
    opening.every((at) => at !== null && at === opening[0]) &&
    /[。.]$/.test(page[opening.length - 1]!.text)
      ? opening[0]!
      : null;
  const inner = new Map<number, number>();
  starts.forEach((at, k) => {
    if (at !== null && (counts.get(at)! >= 3 || at === carried)) inner.set(page[k]!.no, at);
  });
  return inner;
}

/** The usual width of a full goal line on a page: of the text that starts at the goal column. */
function goalWidth(page: readonly Line[], goalAt: number): number {
  const widths = page.flatMap((line) =>
    [...(line.raw ?? line.text).matchAll(/\S+/g)]
      .filter((m) => Math.abs(m.index - goalAt) <= DRIFT && !INDICATOR_TEXT.test(m[0]))
      .map((m) => displayWidth(m[0])),
  );
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.75)] ?? Infinity;
}

/** Where lines' texts start, and how many: those that may be goals', and indicators'. */
function startCounts(lines: readonly Line[]): {
  goals: Map<number, number>;
  indicators: Map<number, number>;
} {
  const goals = new Map<number, number>();
  const indicators = new Map<number, number>();
  for (const line of lines) {
    for (const m of (line.raw ?? line.text).matchAll(/\S+(?: \S+)*/g)) {
      if (m.index < 10 || amountText(m[0])) continue;
      const counts =
        INDICATOR_TEXT.test(m[0].split(" ")[0]!) || m[0].search(INDICATORS_START) === 0
          ? indicators
          : goals;
      counts.set(m.index, (counts.get(m.index) ?? 0) + 1);
    }
  }
  return { goals, indicators };
}

/**
 * An indicator line read as a name and amounts, where no goal column tells it apart (a page
 * holding only a row's last indicators): `经济成本指标；…小于等于 217.34 万元；年度指标值:小`,
 * `于等于 217.34 万元。` — indicator words before the number, or its unit and a separator after.
 */
function indicatorValue(a: AmountLine): boolean {
  if (INDICATOR_TEXT.test(a.name)) return true;
  const unit = a.numbers.length === 1 ? readUnit(a.rest) : null;
  return unit !== null && /^[；;。]/.test(a.rest.slice(unit.length));
}

/** An amount with the goal's text right after it, no space between (`3,409,400.00对校舍…`). */
const TOUCHING_AMOUNT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?=[\u4e00-\u9fff])/;

/**
 * An indicator's number and level code (`5、2-…`), where one begins, or its second level's code
 * and name (`23-生态效益`), where a line of it begins with them.
 */
const NUMBERED =
  /^(?:\d{1,3}\s*[、．]\s*\d{1,2}\s*[-－—–]|[1-4]\d\s*[-－—–]\s*[\u4e00-\u9fff]{2,7}(?:指标|效益|影响|满意度)[；;])/u;

/** Cuts a line at the goal column: left of it name and amounts, then goal text, then indicators. */
function cutLine(
  line: Line,
  column: { at: number; width: number },
  pageIndicatorAt: number,
  nameEnd: number,
  autospaced: boolean,
  split: { goal: { at: number; width: number }; indicatorAt: number } | null = null,
): Cut {
  let goal = column;
  let goalAt = goal.at;
  const indicatorAt = split?.indicatorAt ?? pageIndicatorAt;
  const raw = line.raw ?? line.text;
  const fragments = [...raw.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ start: m.index, text: m[0] }));
  let k = 0;
  let peeled = false;
  // A goal line set on the amounts line before the one at the goal column.
  let goalBefore = "";
  const leftParts: { start: number; text: string }[] = [];
  // Name and amounts. Amounts one space apart from the text after them form one fragment with
  // it (a full amount column touching the goal column): the text after them is the goal's.
  for (; k < fragments.length; k++) {
    const f = fragments[k]!;
    if (amountsOnly(f.text)) {
      leftParts.push(f);
      continue;
    }
    const afterAmounts = leftParts.some((p) => readAmountLine(p.text, true));
    // Beside a piece of the name, amounts may stand a little right of the page's goal column,
    // where rows of the page set their goals further right (`试组织经费   32,500.00 育教学…`).
    // Not in a text that sets digits apart from words: there a goal's line may begin so.
    const nearGoal = !autospaced && leftParts.length > 0 && f.start < goalAt + 2 * DRIFT;
    const read = f.start < goalAt || afterAmounts || nearGoal ? readAmountLine(f.text, true) : null;
    const amounts = read && !indicatorValue(read) ? read : null;
    // One more amount touching the goal's first character, after the row's total or after a
    // piece of a wrapped name (a money column's amount drawn a line lower). It stands in a money
    // column, left of the goal's: an indicator's value does not, and has no name beside it.
    const inMoney = afterAmounts || (leftParts.length > 0 && f.start >= nameEnd);
    // (Pushed by the wide amounts before it, it may start a little past the goal column.)
    const touching =
      inMoney && !amounts && f.start < goalAt + 2 * DRIFT ? TOUCHING_AMOUNT.exec(f.text) : null;
    if (touching) {
      leftParts.push({ start: f.start, text: touching[0] });
      fragments[k] = {
        start: f.start + touching[0].length,
        text: f.text.slice(touching[0].length),
      };
      peeled = true;
      break;
    }
    if (amounts && amounts.rest !== "" && f.start + f.text.length > goalAt) {
      const cut = f.text.length - amounts.rest.length;
      leftParts.push({ start: f.start, text: f.text.slice(0, cut).trimEnd() });
      fragments[k] = { start: f.start + cut, text: amounts.rest };
      peeled = true;
      break;
    }
    // A goal's line pulled left against a row's amounts, short of the goal column, with the
    // goal's next line at the column (Chromium sets a row's line half a line off): both are the
    // goal's, in that order.
    // Text after a row's amounts short of the goal column is the goal's too (no name follows
    // amounts), alone or before the line at the column.
    const next = fragments[k + 1];
    if (
      amounts &&
      amounts.rest !== "" &&
      (amounts.numbers.length >= 2 || afterAmounts) &&
      !INDICATOR_TEXT.test(amounts.rest)
    ) {
      const cut = f.text.length - amounts.rest.length;
      leftParts.push({ start: f.start, text: f.text.slice(0, cut).trimEnd() });
      if (next !== undefined && Math.abs(next.start - goalAt) <= DRIFT) {
        goalBefore = amounts.rest;
        k++;
      } else {
        fragments[k] = { start: f.start + cut, text: amounts.rest };
        peeled = true;
      }
      break;
    }
    // A name starts at the left edge; text further right than any amount is not a name.
    if (f.start >= goalAt - DRIFT || f.start >= nameEnd) break;
    leftParts.push(f);
  }
  const rest = fragments.slice(k);
  const left = leftParts.map((f) => f.text).join(" ");
  const empty: Cut = {
    line,
    left,
    edges: amountEdges(leftParts),
    leftEnd: Math.max(-1, ...leftParts.map((f) => f.start + f.text.length)),
    goal: "",
    goalFrom: -1,
    indicator: "",
    indicatorFrom: -1,
    indicatorTo: -1,
    indicatorAt,
  };
  const first = rest[0];
  if (!first) return empty;
  // Where some rows of the page stand in columns of their own, their lines are parted by those.
  if (split) {
    goal = split.goal;
    goalAt = split.goal.at;
  }
  const withIndicators = (goal: string, parts: readonly Fragment[]): Cut => {
    const last = parts[parts.length - 1];
    return {
      ...empty,
      goal: goalBefore + goal,
      goalFrom: goalBefore || goal ? first.start : -1,
      indicator: parts.map((f) => f.text).join(" "),
      indicatorFrom: parts[0]?.start ?? -1,
      indicatorTo: last ? last.start + last.text.length : -1,
    };
  };
  // Text that starts nearer the indicator column than the goal column is the indicators' alone
  // (the goal column itself drifts a few places right after wide amounts).
  // Text glued to an amount is pushed right by it: it is the goal's. Text that only an indicator
  // cell holds (a goal never says 指标值) is the indicators'.
  const all = [...first.text.matchAll(/ /g)].map((m) => m.index);
  const setApart = (i: number) =>
    autospaced && autospaceAt(first.text, i) && !NUMBERED.test(first.text.slice(i + 1));
  const head = first.text.split(" ")[0]!;
  const opensIndicators = first.text.search(INDICATORS_START) === 0;
  const indicatorText = opensIndicators || INDICATOR_TEXT.test(head);
  // A full goal line one space before indicator text is a goal line, wherever the columns drifted
  // (up to the first space that parts words: not one set beside digits).
  const words = first.text.slice(0, all.find((i) => !setApart(i)) ?? first.text.length);
  const fullGoalLine =
    !indicatorText && words !== first.text && displayWidth(words) >= 0.8 * goal.width;
  const rightOfGoals = !peeled && !fullGoalLine && first.start > (goalAt + indicatorAt) / 2;
  // (A row may set its goal a few places right of the page's goal column, nearer it than the
  // indicators' still.)
  const atGoal = first.start >= goalAt - DRIFT && 2 * first.start < goalAt + indicatorAt;
  // (Text peeled off the row's amounts too, where it starts at the goal column: `69,200.00
  // 力，打造高素质专业化创出指标；…`, the amounts one space before the goal's line.)
  const glued = opensIndicators || !atGoal ? undefined : gluedAt(first, indicatorAt, goal.width);
  if (glued !== undefined) {
    return withIndicators(first.text.slice(0, glued), [
      { start: first.start + glued, text: first.text.slice(glued) },
      ...rest.slice(1),
    ]);
  }
  if (opensIndicators || rightOfGoals || (!peeled && indicatorText)) {
    return withIndicators("", rest);
  }
  // A full goal line and the indicator text beside it may stand one space apart: the first space
  // in the goal column's right half parts them (a lone fragment with none, at its first space
  // after a full goal line). Digits set apart from ideographs put spaces inside a goal's line
  // too, in a text set so: a space before an indicator's number, then one between words, parts
  // the columns before such a space does, and in a fragment no wider than a goal line such a
  // space parts nothing.
  const fits = displayWidth(first.text.replace(/ /g, "")) <= goal.width + 2;
  const parting = (spaces: readonly number[]) =>
    spaces.find((i) => first.start + i >= (goalAt + indicatorAt) / 2) ??
    (rest.length === 1
      ? spaces.find((i) => displayWidth(first.text.slice(0, i)) >= 0.8 * goal.width)
      : undefined);
  // Failing those, in a text set so, the goal's part is a full line: the last space that leaves
  // the goal's part no wider than one.
  // A number set apart at the goal's end, its unit and a separator after the space, is an
  // indicator's value (`…分析等服 7 次；…`); a goal line may end with one (`…系统 7×24`).
  const valueCut = (i: number) => {
    if (!/ \d[\d.,]*$/.test(first.text.slice(0, i))) return false;
    const after = first.text.slice(i + 1);
    const unit = readUnit(after);
    return unit !== null && /^[；;。]/.test(after.slice(unit.length));
  };
  const widestGoal = () =>
    all.findLast(
      (i) => displayWidth(closeAutospace(first.text.slice(0, i))) <= goal.width && !valueCut(i),
    );
  // A unit's bracket hung off the value above it (`…38件` / `（套）`), set one space after a full
  // goal line on a line whose positions the overflowing amounts pushed: the indicators'.
  const hung = / [（(][\u4e00-\u9fff]{1,2}[）)]$/.exec(first.text);
  const hungAt =
    hung && displayWidth(first.text.slice(0, hung.index)) >= 0.8 * goal.width
      ? hung.index
      : undefined;
  const space =
    parting(all.filter((i) => !setApart(i))) ??
    hungAt ??
    (fits ? undefined : ((autospaced ? widestGoal() : undefined) ?? parting(all)));
  if (space === undefined) return withIndicators(first.text, rest.slice(1));
  // Two goal lines set on one baseline, the second where the indicators stand (`…加强教师队伍建
  // 设，开展分层分类培训，`): the goal's part is cut mid-word and what follows the space is a
  // goal's clause, none of an indicator's marks in it. Both are the goal's.
  const after = first.text.slice(space + 1);
  if (
    rest.length === 1 &&
    /[\u4e00-\u9fff]$/.test(first.text.slice(0, space)) &&
    /^[\u4e00-\u9fff][^；;:：\d]*[，,][^；;:：\d]*$/u.test(after) &&
    !INDICATOR_TEXT.test(after)
  )
    return withIndicators(first.text.slice(0, space) + after, []);
  return withIndicators(first.text.slice(0, space), [
    { start: first.start + space + 1, text: first.text.slice(space + 1) },
    ...rest.slice(1),
  ]);
}

/**
 * Where a goal line and the indicator line beside it stand glued, no space between (pdftotext set
 * the indicators' first character right where the goal's clause mark ended:
 * `…教师队伍。期指标值:…`): at the indicator column (give or take a place), where an indicator's
 * text starts and the goal's part, saying nothing an indicator says, ends with a clause mark (or,
 * a full line, is cut mid-clause) and is at least half a goal line wide and no wider than one. (A
 * page whose goal column was misjudged has indicator lines there, cut anywhere: `观众人次；实施…`,
 * `584.87万元;年度…`.)
 */
function gluedAt(first: Fragment, indicatorAt: number, goalWidth: number): number | undefined {
  const at = indicatorAt - first.start;
  // (Or a few places short of it, right after the goal's closing mark, where a value label's end
  // follows, which no goal says: `…基本文化权益。值:≥90%。`, the row's indicators a column left of
  // the pair the page's next row shows.)
  const labelEnd = [at - 4, at - 3, at - 2].filter(
    (i) => /[。，,]$/.test(first.text.slice(0, i)) && LABEL_END.test(first.text.slice(i)),
  );
  const places = [at, at - 1, at + 1, ...labelEnd].filter((i) => {
    const goal = first.text.slice(0, i);
    const width = displayWidth(goal);
    const indicator = first.text.slice(i);
    // Or a full goal line cut mid-clause (`…教育教学能值:大于等于85%…`, `…基本文化权务年限1年。3、…`).
    const ends =
      /^[^\s；;]+[，。,]$/.test(goal) ||
      (/^[^\s；;]+$/.test(goal) &&
        // (Not inside a value's label: `…周期指标` + `值:…`.)
        !/指标|指$/.test(goal) &&
        width >= goalWidth - 2);
    return (
      i > 0 &&
      i < first.text.length &&
      ends &&
      // (Never inside a number: `126383` + `1元；…` on a page too short to tell a goal's width.)
      !(/\d$/.test(goal) && /^\d/.test(indicator)) &&
      !INDICATOR_TEXT.test(goal) &&
      width >= goalWidth / 2 &&
      width <= goalWidth + 2
    );
  });
  const opening = (i: number) => first.text.slice(i).split(" ")[0]!;
  const told = (i: number) =>
    INDICATOR_TEXT.test(opening(i).slice(0, 12)) ||
    // (Or, after the goal's clause mark, a period value's end and the annual label.)
    (/[，。,]$/.test(first.text.slice(0, i)) && VALUE_THEN_ANNUAL.test(first.text.slice(i)));
  // (Or a piece of an indicator's fields parted by ；, no goal's clause in it: `归档完整率；实施周期
  // 指标`. Such a piece may start anywhere in a field, so it tells less than the words above.)
  const fields = (i: number) => /^[^，,]*[；;][^，,]*$/.test(opening(i));
  // Where several places would do, the first that leaves the goal's part no wider than a full
  // line, its words telling the indicators' start: a place further on may open with an
  // indicator's words too (`…疾病预于` + `等于80%。4、4-成本…`), a line wider than any goal's.
  // (Not the one nearest a full line: a goal's line may end a character short, its last pushed
  // down with the clause mark after it, `…教育教学能` / `力，…`.)
  const misfit = (i: number) =>
    Math.max(0, displayWidth(first.text.slice(0, i)) - goalWidth) + (told(i) ? 0 : 1);
  return places.filter((i) => told(i) || fields(i)).sort((a, b) => misfit(a) - misfit(b))[0];
}

/** A value label, or the end of one a wrap cut, its value after it (`期指标值:1次`, `值:≥90%。`). */
const LABEL_END = /^(?:(?:实施)?(?:周期|年度|期|度)?指?标)?值\s*[:：]/u;
/** A period value's end, then the annual value's label (`821694元；年度指标值:…`). */
const VALUE_THEN_ANNUAL = /^[^\s；;。，,]{1,24}[；;]年度(?:指标)?值/u;

/**
 * A row's last amount drawn a line or two lower, pushed to the goal column's start, the goal's
 * line one space after it (`650,174.00 学习和工作环境。` under `学生体质健康监测经费 650,174.00
 * 对校舍…`): it is the row's where, with the amounts above (only other columns' text between),
 * it makes the row's total, and only there (a goal may speak of money).
 */
function peelLowerAmounts(cuts: Cut[]): void {
  cuts.forEach((c, k) => {
    const m = c.left === "" ? LOWER_AMOUNT.exec(c.goal) : null;
    if (!m) return;
    const above = cuts.slice(Math.max(0, k - 3), k).findLast((a) => a.left !== "");
    const amounts = above ? readAmountLine(above.left, true) : null;
    if (!amounts || sourcesMakeTotal(amounts.numbers)) return;
    if (!sourcesMakeTotal([...amounts.numbers, m[1]!])) return;
    const end = c.goalFrom + m[1]!.length;
    cuts[k] = {
      ...c,
      left: m[1]!,
      edges: [end],
      leftEnd: end,
      goal: c.goal.slice(m[0].length),
      goalFrom: c.goalFrom + m[0].length,
    };
  });
}

/** An amount opening a goal's line, a space before the goal's words (no unit of money). */
const LOWER_AMOUNT = /^(-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}) (?![万亿]?元)(?=[\u4e00-\u9fff])/u;

/** A goal's clause marks: indicator text, cut at its separators, shows none of them. */
const GOAL_CLAUSE = /[，。,]/;

/** A line whose left part was taken for a goal's, given to the indicators from where it starts. */
function asIndicators(c: Cut, indicator: string): Cut {
  return {
    ...c,
    goal: "",
    goalFrom: -1,
    indicator,
    indicatorFrom: c.goalFrom,
    indicatorTo: c.goalFrom + indicator.length,
  };
}

/**
 * A row broken by a page whose goal has ended on the first page (its last line, closing with
 * `。`, stands above the page's last indicator line: a cell going on fills the page) and whose
 * indicators have not: the text at the next page's top, until the indicators end, is theirs,
 * wherever the next page's columns put it (`列支。` under the repeated header, left of the goal
 * column; `超过` one space before `334 万元。`).
 */
function continueBrokenIndicators(cuts: Cut[], pageOf: readonly number[]): void {
  for (let at = 1; at < cuts.length; at++) {
    if (pageOf[at] === pageOf[at - 1]) continue;
    let lastIndicator = -1;
    let lastGoal = -1;
    let anchored = false;
    for (let k = at - 1; k >= 0 && pageOf[k] === pageOf[at - 1]; k--) {
      const c = cuts[k]!;
      if (lastIndicator < 0 && c.indicator) lastIndicator = k;
      if (lastGoal < 0 && c.goal) lastGoal = k;
      if (readAmountLine(c.left, true)) {
        anchored = true;
        break;
      }
    }
    if (!anchored || lastGoal < 0 || lastIndicator < lastGoal) continue;
    if (!/。$/.test(cuts[lastGoal]!.goal) || /。$/.test(cuts[lastIndicator]!.indicator)) continue;
    // The goal's end on the page's last line, beside the indicators', says less (the goal may go
    // on too): there only text standing where the next page's indicator lines stand is theirs.
    const sameLine = lastIndicator === lastGoal;
    let column = -1;
    for (let k = at; k < cuts.length && pageOf[k] === pageOf[at] && column < 0; k++) {
      const c = cuts[k]!;
      if (readAmountLine(c.left, true)) break;
      if (c.indicator && !c.goal) column = c.indicatorFrom;
    }
    for (let k = at; k < cuts.length && pageOf[k] === pageOf[at]; k++) {
      const c = cuts[k]!;
      if (readAmountLine(c.left, true) || c.indicator.search(INDICATORS_START) === 0) break;
      if (c.goal) {
        const whole = c.indicator ? `${c.goal} ${c.indicator}` : c.goal;
        // (Or a line that reads as the indicators' own words from its start, no clause of a goal
        // in its left part: `等于 12200 元；年度指标值:…` after `…实施周期指标值:小于` — the label in
        // that part, not only beside it: `通过实施“病媒生物防制专项经` at the goal column, then
        // `指标值:…` at the indicators', is the next row's goal beside them.)
        const label = whole.search(INDICATOR_TEXT);
        const theirs =
          label >= 0 && label < c.goal.length && !GOAL_CLAUSE.test(whole.slice(0, label));
        if (sameLine && !theirs && (column < 0 || Math.abs(c.goalFrom - column) > DRIFT)) break;
        cuts[k] = asIndicators(c, whole);
      }
      if (/。$/.test(cuts[k]!.indicator)) break;
    }
  }
}

/**
 * A page holding only the end of a row's indicators shows no goal column, and its first line
 * may carry no value label to tell it from a goal's: the indicator line under it, starting
 * where it does, and its words (no clause of a goal) do.
 */
function indicatorsOnTop(cut: Cut[]): void {
  const [top, second] = cut;
  if (
    top?.goal &&
    !top.left &&
    !top.indicator &&
    second?.indicator &&
    !second.goal &&
    Math.abs(top.goalFrom - second.indicatorFrom) <= 1 &&
    !GOAL_CLAUSE.test(top.goal)
  ) {
    cut[0] = asIndicators(top, top.goal);
  }
}

/**
 * A line right under an indicator line and starting where it does goes on with it (a page
 * holding only the end of a row's indicators shows no goal column of its own), also where a
 * space in it was taken for the goal's end (`大于等于 20 亿元；…`), and past the last line of
 * a goal set further left between them (a page holding the end of a row's goal too), when it
 * reads as no goal's clause. (Past a line holding nothing but a piece of the next row's name,
 * too: `米。2、3-满意度指标；…` / `云”数字教` / `满意度；学生及家长满意度；…`.)
 */
function joinLinesUnderIndicators(cut: Cut[], autospaced: boolean): void {
  const namePiece = (c: Cut | undefined) =>
    c !== undefined && c.left !== "" && !c.goal && !c.indicator && !readAmountLine(c.left, true);
  const up = (k: number) => (namePiece(cut[k]) ? k - 1 : k);
  cut.forEach((c, k) => {
    const b = up(k - 1);
    const between = cut[b];
    const past =
      between !== undefined &&
      between.goal !== "" &&
      !between.indicator &&
      !between.left &&
      c.goalFrom - between.goalFrom > DRIFT &&
      !GOAL_CLAUSE.test(c.goal);
    const above = past ? cut[up(b - 1)] : between;
    if (!above || !c.goal || !above.indicator) return;
    if (Math.abs(c.goalFrom - above.indicatorFrom) > 1) return;
    const awaitsValue = /指标值\s*[:：]$/.test(above.indicator);
    // (A goal's last line beside the line above, further left, does not stop it:
    // `完成年度各项工作任务。` beside `…实施周期指标值:成本控制`, then `率 100%；…` under it.)
    // Only where the line above holds no name or amounts (which shift its columns) and this
    // line's indicator part goes on after the space — or where the goal beside ended its
    // sentence and the indicator line a value's label: this line is that value (`公平。` beside
    // `…；年度指标值:`, then `有效。` under it).
    const valueUnder = awaitsValue && /。$/.test(above.goal) && !above.left;
    if (
      above.goal &&
      !valueUnder &&
      (above.left || !c.indicator || Math.abs(c.goalFrom - above.goalFrom) <= DRIFT)
    )
      return;
    // The line's left part, taken for a goal's, reads as the indicators' own words: no clause
    // of a goal, indicator words beside it, or a value's digits beside its words, the space
    // between them a word processor's (`整体支出金额不超过 3610460 元；年度`, `3610460 元。`);
    // or the line above ends with a value's label, and this line is the value (`…；年度指标值：`
    // / `该项目整体支出金额不超过 1608400 元。`).
    const spacedValue = autospaced && autospaceAt(`${c.goal} ${c.indicator}`, c.goal.length);
    if (
      c.indicator &&
      !awaitsValue &&
      (c.indicatorFrom !== c.goalFrom + c.goal.length + 1 ||
        GOAL_CLAUSE.test(c.goal) ||
        !(INDICATOR_TEXT.test(c.indicator) || spacedValue))
    )
      return;
    const indicator = c.indicator ? `${c.goal} ${c.indicator}` : c.goal;
    cut[k] = asIndicators(c, indicator);
  });
}

function rowsOfLayoutFlow(
  flow: readonly Line[],
  columns: StreamColumns,
  headers: readonly PageHeader[],
  autospaced: boolean,
): SourceRecord[] {
  const pages: Line[][] = [];
  for (const line of flow) {
    if (line.breakBefore || pages.length === 0) pages.push([]);
    pages[pages.length - 1]!.push(line);
  }
  const fallback = usualGoalColumn(flow);
  const nameEnd = Math.min(
    ...flow.flatMap((l) =>
      [...(l.raw ?? l.text).matchAll(/\S+(?: \S+)*/g)]
        .filter((m) => m.index > 0 && amountsOnly(m[0]))
        .map((m) => m.index),
    ),
  );
  const pageOf = pages.flatMap((page, p) => page.map(() => p));
  const cuts = pages.flatMap((page) => {
    const goalAt =
      goalLeftOfIndicators(page) ??
      goalColumn(page) ??
      narrowGoalColumn(page, fallback) ??
      fallback;
    const goal = { at: goalAt, width: goalWidth(page, goalAt) };
    // Where no line sets its indicator text apart (each goal line one space before the indicator
    // line beside it), the indicators start a full goal line right of the goals (a character is
    // one text column and two of width), eight places at least: a page holding only indicators
    // shows no goal line to measure.
    const indicatorAt =
      indicatorColumn(page, goalAt) ??
      goalAt + Math.max(8, Number.isFinite(goal.width) ? Math.round(goal.width / 2) + 1 : 0);
    const byLine = columnsByLine(page, goalAt, indicatorAt);
    // One measure of each column's width per page, however many lines stand in it.
    const widths = new Map<number, number>();
    const widthAt = (at: number): number => {
      let width = widths.get(at);
      if (width === undefined) widths.set(at, (width = goalWidth(page, at)));
      return width;
    };
    const inner = innerGoalColumns(page, goalAt, indicatorAt);
    const only = goalColumn(page) === null ? indicatorsOnly(page) : null;
    if (only !== null) {
      return page.map((line) => ({
        ...cutLine(line, goal, indicatorAt, nameEnd, autospaced),
        left: "",
        goal: "",
        goalFrom: -1,
        indicator: line.text,
        indicatorFrom: only,
        indicatorTo: only + line.text.length,
      }));
    }
    const cut = page.map((line, k) => {
      const own = byLine?.[k];
      const at = own ? own.goalAt : inner.get(line.no);
      const split =
        at === undefined
          ? null
          : { goal: { at, width: widthAt(at) }, indicatorAt: own?.indicatorAt ?? indicatorAt };
      return cutLine(line, goal, indicatorAt, nameEnd, autospaced, split);
    });
    indicatorsOnTop(cut);
    joinLinesUnderIndicators(cut, autospaced);
    // Two lines of one goal set on one line, its last (a sentence's short end) before the one
    // above it (a full line): they go back in order.
    cut.forEach((a, k) => {
      if (displayWidth(a.goal) <= goal.width + 2) return;
      const end = a.goal.indexOf("。") + 1;
      const [last, first] = [a.goal.slice(0, end), a.goal.slice(end)];
      if (end === 0 || displayWidth(last) >= 0.8 * goal.width) return;
      const full = displayWidth(first);
      if (full >= 0.8 * goal.width && full <= goal.width + 2) cut[k] = { ...a, goal: first + last };
    });
    // A row's name and amounts stand half a line off its goal's baselines; pdftotext may set the
    // goal's next line beside the amounts and the line above them on a line of its own below.
    // Every goal line has an indicator line beside it in a cell taller than the goal's: a full
    // goal line with none (or only a piece of the line beside the amounts, set off its baseline
    // with it), right under the amounts and over a line of the same indicators, is the one from
    // above.
    cut.forEach((a, k) => {
      const b = cut[k + 1];
      const c = cut[k + 2];
      if (!b || !c || !a.goal || !a.indicator || !readAmountLine(a.left, true)) return;
      // Not where the goal line above the amounts has none beside it either: there goal and
      // indicator lines take turns, each on a line of its own (`办学条件，提升学校信息` /
      // `度指标值:100%。…` / amounts / `师队伍建设，开展分层分`), and the line under is the goal's
      // next. (A line ending a sentence there is the goal above's end.)
      const over = [cut[k - 1], cut[k - 2]].find((d) => d?.goal || d?.left);
      if (over && over.goal && !over.indicator && !over.left && !/。$/.test(over.goal)) return;
      // Its own: at the column's start, or too wide to make one line with the one beside the
      // amounts (a word processor sets a full line further right after a wide goal line).
      // (Where the line beside the amounts holds only a piece hung off the value above, a line
      // opening with an indicator's closing mark is a piece with it, wherever it starts: `（套）` /
      // `。3、1-产出指标；…`.)
      const full = Math.max(displayWidth(a.indicator), displayWidth(c.indicator));
      const ownIndicator =
        b.indicator !== "" &&
        !(/^[。；;]/.test(b.indicator) && displayWidth(a.indicator) <= 8) &&
        (b.indicatorFrom <= b.indicatorAt + DRIFT ||
          displayWidth(a.indicator) + displayWidth(b.indicator) > full * 1.2);
      // (Its own indicator line notwithstanding, where the line, no sentence's end, stands apart
      // from every goal line under it while the one beside the amounts ends one: `提升…水平。` /
      // `保障交通运输信息系统安全稳定运行，` over other columns' lines only.)
      const stranded =
        /。$/.test(a.goal) &&
        /[，,]$/.test(b.goal) &&
        !cut.slice(k + 2, k + 5).some((d) => d.goal !== "");
      if (
        b.left ||
        !b.goal ||
        (ownIndicator && !stranded) ||
        displayWidth(b.goal) < 0.8 * goal.width
      )
        return;
      if (c.goal || !c.indicator || c.indicator.search(INDICATORS_START) === 0) return;
      cut[k] = { ...a, goal: b.goal };
      cut[k + 1] = { ...b, goal: a.goal };
    });
    // Two lines of one goal set on one line in order, one space apart, where the indicators had
    // no line (`…改善办 学条件，提升学校信息` beside a row's amounts): after an indicator that has
    // ended (`…8次。`) only the next one's number may follow, so words that say nothing an
    // indicator says are the goal's next line.
    let lastIndicator = "";
    cut.forEach((c, k) => {
      if (
        c.goal &&
        c.indicator &&
        lastIndicator.endsWith("。") &&
        !INDICATOR_TEXT.test(c.indicator) &&
        !/^\d{1,3}\s*[、．]/.test(c.indicator) &&
        displayWidth(c.goal) >= 0.8 * goal.width &&
        displayWidth(c.indicator) <= goal.width + 2
      ) {
        cut[k] = {
          ...c,
          goal: c.goal + c.indicator,
          indicator: "",
          indicatorFrom: -1,
          indicatorTo: -1,
        };
        return;
      }
      if (c.indicator) lastIndicator = c.indicator;
    });
    return cut;
  });
  continueBrokenIndicators(cuts, pageOf);
  peelLowerAmounts(cuts);

  // Rows: the lines whose left part holds amounts. Amounts on the next line that, with the ones
  // before, add up to the total are the same row: its cells sat on different baselines.
  // `last`: the row's last amounts line, when its amounts stand on more than one.
  const anchors: { at: number; row: RowBuild; last?: number }[] = [];
  // The last line whose amounts went to the last anchor (it, or a line joined to it).
  let lastAmountsAt = -1;
  // Rows drawn as a staircase: their amounts overflowed their cells, so where they stand says
  // nothing about their columns.
  const stairs = new Set<RowBuild>();
  cuts.forEach((c, at) => {
    const amounts = c.left ? readAmountLine(c.left, true) : null;
    if (!amounts) return;
    const edges = c.edges.slice(-amounts.numbers.length);
    // The row's amounts line just above, or one up to four lines above with only the other
    // columns' text between, whose amounts do not make its total yet (`广州市执信中学学生
    // 1,263,831.00 657,192.00` / indicator line / `体质健康监测经费 606,639.00 育公平…`; three
    // pieces of indicator lines set off their baselines between, `…收藏 5839668.00` / `（套）` /
    // `；年度指标值:84件` / `。3、…` / `及研究经费 5839668.00 …`).
    const last = anchors[anchors.length - 1] ?? null;
    const across =
      last !== null &&
      lastAmountsAt >= 0 &&
      at - lastAmountsAt <= 4 &&
      cuts.slice(lastAmountsAt + 1, at).every((between) => between.left === "") &&
      !sourcesMakeTotal(last.row.numbers) &&
      sourcesMakeTotal([...last.row.numbers, ...amounts.numbers]);
    const previous = lastAmountsAt === at - 1 || across ? last : null;
    const previousLine = lastAmountsAt >= 0 ? cuts[lastAmountsAt]!.line : null;
    lastAmountsAt = at;
    const before = previous?.row.numbers ?? [];
    const joined = [...before, ...amounts.numbers];
    // A narrow money column may draw a row's amounts as a staircase, one per line, each further
    // right: nameless lines of amounts go on while the sources still fit in the total. (Not a
    // line with an amount left of the line above's end: cells of two lines, read in place.)
    const aboveEnd = previous ? cuts[at - 1]!.leftEnd : null;
    const staircase =
      amounts.name === "" &&
      !sourcesMakeTotal(before) &&
      sourcesWithinTotal(joined) &&
      aboveEnd !== null &&
      c.leftEnd > aboveEnd &&
      edges.every((e) => e === null || e > aboveEnd);
    if (previous && joined.length <= 4 && (sourcesMakeTotal(joined) || staircase)) {
      if (staircase) stairs.add(previous.row);
      // Read left to right where every amount's place is known: a cell of three lines beside
      // cells of one puts its first and last lines' amounts (总计 and 其他资金, cut) around them.
      // The first amount right after the name on the row's first line, its place unknown (the
      // name pushed it), is the leftmost of the row's (`广州市文化 16868652.0 … 2305600.0` over
      // `11600752.00 2962300.00`).
      const afterName =
        previous.row.namePrefix !== "" && previous.row.edges?.[0] === null
          ? { ...previous.row, edges: [-1, ...previous.row.edges.slice(1)] }
          : null;
      const placed = staircase
        ? null
        : (byPlace(previous.row, amounts.numbers, edges) ??
          (afterName ? byPlace(afterName, amounts.numbers, edges) : null));
      if (placed) {
        previous.row.numbers = placed.numbers;
        previous.row.edges = placed.edges;
      } else {
        previous.row.numbers.push(...amounts.numbers);
        previous.row.edges?.push(...edges);
      }
      previous.row.nameSuffix += amounts.name;
      previous.row.lines.push(c.line.no);
      previous.last = at;
      return;
    }
    // Cells of two lines centred beside cells of one put a source above its row's total: read
    // left to right, the two lines' amounts make the total. With a piece of the name beside each
    // (`师培训专项经费 … 25,942.00` over `（“百千万人才培养 76,300.00 50,358.00`), only where
    // neither line's amounts add up alone.
    // So where the name above was cut after a hyphen (`广州市执信中学2026-` / `2027年信息化运维项目
    // 587,400.00`): the line goes on with it, though two equal sources above read as a total and
    // its source.
    const apart =
      amounts.name === "" ||
      (!sourcesMakeTotal(previous?.row.numbers ?? []) && !sourcesMakeTotal(amounts.numbers)) ||
      (previous !== null && cutAfterHyphen(previous.row.namePrefix + previous.row.nameSuffix));
    const inPlace =
      previous && apart
        ? (byPlace(previous.row, amounts.numbers, edges) ??
          (amounts.name !== ""
            ? totalBelow(
                previous.row,
                amounts.numbers,
                edges,
                c.line.raw ?? c.line.text,
                previousLine?.raw ?? previousLine?.text ?? "",
              )
            : null))
        : null;
    if (previous && inPlace && inPlace.numbers.length <= 4 && sourcesMakeTotal(inPlace.numbers)) {
      previous.row.numbers = inPlace.numbers;
      previous.row.edges = inPlace.edges;
      previous.row.nameSuffix += amounts.name;
      previous.row.lines.push(c.line.no);
      previous.last = at;
      return;
    }
    anchors.push({ at, row: { ...newRow({ ...amounts, rest: "" }, c.line, []), edges } });
  });
  for (const row of stairs) row.edges = row.numbers.map(() => null);
  const money = [1, 2, 3, 4].filter((k) => columns.present[k]).length;
  const fromHeader = money === 4 ? (headers[0]?.distances ?? null) : null;
  // The header over each row: the last one above its amounts line (rows and headers both in
  // line order, so one walk down the headers).
  let h = -1;
  const overRow = anchors.map((a) => {
    const no = cuts[a.at]!.line.no;
    while (h + 1 < headers.length && headers[h + 1]!.no < no) h++;
    return money === 4 && h >= 0 ? headers[h]!.distances : null;
  });
  placeByPosition(
    anchors.map((a) => a.row),
    money,
    fromHeader,
    overRow,
  );
  if (anchors.length === 0) return flow.map((l) => single(l));
  // Anchors are in line order: the first at or after a line is found by halving.
  const firstFrom = (at: number): number => {
    let lo = 0;
    let hi = anchors.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (anchors[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const nearestAnchor = (at: number): { at: number; row: RowBuild } => {
    const k = firstFrom(at);
    const after = anchors[k];
    const before = anchors[k - 1];
    if (!after) return before!;
    if (!before) return after;
    return at - (before.last ?? before.at) <= after.at - at ? before : after;
  };
  const nearest = (at: number): RowBuild => nearestAnchor(at).row;
  const placedIndicator = new Set<number>();
  // A unit: its name a unit's, its total the sum of the rows after it.
  const summing = rowsSummingFollowers(anchors.map((a) => a.row));
  const unitLike = (row: RowBuild): boolean =>
    summing.has(row) && UNIT_NAME.test(core(row.namePrefix));

  // Indicator blocks: from a 1、 to the end its grammar gives; the row whose amounts lie within
  // (or nearest to) the block owns it. A block running onto the next page marks a broken row.
  const broken = new Set<RowBuild>();
  // Where each row's indicator cell stands (its first block's first and last line).
  const spans = new Map<RowBuild, [number, number]>();
  for (let at = 0; at < cuts.length; at++) {
    if (
      !INDICATORS_START.test(cuts[at]!.indicator) ||
      cuts[at]!.indicator.search(INDICATORS_START) !== 0
    )
      continue;
    const parts = [cuts[at]!.indicator];
    const members = [at];
    let end = at;
    for (let k = at + 1; k < cuts.length; k++) {
      const next = cuts[k]!.indicator;
      if (next === "") continue;
      if (indicatorsComplete(parts, next) || next.search(INDICATORS_START) === 0) break;
      const last = parts.length - 1;
      if (last > 0 && valuesSwapped(parts.slice(0, last).join(""), parts[last]!, next)) {
        parts.splice(last, 0, next);
        members.splice(last, 0, k);
      } else {
        parts.push(next);
        members.push(k);
      }
      end = k;
    }
    const k = firstFrom(at);
    const inside = anchors[k];
    let row = inside && inside.at <= end ? inside.row : nearest(Math.round((at + end) / 2));
    // A unit holds no indicators: a block between two rows' amounts, nearer a unit's, is the
    // row's above while that has none (`学生心理健康教育服务经` / block / `广州市执信中学 …`).
    const above = anchors[k - 1];
    if (
      above &&
      row === inside?.row &&
      inside.at > end &&
      above.row.indicators.length === 0 &&
      unitLike(inside.row) &&
      !unitLike(above.row)
    ) {
      row = above.row;
    }
    // A block that starts right under a row's amounts, holding none, is that row's: its cells
    // drawn from the row's top, the block's first baseline a line lower — though the block's
    // middle stands nearer the next row's amounts, right under its end.
    if (
      above &&
      row !== above.row &&
      !(inside && inside.at <= end) &&
      at - (above.last ?? above.at) <= 1 &&
      above.row.indicators.length === 0 &&
      !unitLike(above.row)
    ) {
      row = above.row;
    }
    if (pageOf[at] !== pageOf[end]) broken.add(row);
    if (!spans.has(row)) spans.set(row, [at, end]);
    const block: Cut[] = [];
    for (const k of members) {
      block.push(cuts[k]!);
      row.lines.push(cuts[k]!.line.no);
      placedIndicator.add(k);
    }
    row.indicators.push(...rejoinPieces(block));
    at = end;
  }

  // Goal lines: each row's cell is centred on its amounts.
  const rowAnchors = anchors.map((a) => ({
    at: a.at,
    page: pageOf[a.at]!,
    broken: broken.has(a.row),
    project: a.row.indicators.length > 0,
    indicators: spans.get(a.row),
    last: a.last,
  }));
  const column = (part: "left" | "goal") =>
    cuts.flatMap((c, at) => {
      const text = c[part];
      if (!text || (part === "left" && readAmountLine(text, true))) return [];
      return [{ at, text, page: pageOf[at]! }];
    });
  const goals = column("goal");
  const { owner: goalOwners, align } = assignGoalLines(goals, rowAnchors);
  goalOwners.forEach((owner, i) => {
    const row = anchors[owner]?.row;
    if (!row) return;
    row.goal.push(goals[i]!.text);
    row.lines.push(cuts[goals[i]!.at]!.line.no);
  });
  // Names wrapped over several lines.
  assignNameLines(column("left"), {
    anchors,
    held: new Map(anchors.map((a) => [a.at, readAmountLine(cuts[a.at]!.left, true)?.name ?? ""])),
    pageOf,
    align,
    nearest,
    lineAt: (at) => cuts[at]!.line,
    indicatorsAt: new Map([...spans].map(([row, [from]]) => [row, from])),
  });

  // Every line ends up somewhere: what no row took is reported.
  const rowLines = new Set(anchors.flatMap((a) => a.row.lines));
  const leftover = cuts.filter(
    (c, at) => !rowLines.has(c.line.no) || (c.indicator !== "" && !placedIndicator.has(at)),
  );
  return [...anchors.map((a) => toRecord(a.row, columns)), ...leftover.map((c) => single(c.line))];
}
