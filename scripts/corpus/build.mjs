#!/usr/bin/env node
// Builds the "pasted straight from a PDF viewer" corpus under test/fixtures/pdf/ from scratch.
//
// For each table (the seed, plus generated ones — see tables.mjs):
//   1. writes the tab form (the ground truth) to test/fixtures/pdf/<name>/table.txt;
//   2. renders it to PDF three times: headless Chromium printing an HTML page (renderer
//      "chromium"), LibreOffice Calc converting an .xlsx (renderer "calc") and LibreOffice Writer
//      exporting the same HTML page (renderer "writer") — see render.mjs;
//   3. extracts text from each PDF four ways (pdftotext, pdftotext -raw, pdftotext -layout, pdf.js
//      text-layer copy — see extract.mjs) into <renderer>.<path>.txt;
//   4. writes spaces.txt: the tab form with every tab turned into 1–3 spaces (deterministic);
//   5. rewrites test/fixtures/pdf/README.md (files, sizes, tool versions, planted problems).
//
// Needs: Node ≥ 20.19; devDependencies exceljs and pdfjs-dist (5.4.x); on the PATH or via env vars:
//   chromium (CHROMIUM=/usr/bin/chromium), soffice with Calc and Writer (SOFFICE=soffice; Debian:
//   libreoffice-calc-nogui, libreoffice-writer-nogui), pdftotext (poppler-utils);
//   fonts: fonts-noto-cjk (Noto Sans CJK SC, Noto Serif CJK SC).
//
// Run:   node scripts/corpus/build.mjs            (PDFs go to a temp dir and are deleted)
//        node scripts/corpus/build.mjs --keep DIR (keep the HTML, .xlsx and PDFs in DIR)
//        node scripts/corpus/build.mjs --only seed,transport
//        node scripts/corpus/build.mjs --renderers writer   (only these renderers' files)
// Not run in CI: the output is committed. Rerunning with the same tool versions gives the same files.
import { execFileSync, spawnSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  readdirSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generatedTables, lostRows, prng } from "./tables.mjs";
import { renderCalc, renderChromium, renderWriter, CHROMIUM, SOFFICE, STYLES } from "./render.mjs";
import { extractAll, pdfjsRoot, PDFTOTEXT } from "./extract.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const outRoot = join(root, "test/fixtures/pdf");
const SEED = process.env.SEED ?? "/work/shared/seeds/000_482cb6efc95f57e9.txt";

const args = process.argv.slice(2);
const keepAt = args.indexOf("--keep");
const onlyAt = args.indexOf("--only");
const only = onlyAt >= 0 ? new Set(args[onlyAt + 1].split(",")) : null;
const renderersAt = args.indexOf("--renderers");
const work = keepAt >= 0 ? resolve(args[keepAt + 1]) : mkdtempSync(join(tmpdir(), "pdf-corpus-"));
mkdirSync(work, { recursive: true });

function hash(s) {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.codePointAt(0), 16777619);
  return h >>> 0;
}

/** Tabs → 1–3 spaces, chosen by a PRNG seeded with the table's name. */
function tabsToSpaces(text, name) {
  const rand = prng(hash(name));
  return text.replace(/\t/g, () => " ".repeat(1 + Math.floor(rand() * 3)));
}

function version(cmd, argv, pattern) {
  // pdftotext -v prints to stderr; spawnSync sees both streams whatever the exit code
  const r = spawnSync(cmd, argv, { encoding: "utf8" });
  return (`${r.stdout ?? ""}${r.stderr ?? ""}`.match(pattern) ?? ["?"])[0];
}

function fontFile(family) {
  const r = spawnSync("fc-match", [family, "file"], { encoding: "utf8" });
  return (r.stdout ?? "").trim().replace(/^:file=/, "") || "?";
}

const allTables = [
  {
    name: "seed",
    text: readFileSync(SEED, "utf8"),
    planted: [
      "none added (the real published sample; blank lines between some rows come from its source)",
    ],
  },
  ...generatedTables(),
];
const tables = allTables.filter((t) => !only || only.has(t.name));

const ALL_RENDERERS = { chromium: renderChromium, calc: renderCalc, writer: renderWriter };
const RENDERERS =
  renderersAt >= 0
    ? Object.fromEntries(args[renderersAt + 1].split(",").map((r) => [r, ALL_RENDERERS[r]]))
    : ALL_RENDERERS;
const summary = [];
for (const t of tables) {
  const dir = join(outRoot, t.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "table.txt"), t.text);
  writeFileSync(join(dir, "spaces.txt"), tabsToSpaces(t.text, t.name));
  const pages = {};
  for (const [r, render] of Object.entries(RENDERERS)) {
    const pdf = await render(t.text, work, `${t.name}-${r}`, STYLES[t.style ?? "middle"]);
    const info = execFileSync("pdfinfo", [pdf]).toString();
    pages[r] = Number(info.match(/Pages:\s+(\d+)/)[1]);
    const texts = await extractAll(pdf);
    // A renderer that silently drops rows (LibreOffice can leave the last rows of a sheet out of
    // its PDF) would make a fixture that no parser could match: refuse it.
    const missing = lostRows(t.text, texts.raw);
    if (missing.length > 0) {
      throw new Error(`${t.name}: the ${r} PDF lacks rows ${missing.map((m) => m[0]).join(", ")}`);
    }
    for (const [path, s] of Object.entries(texts)) writeFileSync(join(dir, `${r}.${path}.txt`), s);
  }
  summary.push({ ...t, pages });
  console.log(
    `${t.name}: ${Object.entries(pages)
      .map(([r, n]) => `${r} ${n} pages`)
      .join(", ")}`,
  );
}

if (keepAt < 0) rmSync(work, { recursive: true, force: true });
else console.log(`kept intermediate files in ${work}`);

// ------------------------------------------------------------------------------------------------
// README

const pdfjsVersion = JSON.parse(readFileSync(join(pdfjsRoot(), "package.json"), "utf8")).version;
const versions = [
  `Chromium: ${version(CHROMIUM, ["--version"], /Chromium [\d.]+/)} (PDF producer Skia/PDF)`,
  `LibreOffice: ${version(SOFFICE, ["--version"], /LibreOffice [\d.]+/)}`,
  `pdftotext (poppler): ${version(PDFTOTEXT, ["-v"], /pdftotext version [\d.]+/)}`,
  `pdfjs-dist: ${pdfjsVersion}`,
  `exceljs: ${JSON.parse(readFileSync(join(root, "node_modules/exceljs/package.json"), "utf8")).version}`,
  `Node: ${process.version}`,
  `Noto Sans CJK SC: ${fontFile("Noto Sans CJK SC")} (Debian fonts-noto-cjk)`,
  `Noto Serif CJK SC: ${fontFile("Noto Serif CJK SC")}`,
];

const allDirs = readdirSync(outRoot, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const sizeLines = allDirs.map((d) => {
  const files = readdirSync(join(outRoot, d)).sort();
  const total = files.reduce((a, f) => a + statSync(join(outRoot, d, f)).size, 0);
  return `- \`${d}/\` — ${files.length} files, ${(total / 1024).toFixed(0)} KiB`;
});
// Every table's problems, built or not this time: the README describes the whole corpus.
const plantedLines = allTables.flatMap((t) => [
  `- \`${t.name}\`${t.pages ? ` (${t.pages.chromium} pages from Chromium, ${t.pages.calc} from Calc)` : ""}${t.style ? `, drawn in the "${t.style}" style (see STYLES in render.mjs)` : ""}:`,
  ...t.planted.map((p) => `  - ${p}`),
]);

writeFileSync(
  join(outRoot, "README.md"),
  `# PDF paste corpus

What a user's paste looks like when the 项目支出绩效目标表 is copied out of a PDF instead of Excel/Word.
Generated by \`node scripts/corpus/build.mjs\` (see the top of that file for what it needs); the generator is
not run in CI — rerun it and commit the output when the tables or the tools change.

## Files (one directory per table)

- \`table.txt\` — the table in tab form (UTF-8, the seed's shape: title, 部门名称, 单位, header, 合计, units,
  projects). **The ground truth**: a parse of any other file in the directory should give the same rows.
- \`spaces.txt\` — \`table.txt\` with every tab replaced by 1–3 spaces (deterministic PRNG).
- \`<renderer>.<path>.txt\` — text extracted from the rendered PDF:
  - renderer \`chromium\`: an HTML page (A4 landscape, ruled table, Noto Serif CJK SC body, Noto Sans CJK SC
    header/title, \`thead { display: table-header-group }\` so the header repeats, "第 N 页" in the footer)
    printed by headless Chromium. Table rows may break across pages.
  - renderer \`calc\`: an .xlsx (exceljs; Noto Sans CJK SC; wrapped cells; row 5 as print titles; footer
    "第 N 页，共 M 页"; fit to one page wide) converted by LibreOffice Calc. Rows never break across pages.
  - renderer \`writer\`: the Chromium renderer's HTML page opened by LibreOffice Writer and exported to PDF
    (\`pdf:writer_web_pdf_Export\`), as a word processor prints a table: its own page size, digits and
    Latin letters set apart from ideographs, amounts too wide for narrow cells wrapped onto a second line,
    each cell's lines on baselines of their own, rows breaking across pages, no page numbers.
  - path \`pdftotext\`: \`pdftotext\` default mode; \`raw\`: \`pdftotext -raw\`; \`layout\`: \`pdftotext -layout\`;
    \`pdfjs\`: pdf.js \`getTextContent()\` joined the way the viewer's text layer copies (each item's \`str\`,
    a newline after items with \`hasEOL\`, a newline between pages, then \`normalizeUnicode\`).
  - form feeds (\`\\f\`) that pdftotext writes at page ends are removed (a clipboard never holds them).

${sizeLines.join("\n")}

## What the extracts look like (as of the last build)

- Chromium PDFs + pdf.js: Kangxi radicals (⼴ U+2F34, ⽬, ⼯, ⼤, ⼾ U+2F3E for 户 — whose NFKC is 戶, not 户)
  and CJK Radicals Supplement forms with no NFKC mapping (⺠ U+2EA0 民, ⻔ U+2ED4 门, ⻚ U+2EDA 页, ⻓ 长,
  ⻝ 食, ⻋ 车, ⻛ 风); "—" comes out as "―" (U+2015). poppler's paths and all Calc PDFs give the plain ideographs.
- Empty amount cells leave no trace in pdftotext/raw/pdfjs (amounts shift left); only -layout keeps columns.
- Page footers come first on each page in raw/pdfjs, last in pdftotext/layout; the header row repeats on
  every page; Chromium rows can continue after the page break (footer + header inside a row's text).
- Calc PDFs draw single-line cells of a page first and wrapped cells (goals, indicators, wrapped names)
  after them, so raw/pdfjs separate a row's amounts from its text.
- Writer PDFs: every path sets a space between digits or Latin letters and ideographs (\`大于等于 90%\`);
  an amount too wide for its cell comes as \`60251604.0\` with its last digit on the next line (after the
  next page's header when the row breaks there); -layout draws a cell of two lines beside cells of one
  with its lines above and below the others' (a source's amount above its row's total, a name's two
  lines around the amounts).
- pdftotext default mode dehyphenates: a line ending in "-" (e.g. "2、1-") loses the hyphen and is joined to
  the next line; it also emits column blocks rather than rows.

## Tables and planted problems

${plantedLines.join("\n")}

## Tool versions (last build)

${versions.map((v) => `- ${v}`).join("\n")}
`,
);
console.log("wrote test/fixtures/pdf/README.md");
