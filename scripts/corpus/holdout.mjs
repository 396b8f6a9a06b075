#!/usr/bin/env node
// Renders tables the corpus does not hold, to check the parser on text it was not built on.
//
// Each spec is department:seed[:style] (department health, education, transport or culture; style
// middle, dense, top or portrait — see STYLES in render.mjs). For each, writes to DIR:
//   <department>-<seed>-<style>.tab.txt                  the tab form (the ground truth)
//   <department>-<seed>-<style>.<renderer>.<path>.txt     the copies, as in the corpus
// then compare them with:  npx tsx scripts/corpus/holdout-check.ts DIR
//
// Needs what build.mjs needs. Not run in CI; nothing it writes is committed.
//
// Run:   node scripts/corpus/holdout.mjs DIR health:91001 education:91002:portrait …
//        node scripts/corpus/holdout.mjs DIR --renderers writer culture:91004:dense
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { lostRows, tableFor } from "./tables.mjs";
import { renderCalc, renderChromium, renderWriter, STYLES } from "./render.mjs";
import { extractAll } from "./extract.mjs";

const args = process.argv.slice(2);
const out = resolve(args.shift() ?? "");
if (!args.length) {
  console.error("usage: holdout.mjs DIR [--renderers a,b] department:seed[:style] …");
  process.exit(2);
}
const renderersAt = args.indexOf("--renderers");
const ALL = { chromium: renderChromium, calc: renderCalc, writer: renderWriter };
const renderers = renderersAt >= 0 ? args.splice(renderersAt, 2)[1].split(",") : Object.keys(ALL);
const work = join(out, "work");
mkdirSync(work, { recursive: true });

for (const spec of args) {
  const [key, seed, style = "middle"] = spec.split(":");
  const name = `${key}-${seed}-${style}`;
  const text = tableFor(key, Number(seed));
  writeFileSync(join(out, `${name}.tab.txt`), text);
  const done = [];
  for (const r of renderers) {
    const pdf = await ALL[r](text, work, `${name}-${r}`, STYLES[style]);
    const texts = await extractAll(pdf);
    // As build.mjs does: a PDF that left rows out (LibreOffice fitting a sheet to one page wide)
    // is no copy of the table, and is left out.
    const missing = lostRows(text, texts.raw);
    if (missing.length > 0) {
      console.log(
        `${name}: the ${r} PDF lacks rows ${missing.map((m) => m[0]).join(", ")}: left out`,
      );
      continue;
    }
    for (const [path, s] of Object.entries(texts)) {
      writeFileSync(join(out, `${name}.${r}.${path}.txt`), s);
    }
    done.push(r);
  }
  console.log(`${name}: ${done.join(", ")}`);
}
rmSync(work, { recursive: true, force: true });
