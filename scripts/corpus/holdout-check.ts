/**
 * Compares each copy that holdout.mjs wrote with its tab form: rows, amounts and indicator fields,
 * and every amount that differs without its row reported (the worst outcome: a wrong number the
 * user is not told of). Run: npx tsx scripts/corpus/holdout-check.ts DIR [name filter] [--misses]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParseResult } from "../../src/model/types.js";
import { parseText } from "../../src/parse/index.js";
import { compareParses, percent } from "../../test/support/accuracy.js";

const [dir = ".", filter = ""] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const showMisses = process.argv.includes("--misses");
const PATHS = ["raw", "pdfjs", "layout"];

const reported = (r: ParseResult) =>
  new Set(
    r.diagnostics
      .filter((d) => d.code === "amounts-ambiguous" || d.code === "extra-cells")
      .map((d) => d.line),
  );

let bad = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith(".tab.txt") && f.includes(filter))) {
  const name = file.replace(/\.tab\.txt$/, "");
  const truth = parseText(readFileSync(join(dir, file), "utf8"));
  for (const copy of readdirSync(dir).filter((f) => f.startsWith(`${name}.`) && f !== file)) {
    const path = copy.slice(name.length + 1, -".txt".length);
    if (!PATHS.some((p) => path.endsWith(`.${p}`))) continue;
    const got = parseText(readFileSync(join(dir, copy), "utf8"));
    const acc = compareParses(truth, got);
    // Rows compared in order: a row lost or split shows as differences after it too.
    const want = truth.tables.flatMap((t) => t.rows);
    const rows = got.tables.flatMap((t) => t.rows);
    const told = reported(got);
    const silent = want.filter((w, i) => {
      const g = rows[i];
      return g && JSON.stringify(w.amounts) !== JSON.stringify(g.amounts) && !told.has(g.line);
    });
    const exact = acc.rows.misses.length + acc.indicators.misses.length + silent.length === 0;
    if (!exact) bad++;
    console.log(
      `${exact ? "ok " : "BAD"} ${name} ${path}: rows ${percent(acc.rows).toFixed(1)}%, amounts ` +
        `${percent(acc.amounts).toFixed(1)}% (${told.size} reported, ${silent.length} not), ` +
        `indicator fields ${percent(acc.indicators).toFixed(2)}%`,
    );
    if (showMisses && !exact) {
      for (const m of [...acc.rows.misses, ...acc.indicators.misses].slice(0, 6)) {
        console.log(`    ${m.slice(0, 200)}`);
      }
    }
  }
}
process.exitCode = bad > 0 ? 1 : 0;
