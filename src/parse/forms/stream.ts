/**
 * The stream forms: what PDF viewers and `pdftotext -raw` put on the clipboard, and tab-less copies
 * where each tab became spaces. Cells come one after another, long cells wrapped over several
 * lines, empty cells gone. Rows are rebuilt from their anchors: the amounts (numbers with two
 * decimals) that close a row's name, and the indicator grammar (`1、1-产出指标；…。`) that says where
 * a row's text ends and the next row's name begins.
 */
import type { SourceRecord } from "../records.js";
import { isPageFurniture, readPreamble } from "../preamble.js";
import {
  autospaceAt,
  closeAutospace,
  cutAfterHyphen,
  displayWidth,
  matchKey,
  opensBracket,
} from "../text.js";
import { joinCutAmounts } from "./cutAmounts.js";
import { CANONICAL_HEADER, headerColumnsOf, type StreamColumns } from "./header.js";
import {
  endsSentence,
  indicatorsComplete,
  INDICATOR_TEXT,
  INDICATORS_START,
  nameParts,
  newRow,
  pushText,
  readAmountLine,
  sourcesMakeTotal,
  take,
  toRecord,
  VALUE_END,
  type Line,
  type RowBuild,
} from "./rowParts.js";
import {
  core,
  endsAsProject,
  ENDING_WORDS,
  isTwoPass,
  PROJECT_NAME,
  rowsOfTwoPassPages,
  TOTAL_NAME,
  UNIT_NAME,
  longerUnit,
} from "./twoPass.js";

/**
 * Turns stream text into records in the canonical column order, plus the lines of titles,
 * departments, headers and page furniture as records of their own, all in input order.
 */
export function readStreamRecords(
  text: string,
  rowsOf: (flow: readonly Line[], columns: StreamColumns) => SourceRecord[] = rowsOfFlow,
  joinCut: (lines: readonly Line[]) => Line[] = joinCutAmounts,
): SourceRecord[] {
  // Before anything else: the end of an amount cut by the wrap would read as a page number.
  const lines = joinCut(
    text
      .split(/\r\n|\r|\n/)
      .map((t, i) => {
        const raw = t.replace(/\f/g, "").trimEnd();
        return { no: i + 1, text: raw.trim(), raw };
      })
      .filter((l) => l.text !== ""),
  );

  const out: SourceRecord[] = [];
  let columns: StreamColumns | null = null;
  let flow: Line[] = [];
  const flush = (): void => {
    if (columns && flow.length > 0) out.push(...rowsOf(flow, columns));
    else for (const l of flow) out.push(single(l));
    flow = [];
  };

  let pageBreak = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isPageFurniture(line.text)) {
      out.push(single(line));
      pageBreak = true;
      continue;
    }
    // A header word wrapped above the header's first line (`财政` over `项目名称… 财政拨`) — one
    // the header below still lacks: a name's last piece (`…补助资` / `金`) may end a page too.
    const piece = matchKey(line.text);
    const below =
      i + 1 < lines.length && HEADER_LEFTOVER.test(piece) && piece.length <= 4
        ? headerBlock(lines, i + 1)
        : null;
    const above = below && missingFrom(keyOf(lines, i + 1, below.end), piece) ? below : null;
    const header = above ?? headerBlock(lines, i);
    if (header) {
      // A header repeated on a new page does not interrupt the rows; the first one opens them.
      if (columns === null) flush();
      columns ??= header.columns;
      // (Its lines may carry others joined into them: a cut amount's end, `6` / `42.39`.)
      const spanned = lines.slice(i, header.end + 1);
      out.push({
        cells: CANONICAL_HEADER.filter((_, k) => header.columns.present[k]),
        line: line.no,
        lineEnd: Math.max(...spanned.flatMap((l) => [l.no, ...(l.also ?? [])])),
      });
      const headerKey = keyOf(lines, i, header.end);
      i = header.end;
      pageBreak = true;
      // The name cell's bracket, left open by the header's lines (`项目名称（资金使用单位`), closes
      // at the start of the next line, which a layout copy shares with the page's first rows.
      const next = lines[i + 1];
      if (next && /^）\s/.test(next.text) && opensBracket(headerKey)) {
        const raw = next.raw ?? next.text;
        const at = raw.indexOf("）");
        lines[i + 1] = {
          ...next,
          text: next.text.slice(1).trim(),
          raw: raw.slice(0, at) + " " + raw.slice(at + 1),
        };
      }
      continue;
    }
    // The name column's header wrapped (项目名称（资金使用 / 单位）) is drawn with the wrapped cells,
    // after the rows that fit on one line: it is the header's, wherever it stands.
    const nameHeader = columns !== null ? nameHeaderEnd(lines, i) : null;
    if (nameHeader) {
      out.push({
        cells: CANONICAL_HEADER.filter((_, k) => columns!.present[k]),
        line: line.no,
        lineEnd: lines[nameHeader.end]!.no,
      });
      i = nameHeader.end;
      // A viewer may have joined the header's last piece and the next row's amounts in one line.
      if (nameHeader.rest) {
        flow.push({
          ...lines[i]!,
          text: nameHeader.rest,
          ...(pageBreak ? { breakBefore: true } : {}),
        });
        pageBreak = false;
      }
      continue;
    }
    const preamble = readPreamble([line.text]);
    if (preamble && !readAmountLine(line.text)) {
      if (preamble.title !== undefined || preamble.department !== undefined) {
        flush();
        columns = null;
      }
      out.push(single(line));
      continue;
    }
    flow.push(pageBreak ? { ...line, breakBefore: true } : line);
    pageBreak = false;
  }
  flush();
  return out.sort((a, b) => a.line - b.line);
}

/** The header words of lines `from` to `to`, white space removed. */
function keyOf(lines: readonly Line[], from: number, to: number): string {
  return lines
    .slice(from, to + 1)
    .map((l) => matchKey(l.text))
    .join("");
}

/** A header spread over up to twelve lines (PDF cells wrap their header words too). */
function headerBlock(
  lines: readonly Line[],
  start: number,
): { end: number; columns: StreamColumns } | null {
  const first = matchKey(lines[start]!.text);
  // A header whose name cell wrapped may start at its money columns; the name column is implied.
  const fromMoney = /^总计/.test(first) && WITHOUT_NAME.every((w) => first.includes(w));
  if (!/^项目名称|^项目$|^单位名称/.test(first) && !fromMoney) return null;
  // A lone `项目` over a line that names the column whole is a name's last piece ending a page
  // (`…应用推广` / `项目`), not the header's first word wrapped (`项目` / `名称（…`).
  if (first === "项目" && /^项目/.test(matchKey(lines[start + 1]?.text ?? ""))) return null;
  let key = fromMoney ? "项目名称" : "";
  let end = start;
  for (let k = start; k < Math.min(lines.length, start + 12); k++) {
    const text = lines[k]!.text;
    const piece = matchKey(text);
    // Once every column is named, only short leftovers of wrapped header cells follow (位） 款,
    // 单位） 拨款, a lone ）).
    if (key.includes("绩效指标")) {
      if (piece.length > 12 || !HEADER_LEFTOVER.test(piece) || !missingFrom(key, piece)) break;
    } else if (k > start && (readAmountLine(text) || !looksLikeHeaderPiece(text))) break;
    key += piece;
    end = k;
  }
  const columns = headerColumnsOf(key);
  return columns ? { end, columns } : null;
}

const WITHOUT_NAME = ["财政拨款", "绩效目标", "绩效指标"];
const FULL_HEADER = matchKey(
  "项目名称（资金使用单位）总计财政拨款财政专户拨款其他资金绩效目标绩效指标",
);

/**
 * Whether a leftover's characters are still missing from the header read so far: a `金` after a
 * header that has both of its 金 already is the next row's name going on (学生资助资 / 金).
 */
function missingFrom(key: string, piece: string): boolean {
  const count = (s: string, ch: string) => s.split(ch).length - 1;
  return [...piece].every((ch) => count(key + piece, ch) <= count(FULL_HEADER, ch));
}
/** Characters of the header's wrapped cells, and nothing a row's first words are made of. */
const HEADER_LEFTOVER = /^[资金使用单位（）()财政专户拨款其他]+$/;
const NAME_HEADER = matchKey("项目名称（资金使用单位）");

/**
 * Where the name column's header, wrapped over up to three lines, ends when it starts at `start`
 * (`项目名称（资金使用` then `单位）`), and what follows it on its last line; null when the lines
 * there are not that header.
 */
function nameHeaderEnd(
  lines: readonly Line[],
  start: number,
): { end: number; rest: string } | null {
  let key = "";
  for (let k = start; k < Math.min(lines.length, start + 3); k++) {
    const text = lines[k]!.text;
    const space = text.indexOf(" ");
    const whole = key + matchKey(text);
    const head = space > 0 ? key + matchKey(text.slice(0, space)) : whole;
    if (head === NAME_HEADER && head.startsWith("项目名称")) {
      return { end: k, rest: space > 0 ? text.slice(space + 1).trim() : "" };
    }
    if (!NAME_HEADER.startsWith(whole) || !whole.startsWith("项目名称")) return null;
    key = whole;
  }
  return null;
}

function looksLikeHeaderPiece(text: string): boolean {
  return (
    matchKey(text).length <= 40 &&
    /位|款|金|计|拨|资|财政|专户|其他|绩效|目标|指标|名称/.test(text) &&
    // (Not an indicator's line under a name's last piece `项目`: `施周期指标值:成本控制率 100%；…`.)
    !INDICATOR_TEXT.test(text)
  );
}

/** A line that is its own record: page furniture, a title, a line left over. */
export function single(line: Line): SourceRecord {
  // A line may carry others joined into it (amounts that stood on lines of their own).
  return { cells: [line.text], line: line.no, lineEnd: Math.max(line.no, ...(line.also ?? [])) };
}

/** The rows of one table's content lines, read in order: name, amounts, goal, indicators. */
function rowsOfFlow(lines: readonly Line[], columns: StreamColumns): SourceRecord[] {
  const flow = joinSplitAmounts(joinLoneAmounts(lines));
  const pages: Line[][] = [];
  for (const line of flow) {
    if (line.breakBefore || pages.length === 0) pages.push([]);
    pages[pages.length - 1]!.push(line);
  }
  if (isTwoPass(pages)) {
    const { rows, leftovers } = rowsOfTwoPassPages(pages);
    return [...rows.map((r) => toRecord(r, columns)), ...leftovers.map((l) => single(l))];
  }
  const rows: RowBuild[] = [];
  const leftovers: Line[] = [];
  let block: Line[] = [];
  for (const line of flow) {
    const amounts = readAmountLine(line.text);
    if (!amounts) {
      block.push(line);
      continue;
    }
    const previous = rows[rows.length - 1];
    const names = previous ? closeRow(previous, block, amounts.name) : block;
    block = [];
    rows.push(newRow(amounts, line, names));
  }
  const last = rows[rows.length - 1];
  leftovers.push(...(last ? closeRow(last, block) : block));
  return [...rows.map((r) => toRecord(r, columns)), ...leftovers.map((l) => single(l))];
}

/**
 * Gives a row the lines that follow its amounts: its goal, then its indicators until they are
 * complete. Returns the lines after that, which begin the next row's name (`nextName`: the name's
 * piece on the next row's amounts line, if any).
 */
function closeRow(row: RowBuild, lines: readonly Line[], nextName = ""): Line[] {
  let block = lines;
  // A row with nothing after its amounts (a unit) whose long name a page break cut inside
  // brackets: the lines after the break that close them are the name's.
  if (row.goal.length === 0 && row.indicators.length === 0 && block[0]?.breakBefore) {
    const rest = bracketClose(row, block, 0) ?? unitEnd(row, block);
    if (rest) block = takeNameRest(row, block, 0, rest);
  }
  let k = 0;
  if (row.indicators.length === 0) {
    const start = block.findIndex((l) => INDICATORS_START.test(l.text));
    if (start < 0) {
      // No indicators: the lines are the rest of a goal only while that goal is unfinished.
      while (k < block.length && row.goal.length > 0 && !endsSentence(row.goal))
        take(row, row.goal, block[k++]!);
      return block.slice(k);
    }
    for (; k < start; k++) take(row, row.goal, block[k]!);
    const line = block[start]!;
    const at = line.text.search(INDICATORS_START);
    pushText(row.goal, line.text.slice(0, at));
    row.indicators.push(line.text.slice(at));
    row.lines.push(line.no);
    k = start + 1;
  }
  for (;;) {
    // A row cut by a page break goes on, on the next page, column by column: the name's rest (on
    // the first line, before a space), the goal's rest (up to its closing 。), then the indicators'.
    const nameRest = block[k]?.breakBefore ? nameContinuation(row, block, k, nextName) : null;
    if (nameRest) block = takeNameRest(row, block, k, nameRest);
    const goalRest = block[k]?.breakBefore ? goalContinuation(row, block, k) : null;
    if (goalRest) {
      for (const end = k + goalRest.lines; k < end;) take(row, row.goal, block[k++]!);
      if (goalRest.shared) {
        // The goal's last words and the indicators' next ones share a line, a space apart.
        const [goalEnd, indicatorsGo] = goalRest.shared;
        row.goal.push(goalEnd);
        row.lines.push(block[k]!.no);
        block = [...block.slice(0, k), { ...block[k]!, text: indicatorsGo }, ...block.slice(k + 1)];
      }
      continue;
    }
    if (k >= block.length || indicatorsComplete(row.indicators, block[k]!.text)) break;
    take(row, row.indicators, block[k++]!);
  }
  return block.slice(k);
}

interface NameRest {
  name: string;
  /** What follows the name's end on line `through` of the block (the lines before are the name's). */
  rest: string;
  through: number;
}

/**
 * Gives the row its name's end, found from line `k` of the block on, and returns the block with
 * the name's lines taken out: what follows the name's end opens the page's part of the row.
 */
function takeNameRest(row: RowBuild, block: readonly Line[], k: number, rest: NameRest): Line[] {
  row.nameSuffix += rest.name;
  for (let j = k; j <= rest.through; j++) row.lines.push(block[j]!.no);
  const next = rest.rest !== "" ? rest.through : rest.through + 1;
  const after = block[next]
    ? [{ ...block[next]!, ...(rest.rest !== "" ? { text: rest.rest } : {}), breakBefore: true }]
    : [];
  return [...block.slice(0, k), ...after, ...block.slice(next + 1)];
}

/**
 * After a page break, the first line may begin with the end of a name cut in two (`目 提升医院…`):
 * a short word, a space, then the rest of an unfinished goal, or of the indicators when the goal
 * was done (`修编项目 指标值:≥1649次。…`). A name cut inside brackets goes on up to the word that
 * closes them (`州）国际纪录片节） 保护利用…`), however long, over a line or two of its own.
 */
function nameContinuation(
  row: RowBuild,
  block: readonly Line[],
  k: number,
  nextName: string,
): NameRest | null {
  if (row.nameSuffix !== "") return null;
  // Indicators cut inside a value after its unit (`…实施周期指标值:4台`) go on with the unit's
  // bracket (`（套）`): no name's remark, though the name reads as whole with one. (After a bare
  // number, `…大于等于 9` / `（一期）`, the bracket is the name's: no unit's bracket follows digits.)
  const lastIndicator = row.indicators[row.indicators.length - 1] ?? "";
  if (MEASURE_BRACKET.test(block[k]!.text) && /\d\s?[\u4e00-\u9fff]{1,2}$/u.test(lastIndicator))
    return null;
  const name = nameParts(row).join("");
  // Indicators cut inside an indicator's name (`…12-质量指标；路况指数`) go on with its bracket
  // (`（PQI）`, then `；实施周期…`): no second remark of a name that closed one already, and no
  // remark at all when it holds only Latin letters (an abbreviation; a project's remark says
  // which phase or year).
  const bracket = block[k]!.text;
  if (
    /^[（(][^（()）\s]{1,12}[）)]$/u.test(bracket) &&
    /^[；;]/.test(block[k + 1]?.text ?? "") &&
    /[1-4]\d\s*[-－—–][^；;]*[；;][^；;]+$/u.test(lastIndicator) &&
    (/[）)]$/.test(name) || /^[（(][A-Za-z]+[）)]$/.test(bracket)) &&
    endsAsProject(name)
  ) {
    return null;
  }
  const widest = Math.max(12, ...nameParts(row).map((t) => displayWidth(closeAutospace(t))));
  const closing = bracketClose(row, block, k);
  if (closing) {
    // A quotation closed on a line of its own may leave the name going on (`翔云”数字` /
    // `教材应用推` / `广项目`).
    // Or with its last word beside the goal's rest (`2035 年）修` / `编项目 好，保障…`).
    const whole = name + closing.name;
    const after = closing.through + 1;
    const more =
      closing.rest === "" && !PROJECT_NAME.test(core(whole)) && block[after]
        ? (linesOfName(block, after, widest, whole) ?? endingBeside(block, after, whole))
        : null;
    return more ? { ...more, name: closing.name + more.name } : closing;
  }
  const goalGoesOn = row.goal.length > 0 && !endsSentence(row.goal);
  if (!goalGoesOn && row.indicators.length === 0) return null;
  // A remark in brackets that a whole name takes, a space before the rest of the row (`（二期）
  // 100%；年度指标值…`): the space parts them though digits follow it.
  // (With the rest of an ending word cut before it: `…建设项` / page / `目（一期） 2027.06;…`.)
  const remark = /^([\u4e00-\u9fff]{0,6}[（(][^（()）\s]{1,12}[）)]) (\S.*)$/u.exec(block[k]!.text);
  if (remark && endsAsProject(name + remark[1]!)) {
    return { name: remark[1]!, rest: remark[2]!, through: k };
  }
  // So is a name's last word that gives it its ending (`…督导评估经` / `费 90 分。…`,
  // `…教育免学` / `费补助 料归档完整率；…`).
  const ending = endingBeside(block, k, name);
  if (ending) return ending;
  // A row whose name reads whole, its goal and indicators done before the break, ended there:
  // the next page opens the next row (whose name may end as a project's too, `…推广经费` over
  // its remark) — unless it opens with a remark in brackets, which no name begins with
  // (`…修缮工程` / page / `（2025-2027` / `年）`).
  if (
    !goalGoesOn &&
    endsAsProject(name) &&
    !ENDING_WORDS.test(block[k]!.text) &&
    !/^[（(]/.test(block[k]!.text) &&
    indicatorsComplete(row.indicators, block[k]!.text)
  ) {
    return null;
  }
  const alone = linesOfName(block, k, widest, name, nextName);
  if (alone) return alone;
  // A line of nothing but ending words that ends the name (`…专项研究` / `经费`) begins no name:
  // the name's lines may end with it, the next row's name standing on its amounts line under it.
  const text = block[k]!.text;
  if (ENDING_WORDS.test(text) && !endsAsProject(name) && endsAsProject(name + text)) {
    return { name: text, rest: "", through: k };
  }
  const m = nameAndRest(text);
  // A name's end closes no sentence: `权益。 …` is the goal's end.
  if (
    !m ||
    INDICATORS_START.test(m[2]!) ||
    INDICATOR_TEXT.test(m[1]!) ||
    /[。！!；;:：]/.test(m[1]!)
  ) {
    return null;
  }
  // With the goal done, what follows the name's end must read as the indicators' own text.
  if (!goalGoesOn && !INDICATOR_TEXT.test(m[2]!)) return null;
  // No wider than the name's own lines (`项目（2025-2027年）` after `…基本公共卫生服务`): a goal's
  // line is as wide as its column, wider than the name column.
  return displayWidth(m[1]!) <= widest ? { name: m[1]!, rest: m[2]!, through: k } : null;
}

/**
 * A name's last word on line `k`, a space before the row's rest, that gives it its ending — or a
 * longer one, made of nothing but ending words, which begin no name (`…课程建设` / `项目 列支。`).
 */
function endingBeside(block: readonly Line[], k: number, name: string): NameRest | null {
  const ending = /^([\u4e00-\u9fff]{1,6}) (\S.*)$/u.exec(block[k]!.text);
  if (!ending || !endsAsProject(name + ending[1]!)) return null;
  return !endsAsProject(name) || ENDING_WORDS.test(ending[1]!)
    ? { name: ending[1]!, rest: ending[2]!, through: k }
    : null;
}

/**
 * A unit of measure's bracket opening a line (`（套）；…`, `（次）。`): a separator or the line's
 * end follows it, where a name's remark (`（二期）升级改造`) goes on.
 */
const MEASURE_BRACKET = /^[（(][\u4e00-\u9fff]{1,2}[）)](?:[；;。]|$)/u;

/** A level's code and the start of its name (`1-产出`, `11-数量`), where an indicator goes on. */
const LEVEL_CODE = /^[1-4]\d?\s*[-－—–]\s*[\u4e00-\u9fff]{2}/u;

/**
 * A line cut at its first space that parts words: not one a word processor set between digits
 * and ideographs (`“STEM 教育…`), unless an indicator's number or a level's code follows it
 * (`…运营经费 11-数量指标；…`).
 */
function nameAndRest(text: string): [string, string, string] | null {
  for (const { index } of text.matchAll(/ /g)) {
    const after = text.slice(index + 1);
    if (autospaceAt(text, index) && !/^\d{1,3}\s*[、．]/.test(after) && !LEVEL_CODE.test(after))
      continue;
    return /^\S/.test(after) ? [text, text.slice(0, index), after] : null;
  }
  return null;
}

/**
 * How many lines a name's end may take after a page break: a long name in a column four
 * ideographs wide (`育局教师` / `培训专项` / … / `程”）`) needs ten.
 */
const NAME_LINES = 12;

/**
 * A name's end on lines of its own (`美术作品收` / `藏及研究经` / `费`), as some producers draw each
 * cell's rest apart: lines no wider than the name's, no clause or quotation in them, that end the
 * name as a project's name does (`…升级改` / `造`), followed by a line of the row's goal or
 * indicators.
 */
function linesOfName(
  block: readonly Line[],
  k: number,
  widest: number,
  name: string,
  nextName = "",
): NameRest | null {
  let joined = "";
  let ended: NameRest | null = null;
  // Every place the name read as ended, in order.
  const endings: NameRest[] = [];
  const ends = (piece: string) => endsAsProject(name + piece);
  // No clause in a name's lines (a list or a quotation may be: `艾滋病、结核` / `病等…`,
  // `运输局“羊` / `城通”交通`); a goal's line is told too by its width, a goal column's.
  const plain = (piece: string) =>
    !/[，。；;：:,！!]/.test(piece) &&
    // (An ideograph to spare: the name's own line may be short of its column.)
    displayWidth(piece) <= widest + 2;
  for (let j = k; j < Math.min(block.length, k + NAME_LINES); j++) {
    // Spaces set beside digits (`24 线）`) part nothing.
    const line = block[j]!.text;
    const text = closeAutospace(line);
    // The name's last piece may share its line with the goal's rest (`费 化品牌影响力。`).
    const shared = text.includes(" ") && j > k ? nameAndRest(text) : null;
    // A rest that closes a sentence ends the row's own text: the line is the row's, though the
    // next row's amounts follow it (`信息化运维项` / `目 民群众基本文化权益。`).
    if (j === block.length - 1 && !(shared && /[。.]$/.test(shared[2]))) {
      // The block's last line begins the next row's name, unless a bracket the name opened is
      // still open (`…建设项目` / `（2024-` / `2026 年）`, at the table's end) — a remark of the
      // name, not one that lines after its end opened (`…运维` / `维经费` / `城市轨道交通` / … /
      // `（2025-2035` / `年）修编项目`: the next name's).
      const ownBracket = ended === null || /^[（(]/.test(joined.slice(ended.name.length));
      // So does a name cut after a hyphen (`…输局 2026-` / page / `2027 年信息` / `化运维项目`) that
      // has not read as ended yet: it has a rest to come, and this line ends it.
      const cutRange = cutAfterHyphen(name) && ended === null && ends(joined + text);
      // And a name cut mid-word (`…（TOCC）运` / page / `维经费`) that this line ends, where the
      // next row's amounts line holds a whole name of its own (`工作经费 140.99 …`) — or a unit's,
      // the line short (`…数字资源采` / page / `购` / `广州图书馆 13825075.0`): a name's lines
      // are full but its last, which the unit's has on its amounts line.
      const next = closeAutospace(nextName);
      const cutWord =
        ended === null &&
        !ends("") &&
        ends(joined + text) &&
        (wholeName(next) ||
          (UNIT_NAME.test(core(next)) && displayWidth(joined + text) <= widest / 2));
      // And a line of nothing but ending words that ends it again (`…自助图书馆运维` / `经费`), where
      // the next row's amounts line holds a name of its own (`广州图书馆`): no name begins so.
      const endingAgain =
        ended !== null && ENDING_WORDS.test(text) && ends(joined + text) && core(next) !== "";
      if (!(opensBracket(name + joined) && ownBracket) && !cutRange && !cutWord && !endingAgain)
        break;
      // Nor where the lines from an end the name read as before make a whole name with it, which
      // the next row's amounts line, holding none, needs (`费` / `国际旅游宣` / `传推广经费` /
      // `（含中国` / … / `节）`: not `…经费国际旅游宣传推广经费`, its remark after).
      const all = joined + text;
      const before = endingAgain
        ? undefined
        : endings.find((e) => wholeName(all.slice(e.name.length)));
      if (before) return before;
    }
    if (shared) {
      const piece = shared[1];
      return plain(piece) && ends(joined + piece)
        ? { name: joined + piece, rest: restAfter(line, piece), through: j }
        : null;
    }
    // A line wider than the name's column is none of its lines: the name ended where it last
    // read as ended (`慧医疗示范应用` / `项目` / `步缩小城乡居民基本公共卫生服务差`).
    if (ended && !text.includes(" ") && displayWidth(text) > widest) return ended;
    if (text.includes(" ") || !plain(text)) return null;
    if (INDICATOR_TEXT.test(text) || INDICATORS_START.test(text)) return null;
    joined += text;
    if (!ends(joined)) continue;
    // What follows is the row's own text going on (a clause of its goal, its indicators), not
    // the next row's name; else the name may go on (…体系建设 / 专项资金).
    const next = closeAutospace(block[j + 1]?.text ?? "");
    // A remark in brackets (`（G105、G3`) is the name's, whatever it lists; so is a last piece
    // beside the goal's rest that ends it again (`…公用经费` / `补助 有序。`).
    const beside = nameAndRest(next);
    const endsAgain = beside !== null && plain(beside[1]) && ends(joined + beside[1]);
    const goesOn =
      !/^[（(]/.test(next) && !endsAgain && (/[，。；;、]/.test(next) || INDICATOR_TEXT.test(next));
    if (goesOn) return { name: joined, rest: "", through: j };
    ended = { name: joined, rest: "", through: j };
    endings.push(ended);
  }
  // The row's lines ran out (the next row's amounts follow): the name ended where it last read
  // as ended, and the lines after that begin the next row's name (`运维项目` / `交通拥堵治理` /
  // `专项研究经费 641.20 …`).
  return ended;
}

/**
 * What follows a piece read from a line's closed-up text, with the line's own spaces: the one
 * after a goal's `。` parts it from the indicators' digits (`差距。 90%。2、…`).
 */
function restAfter(line: string, piece: string): string {
  let i = 0;
  for (let j = 0; j < piece.length; j++, i++) while (line[i] === " " && piece[j] !== " ") i++;
  return line.slice(i).trimStart();
}

/** A project's whole name on lines of its own: its ending, its brackets closed, none opening it. */
function wholeName(text: string): boolean {
  return text !== "" && !/^[（(]/.test(text) && !opensBracket(text) && endsAsProject(text);
}

/**
 * A unit's name cut by a page break short of a unit's ending (`广州市第二` / `中学`, `广州市电化` /
 * `教育馆（广` / `州市教育信` / `息中心）`): the lines, no wider than the name's, that give it one.
 */
function unitEnd(row: RowBuild, block: readonly Line[]): NameRest | null {
  const name = nameParts(row).join("");
  const widest = Math.max(...nameParts(row).map(displayWidth));
  if (TOTAL_NAME.test(name.trim())) return null;
  // A name whole already goes on only with its remark in brackets (`广州市电化教育馆` / page /
  // `（广州市` / `教育信息` / `中心）`).
  // (Or with a last short piece that gives it a longer ending: `广州市幼儿师范学` / page / `校`.)
  const first = block[0]?.text ?? "";
  if (UNIT_NAME.test(core(name)) && !/^[（(]/.test(first) && !longerUnit(name, first)) return null;
  let joined = "";
  let found: NameRest | null = null;
  for (let j = 0; j < Math.min(block.length, NAME_LINES); j++) {
    const text = block[j]!.text;
    if (text.includes(" ") || displayWidth(text) > widest || INDICATOR_TEXT.test(text)) break;
    joined += text;
    if (!opensBracket(name + joined) && UNIT_NAME.test(core(name + joined))) {
      found = { name: joined, rest: "", through: j };
      // A remark in brackets may follow (`防控制中心` / `（广州市卫生` / … / `卫生研究院）`), or
      // a last short piece that gives a longer unit's ending (`儿师范学` / `校`).
      const after = block[j + 1]?.text ?? "";
      if (!/^[（(]/.test(after) && !longerUnit(name + joined, after)) break;
    }
  }
  return found;
}

function bracketClose(row: RowBuild, block: readonly Line[], k: number): NameRest | null {
  const name = nameParts(row).join("");
  if (!opensBracket(name)) return null;
  let taken = "";
  for (let j = k; j < Math.min(block.length, k + 6); j++) {
    const words = block[j]!.text.split(" ");
    for (let n = 1; n <= words.length; n++) {
      const head = taken + words.slice(0, n).join("");
      if (INDICATOR_TEXT.test(head) || /[。！!；;]/.test(head)) return null;
      if (!opensBracket(name + head))
        return { name: head, rest: words.slice(n).join(" "), through: j };
    }
    // A line that is all name and leaves the bracket open: the name goes on on the next.
    if (words.length > 1) return null;
    taken += block[j]!.text;
  }
  return null;
}

/** A line that ends the row's unfinished indicator: a clause closing it, no comma in it. */
function endsIndicator(row: RowBuild, text: string): boolean {
  const indicators = row.indicators.join("");
  return indicators !== "" && !/[。.]$/.test(indicators) && !/[，,]/.test(text);
}

/**
 * After a page break, how many lines continue a goal that was cut mid-sentence: those up to the
 * last one that closes a sentence before the indicators' own continuation shows. The goal may also
 * end inside a line, its closing 。 followed by a space and the indicators' next words (`shared`).
 */
function goalContinuation(
  row: RowBuild,
  block: readonly Line[],
  k: number,
): { lines: number; shared?: [string, string] } | null {
  if (row.goal.length === 0 || (endsSentence(row.goal) && !cutAtSentenceEnd(row))) return null;
  // A goal that ended a sentence goes on with no line that ends the indicators' value the break
  // cut, its annual label right under it (`…保障到` / page / `位。` / `；年度指标值:…`).
  const [first, second] = [block[k]?.text ?? "", block[k + 1]?.text ?? ""];
  if (endsSentence(row.goal) && endsIndicator(row, first) && /^[；;]?年度(?:指标)?值/.test(second))
    return null;
  // Nor with a number closing the indicators' value (`…年度指标值:成本控制率` / page / `100%。`):
  // a goal's sentence is words.
  if (endsSentence(row.goal) && endsIndicator(row, first) && VALUE_END.test(first)) return null;
  // Nor with lines that make the annual value the period value (`…年度指标值:该项` / page /
  // `目整体支出金额不超过 9400 元。`, or the whole value wrapped over two lines): in a row's cell
  // the two are mostly one text.
  if (endsSentence(row.goal) && completesAnnual(row, sentenceFrom(block, k))) return null;
  let end = -1;
  // The goal column's width, from the goal's own lines: a goal's lines are full but its last.
  let full = Math.max(0, ...row.goal.map(displayWidth));
  // Two lines of its own or more show the column's width: a line wider is the indicators'
  // (`成年度各项工作任务。` / `该项目整体支出金额不超过530.04万` / `元。`).
  const measured = row.goal.length >= 2;
  for (let j = k; j < block.length; j++) {
    const text = block[j]!.text;
    const shared = /^(\S*?[。！!]) (\S.*)$/u.exec(text);
    if (shared && !INDICATOR_TEXT.test(shared[1]!) && !INDICATORS_START.test(shared[1]!)) {
      return { lines: j - k, shared: [shared[1]!, shared[2]!] };
    }
    if (INDICATORS_START.test(text) || INDICATOR_TEXT.test(text)) break;
    const width = displayWidth(text);
    if (measured && end >= k && width > full + 4) break;
    if (/[。.!！]$/.test(text)) {
      // A short line closing a sentence right after the goal closed one (`…工作任务。` /
      // `运行。`) is the end of an indicator's value, not a sentence of the goal's.
      if (end >= k && end === j - 1 && (width < full / 2 || endsIndicator(row, text))) break;
      end = j;
      // A short line closing a sentence ends the goal: what follows (`保障到位。`) is the end
      // of an indicator's value.
      if (width < full - 2) break;
    }
    full = Math.max(full, width);
  }
  return end < k ? null : { lines: end - k + 1 };
}

/** The text of the lines from `k` through the first that closes a sentence, if one of three does. */
function sentenceFrom(block: readonly Line[], k: number): string {
  let text = "";
  for (const line of block.slice(k, k + 3)) {
    text += line.text;
    if (/[。.]$/.test(line.text)) return text;
  }
  return "";
}

/** Whether `text`, closing a sentence, ends the row's open annual value as its period value reads. */
function completesAnnual(row: RowBuild, text: string): boolean {
  const indicators = row.indicators.join("");
  const label = indicators.lastIndexOf("年度指标值");
  const period = indicators.lastIndexOf("实施周期指标值", label);
  if (label < 0 || period < 0 || !/[。.]$/.test(text)) return false;
  const tidy = (t: string) =>
    t
      .replace(/\s/g, "")
      .replace(/^[:：]/, "")
      .replace(/[；;。.]+$/, "");
  const open = tidy(indicators.slice(label + "年度指标值".length));
  const stated = tidy(indicators.slice(period + "实施周期指标值".length, label));
  return !/[。；;]/.test(open) && tidy(open + text) === stated;
}

/**
 * Whether a goal that ends a sentence just before a page break may still go on after it: the page
 * cut the row's cells at the same height, so the goal filled as many lines as the indicators did,
 * and its last line is as full as the others (a goal that ended there would likely end short).
 */
function cutAtSentenceEnd(row: RowBuild): boolean {
  if (row.goal.length < 2 || filledLines(row.goal) < filledLines(row.indicators)) return false;
  const widths = row.goal.map(displayWidth);
  return widths[widths.length - 1]! >= Math.max(...widths.slice(0, -1)) - 2;
}

/**
 * How many lines a cell's text fills: its width over its widest line's, the pieces a viewer set
 * off their baselines (`（套）`, `；年度指标值:…`, `。2、1-产`) counted as the lines they stand in.
 */
function filledLines(lines: readonly string[]): number {
  const widths = lines.map(displayWidth);
  const widest = Math.max(1, ...widths);
  return Math.round(widths.reduce((sum, w) => sum + w, 0) / widest);
}

/**
 * A row's amounts spread over several lines (a wide name cell pushed the sources below the total):
 * lines of nothing but amounts right after an amount line (the last may have the goal's first
 * words after it) join it when, together, its sources add up to its total. The joined line keeps
 * the first line's number.
 */
function joinSplitAmounts(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    out.push(line);
    const head = readAmountLine(line.text);
    if (!head || head.rest !== "" || head.numbers.length >= 4) continue;
    const numbers = [...head.numbers];
    for (let j = i + 1; j < lines.length; j++) {
      const next = readAmountLine(lines[j]!.text);
      if (!next || next.name !== "") break;
      numbers.push(...next.numbers);
      if (numbers.length > 4) break;
      // The last of them may have the goal's first words after it (`1946123.00 完善公共…`).
      if (!sourcesMakeTotal(numbers)) {
        if (next.rest !== "") break;
        continue;
      }
      out[out.length - 1] = {
        ...line,
        text: [line.text, ...lines.slice(i + 1, j + 1).map((l) => l.text)].join(" "),
        also: [
          ...(line.also ?? []),
          ...lines.slice(i + 1, j + 1).flatMap((l) => [l.no, ...(l.also ?? [])]),
        ],
      };
      i = j;
      break;
    }
  }
  return out;
}

/**
 * Viewers that put each amount on a line of its own: the amounts go back onto the line of the
 * name before them (`工作经费` `12.00` `12.00` → `工作经费 12.00 12.00`), so the row's anchor is whole.
 * The joined line keeps the first line's number; the others stay accounted for through the row.
 */
function joinLoneAmounts(lines: readonly Line[]): Line[] {
  const lone = (l: Line): boolean => {
    const a = readAmountLine(l.text);
    return a !== null && a.name === "" && a.rest === "" && a.numbers.length === 1;
  };
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!lone(line)) {
      out.push(line);
      continue;
    }
    let j = i;
    const numbers: string[] = [];
    while (j < lines.length && lone(lines[j]!) && numbers.length < 4)
      numbers.push(lines[j++]!.text);
    const previous = out[out.length - 1];
    const nameLike =
      previous !== undefined &&
      !readAmountLine(previous.text) &&
      previous.text.length <= 40 &&
      !/[。；;]$/.test(previous.text) &&
      !INDICATOR_TEXT.test(previous.text);
    if (numbers.length > 1 || nameLike) {
      const joined = {
        ...(nameLike ? previous : line),
        text: [nameLike ? previous.text : "", ...numbers].join(" ").trim(),
        also: [
          ...(previous && nameLike ? (previous.also ?? []) : (line.also ?? [])),
          ...lines.slice(nameLike ? i : i + 1, j).flatMap((l) => [l.no, ...(l.also ?? [])]),
        ],
      };
      if (nameLike) out[out.length - 1] = joined;
      else out.push(joined);
      i = j - 1;
      continue;
    }
    out.push(line);
  }
  return out;
}
