/**
 * Calls the Office.js writer makes per import, counted on the recording fake of the Excel API
 * that the tests use (test/support/excelFake.ts). Loaded at run time, so the bench still runs
 * (and prints n/a) in a tree where the writer or the fake is not there.
 */
import type { WorkbookLayout } from "../../src/layout/model.js";

export interface OfficeCounts {
  /** context.sync() calls for one import, the first (reading the sheet list) included. */
  syncs: number;
  /** Range writes of values, formulas and number formats. */
  rangeWrites: number;
  conditionalFormats: number;
  /** Largest request the import sent and all requests together, in bytes (the fake's estimate). */
  largestRequest: number;
  requestBytes: number;
  /** Time the import took on the fake (not Excel's time: no recalculation, no network). */
  ms: number;
}

interface Fake {
  install(): () => void;
  readonly syncs: readonly { bytes: number }[];
  rangeWrites(): number;
  count(op: string): number;
}

interface Modules {
  FakeExcel: new () => Fake;
  writeWorkbook: (layout: WorkbookLayout) => Promise<unknown>;
}

async function load(): Promise<Modules> {
  // Paths in variables: the type checker does not follow them, so a missing module is a run-time
  // "n/a", not a compile error.
  const fakePath = "../../test/support/excelFake.js";
  const writerPath = "../../src/excel/writer.js";
  const fake = (await import(fakePath)) as Partial<Modules>;
  const writer = (await import(writerPath)) as Partial<Modules>;
  if (typeof fake.FakeExcel !== "function") throw new Error("no FakeExcel in the fake");
  if (typeof writer.writeWorkbook !== "function") throw new Error("no writeWorkbook");
  return { FakeExcel: fake.FakeExcel, writeWorkbook: writer.writeWorkbook };
}

/** One import of `layout` into an empty fake workbook; null reason when it cannot be counted. */
export async function countOfficeCalls(layout: WorkbookLayout): Promise<OfficeCounts> {
  const { FakeExcel, writeWorkbook } = await load();
  const fake = new FakeExcel();
  const uninstall = fake.install();
  try {
    const start = performance.now();
    await writeWorkbook(layout);
    const ms = performance.now() - start;
    return {
      syncs: fake.syncs.length,
      rangeWrites: fake.rangeWrites(),
      conditionalFormats: fake.count("conditionalFormats.add"),
      largestRequest: Math.max(0, ...fake.syncs.map((s) => s.bytes)),
      requestBytes: fake.syncs.reduce((n, s) => n + s.bytes, 0),
      ms,
    };
  } finally {
    uninstall();
  }
}
