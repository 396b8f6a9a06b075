/**
 * Measures one table size in a process of its own (run by scripts/bench/run.ts with --expose-gc):
 * parse + check of both forms, layout, .xlsx export, and the baselines on the same text and
 * cells. Prints one JSON line: a SizeResult.
 *
 * Usage: node --expose-gc --import tsx scripts/bench/measure.ts <projects> <runs>
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { reconcile } from "../../src/index.js";
import { buildWorkbookLayout, isFormula, type WorkbookLayout } from "../../src/layout/index.js";
import type { ReconResult } from "../../src/model/types.js";
import { writeXlsx } from "../../src/xlsx/index.js";
import { generateTable } from "./generate.js";
import { countOfficeCalls, type OfficeCounts } from "./office.js";

export interface Timing {
  /** Median, fastest and slowest of the runs, in milliseconds. */
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface SizeResult {
  projects: number;
  units: number;
  indicators: number;
  tabBytes: number;
  streamBytes: number;
  rows: number;
  findings: number;
  /** Rows, amounts and indicators of the stream form that differ from the tab form's. */
  streamMismatches: { rows: number; amounts: number; indicators: number; ambiguous: number };
  tab: Timing;
  stream: Timing;
  papa: Timing;
  papaCells: number;
  layout: Timing;
  cells: number;
  xlsx: Timing;
  xlsxBytes: number;
  plain: Timing;
  plainBytes: number;
  /** Resident set high-water after generating the text, after parse + check, after export (MB). */
  rssAfterGenerate: number;
  rssPeakParse: number;
  rssPeakExport: number;
  heapAfterParse: number;
  office: OfficeCounts | null;
  officeError: string | null;
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number): number => bytes / 1024 / 1024;
const maxRss = (): number => process.resourceUsage().maxRSS / 1024;

function timing(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/** Times `f` `runs` times, with a collection before each run so that runs do not pay for others. */
async function time<T>(
  what: string,
  runs: number,
  f: () => T | Promise<T>,
): Promise<{ t: Timing; last: T }> {
  process.stderr.write(`  ${what}…\n`);
  const samples: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    gc();
    const start = performance.now();
    const value = await f();
    samples.push(performance.now() - start);
    // Only the last run's result is kept: earlier ones are garbage before the next run's gc().
    if (i === runs - 1) last = value;
  }
  return { t: timing(samples), last: last as T };
}

/** The layout's cells as plain values on a grid per sheet: formulas as their text, no styles. */
function plainCells(
  layout: WorkbookLayout,
): { name: string; rows: (string | number | null)[][] }[] {
  return layout.sheets.map((sheet) => {
    const rows: (string | number | null)[][] = [];
    for (const block of sheet.blocks) {
      block.rows.forEach((cells, r) => {
        const row = (rows[block.top + r] ??= []);
        cells.forEach((cell, c) => {
          row[block.left + c] = isFormula(cell)
            ? cell.formula
            : typeof cell === "boolean"
              ? String(cell)
              : cell;
        });
      });
    }
    return { name: sheet.name, rows };
  });
}

async function writePlain(sheets: ReturnType<typeof plainCells>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      if (row) ws.getRow(r + 1).values = row;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function mismatches(tab: ReconResult, stream: ReconResult): SizeResult["streamMismatches"] {
  const a = tab.tables.flatMap((t) => t.rows);
  const b = stream.tables.flatMap((t) => t.rows);
  let rows = Math.abs(a.length - b.length);
  let amounts = 0;
  a.forEach((x, i) => {
    const y = b[i];
    if (!y || y.kind !== x.kind || y.name !== x.name || y.parentId !== x.parentId) rows++;
    if (!y || JSON.stringify(y.amounts) !== JSON.stringify(x.amounts)) amounts++;
  });
  const key = (r: ReconResult): string[] =>
    r.tables.flatMap((t) =>
      t.indicators.map((i) =>
        JSON.stringify([i.rowId, i.seq, i.level1, i.level2, i.name, i.annual]),
      ),
    );
  const ka = key(tab);
  const kb = key(stream);
  let indicators = Math.abs(ka.length - kb.length);
  ka.forEach((k, i) => k !== kb[i] && indicators++);
  const ambiguous = stream.diagnostics.filter((d) => d.code === "amounts-ambiguous").length;
  return { rows, amounts, indicators, ambiguous };
}

/** One run of each step in pipeline order, before any other: the memory high-water marks. */
async function firstRun(
  text: string,
): Promise<{ rssPeakParse: number; heapAfterParse: number; rssPeakExport: number }> {
  const result = reconcile(text);
  const rssPeakParse = maxRss();
  const heapAfterParse = mb(process.memoryUsage().heapUsed);
  await writeXlsx(buildWorkbookLayout(result));
  return { rssPeakParse, heapAfterParse, rssPeakExport: maxRss() };
}

async function main(): Promise<void> {
  const projects = Number(process.argv[2]);
  const runs = Number(process.argv[3] ?? 3);
  if (!Number.isInteger(projects) || projects <= 0) throw new Error("usage: measure <projects>");
  const table = generateTable(projects);
  gc();
  const rssAfterGenerate = maxRss();

  const { rssPeakParse, heapAfterParse, rssPeakExport } = await firstRun(table.tab);
  gc();

  const tab = await time("parse + check, tab form", runs, () => reconcile(table.tab));
  const stream = await time("parse + check, stream form", runs, () => reconcile(table.stream));
  const papa = await time("PapaParse", runs, () =>
    Papa.parse<string[]>(table.tab, { delimiter: "\t" }),
  );
  const papaCells = papa.last.data.reduce((n, r) => n + r.length, 0);
  const layout = await time("layout", runs, () => buildWorkbookLayout(tab.last));
  const cells = layout.last.sheets.reduce(
    (n, s) => n + s.blocks.reduce((m, b) => m + b.rows.length * b.columns.length, 0),
    0,
  );
  // Exports are the slowest steps: half the runs, and a single one for the largest tables.
  const exportRuns = projects >= 50_000 ? 1 : Math.max(1, Math.ceil(runs / 2));
  const xlsx = await time(".xlsx export", exportRuns, () => writeXlsx(layout.last));
  const sheets = plainCells(layout.last);
  const plain = await time("ExcelJS plain values", exportRuns, () => writePlain(sheets));

  let office: OfficeCounts | null = null;
  let officeError: string | null = null;
  try {
    gc();
    process.stderr.write("  Office.js writer on the recording fake…\n");
    office = await countOfficeCalls(layout.last);
  } catch (e) {
    officeError = e instanceof Error ? e.message.split("\n")[0]! : String(e);
  }

  const result: SizeResult = {
    projects,
    units: table.units,
    indicators: table.indicators,
    tabBytes: Buffer.byteLength(table.tab),
    streamBytes: Buffer.byteLength(table.stream),
    rows: tab.last.tables.reduce((n, t) => n + t.rows.length, 0),
    findings: tab.last.findings.length,
    streamMismatches: mismatches(tab.last, stream.last),
    tab: tab.t,
    stream: stream.t,
    papa: papa.t,
    papaCells,
    layout: layout.t,
    cells,
    xlsx: xlsx.t,
    xlsxBytes: xlsx.last.length,
    plain: plain.t,
    plainBytes: plain.last.length,
    rssAfterGenerate,
    rssPeakParse,
    rssPeakExport,
    heapAfterParse,
    office,
    officeError,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
