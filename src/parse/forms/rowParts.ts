/**
 * The parts of a row rebuilt from text that lost its cell separators, and the anchors that find
 * them: amounts (numbers with two decimals) close a row's name, the indicator grammar
 * (`1、1-产出指标；…。`) says where a row's text ends.
 */
import type { SourceRecord } from "../records.js";
import { closeAutospace, tidy } from "../text.js";
import type { StreamColumns } from "./header.js";

export interface Line {
  no: number;
  /** The line without its surrounding white space. */
  text: string;
  /** The line as it stands, its indentation kept (columns side by side need it). */
  raw?: string;
  /** A page ended just before this line (page number or repeated header in between). */
  breakBefore?: boolean;
  /** Other input lines joined into this one (amounts a viewer put on lines of their own). */
  also?: number[];
  /**
   * The input line of an amount whose cut end stood on this line and was taken back: what is
   * left here stood in that amount's row.
   */
  endOf?: number;
}

export interface AmountLine {
  name: string;
  numbers: string[];
  rest: string;
}

/** Row under construction: where its parts came from and what they say so far. */
export interface RowBuild {
  names: Line[];
  namePrefix: string;
  /** The end of a name that a page break cut off. */
  nameSuffix: string;
  numbers: string[];
  goal: string[];
  indicators: string[];
  lines: number[];
  /** Where the amounts stood on their line (layout copies), for {@link placeByPosition}. */
  edges?: (number | null)[];
  /** The source column of each amount after the total, when their positions decided it. */
  sourceColumns?: number[];
}

/** A row's name as gathered so far, piece by piece: lines above its amounts, its start there, its end. */
export function nameParts(row: RowBuild): string[] {
  return [...row.names.map((n) => n.text), row.namePrefix, row.nameSuffix];
}

/**
 * A money amount as tables print it: two decimals, thousands separators optional. Amounts in a row
 * may arrive glued together (`88,546,226.0050,262,194.00`, `76590082.0055561214.00`); the two
 * decimals say where each ends.
 */
const AMOUNT =
  /(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?![\d])|(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?=\d{1,3}(?:,\d{3})+\.\d{2}|\d+\.\d{2})/y;
const AMOUNT_START = /(?:^|(?<=\s))-?\d/g;
/**
 * Where amounts may touch a name: after its last ideograph or bracket, or after a year range's
 * hyphen that a wrap cut the range at (`…项目（2025-42,900.00 42,900.00` / `2026学年）`).
 */
const AFTER_NAME = /(?<=[\u4e00-\u9fff）)]|[（(]\d{4}[-－—–])\d/g;
/**
 * What follows a value, never a row's amounts: its money unit (not a word such as 元旦 that a
 * goal may begin with), a percent sign, or a unit closed by the value's separator (`平方米；`).
 */
const VALUE_UNIT =
  /^(?:[万亿千百]?元(?![\u4e00-\u9fff])|%|％|[\u4e00-\u9fff（）()]{1,5}[；;。](?!\S*[，,]))/u;
/** Digits that begin a word (24小时, 5G, 12345热线) or a year range (2026-2027年). */
export const DIGITS_OF_A_WORD = /\d{1,5}[A-Za-z\u4e00-\u9fff]|\d{4}\s*[-－—–~～至]\s*\d{4}/;

/**
 * An amount whose two decimals run into a number that begins a word (24小时, 5G, 12345热线) or a
 * year range (`4.222026-2027年信息化运维项目`).
 */
const GLUED_LAST = new RegExp(
  String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?=${DIGITS_OF_A_WORD.source})`,
  "y",
);

/**
 * Where a row's indicators begin: `1、` followed by a level-1 code or a name and a separator. After
 * a plain dot the name may not start with a digit: `1.16万元;` is a value's number wrapped onto a
 * line of its own, not `1.` and a name.
 */
export const INDICATORS_START =
  /(?:^|(?<=[\s。]))1\s*(?:[、．]\s*(?=\d{1,2}\s*[-－—–]|[^\s；;]{1,12}[；;])|\.\s*(?=\d{1,2}\s*[-－—–]|[^\s；;\d][^\s；;]{0,11}[；;]))/u;
/** Text only an indicator cell holds: its value labels and its level codes. */
export const INDICATOR_TEXT =
  /指标值|[1-4]\d?\s*[-－—–]\s*(?:产出|效益|满意度|成本)|[1-4]\d\s*[-－—–]\s*[\u4e00-\u9fff]{2,7}(?:指标|效益|影响|满意度)|^[；;]|^标?值\s*[:：]/u;
/**
 * A line of a number, perhaps its comparison and its unit, that closes a value (`100%。`, `≥95%。`,
 * `21 台（套）。`, `大于 85 分。`).
 */
export const VALUE_END =
  /^(?:[≥≤<>＜＞]|(?:大于|小于|不超过|不低于|不少于|不高于|超过|低于|高于|达到)(?:等于)?)?\s*\d[\d.]*\s*(?:%|[\u4e00-\u9fff（）()]{1,4})?[。.]$/u;
const CONTINUES = /^(?:[；;：:，,、。]|年度指标值|年度值|指标值|值\s*[:：]|标值)/u;

/**
 * The amounts that end a line and the name before them. `cellsApart` says the text before them is
 * known to be a name cell (a layout copy's left part), not possibly a sentence inside an indicator.
 */
export function readAmountLine(text: string, cellsApart = false): AmountLine | null {
  if (!cellsApart) {
    for (const m of text.matchAll(AMOUNT_START)) {
      const read = readRunFrom(text, m.index, false, false);
      if (read) return read;
    }
    return null;
  }
  // In a name cell, a run of amounts may touch the name's last ideograph
  // (`…运维项目8,600.00 4,128.00 …`): taken only where the run makes its total.
  const starts = [
    ...[...text.matchAll(AMOUNT_START)].map((m) => ({ index: m.index, touchesName: false })),
    ...[...text.matchAll(AFTER_NAME)].map((m) => ({ index: m.index, touchesName: true })),
  ].sort((a, b) => a.index - b.index);
  for (const { index, touchesName } of starts) {
    const read = readRunFrom(text, index, touchesName, true);
    if (read) return read;
  }
  return null;
}

/** The run of amounts that starts at `start`, and the name before it and the text after it. */
function readRunFrom(
  text: string,
  start: number,
  touchesName: boolean,
  cellsApart: boolean,
): AmountLine | null {
  const numbers: string[] = [];
  let pos = start;
  let end = pos;
  while (numbers.length < 4) {
    const negative = text[pos] === "-" ? 1 : 0;
    AMOUNT.lastIndex = pos + negative;
    let m = AMOUNT.exec(text);
    if (!m && numbers.length > 0) {
      // The last of a run may touch the next cell's text that starts with digits
      // (118300.0024小时自助图书馆…): its two decimals end it.
      GLUED_LAST.lastIndex = pos + negative;
      m = GLUED_LAST.exec(text);
      if (m) AMOUNT.lastIndex = GLUED_LAST.lastIndex;
    }
    if (!m) break;
    numbers.push((negative ? "-" : "") + m[0]);
    end = AMOUNT.lastIndex;
    pos = end;
    while (text[pos] === " ") pos++;
  }
  if (numbers.length === 0) return null;
  if (touchesName && !(numbers.length >= 2 && sourcesMakeTotal(numbers))) return null;
  // The amounts must stand on their own: 846.13平方米 or 2027.06；… are values inside a sentence.
  // A run of several amounts is no sentence's value, though: text glued to it is the next cell.
  // (Not a date range, 2025.07-2027.06；…, which reads as an amount and a negative one.)
  const touching = end < text.length && !/\s/.test(text[end]!);
  if (touching && (numbers.length < 2 || numbers.some((n) => n.startsWith("-")))) return null;
  const name = text.slice(0, start).trim();
  // An amount inside an indicator's sentence is not a row: rows never start inside 指标值 text,
  // nor after its label's end (`标值:该项目整体支出金额不超过 390.98 万`, 指 on the line above).
  if (!cellsApart && /指标值|值\s*[:：]|[、；;:：]$/.test(name)) return null;
  const rest = text.slice(end).trim();
  // Nor is a value set apart from its unit (`小于等于 114.05 万元；…`, as some PDF producers
  // space digits from ideographs): a row's goal never starts with a money unit or a percent.
  if (!cellsApart && numbers.length === 1 && VALUE_UNIT.test(rest)) return null;
  return { name, numbers, rest };
}

/**
 * Whether amounts read as a row's total and its sources add up: the first equals the sum of the
 * others, to the cent.
 */
export function sourcesMakeTotal(numbers: readonly string[]): boolean {
  const [total = "", ...sources] = numbers;
  return sources.reduce((sum, n) => sum + cents(n), 0) === cents(total);
}

/** Whether a row's sources read so far still fit in its total: more may follow. */
export function sourcesWithinTotal(numbers: readonly string[]): boolean {
  const [total = "", ...sources] = numbers;
  return sources.reduce((sum, n) => sum + cents(n), 0) <= cents(total);
}

const cents = (n: string): number => Math.round(Number(n.replace(/,/g, "")) * 100);

/** A row as its amount line opens it: name so far, amounts, and the start of its goal or indicators. */
export function newRow(amounts: AmountLine, line: Line, names: readonly Line[]): RowBuild {
  const row: RowBuild = {
    names: [...names],
    namePrefix: amounts.name,
    nameSuffix: "",
    numbers: amounts.numbers,
    goal: [],
    indicators: [],
    lines: [...names.map((n) => n.no), line.no, ...(line.also ?? [])],
  };
  const start = amounts.rest.search(INDICATORS_START);
  if (start >= 0) {
    pushText(row.goal, amounts.rest.slice(0, start));
    row.indicators.push(amounts.rest.slice(start));
  } else {
    pushText(row.goal, amounts.rest);
  }
  return row;
}

export function pushText(target: string[], text: string): void {
  if (text.trim() !== "") target.push(text.trim());
}

export function take(row: RowBuild, target: string[], line: Line): void {
  target.push(line.text);
  row.lines.push(line.no);
}

export function endsSentence(parts: readonly string[]): boolean {
  return /[。.!！]$/.test(parts[parts.length - 1] ?? "");
}

/**
 * Whether a row's indicator text is finished, given the line after it: it ends with 。, its last
 * indicator has reached its annual value, and the next line neither continues a value nor starts
 * the next numbered indicator.
 */
export function indicatorsComplete(parts: readonly string[], next: string): boolean {
  const raw = parts.join("\n");
  const text = tidy(raw);
  if (!/[。.]$/.test(text)) return false;
  if (CONTINUES.test(next)) return false;
  // Numbers at a line's start count, though a piece set off its baseline ends the line above
  // (`；年度指` / `10、…`, which tidy would join).
  const seqs = [...raw.matchAll(/(?:^|(?<=[。\s]))(\d{1,3})\s*、/g)];
  const lastSeq = Number(seqs[seqs.length - 1]?.[1] ?? 0);
  const nextSeq = /^(\d{1,3})\s*、/.exec(next);
  if (nextSeq && Number(nextSeq[1]) === lastSeq + 1) return false;
  const lastIndicator = tidy(raw.slice(seqs[seqs.length - 1]?.index ?? 0));
  return /年度(?:指标|目标)?值/.test(lastIndicator) || !/实施周期/.test(lastIndicator);
}

export function toRecord(row: RowBuild, columns: StreamColumns): SourceRecord {
  const name = closeAutospace(
    tidy(
      nameParts(row)
        .filter((t) => t !== "")
        .join("\n"),
    ),
  );
  const money = placeAmounts(row.numbers, columns, row.sourceColumns);
  const keep = (cells: string[]): string[] => cells.filter((_, k) => columns.present[k]);
  const goal = closeAutospace(tidy(row.goal.join("\n")));
  const cells = [name, ...money.cells, goal, closeAutospace(row.indicators.join("\n"))];
  const lines = row.lines;
  return {
    cells: [...keep(cells), ...(money.extra ?? [])],
    line: Math.min(...lines),
    lineEnd: Math.max(...lines),
    ...(money.alternatives ? { alternatives: money.alternatives } : {}),
    ...(money.preferred !== undefined ? { preferred: money.preferred } : {}),
  };
}

/**
 * The money cells (总计, 财政拨款, 财政专户拨款, 其他资金) of a row whose empty cells vanished. With every
 * present column filled there is nothing to decide; otherwise the first number is the total and the
 * rest go to the first source columns, and every other placement is kept so that the table's
 * subtotals can choose among them.
 */
function placeAmounts(
  numbers: readonly string[],
  columns: StreamColumns,
  decided?: readonly number[],
): { cells: string[]; alternatives?: string[][]; preferred?: number; extra?: string[] } {
  const moneyColumns = [1, 2, 3, 4].filter((k) => columns.present[k]);
  const place = (chosen: readonly number[], values: readonly string[]): string[] => {
    const cells = ["", "", "", ""];
    chosen.forEach((k, i) => (cells[k - 1] = values[i] ?? ""));
    return cells;
  };
  if (numbers.length >= moneyColumns.length || !columns.present[1]) {
    // More amounts than the header has money columns: they go on as cells of their own, which
    // the table reports as extra rather than dropping them.
    const extra = numbers.slice(moneyColumns.length);
    return { cells: place(moneyColumns, numbers), ...(extra.length > 0 ? { extra } : {}) };
  }
  const [total = "", ...sources] = numbers;
  const sourceColumns = moneyColumns.filter((k) => k !== 1);
  const choices = choose(sourceColumns, sources.length);
  const placements = choices.map((chosen) => place([1, ...chosen], [total, ...sources]));
  // The amounts' positions point to one reading; the subtotals may still overrule it.
  const key = decided?.map((c) => sourceColumns[c]).join();
  const preferred = choices.findIndex((chosen) => chosen.join() === key);
  const cells = placements[Math.max(0, preferred)] ?? place([1], [total]);
  if (placements.length <= 1) return { cells };
  return preferred >= 0
    ? { cells, alternatives: placements, preferred }
    : { cells, alternatives: placements };
}

/** Ordered choices of `n` items from `items`, keeping their order. */
function choose<T>(items: readonly T[], n: number): T[][] {
  if (n === 0) return [[]];
  if (items.length < n) return [];
  const [first, ...rest] = items;
  return [...choose(rest, n - 1).map((c) => [first!, ...c]), ...choose(rest, n)];
}
