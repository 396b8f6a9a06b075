import type { CodeName, Indicator } from "../model/types.js";
import { level1ByName, level2ByName } from "../model/framework.js";
import { parseTarget } from "./target.js";
import { isSpace, tidy, toHalfWidth } from "./text.js";

export interface IndicatorSplit {
  indicators: Indicator[];
  /** Text that belongs to no indicator, with the line it starts on. */
  leftovers: { text: string; line: number }[];
}

/**
 * Where an indicator starts: its sequence number and 、 at the start of the cell or after the
 * previous indicator's 。 (or a separator or line break, for tables that omit the 。).
 */
const START = /(?:^|(?<=[。；;\s]))\s*(\d{1,3})\s*(?:[、．]|\.(?=\s*\d\s*[-－—–]))/g;

const PERIOD = /^(?:实施周期(?:指标值|目标值|值)?|周期指标值)\s*(?:[:：]\s*|$)/;
const ANNUAL = /^(?:年度(?:指标值|目标值|值)|本年度指标值)\s*(?:[:：]\s*|$)/;
const CODED = /^(\d{1,2})(?!\d)\s*(?:[-－—–]\s*(.*))?$/s;
const CODED_NO_DASH = /^(\d{1,2})(?!\d)\s*(\S.*)$/s;

/** Splits one 绩效指标 cell into indicators. `firstLine` is the input line the cell starts on. */
export function splitIndicators(cell: string, rowId: string, firstLine: number): IndicatorSplit {
  const starts: { index: number; bodyStart: number; seq: number }[] = [];
  for (const m of cell.matchAll(START)) {
    starts.push({ index: m.index, bodyStart: m.index + m[0].length, seq: Number(m[1]) });
  }
  const lineAt = (offset: number): number => firstLine + countNewlines(cell, offset);
  const leftovers: IndicatorSplit["leftovers"] = [];
  const indicators: Indicator[] = [];

  const head = cell.slice(0, starts[0]?.index ?? cell.length);
  if (tidy(head) !== "") {
    if (starts.length === 0 && looksLikeIndicator(head)) {
      indicators.push(buildIndicator(head, head, null, rowId, lineAt(0)));
    } else if (starts.length === 0) {
      // A cell with no numbered indicators at all (项目信息不宜公开) is one unnamed indicator's text.
      indicators.push(buildIndicator(head, head, null, rowId, lineAt(0)));
    } else {
      leftovers.push({ text: tidy(head), line: lineAt(0) });
    }
  }
  starts.forEach((s, k) => {
    const end = starts[k + 1]?.index ?? cell.length;
    const raw = cell.slice(s.index, end);
    const body = cell.slice(s.bodyStart, end);
    indicators.push(buildIndicator(raw, body, s.seq, rowId, lineAt(s.index + leadingSpace(raw))));
  });
  return { indicators, leftovers };
}

function looksLikeIndicator(text: string): boolean {
  return PERIOD.test(text) || /指标值/.test(text);
}

function leadingSpace(s: string): number {
  return s.length - s.trimStart().length;
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

function buildIndicator(
  raw: string,
  body: string,
  seq: number | null,
  rowId: string,
  line: number,
): Indicator {
  const text = dropClosingStops(tidy(body));
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
  let cuts = 0;
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 0xff1b && ch !== 0x3b) continue;
    if (cuts === 0) a = i;
    else if (cuts === 1) b = i;
    else if (cuts === 2) c = i;
    else if (cuts === 3) d = i;
    else return null;
    cuts++;
  }
  if (cuts !== 4) return null;
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

/** `1-产出指标` (digits 1) or `11-数量指标` (digits 2) in half-width characters, else null. */
function codedField(text: string, from: number, to: number, digits: number): CodeName | null {
  const dash = from + digits;
  if (to - dash < 2 || text.charCodeAt(dash) !== 0x2d) return null;
  for (let i = from; i < dash; i++) {
    const ch = text.charCodeAt(i);
    if (ch < 0x30 || ch > 0x39) return null;
  }
  if (isSpace(text.charCodeAt(dash + 1)) || isSpace(text.charCodeAt(to - 1))) return null;
  for (let i = dash + 1; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x3000 || (ch >= 0xff01 && ch <= 0xff5e)) return null;
  }
  return { code: text.slice(from, dash), name: text.slice(dash + 1, to) };
}

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
