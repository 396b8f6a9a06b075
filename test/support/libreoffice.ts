/**
 * Headless LibreOffice as a second, independent formula engine: it opens the .xlsx, recalculates
 * (the file asks for it) and exports every sheet to CSV.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseCsv } from "./csv.js";

export function hasSoffice(): boolean {
  return spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
}

/**
 * Filter options: comma separator, " quotes, UTF-8 (76), from line 1, …, "save as shown" off so
 * numbers come out unformatted, and -1 for every sheet (one file per sheet, name-SheetName.csv).
 */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

export function recalculatedSheets(xlsx: Buffer): Map<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), "budget-recon-lo-"));
  try {
    return convertedSheets(dir, xlsx);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function convertedSheets(dir: string, xlsx: Buffer): Map<string, string[][]> {
  const file = join(dir, "book.xlsx");
  writeFileSync(file, xlsx);
  // A private profile: parallel runs (and a user's open LibreOffice) do not lock each other out.
  const profile = pathToFileURL(join(dir, "profile")).href;
  const run = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--convert-to",
      CSV_FILTER,
      "--outdir",
      dir,
      file,
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || run.stdout}`);
  const sheets = new Map<string, string[][]>();
  for (const name of readdirSync(dir)) {
    const m = /^book-(.+)\.csv$/.exec(name);
    if (m?.[1]) sheets.set(m[1], parseCsv(readFileSync(join(dir, name), "utf8")));
  }
  return sheets;
}
