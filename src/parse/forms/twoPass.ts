/**
 * Pages drawn in two passes, as LibreOffice draws a spreadsheet: first every cell that fits on one
 * line (so each row's name and amounts, one line per row), then, row by row, the cells that wrap.
 * A copy of such a page lists the page's rows first and their long names, goals and indicators
 * after them. Rows never break across pages here, so each page is rebuilt on its own.
 */
import { displayWidth, opensBracket } from "../text.js";
import {
  DIGITS_OF_A_WORD,
  endsSentence,
  indicatorsComplete,
  INDICATORS_START,
  newRow,
  readAmountLine,
  take,
  type Line,
  type RowBuild,
} from "./rowParts.js";

/** Suffixes of fund-using units' names (局, 中心, 委员会 …) and of projects' (经费, 项目 …). */
export const UNIT_NAME =
  /(?:局|委员会|联合会|委|会|中心|院|所|站|馆|处|队|办公室|室|团|社|厅|署|台|校|学|部|协会|集团)$/u;
/**
 * A piece that makes a unit's name, whole already, a longer one: a short last piece that gives it
 * a longer ending (`…师范学` / `校`), or an institution attached to it (`广州大学` / `附属中学`).
 */
export function longerUnit(name: string, piece: string): boolean {
  const width = displayWidth(piece);
  return (
    width > 0 &&
    (width <= 4 || /^附属/.test(piece)) &&
    !piece.includes(" ") &&
    UNIT_NAME.test(core(name + piece))
  );
}
/** The grand total's row. */
export const TOTAL_NAME = /^(?:合\s*计|总\s*计)$/u;
export const PROJECT_NAME = /(?:经费|项目|费|资金|补助|补贴|工程|专项|计划)$/u;
/**
 * A line made of nothing but the words a project's name ends with, or of them and a remark in
 * brackets they open (`资金（2025` / `年度清算）`): it begins no name.
 */
export const ENDING_WORDS =
  /^(?:专项|项目|经费|资金|补助|补贴|工程|升级|改造|建设|采购|购置|运维|维护|费)+(?:[（(]|$)/u;
/**
 * A line opening with a word that joins it to what came before (`及数字资源采购`): no name or goal
 * begins so (`及时` aside), so it goes on a name that read as ended.
 */
const JOINED_ON = /^(?:及(?!时)|以及|暨)/u;
/** What a project's name may end with besides its kind of money: the work it pays for. */
export const WORK_ENDING = /(?:改造|建设|采购|购置|运维|维护|维修|修缮|升级|储备|服务)$/;

/**
 * A project's name that reads as ended, a remark aside: a kind of money (…经费) or the work or
 * stock it pays for (…运维, …物资储备).
 */
export function endsAsProject(name: string): boolean {
  const c = core(name);
  return PROJECT_NAME.test(c) || WORK_ENDING.test(c);
}

/** A name without its closing remark in brackets: 广州市第一人民医院（广州市消化疾病中心） → …医院. */
export function core(name: string): string {
  let s = name.trim();
  while (/[）)]$/.test(s)) {
    let depth = 0;
    let k = s.length - 1;
    for (; k >= 0; k--) {
      if (/[）)]/.test(s[k]!)) depth++;
      else if (/[（(]/.test(s[k]!) && --depth === 0) break;
    }
    if (k <= 0) break;
    s = s.slice(0, k);
  }
  return s;
}

/**
 * Whether the flow reads as two-pass pages: on most pages that hold rows, all the amount lines
 * come first and more than one row's indicators follow them.
 */
export function isTwoPass(pages: readonly (readonly Line[])[]): boolean {
  let withRows = 0;
  let twoPass = 0;
  for (const page of pages) {
    const first = leadingAmountLines(page);
    if (first === 0) continue;
    withRows++;
    const after = page.slice(first);
    const starts = after.filter((l) => INDICATORS_START.test(l.text)).length;
    // One pass interleaves amount lines with the text of the rows before them; two passes do not.
    if (first >= 2 && starts >= 2 && !after.some((l) => readAmountLine(l.text))) twoPass++;
  }
  return withRows > 0 && twoPass * 2 >= withRows;
}

function leadingAmountLines(page: readonly Line[]): number {
  let k = 0;
  while (k < page.length && readAmountLine(page[k]!.text)) k++;
  return k;
}

/** Text that may follow an amount with no space between: a word, or digits that begin one. */
const GLUED_TEXT = new RegExp(String.raw`^(?:\D|${DIGITS_OF_A_WORD.source})`, "u");

/** A line's width in ideographs: a digit or a Latin letter is half as wide. */
const width = (text: string): number => displayWidth(text) / 2;

export interface TwoPassRows {
  rows: RowBuild[];
  leftovers: Line[];
}

/** Rebuilds the rows of every page; `nameWidth` is the widest single-line name seen. */
export function rowsOfTwoPassPages(pages: readonly (readonly Line[])[]): TwoPassRows {
  const names = pages.flatMap((p) =>
    p.slice(0, leadingAmountLines(p)).map((l) => readAmountLine(l.text)?.name ?? ""),
  );
  const nameWidth = Math.max(4, ...names.map(width));
  const out: TwoPassRows = { rows: [], leftovers: [] };
  const byPage = pages.map((page) => {
    const first = leadingAmountLines(page);
    const rows = page.slice(0, first).map((l, k) => {
      const amounts = readAmountLine(l.text)!;
      // A one-line goal on the page's first row's amounts line, the row's wrapped name's first
      // line after its closing 。 on that baseline too, the name's rest opening the second pass
      // (`…品牌影响力。图书购置及数字资源` / `采购`, on a last page under the header's `单位）`).
      const end = amounts.rest.lastIndexOf("。");
      const after = end > 0 ? amounts.rest.slice(end + 1) : "";
      if (
        k === 0 &&
        amounts.name === "" &&
        NAME_START.test(after) &&
        width(after) <= nameWidth + 1.5 &&
        namedBy(after, page.slice(first, first + 3))
      ) {
        const goal = { ...amounts, rest: amounts.rest.slice(0, end + 1) };
        return newRow(goal, l, [{ ...l, text: after }]);
      }
      // Text after a nameless row's amounts, as narrow as a name and no sentence, is the first line
      // of its wrapped name drawn on the amounts' baseline; the rest of the name comes with the
      // wrapped cells. (A one-line goal drawn there stays the goal.)
      // Text glued to the amounts, no space between (`158.03病媒生物防制专项经`), stood left of
      // them, in the name column, however wide: a viewer spaces the cells it reads left to right.
      // (Digits too, where they begin a word or a year range: `1,181,040.002026-2027年…`.) The
      // goal's first line may follow it, a space apart.
      const glued = GLUED_TEXT.test(amounts.rest) && !l.text.includes(" " + amounts.rest);
      const nameLike =
        !INDICATORS_START.test(amounts.rest) &&
        !/[。.]$/.test(amounts.rest) &&
        (width(amounts.rest) <= nameWidth + 1.5 || glued);
      if (amounts.name === "" && amounts.rest !== "" && nameLike) {
        const space = glued ? amounts.rest.indexOf(" ") : -1;
        const [name, goal] =
          space > 0
            ? [amounts.rest.slice(0, space), amounts.rest.slice(space + 1)]
            : [amounts.rest, ""];
        return newRow({ ...amounts, rest: goal }, l, [{ ...l, text: name }]);
      }
      return newRow(amounts, l, []);
    });
    return { rows, rest: page.slice(first) };
  });
  const sumsFollowing = rowsSummingFollowers(byPage.flatMap((p) => p.rows));
  for (const { rows, rest } of byPage) {
    if (rows.length === 0) {
      out.leftovers.push(...rest);
      continue;
    }
    out.leftovers.push(...fillPage(rows, rest, nameWidth, sumsFollowing));
    out.rows.push(...rows);
  }
  return out;
}

/** How a row's total sums the rows right after it: how many, and whether to the cent. */
export interface FollowersSum {
  rows: number;
  exact: boolean;
}

/**
 * Rows whose total is the sum of the totals of the rows right after them (nearly: a stated
 * subtotal may itself be a little off): what a fund-using unit's row is to its projects. Each
 * with how many rows it sums — a project's total may equal the next one's (1.00 over 1.00) as a
 * unit's of one project does, not the sum of several — and whether the sum is exact: a project
 * may nearly sum the two after it by chance, a unit's stated subtotal is seldom off.
 */
export function rowsSummingFollowers(rows: readonly RowBuild[]): Map<RowBuild, FollowersSum> {
  const total = (r: RowBuild): number => Number((r.numbers[0] ?? "0").replace(/,/g, ""));
  const found = new Map<RowBuild, FollowersSum>();
  rows.forEach((row, i) => {
    const target = total(row);
    if (!(target > 0)) return;
    let sum = 0;
    // A little off — a cent, or a thousandth of a large sum — not a unit's worth of money: a
    // small project (1.01) is no unit of one of 1.05, nor one of 2.00 of one of 1.00.
    const near = Math.max(0.011, target * 1e-3);
    // The first near sum stands unless a few more rows make the total exactly: a small last
    // project (1.04 of 1552.56) leaves the sum before it within a thousandth.
    let first: FollowersSum | undefined;
    for (let j = i + 1; j < rows.length && sum < target + near; j++) {
      sum += total(rows[j]!);
      if (Math.abs(sum - target) < 0.005) {
        found.set(row, { rows: j - i, exact: true });
        return;
      }
      if (Math.abs(sum - target) <= near) first ??= { rows: j - i, exact: false };
    }
    if (first) found.set(row, first);
  });
  return found;
}

interface Segment {
  kind: "text" | "indicators";
  lines: Line[];
}

/** The second pass of a page, cut into indicator blocks and the runs of text between them. */
function segments(lines: readonly Line[]): Segment[] {
  const out: Segment[] = [{ kind: "text", lines: [] }];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (!INDICATORS_START.test(line.text) || line.text.search(INDICATORS_START) !== 0) {
      out[out.length - 1]!.lines.push(line);
      continue;
    }
    const block: Line[] = [line];
    let after: Line | null = gluedAfter(block, line);
    while (after === null && k + 1 < lines.length) {
      const next = lines[k + 1]!;
      if (
        indicatorsComplete(
          block.map((l) => l.text),
          next.text,
        )
      )
        break;
      block.push(next);
      k++;
      after = gluedAfter(block, next);
    }
    out.push({ kind: "indicators", lines: block }, { kind: "text", lines: after ? [after] : [] });
  }
  return out;
}

/** A wrapped name's first line: ideographs (a number, a bracket) and no clause. */
const NAME_START = /^[\u4e00-\u9fff（）()“”\dA-Za-z]+$/u;

/**
 * Whether a name's first line, with the next lines (none a clause), ends a project's or unit's;
 * or is a project's whole name already, its remark in brackets on the next line
 * (`…国际交流与合作项目` / `（2025-2026学年）`).
 */
function namedBy(first: string, lines: readonly Line[]): boolean {
  if (endsAsProject(first) && /^[（(]/.test(lines[0]?.text ?? "")) return true;
  let name = first;
  for (const { text } of lines) {
    if (!NAME_START.test(text)) return false;
    name += text;
    if (!opensBracket(name) && (endsAsProject(name) || UNIT_NAME.test(core(name)))) return true;
  }
  return false;
}

/**
 * The next cell's first line glued after the indicators' closing 。 on their last line
 * (`80%。广州市妇女儿童医疗`, a unit's name drawn on that baseline): the block's last line is
 * cut back to the indicators' end, and the rest is returned as a line of its own.
 */
function gluedAfter(block: Line[], line: Line): Line | null {
  const end = line.text.lastIndexOf("。");
  const rest = line.text.slice(end + 1);
  if (end < 0 || !NAME_START.test(rest) || /^\d{1,3}\s*、/.test(rest)) return null;
  const head = { ...line, text: line.text.slice(0, end + 1) };
  const texts = [...block.slice(0, -1), head].map((l) => l.text);
  if (!indicatorsComplete(texts, rest)) return null;
  block[block.length - 1] = head;
  return { ...line, text: rest };
}

/**
 * Hands the second pass to the page's rows: the j-th indicator block to the j-th project still
 * without indicators, and each run of text before it to the rows up to that project that still
 * lack a name (first) or a goal (then). Returns the lines nothing claimed.
 */
function fillPage(
  rows: RowBuild[],
  rest: readonly Line[],
  nameWidth: number,
  sumsFollowing: ReadonlyMap<RowBuild, FollowersSum>,
): Line[] {
  const segs = segments(rest);
  const blocks = segs.filter((s) => s.kind === "indicators");
  const runs = segs.filter((s) => s.kind === "text");
  const waiting = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.indicators.length === 0);
  const projects =
    projectsByNames(waiting, runs, blocks.length, nameWidth) ??
    chooseProjects(waiting, blocks.length, sumsFollowing);
  projects.forEach((p, j) => {
    for (const l of blocks[j]!.lines) take(p.r, p.r.indicators, l);
  });
  // Indicator blocks with no project left to take them are reported, not dropped.
  const leftovers: Line[] = blocks.slice(projects.length).flatMap((b) => b.lines);
  let from = 0;
  runs.forEach((run, j) => {
    const to = j < projects.length ? projects[j]!.i : rows.length - 1;
    const needs: { row: RowBuild; part: "name" | "goal" }[] = [];
    for (let i = from; i <= to; i++) {
      const row = rows[i]!;
      if (row.namePrefix === "") needs.push({ row, part: "name" });
      const isProject = row.indicators.length > 0 || row.goal.length > 0;
      // A goal begun on the row's own line (a viewer glued it there) may go on in the second pass.
      if (isProject && !endsSentence(row.goal)) needs.push({ row, part: "goal" });
    }
    from = to + 1;
    leftovers.push(...distribute(run.lines, needs, nameWidth));
  });
  return leftovers;
}

/**
 * Which rows are projects, told by the names the runs of text open with, where no row's name
 * stood on its amounts line (every name wrapped): the run before each indicator block names the
 * units before its project, then the project. Null when the names do not tell it: the counts must
 * give each block a project and each row a name.
 */
function projectsByNames<T extends { r: RowBuild }>(
  waiting: readonly T[],
  runs: readonly Segment[],
  count: number,
  nameWidth: number,
): T[] | null {
  if (count === 0 || waiting.some(({ r }) => r.namePrefix !== "" || r.names.length > 0))
    return null;
  const counts = runs.slice(0, count).map((run) => namesOpening(run.lines, nameWidth));
  // The text after the last block names the units after the last project.
  const after = namesOpening(runs[count]?.lines ?? [], nameWidth);
  if (counts.some((c) => c === 0) || counts.reduce((a, b) => a + b, after) !== waiting.length)
    return null;
  let at = -1;
  return counts.map((c) => waiting[(at += c)]!);
}

/**
 * How many names a run of text opens with: its lines no wider than the name column and holding
 * no clause, parted after each line short of the column (a name's lines are full but its last)
 * unless a remark in brackets or a name's ending words follow, which begin no name.
 */
function namesOpening(lines: readonly Line[], nameWidth: number): number {
  let names = 0;
  let open = "";
  for (const { text } of lines) {
    const w = width(text);
    if (w > nameWidth + 1.5 || /[，。；]/.test(text)) break;
    if (open === "" && names > 0 && (/^[（(]/.test(text) || ENDING_WORDS.test(text))) names--;
    open += text;
    if (w < nameWidth - 1.5 && !opensBracket(open)) {
      names++;
      open = "";
    }
  }
  return names + (open !== "" ? 1 : 0);
}

/**
 * Which of the rows waiting for indicators are projects, when there are `count` indicator blocks:
 * the others are fund-using units, recognised by their names.
 */
function chooseProjects<T extends { r: RowBuild }>(
  waiting: readonly T[],
  count: number,
  sumsFollowing: ReadonlyMap<RowBuild, FollowersSum>,
): T[] {
  if (waiting.length <= count) return [...waiting];
  const summing = (r: RowBuild): number => {
    const sum = sumsFollowing.get(r);
    // A near sum counts for less than an exact one of as many rows, more than one of fewer.
    return sum ? Math.min(2, sum.rows) - (sum.exact ? 0 : 0.5) : 0;
  };
  const unitLike = (r: RowBuild): number =>
    (TOTAL_NAME.test(r.namePrefix.trim()) ? 4 : 0) +
    summing(r) +
    (UNIT_NAME.test(core(r.namePrefix)) ? 1 : 0) -
    (PROJECT_NAME.test(core(r.namePrefix)) ? 1 : 0);
  const units = new Set(
    [...waiting]
      .map((w, k) => ({ w, k, score: unitLike(w.r) }))
      .sort((a, b) => b.score - a.score || a.k - b.k)
      .slice(0, waiting.length - count)
      .map((x) => x.w),
  );
  return waiting.filter((w) => !units.has(w));
}

/**
 * Lays a run of lines into the parts that wait for them, in order. A wrapped name fills lines no
 * wider than the name column and ends on a shorter line; a goal runs to its closing 。, the last
 * part waiting takes all that is left.
 */
function distribute(
  run: readonly Line[],
  needs: readonly { row: RowBuild; part: "name" | "goal" }[],
  nameWidth: number,
): Line[] {
  const lines = [...run];
  let k = 0;
  needs.forEach((need, n) => {
    const last = n === needs.length - 1;
    if (need.part === "name") {
      const parts: string[] = [];
      let previous = Infinity;
      // A wider line is already the goal, and so is a sentence. Before another row's name, only a
      // full line wraps on; before the row's own goal a short line may too (a word such as
      // （TOCC） that does not fit goes whole to the next line).
      const goalNext = needs[n + 1]?.row === need.row;
      // A name begun on the amounts' line after them that reads whole already
      // (`4.22 4.22 2026-2027年信息化运维项目`) takes only a remark in brackets here.
      const begun = need.row.names.map((l) => l.text).join("");
      const whole = begun !== "" && endsAsProject(begun);
      while (k < lines.length) {
        const text = lines[k]!.text;
        const w = width(text);
        // A name and its goal drawn on one baseline come as one line, a space apart.
        const space = goalNext && w > nameWidth + 1.5 ? text.indexOf(" ") : -1;
        if (space > 0 && width(text.slice(0, space)) <= nameWidth + 1.5) {
          parts.push(text.slice(0, space));
          need.row.lines.push(lines[k]!.no);
          lines[k] = { ...lines[k]!, text: text.slice(space + 1) };
          break;
        }
        const joined = parts.join("");
        // After a full line a name goes on; after a short one only with a word that could not
        // be broken there (（TOCC）运维经费, a Latin word, a number).
        const unbreakable = /^[（(“"A-Za-z0-9]/.test(text);
        // (Or with its remark in brackets after a project's ending, whatever follows: no name
        // begins with one — `…高中阶` / `段学位建设项目` / `（2024-2026年）`, its goal on the
        // amounts' line.)
        // (Or with whatever is left before its indicators, when nothing else waits for it: a
        // project's name whose goal stood on its amounts' line — `广州市执信中学` / `STEM教育…`.)
        const wraps =
          previous >= nameWidth - 1.5 ||
          (last && need.row.indicators.length > 0) ||
          opensBracket(joined) ||
          (goalNext && unbreakable && !/[。.]$/.test(text)) ||
          (/^[（(]/.test(text) && endsAsProject(joined));
        // Names hold no sentence punctuation: a line with ，。； is the goal's.
        const sentence = /[，。；]/.test(text);
        // The first line of a wrapped name is full: the column is at least that wide.
        const limit = Math.max(nameWidth, parts.length > 0 ? width(parts[0]!) : 0);
        // A name closing its remark in brackets, after a name's usual ending, is whole when another
        // row's name follows: 广州市疾病预防控制中心（…研究院） does not go on into it.
        // So is a unit's name that ends as units' do (…人才评价中心) unless a remark in brackets
        // follows: the next full line is the next row's name.
        const remarkClosed =
          /[）)]$/.test(joined) &&
          (UNIT_NAME.test(core(joined)) || PROJECT_NAME.test(core(joined)));
        const unitWhole =
          need.row.indicators.length === 0 && UNIT_NAME.test(joined) && !/^[（(]/.test(text);
        const closed = !goalNext && !opensBracket(joined) && (remarkClosed || unitWhole);
        // A name does not repeat its own first line: that is the next row's name, which begins
        // with its unit's (广州市…中心 then 广州市…中心基本公共卫生服务项目).
        const repeats = !goalNext && text === parts[0];
        // A name that has reached a project's ending (…运维费) at a line's end, followed by a full
        // line listing clauses (、，) or one that would not end it again (…建设项目 then
        // 保障学校正常运转和…, not …体系建设 then 专项资金), is whole: that line is the goal's first.
        // So is one ended by the work it pays for (…物资储备) before a line listing clauses that
        // opens with no ending word (`贯彻落实国家、省、市…`, not `项目（2025-2026年）保障…，`).
        const ended =
          goalNext &&
          !unbreakable &&
          w >= limit - 1.5 &&
          ((PROJECT_NAME.test(core(joined)) &&
            (/[、，]/.test(text) || !endsAsProject(joined + text))) ||
            (endsAsProject(joined) && /[、，]/.test(text) && !ENDING_WORDS.test(text)));
        // (Or a line of ending words that gives it a longer ending: `…实验室建设` / `项目（2025-`,
        // or one joined on: `…图书购置` / `及数字资源采购`.)
        if (
          parts.length === 0 &&
          whole &&
          !/^[（(]/.test(text) &&
          !ENDING_WORDS.test(text) &&
          !JOINED_ON.test(text)
        )
          break;
        if (
          parts.length > 0 &&
          (w > limit + 1.5 || !wraps || sentence || closed || repeats || ended)
        )
          break;
        parts.push(lines[k]!.text);
        need.row.lines.push(lines[k]!.no);
        previous = w;
        k++;
      }
      need.row.namePrefix = parts.join("\n");
      return;
    }
    while (k < lines.length) {
      take(need.row, need.row.goal, lines[k++]!);
      if (!last && endsSentence(need.row.goal)) break;
    }
  });
  return lines.slice(k);
}
