/**
 * The tab form: cells separated by tabs, rows by line breaks, as Excel, Word and web pages put a
 * table on the clipboard. A cell holding line breaks arrives wrapped in double quotes with inner
 * quotes doubled (Excel's convention); such a cell spans several input lines.
 */

export interface SourceRecord {
  cells: string[];
  /** 1-based first and last input line of the record. */
  line: number;
  lineEnd: number;
  /** False when the source had something on the line even if every cell reads empty (`""`). */
  blank?: boolean;
  /**
   * Every way to read the money cells (总计, 财政拨款, 财政专户拨款, 其他资金, in that order) when a copy
   * path lost the empty cells between the amounts; `cells` holds the preferred one, else the first.
   */
  alternatives?: string[][];
  /** Which alternative the amounts' positions on the line point to, when they do. */
  preferred?: number;
}

/** How far a quoted cell may run before the quote is taken literally instead. */
const MAX_QUOTED_CELL = 100_000;

export function readTabRecords(text: string): SourceRecord[] {
  const records: SourceRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const from = i;
    const cells: string[] = [];
    for (;;) {
      const quoted = text[i] === '"' ? readQuoted(text, i) : null;
      if (quoted) {
        cells.push(quoted.value);
        line += quoted.newlines;
        i = quoted.end;
      } else {
        let j = i;
        while (j < n && text[j] !== "\t" && text[j] !== "\n" && text[j] !== "\r") j++;
        cells.push(text.slice(i, j));
        i = j;
      }
      if (text[i] === "\t") {
        i++;
        continue;
      }
      break;
    }
    const end = line;
    const blank = text.slice(from, i).trim() === "";
    if (text[i] === "\r" && text[i + 1] === "\n") i += 2;
    else if (i < n) i++;
    line++;
    records.push({ cells, line: start, lineEnd: end, blank });
  }
  return records;
}

/** A quoted cell, if the quote at `start` really opens one; null to read it literally. */
function readQuoted(
  text: string,
  start: number,
): { value: string; end: number; newlines: number } | null {
  let value = "";
  let newlines = 0;
  const limit = Math.min(text.length, start + MAX_QUOTED_CELL);
  for (let j = start + 1; j < limit; j++) {
    const c = text[j];
    if (c === '"') {
      if (text[j + 1] === '"') {
        value += '"';
        j++;
        continue;
      }
      const next = text[j + 1];
      if (next === undefined || next === "\t" || next === "\n" || next === "\r") {
        return { value, end: j + 1, newlines };
      }
      return null;
    }
    if (c === "\n" || (c === "\r" && text[j + 1] !== "\n")) newlines++;
    value += c;
  }
  return null;
}
