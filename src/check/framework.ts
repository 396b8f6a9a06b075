import { message } from "../model/messages.js";
import { level1ByCode, level2ByCode, nameFits, type FrameworkEntry } from "../model/framework.js";
import type { Finding, Indicator, Row, Table } from "../model/types.js";
import type { CheckOptions } from "./options.js";
import { rowsById } from "./rows.js";

/** nameFits() remembered: a table repeats the same few level names thousands of times. */
const fitCache = new Map<FrameworkEntry, Map<string, boolean>>();
const FIT_CACHE_MAX = 1024;

function fits(entry: FrameworkEntry, name: string): boolean {
  let names = fitCache.get(entry);
  if (!names) fitCache.set(entry, (names = new Map()));
  let fit = names.get(name);
  if (fit === undefined) {
    if (names.size >= FIT_CACHE_MAX) names.clear();
    fit = nameFits(entry, name);
    names.set(name, fit);
  }
  return fit;
}

/** Codes and names against the national framework, and 1, 2, 3 … numbering. Warnings only. */
export function checkFramework(table: Table, options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const rows = rowsById(table);
  const byRow = new Map<string, Indicator[]>();
  for (const ind of table.indicators) {
    const list = byRow.get(ind.rowId);
    if (list) list.push(ind);
    else byRow.set(ind.rowId, [ind]);
  }
  const push = (
    row: Row,
    ind: Indicator | null,
    code: string,
    value: string,
    expected: string,
    severity: Finding["severity"] = "warning",
  ): void => {
    findings.push({
      rule: "framework",
      severity,
      code,
      tableIndex: table.index,
      rowId: row.id,
      column: null,
      indicatorSeq: ind?.seq ?? null,
      stated: null,
      expected: null,
      delta: null,
      message: message(code, options.lang, {
        name: row.name,
        seq: ind?.seq ?? "",
        value,
        expected,
      }),
    });
  };

  for (const [rowId, list] of byRow) {
    const row = rows.get(rowId);
    if (!row) continue;
    list.forEach((ind, i) => {
      if (ind.seq !== null && ind.seq !== i + 1)
        push(row, ind, "framework-sequence", String(ind.seq), String(i + 1));
      const { level1: l1, level2: l2 } = ind;
      if (l1.code !== null) {
        const entry = level1ByCode(l1.code);
        if (!entry || (l1.name !== null && !fits(entry, l1.name))) {
          push(
            row,
            ind,
            "framework-level1",
            `${l1.code}-${l1.name ?? ""}`,
            entry ? `${entry.code}-${entry.name}` : "1–4",
          );
        }
      }
      if (l2.code !== null) {
        const entry = level2ByCode(l2.code);
        if (!entry || (l2.name !== null && !fits(entry, l2.name))) {
          push(
            row,
            ind,
            "framework-level2",
            `${l2.code}-${l2.name ?? ""}`,
            entry ? `${entry.code}-${entry.name}` : "11–43",
          );
        }
        if (l1.code !== null && !l2.code.startsWith(l1.code)) {
          push(row, ind, "framework-level2-parent", l2.code, l1.code);
        }
      }
      if (ind.name === null && (ind.period !== null || ind.annual !== null)) {
        push(row, ind, "framework-missing-name", "", "", "info");
      }
    });
  }
  return findings;
}
