import { message } from "../model/messages.js";
import type { Finding, Table } from "../model/types.js";
import { difference, exceeds, sumAmounts } from "./money.js";
import type { CheckOptions } from "./options.js";

/** 总计 = 财政拨款 + 财政专户拨款 + 其他资金 on every row; an empty cell counts as 0. */
export function checkFundingSums(table: Table, options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const sources = table.columns.filter((c) => c !== "total");
  if (!table.columns.includes("total") || sources.length === 0) return findings;
  for (const row of table.rows) {
    const { total, fiscal, specialAccount, other } = row.amounts;
    const expected = sumAmounts([fiscal, specialAccount, other]);
    const delta = difference(total, expected);
    if (!exceeds(delta, options.tolerance)) continue;
    findings.push({
      rule: "funding-sum",
      severity: "error",
      code: "funding-sum",
      tableIndex: table.index,
      rowId: row.id,
      column: "total",
      indicatorSeq: null,
      stated: total,
      expected,
      delta,
      message: message("funding-sum", options.lang, {
        name: row.name,
        stated: total ?? 0,
        expected,
        delta,
      }),
    });
  }
  return findings;
}
