/**
 * `npm run bench`: how fast the pipeline is and how its cost grows with the table. Each size runs
 * in a child process of its own (scripts/bench/measure.ts, with --expose-gc) so that memory
 * figures and timings do not carry over from one size to the next.
 *
 *   npm run bench                 100, 1,000, 10,000 and 50,000 projects
 *   npm run bench -- --quick      100, 1,000 and 10,000 projects, fewer runs
 *   npm run bench -- --json       the raw figures as JSON, after the tables
 *   npm run bench -- --sizes 500,2000 --runs 3
 */
import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import type { SizeResult, Timing } from "./measure.js";

interface Plan {
  projects: number;
  runs: number;
}

const FULL: Plan[] = [
  { projects: 100, runs: 21 },
  { projects: 1_000, runs: 9 },
  { projects: 10_000, runs: 5 },
  { projects: 50_000, runs: 3 },
];
const QUICK: Plan[] = [
  { projects: 100, runs: 9 },
  { projects: 1_000, runs: 5 },
  { projects: 10_000, runs: 1 },
];

function plans(argv: readonly string[]): Plan[] {
  const base = argv.includes("--quick") ? QUICK : FULL;
  const sizesAt = argv.indexOf("--sizes");
  const runsAt = argv.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : null;
  const chosen =
    sizesAt >= 0
      ? (argv[sizesAt + 1] ?? "")
          .split(",")
          .map(Number)
          .filter((n) => Number.isInteger(n) && n > 0)
          .map((projects) => ({ projects, runs: projects >= 10_000 ? 3 : 7 }))
      : base;
  return chosen.map((p) => ({ ...p, runs: runs ?? p.runs }));
}

export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  const gb = Math.round(totalmem() / 1024 ** 3);
  return `${cpu}, ${cpus().length} cores, ${gb} GB RAM, Node ${process.versions.node}, ${process.platform}`;
}

function measure(plan: Plan): SizeResult {
  const script = fileURLToPath(new URL("./measure.ts", import.meta.url));
  const out = execFileSync(
    process.execPath,
    [
      "--expose-gc",
      "--max-old-space-size=16384",
      "--import",
      import.meta.resolve("tsx"),
      script,
      String(plan.projects),
      String(plan.runs),
    ],
    { encoding: "utf8", maxBuffer: 16 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] },
  );
  const last = out.trim().split("\n").pop() ?? "";
  return JSON.parse(last) as SizeResult;
}

/** Payload-sized chunks: what one request may carry (80 % of Excel on the web's 5 MB). */
const chunks = (bytes: number): number => Math.max(1, Math.ceil(bytes / (0.8 * 5 * 1024 ** 2)));
const int = (n: number): string => Math.round(n).toLocaleString("en-US");
const ms = (t: Timing | number): string => {
  const v = typeof t === "number" ? t : t.median;
  return v >= 100 ? int(v) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
};
const ratio = (a: Timing, b: Timing): string => `${(a.median / b.median).toFixed(2)}×`;
const mbps = (bytes: number, t: Timing): string =>
  (bytes / 1024 / 1024 / (t.median / 1000)).toFixed(1);
const us = (t: Timing, n: number): string => ((t.median * 1000) / n).toFixed(1);

/** A Markdown table (also readable in a terminal), columns padded to their widest cell. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((x, c) => (c === 0 ? x.padEnd(widths[c]!) : x.padStart(widths[c]!))).join(" | ")} |`;
  const rule = `| ${widths.map((w, c) => (c === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`;
  return [line(head), rule, ...rows.map(line)].join("\n");
}

export function report(results: readonly SizeResult[]): string {
  const size = (r: SizeResult): string => int(r.projects);
  const parts: string[] = [];
  parts.push(
    "Input and output",
    table(
      ["projects", "units", "indicators", "tab MB", "stream MB", "cells", ".xlsx MB", "plain MB"],
      results.map((r) => [
        size(r),
        int(r.units),
        int(r.indicators),
        (r.tabBytes / 1024 ** 2).toFixed(2),
        (r.streamBytes / 1024 ** 2).toFixed(2),
        int(r.cells),
        (r.xlsxBytes / 1024 ** 2).toFixed(2),
        (r.plainBytes / 1024 ** 2).toFixed(2),
      ]),
    ),
  );
  parts.push(
    "Parse + check (medians, ms; MB/s of UTF-8 input)",
    table(
      ["projects", "runs", "tab", "MB/s", "PapaParse", "ours/Papa", "stream", "MB/s", "µs/project"],
      results.map((r) => [
        size(r),
        String(r.tab.runs),
        ms(r.tab),
        mbps(r.tabBytes, r.tab),
        ms(r.papa),
        ratio(r.tab, r.papa),
        ms(r.stream),
        mbps(r.streamBytes, r.stream),
        `${us(r.tab, r.projects)} / ${us(r.stream, r.projects)}`,
      ]),
    ),
  );
  parts.push(
    "Workbook (medians, ms)",
    table(
      ["projects", "layout", "µs/project", ".xlsx", "plain ExcelJS", "ours/plain", "µs/project"],
      results.map((r) => [
        size(r),
        ms(r.layout),
        us(r.layout, r.projects),
        ms(r.xlsx),
        ms(r.plain),
        ratio(r.xlsx, r.plain),
        us(r.xlsx, r.projects),
      ]),
    ),
  );
  parts.push(
    "Memory (MB): resident set after generating the text, peak through parse + check, peak through export; live heap after parse + check",
    table(
      ["projects", "RSS text", "RSS peak parse", "RSS peak export", "heap after parse"],
      results.map((r) => [
        size(r),
        int(r.rssAfterGenerate),
        int(r.rssPeakParse),
        int(r.rssPeakExport),
        int(r.heapAfterParse),
      ]),
    ),
  );
  parts.push(
    "Office.js writer per import (test/support/excelFake.ts, a recording fake of the Excel API; ms is the fake's time, not Excel's)",
    table(
      [
        "projects",
        "syncs",
        "4 MB chunks",
        "syncs/chunk",
        "range writes",
        "conditional formats",
        "largest request MB",
        "ms",
      ],
      results.map((r) =>
        r.office
          ? [
              size(r),
              String(r.office.syncs),
              String(chunks(r.office.requestBytes)),
              (r.office.syncs / chunks(r.office.requestBytes)).toFixed(2),
              String(r.office.rangeWrites),
              String(r.office.conditionalFormats),
              (r.office.largestRequest / 1024 ** 2).toFixed(2),
              ms(r.office.ms),
            ]
          : [size(r), "n/a", "n/a", "n/a", "n/a", "n/a", "n/a", "n/a"],
      ),
    ),
  );
  const notes = results
    .filter((r) => r.officeError !== null)
    .map((r) => `  ${int(r.projects)}: ${r.officeError}`);
  if (notes.length > 0) parts.push(`Office.js writer not measured:\n${notes.join("\n")}`);
  parts.push(
    "Stream form against tab form (rows, amounts, indicators that differ; amounts-ambiguous diagnostics)",
    table(
      ["projects", "rows", "amounts", "indicators", "ambiguous"],
      results.map((r) => [
        size(r),
        int(r.streamMismatches.rows),
        int(r.streamMismatches.amounts),
        int(r.streamMismatches.indicators),
        int(r.streamMismatches.ambiguous),
      ]),
    ),
  );
  return parts.join("\n\n");
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const started = performance.now();
  console.log(`budget-recon bench — ${machine()}`);
  const results: SizeResult[] = [];
  for (const plan of plans(argv)) {
    process.stderr.write(`measuring ${int(plan.projects)} projects (${plan.runs} runs)…\n`);
    results.push(measure(plan));
  }
  console.log(`\n${report(results)}\n`);
  console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (argv.includes("--json")) console.log(JSON.stringify({ machine: machine(), results }));
}

await main();
