import { columnName, message } from "../model/messages.js";
import type { Finding, Row, Table } from "../model/types.js";
import { difference, exceeds, sumAmounts } from "./money.js";
import type { CheckOptions } from "./options.js";

/**
 * The rows a subtotal row adds up: those that name it as parent. A unit's are its projects; the
 * grand total's are the units and any project with no unit (all projects in a table without units).
 */
export function childrenOf(table: Table, row: Row): Row[] {
  return childrenByParent(table).get(row.id) ?? [];
}

/** Every row's children at once, in table order: one pass, however many subtotal rows there are. */
export function childrenByParent(table: Table): Map<string, Row[]> {
  const children = new Map<string, Row[]>();
  for (const r of table.rows) {
    if (r.parentId === null) continue;
    const list = children.get(r.parentId);
    if (list) list.push(r);
    else children.set(r.parentId, [r]);
  }
  return children;
}

export function checkSubtotals(table: Table, options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const childrenOfRow = childrenByParent(table);
  for (const row of table.rows) {
    if (row.kind === "project") continue;
    const children = childrenOfRow.get(row.id) ?? [];
    for (const column of table.columns) {
      const stated = row.amounts[column];
      const expected = sumAmounts(children.map((c) => c.amounts[column]));
      const delta = difference(stated, expected);
      if (!exceeds(delta, options.tolerance)) continue;
      findings.push({
        rule: "subtotal",
        severity: "error",
        code: "subtotal",
        tableIndex: table.index,
        rowId: row.id,
        column,
        indicatorSeq: null,
        stated,
        expected,
        delta,
        message: message("subtotal", options.lang, {
          name: row.name,
          column: columnName(column, options.lang),
          stated: stated ?? 0,
          expected,
          delta,
          children: childWord(row, options.lang),
        }),
      });
    }
  }
  return findings;
}

function childWord(row: Row, lang: CheckOptions["lang"]): string {
  if (lang === "en") return row.kind === "unit" ? "projects" : "units";
  return row.kind === "unit" ? "项目" : "单位";
}
