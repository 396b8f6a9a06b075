/**
 * Prints how exactly each PDF copy path is rebuilt: rows, amounts and indicator fields against the
 * tab form of the same table. Run: npx tsx scripts/accuracy.ts [--misses]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseText } from "../src/parse/index.js";
import { compareParses, percent, type FieldScore } from "../test/support/accuracy.js";

const root = new URL("../test/fixtures/pdf/", import.meta.url).pathname;
const showMisses = process.argv.includes("--misses");
const totals = new Map<
  string,
  { rows: FieldScore; amounts: FieldScore; indicators: FieldScore; tables: number; exact: number }
>();

for (const table of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  const dir = join(root, table.name);
  const truth = parseText(readFileSync(join(dir, "table.txt"), "utf8"));
  for (const file of readdirSync(dir).filter((f) => f !== "table.txt" && f.endsWith(".txt"))) {
    const path = file.replace(/\.txt$/, "");
    const got = parseText(readFileSync(join(dir, file), "utf8"));
    const acc = compareParses(truth, got);
    const t = totals.get(path) ?? {
      rows: { exact: 0, total: 0, misses: [] },
      amounts: { exact: 0, total: 0, misses: [] },
      indicators: { exact: 0, total: 0, misses: [] },
      tables: 0,
      exact: 0,
    };
    for (const k of ["rows", "amounts", "indicators"] as const) {
      t[k].exact += acc[k].exact;
      t[k].total += acc[k].total;
    }
    t.tables += 1;
    // As the tests hold it: an amount may differ where its row is reported as ambiguous.
    const reported = new Set(
      got.diagnostics.filter((d) => d.code === "amounts-ambiguous").map((d) => d.line),
    );
    const gotRows = got.tables.flatMap((x) => x.rows);
    const amountsHeld = truth.tables
      .flatMap((x) => x.rows)
      .every((w, i) => {
        const g = gotRows[i];
        return (
          g && (JSON.stringify(w.amounts) === JSON.stringify(g.amounts) || reported.has(g.line))
        );
      });
    if (acc.rows.misses.length + acc.indicators.misses.length === 0 && amountsHeld) t.exact += 1;
    totals.set(path, t);
    if (showMisses) {
      const misses = [...acc.rows.misses, ...acc.amounts.misses, ...acc.indicators.misses].slice(
        0,
        8,
      );
      if (misses.length) console.log(`${table.name}/${path}:\n  ${misses.join("\n  ")}`);
    }
  }
}
console.log(
  "| copy path | rows | amounts | indicator fields | tables exact (amounts: or reported) |",
);
console.log("| --- | --- | --- | --- | --- |");
for (const [path, t] of [...totals].sort()) {
  const cell = (s: FieldScore) => `${percent(s).toFixed(1)}% (${s.exact}/${s.total})`;
  console.log(
    `| ${path} | ${cell(t.rows)} | ${cell(t.amounts)} | ${cell(t.indicators)} | ${t.exact}/${t.tables} |`,
  );
}
