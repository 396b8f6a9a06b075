/**
 * What was tried against the tools and what happened: the rows of the README's table under
 * "Hostile input and Excel's limits". test/docs/tried.test.ts keeps the README equal to this
 * list; `npx tsx scripts/tried-table.ts` rewrites the README's table from it.
 */
export interface Tried {
  input: string;
  outcome: string;
  /** The test files that prove the outcome. */
  proof: string;
}

export const TRIED: readonly Tried[] = [
  {
    input: "names, goals, indicator texts starting with `=`, `+`, `-`, `@`",
    outcome:
      "literal text: Excel's `values` and `formulas` read back the text; the .xlsx has a shared string and no `<f>`",
    proof: "`test/excel/hostile.test.ts`, `test/xlsx/hostile.test.ts`",
  },
  {
    input: "the same behind a tab, a carriage return or a control character",
    outcome:
      "literal text; CR and CRLF become the line feed Excel uses in cells, characters XML forbids are dropped",
    proof: "`test/excel/hostile.test.ts`, `test/xlsx/hostile.test.ts`",
  },
  {
    input:
      "`<img src=x onerror=…>`, `<script>…</script>` in the preamble, a name, a goal, an indicator value",
    outcome: "shown as text in the pane; no script runs",
    proof: "`test/taskpane/pane.browser.test.ts`",
  },
  {
    input: "a cell of more than 32,767 characters",
    outcome:
      "cut to 32,767 with a `text-truncated` diagnostic; Excel and the .xlsx hold exactly the cut text",
    proof:
      "`test/layout/layout.test.ts`, `test/excel/hostile.test.ts`, `test/xlsx/hostile.test.ts`",
  },
  {
    input:
      "a sheet-name prefix with `[ ] : * ? / \\`, apostrophes at either end, control characters, over 31 characters, `History`",
    outcome:
      "cleaned by the one sheet-name function (`cleanSheetName`, src/layout/rename.ts) that also makes every written name; a clash is numbered `(2)`",
    proof: "`test/layout/rename.test.ts`, `test/excel/hostile.test.ts`",
  },
  {
    input: "a workbook that already has 预算表 and a name `Tolerance`",
    outcome: "new sheets 预算表 (2) …, name `Tolerance_2`; every formula follows",
    proof: "`test/excel/writer.test.ts`",
  },
  {
    input: "the same table imported twice",
    outcome:
      "the second import gets 预算表 (3) and 绩效指标 (2); each import's formulas refer only to its own sheets; the first is unchanged",
    proof: "`test/excel/hostile.test.ts`",
  },
  {
    input: "5,000 projects (about 11 MB of cells) into Excel on the web",
    outcome: "cut into requests under the 5 MB limit (4 syncs)",
    proof: "`test/excel/writer.test.ts`",
  },
  {
    input: "50,000 projects: the longest formula",
    outcome:
      "348 characters (Excel's limit: 8,192); the formula text is the same as for 100 projects but for the row numbers' digits",
    proof: "`test/layout/limits.test.ts`",
  },
  {
    input: "Excel failing at 1 %, 20 %, 50 %, 80 % and 99 % of a write",
    outcome:
      "the sheets and the name the import created are removed; the workbook's own sheets, cells and names are as before",
    proof: "`test/excel/hostile.test.ts`, `test/excel/writer.test.ts`",
  },
  {
    input: "writing into a workbook with sheets and names of its own",
    outcome:
      "of every Excel call recorded, none reads, writes, renames or deletes them; reading the check cells back reads only the new sheets",
    proof: "`test/excel/hostile.test.ts`",
  },
  {
    input: "importing the selected range",
    outcome: "only the selection is read; nothing is written",
    proof: "`test/excel/hostile.test.ts`",
  },
  {
    input: "a 20 MB paste into the pane",
    outcome:
      "refused before it is read: the text is 20.0 MB, over the 10 MB limit (the parser reads 10 MB in about 2 s, 4 s for a PDF copy)",
    proof: "`test/taskpane/pane.browser.test.ts`",
  },
  {
    input: "an 8.7 MB paste (a PDF copy of 12,000 projects)",
    outcome:
      "read on a Web Worker; meanwhile the progress line ticks and clicks are handled; text over 1 MB is kept out of the text box, which would block the page",
    proof: "`test/taskpane/pane.browser.test.ts`",
  },
  {
    input: "a 20 MB file (30,000 projects) to the command line",
    outcome:
      "read and checked (about 1 s); a file or stdin over 64 MB is refused with a one-line reason, exit 2",
    proof: "`test/cli/main.test.ts`",
  },
  {
    input: "loading the pane, pasting, previewing, downloading, switching language",
    outcome:
      "every request goes to the pane's own origin or office.js; the CSP allows scripts only from the pane and appsforoffice.microsoft.com, workers only from the pane",
    proof: "`test/taskpane/pane.browser.test.ts`",
  },
  {
    input: "the manifest's permission",
    outcome:
      "`ReadWriteDocument`, the least that works: the add-in adds sheets and a name, which `ReadDocument` does not allow, and reads the selection and the sheet list, which `WriteDocument` does not",
    proof: "`test/manifest/manifest.test.ts`",
  },
  {
    input: "10,000 random, mutated and binary texts",
    outcome:
      "the parser finishes, places or reports every line, and claims no amount the text does not hold",
    proof: "`test/parse/fuzz.test.ts`",
  },
];

/** A table cell's text, with the pipe escaped. */
const cell = (text: string): string => text.replace(/\|/g, "\\|");

/** The README table, before Prettier pads it. */
export function triedTable(rows: readonly Tried[] = TRIED): string {
  return [
    "| input | outcome | proof |",
    "| --- | --- | --- |",
    ...rows.map((r) => `| ${cell(r.input)} | ${cell(r.outcome)} | ${cell(r.proof)} |`),
  ].join("\n");
}

/** The rows of a Markdown table, cells trimmed and unescaped. */
export function readTable(markdown: string): string[][] {
  return markdown
    .split("\n")
    .filter((line) => line.trim().startsWith("|"))
    .map((line) =>
      line
        .trim()
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/\\\|/g, "|")),
    )
    .filter((cells) => !cells.every((c) => /^:?-+:?$/.test(c)));
}

export const TRIED_START = "<!-- tried:start -->";
export const TRIED_END = "<!-- tried:end -->";
