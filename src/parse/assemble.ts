/**
 * Records to tables: preambles, headers and data rows read in input order, tables opened and
 * closed, and every record that fits nowhere reported with its line.
 */
import type { Amounts, Diagnostic, Table } from "../model/types.js";
import { AMOUNT_COLUMNS } from "../model/types.js";
import { columnName, message, type Lang } from "../model/messages.js";
import { readAmount } from "./amount.js";
import { mergeHeaderLines, readHeader, type ColumnMap } from "./header.js";
import { FURNITURE_MAX, isPageFurniture, readPreamble, type PreambleFacts } from "./preamble.js";
import type { SourceRecord } from "./records.js";
import { finishTable, type Candidate, type OpenTable } from "./buildTable.js";
import { isSpace, matchKey } from "./text.js";

const TOTAL_NAME = /^(?:合计|总计|总合计)$/;
const CONTINUES_INDICATOR = /^(?:\d{1,3}\s*[、．]|实施周期|年度指标值|年度值|\d{1,2}\s*[-－—–])/;

/**
 * Turns records (cells with their input lines) into tables. Independent of how the cells were
 * separated: the tab form and the PDF forms both end here.
 */
export function assembleTables(
  records: readonly SourceRecord[],
  lang: Lang,
): { tables: Table[]; diagnostics: Diagnostic[] } {
  const tables: Table[] = [];
  const diagnostics: Diagnostic[] = [];
  const diag = (rec: SourceRecord, code: string, params = {}): void => {
    diagnostics.push({
      line: rec.line,
      ...(rec.lineEnd > rec.line ? { lineEnd: rec.lineEnd } : {}),
      text: recordText(rec),
      reason: message(code, lang, params),
      code,
    });
  };

  let open: OpenTable | null = null;
  let pending: OpenTable = emptyTable();

  const close = (): void => {
    if (open?.map) tables.push(finishTable(open, tables.length + 1, lang, diagnostics));
    open = null;
  };

  const nonBlank = records.filter((r) => !(r.blank ?? r.cells.every((c) => c.trim() === "")));
  for (let k = 0; k < nonBlank.length; k++) {
    const rec = nonBlank[k]!;
    const header = readHeader(rec.cells);
    if (header) {
      const current: OpenTable | null = open;
      if (current && current.candidates.length > 0 && !startsNewTable(nonBlank, k, header)) {
        diag(rec, "repeated-header");
        continue;
      }
      close();
      const table: OpenTable = pending;
      pending = emptyTable();
      table.map = header;
      table.headerText = recordText(rec);
      table.headerLine = rec.line;
      table.headerLines.push(...lineRange(rec));
      const next = nonBlank[k + 1];
      const merged = next ? mergeHeaderLines(rec.cells, next.cells) : null;
      if (next && merged) {
        table.map = readHeader(merged) ?? header;
        table.headerLines.push(...lineRange(next));
        k++;
      }
      open = table;
      continue;
    }

    const facts = readPreamble(rec.cells);
    if (facts) {
      const current: OpenTable | null = open;
      // A title or department after data rows opens the next table; a lone unit line does not.
      if (current && (facts.title !== undefined || facts.department !== undefined)) close();
      const target: OpenTable = open ?? pending;
      applyPreamble(target, facts, rec, diag);
      continue;
    }

    const table: OpenTable | null = open;
    if (!table || !table.map) {
      diag(rec, furniture(rec) ? "page-furniture" : "before-header");
      continue;
    }
    if (furniture(rec)) {
      diag(rec, "page-furniture");
      continue;
    }
    takeDataRecord(table, rec, lang, diag);
  }
  close();
  for (const rec of pending.preamble) diag(rec, "preamble-without-table");
  return { tables, diagnostics };
}

/** A page number or footer. A data row's text is not joined just to find that out. */
function furniture(rec: SourceRecord): boolean {
  // The length recordText would have: the filled cells, trimmed, and a tab between two.
  let length = -1;
  for (const cell of rec.cells) {
    const filled = trimmedLength(cell);
    if (filled > 0 && (length += filled + 1) > FURNITURE_MAX) return false;
  }
  return isPageFurniture(recordText(rec));
}

function trimmedLength(s: string): number {
  let from = 0;
  let to = s.length;
  while (from < to && isSpace(s.charCodeAt(from))) from++;
  while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
  return to - from;
}

function emptyTable(): OpenTable {
  return {
    title: null,
    department: null,
    unit: null,
    unitLine: null,
    headerLines: [],
    preamble: [],
    map: null,
    headerText: "",
    headerLine: 0,
    candidates: [],
  };
}

function applyPreamble(
  table: OpenTable,
  facts: PreambleFacts,
  rec: SourceRecord,
  diag: (rec: SourceRecord, code: string, params?: Record<string, string>) => void,
): void {
  if (facts.title !== undefined) table.title = facts.title;
  if (facts.department !== undefined) table.department = facts.department;
  if (facts.unit !== undefined) {
    table.unit = facts.unit;
    table.unitLine = rec.line;
  }
  if (facts.unknownUnit !== undefined) diag(rec, "unit-unknown", { unit: facts.unknownUnit });
  table.headerLines.push(...lineRange(rec));
  table.preamble.push(rec);
}

/** A header after data rows starts a new table when a 合计 row follows it, not a page's repeat. */
function startsNewTable(records: readonly SourceRecord[], k: number, header: ColumnMap): boolean {
  const next = records[k + 1];
  if (!next) return false;
  const name = next.cells[header.name ?? 0] ?? "";
  return TOTAL_NAME.test(matchKey(name));
}

function takeDataRecord(
  table: OpenTable,
  rec: SourceRecord,
  lang: Lang,
  diag: (rec: SourceRecord, code: string, params?: Record<string, string | number>) => void,
): void {
  const map = table.map!;
  const cell = (index: number | undefined): string =>
    index === undefined ? "" : (rec.cells[index] ?? "");
  const lone = loneCell(rec.cells);

  // A lone cell continues the previous row's indicator text (a wrapped cell that lost its quotes).
  const previous = table.candidates[table.candidates.length - 1];
  if (lone !== null && !hasAmountCells(rec, map)) {
    const text = lone;
    if (previous && continuesIndicators(previous, text)) {
      previous.indicatorText = previous.indicatorText ? `${previous.indicatorText}\n${text}` : text;
      previous.lineEnd = Math.max(previous.lineEnd, rec.lineEnd);
      return;
    }
  }

  const amounts: Amounts = { total: null, fiscal: null, specialAccount: null, other: null };
  let amountCount = 0;
  for (const column of AMOUNT_COLUMNS) {
    const raw = cell(map[column]);
    const reading = readAmount(raw);
    if (reading.ok) {
      amounts[column] = reading.value;
      if (reading.value !== null) amountCount++;
    } else {
      diag(rec, "bad-amount", { column: columnName(column, lang), value: raw.trim() });
    }
  }
  const name = cell(map.name).trim();
  const goal = cell(map.goal).trim() || null;
  const indicatorText = cell(map.indicators).trim() || null;

  const extra = unmappedCells(rec.cells, map);
  if (extra.length > 0) {
    diag(rec, "extra-cells", { count: extra.length, value: extra.join(" | ").slice(0, 200) });
  }

  if (name === "") {
    if (amountCount > 0 || goal || indicatorText) diag(rec, "no-name");
    else diag(rec, "not-a-row");
    return;
  }
  if (amountCount === 0 && !goal && !indicatorText) {
    diag(rec, "not-a-row");
    return;
  }
  const candidate: Candidate = {
    name,
    amounts,
    goal,
    indicatorText,
    line: rec.line,
    lineEnd: rec.lineEnd,
    // Every name of a total ends in 计; the test is for the few that do.
    isTotal: name.includes("计") && TOTAL_NAME.test(matchKey(name)),
  };
  if (rec.alternatives) candidate.alternatives = rec.alternatives.map(readAmounts);
  if (rec.preferred !== undefined) candidate.preferred = rec.preferred;
  table.candidates.push(candidate);
}

/** The one filled cell of a record, or null when it has none or more than one. */
function loneCell(cells: readonly string[]): string | null {
  let found: string | null = null;
  for (const c of cells) {
    if (trimmedLength(c) === 0) continue;
    if (found !== null) return null;
    found = c;
  }
  return found;
}

/** Filled cells in no column the header named. */
function unmappedCells(cells: readonly string[], map: ColumnMap): string[] {
  const mapped = Object.values(map);
  const extra: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (!mapped.includes(i) && trimmedLength(c) > 0) extra.push(c);
  }
  return extra;
}

function readAmounts(cells: readonly string[]): Amounts {
  const value = (k: number): number | null => readAmount(cells[k] ?? "").value;
  return { total: value(0), fiscal: value(1), specialAccount: value(2), other: value(3) };
}

function hasAmountCells(rec: SourceRecord, map: ColumnMap): boolean {
  return AMOUNT_COLUMNS.some((c) => {
    const i = map[c];
    return i !== undefined && (rec.cells[i] ?? "").trim() !== "";
  });
}

function continuesIndicators(previous: Candidate, text: string): boolean {
  if (CONTINUES_INDICATOR.test(matchKey(text)))
    return previous.indicatorText !== null || previous.goal !== null;
  const last = previous.indicatorText;
  return last !== null && !/[。.]\s*$/.test(last);
}

function recordText(rec: SourceRecord): string {
  return rec.cells
    .map((c) => c.trim())
    .filter((c) => c !== "")
    .join("\t");
}

function lineRange(rec: SourceRecord): number[] {
  const lines: number[] = [];
  for (let l = rec.line; l <= rec.lineEnd; l++) lines.push(l);
  return lines;
}
