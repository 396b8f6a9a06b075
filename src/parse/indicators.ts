import type { CodeName, Indicator } from "../model/types.js";
import { level1ByName, level2ByName } from "../model/framework.js";
import { parseTarget } from "./target.js";
import { isSpace, needsTidying, tidy, toHalfWidth } from "./text.js";

export interface IndicatorSplit {
  indicators: Indicator[];
  /** Text that belongs to no indicator, with the line it starts on. */
  leftovers: { text: string; line: number }[];
}

const PERIOD = /^(?:实施周期(?:指标值|目标值|值)?|周期指标值)\s*(?:[:：]\s*|$)/;
const ANNUAL = /^(?:年度(?:指标值|目标值|值)|本年度指标值)\s*(?:[:：]\s*|$)/;
const CODED = /^(\d{1,2})(?!\d)\s*(?:[-－—–]\s*(.*))?$/s;
const CODED_NO_DASH = /^(\d{1,2})(?!\d)\s*(\S.*)$/s;

/** Splits one 绩效指标 cell into indicators. `firstLine` is the input line the cell starts on. */
export function splitIndicators(cell: string, rowId: string, firstLine: number): IndicatorSplit {
  const starts = indicatorStarts(cell);
  const oneLine = !cell.includes("\n") && !cell.includes("\r");
  // Tidying a piece of a cell that holds no line break or run of spaces is trimming it.
  const trimOnly = !needsTidying(cell);
  const lineAt = (offset: number): number =>
    oneLine ? firstLine : firstLine + countNewlines(cell, offset);
  const leftovers: IndicatorSplit["leftovers"] = [];
  const indicators: Indicator[] = [];

  const head = cell.slice(0, starts[0]?.index ?? cell.length);
  const headText = tidy(head);
  if (headText !== "") {
    // A cell with no numbered indicators at all (项目信息不宜公开, or one indicator's fields
    // without its number) is one unnamed indicator's text; before numbered ones it is left over.
    if (starts.length === 0)
      indicators.push(buildIndicator(head, headText, null, rowId, lineAt(0)));
    else leftovers.push({ text: headText, line: lineAt(0) });
  }
  starts.forEach((s, k) => {
    const end = starts[k + 1]?.index ?? cell.length;
    const raw = cell.slice(s.index, end);
    const body = cell.slice(s.bodyStart, end);
    const text = trimOnly ? body.trimStart() : tidy(body);
    indicators.push(buildIndicator(raw, text, s.seq, rowId, lineAt(s.numberAt)));
  });
  return { indicators, leftovers };
}

export interface IndicatorStart {
  /** Where the indicator's text starts: its number, or white space before it. */
  index: number;
  /** Where its number starts. */
  numberAt: number;
  /** Where the text after its 、 starts. */
  bodyStart: number;
  seq: number;
}

/**
 * Where each indicator starts: a number of up to three digits, then 、 (or ．, or a full stop
 * before a level code, `2.1-产出指标`), at the start of the cell or after 。, a separator or white
 * space (tables that omit the 。). Spaces may stand around the number. Found from the marks after
 * the numbers, reading back: the cell is read once, with no pattern run at every character.
 */
export function indicatorStarts(cell: string): IndicatorStart[] {
  const starts: IndicatorStart[] = [];
  for (const d of markPositions(cell)) {
    if (cell.charCodeAt(d) === 0x2e && !beforeLevelCode(cell, d + 1)) continue;
    let end = d;
    while (end > 0 && isSpace(cell.charCodeAt(end - 1))) end--;
    let numberAt = end;
    while (numberAt > 0 && isDigit(cell.charCodeAt(numberAt - 1))) numberAt--;
    if (numberAt === end || end - numberAt > 3) continue;
    let index = numberAt;
    while (index > 0 && isSpace(cell.charCodeAt(index - 1))) index--;
    if (index > 0 && !"。；;".includes(cell.charAt(index - 1))) {
      // Only white space is left before the number: it may start right after the first space.
      if (index === numberAt) continue;
      index++;
    }
    let seq = 0;
    for (let i = numberAt; i < end; i++) seq = seq * 10 + cell.charCodeAt(i) - 0x30;
    starts.push({ index, numberAt, bodyStart: d + 1, seq });
  }
  return starts;
}

/** Where the cell holds 、, ． or a full stop, in order. */
function markPositions(cell: string): number[] {
  const at: number[] = [];
  let kinds = 0;
  for (const mark of MARKS) {
    const before = at.length;
    for (let d = cell.indexOf(mark); d >= 0; d = cell.indexOf(mark, d + 1)) at.push(d);
    if (at.length > before) kinds++;
  }
  return kinds > 1 ? at.sort((x, y) => x - y) : at;
}

const MARKS = ["、", "．", "."];

/** `1-产出指标` follows, perhaps with spaces: the full stop ended a sequence number. */
function beforeLevelCode(cell: string, from: number): boolean {
  let i = from;
  while (i < cell.length && isSpace(cell.charCodeAt(i))) i++;
  if (!isDigit(cell.charCodeAt(i))) return false;
  i++;
  while (i < cell.length && isSpace(cell.charCodeAt(i))) i++;
  return "-－—–".includes(cell.charAt(i)) && i < cell.length;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function countNewlines(s: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) {
    const c = s[i];
    if (c === "\n" || (c === "\r" && s[i + 1] !== "\n")) n++;
  }
  return n;
}

/** An indicator's fields as written, before its target values are read. */
export interface IndicatorFields {
  level1: CodeName;
  level2: CodeName;
  name: string | null;
  period: string;
  annual: string;
}

/** `body` is the indicator's text after its number, tidied. */
function buildIndicator(
  raw: string,
  body: string,
  seq: number | null,
  rowId: string,
  line: number,
): Indicator {
  const text = dropClosingStops(body);
  const fields = readCommonFields(text) ?? readFields(text);
  return {
    rowId,
    seq,
    level1: fields.level1,
    level2: fields.level2,
    name: fields.name,
    period: parseTarget(fields.period),
    annual: parseTarget(fields.annual),
    raw: raw.trim(),
    line,
  };
}

/** The text without its closing 。 (or full stop) and the white space around it. */
function dropClosingStops(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c !== 0x3002 && c !== 0x2e && !isSpace(c)) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

type Slot = "codes" | "name" | "period" | "annual";

/**
 * Any indicator's fields, however written: codes with or without names, names without codes,
 * labels in their variants, fields missing, separators doubled.
 */
export function readFields(text: string): IndicatorFields {
  const level1: CodeName = { code: null, name: null };
  const level2: CodeName = { code: null, name: null };
  const parts: Record<"name" | "period" | "annual", string[]> = {
    name: [],
    period: [],
    annual: [],
  };
  let slot: Slot = "codes";

  for (const piece of text.split(/[；;]/)) {
    const field = piece.trim();
    if (field === "") continue;
    const half = toHalfWidth(field);
    const period = PERIOD.exec(half);
    if (period) {
      slot = "period";
      parts.period.push(field.slice(period[0].length));
      continue;
    }
    const annual = ANNUAL.exec(half);
    if (annual) {
      slot = "annual";
      parts.annual.push(field.slice(annual[0].length));
      continue;
    }
    if (slot === "codes" && readCode(half, level1, level2)) continue;
    if (slot === "codes") slot = "name";
    parts[slot].push(field);
  }
  const join = (p: string[]): string | null => (p.length ? p.join("；").trim() || null : null);
  return {
    level1,
    level2,
    name: join(parts.name),
    period: join(parts.period) ?? "",
    annual: join(parts.annual) ?? "",
  };
}

/**
 * The fields of an indicator written the way nearly all are (`1-产出指标；11-数量指标；name；
 * 实施周期指标值:…；年度指标值:…`), read by position without splitting the text into pieces;
 * null for any other writing, which readFields then reads. Gives what readFields gives.
 */
export function readCommonFields(text: string): IndicatorFields | null {
  // Most indicators use only one of the two separators: the other is not searched for again.
  const narrow = text.includes(";");
  const only = narrow && text.includes("；") ? null : narrow ? ";" : "；";
  const a = separatorAt(text, 0, only);
  const b = a < 0 ? -1 : separatorAt(text, a + 1, only);
  const c = b < 0 ? -1 : separatorAt(text, b + 1, only);
  const d = c < 0 ? -1 : separatorAt(text, c + 1, only);
  if (d < 0 || separatorAt(text, d + 1, only) >= 0) return null;
  const level1 = codedField(text, 0, a, 1);
  const level2 = level1 && codedField(text, a + 1, b, 2);
  if (!level2) return null;
  if (c - b < 2 || isSpace(text.charCodeAt(b + 1)) || isSpace(text.charCodeAt(c - 1))) return null;
  const name = text.slice(b + 1, c);
  // 年度投入 is a name; 年度值 would be a label, and so the start of another field.
  if ("实周年本".includes(name.charAt(0))) {
    const half = toHalfWidth(name);
    if (PERIOD.test(half) || ANNUAL.test(half)) return null;
  }
  const period = labelledValue(text, c + 1, d, "实施周期指标值");
  const annual = period === null ? null : labelledValue(text, d + 1, text.length, "年度指标值");
  if (period === null || annual === null) return null;
  return { level1, level2, name, period, annual };
}

/** The next ；or ; from `from` on (the `only` one the text holds, if known), or -1. */
function separatorAt(text: string, from: number, only: string | null): number {
  if (only !== null) return text.indexOf(only, from);
  const wide = text.indexOf("；", from);
  const narrow = text.indexOf(";", from);
  return narrow < 0 || (wide >= 0 && wide < narrow) ? wide : narrow;
}

/** `1-产出指标` (digits 1) or `11-数量指标` (digits 2) in half-width characters, else null. */
function codedField(text: string, from: number, to: number, digits: number): CodeName | null {
  const dash = from + digits;
  if (to - dash < 2 || text.charCodeAt(dash) !== 0x2d) return null;
  let code = 0;
  for (let i = from; i < dash; i++) {
    const ch = text.charCodeAt(i);
    if (ch < 0x30 || ch > 0x39) return null;
    code = code * 10 + ch - 0x30;
  }
  const seen = digits === 1 ? LAST_LEVEL1 : LAST_LEVEL2;
  const last = seen[code];
  // The name read last time for this code, written the same again, was looked at then.
  if (last?.name?.length === to - dash - 1 && text.startsWith(last.name, dash + 1)) return last;
  if (isSpace(text.charCodeAt(dash + 1)) || isSpace(text.charCodeAt(to - 1))) return null;
  for (let i = dash + 1; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x3000 || (ch >= 0xff01 && ch <= 0xff5e)) return null;
  }
  const fields = Object.freeze({ code: text.slice(from, dash), name: text.slice(dash + 1, to) });
  seen[code] = fields;
  return fields;
}

/**
 * The fields last read for each level code, frozen and handed out again while the name stays the
 * same: a table writes the same few code and name pairs thousands of times.
 */
const LAST_LEVEL1: CodeName[] = [];
const LAST_LEVEL2: CodeName[] = [];

/** The value after `label:` (or `label：`) filling the field, else null. */
function labelledValue(text: string, from: number, to: number, label: string): string | null {
  const colon = from + label.length;
  const start = colon + 1;
  if (start >= to || !text.startsWith(label, from)) return null;
  const ch = text.charCodeAt(colon);
  if (ch !== 0x3a && ch !== 0xff1a) return null;
  if (isSpace(text.charCodeAt(start)) || isSpace(text.charCodeAt(to - 1))) return null;
  return text.slice(start, to);
}

/** Takes a level-1 or level-2 code/name field into its slot; false if the field is neither. */
function readCode(field: string, level1: CodeName, level2: CodeName): boolean {
  const coded = CODED.exec(field) ?? dashLost(field);
  if (coded) {
    const code = coded[1] ?? "";
    const name = coded[2]?.trim() || null;
    const target =
      code.length === 1 && level1.code === null && level2.code === null ? level1 : level2;
    if (target === level2 && (level2.code !== null || code.length !== 2)) return false;
    target.code = code;
    target.name = name;
    return true;
  }
  if (level1.name === null && level2.name === null && level1ByName(field)) {
    level1.name = field;
    return true;
  }
  if (level2.name === null && level2ByName(field)) {
    level2.name = field;
    return true;
  }
  return false;
}

/** `41经济成本指标`: the dash lost at a line end. Accepted only when the rest is a framework name. */
function dashLost(field: string): RegExpExecArray | null {
  const m = CODED_NO_DASH.exec(field);
  if (!m) return null;
  const name = m[2] ?? "";
  return level1ByName(name) || level2ByName(name) ? m : null;
}
