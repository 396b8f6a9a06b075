/**
 * `budget-recon convert [FILE] [-o OUT.xlsx]`: the checked table as a self-checking workbook.
 * main.ts parses and checks the input, then hands the result here.
 */
import { basename, extname, resolve } from "node:path";
import { buildWorkbookLayout } from "../layout/index.js";
import type { ReconResult } from "../model/types.js";
import { writeXlsxFile } from "../xlsx/index.js";
import type { CliArgs } from "./args.js";

export interface ConvertIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  /** Directory a default output name is relative to; process.cwd() when absent. */
  cwd?: string;
}

/** OUT.xlsx from -o, else the input's base name with .xlsx, else sample.xlsx (stdin: stdin.xlsx). */
export function outputPath(args: Pick<CliArgs, "file" | "output">, cwd: string): string {
  if (args.output !== null) return resolve(cwd, args.output);
  if (args.file === null) return resolve(cwd, "sample.xlsx");
  if (args.file === "-") return resolve(cwd, "stdin.xlsx");
  const base = basename(args.file, extname(args.file)) || "budget";
  return resolve(cwd, `${base}.xlsx`);
}

/** Writes the workbook, prints one line and returns exit code 0. */
export async function convertCommand(
  result: ReconResult,
  args: Pick<CliArgs, "file" | "output" | "tolerance" | "costColumn" | "lang">,
  io: ConvertIO,
): Promise<number> {
  const layout = buildWorkbookLayout(result, {
    lang: args.lang,
    ...(args.tolerance !== undefined ? { tolerance: args.tolerance } : {}),
    ...(args.costColumn !== undefined ? { costColumn: args.costColumn } : {}),
  });
  const path = outputPath(args, io.cwd ?? process.cwd());
  await writeXlsxFile(layout, path);
  for (const d of layout.diagnostics) {
    io.stderr.write(`budget-recon: ${d.line === null ? "" : `${d.line}: `}${d.reason}\n`);
  }
  const sheets = layout.sheets.length;
  const findings = result.findings.length;
  io.stdout.write(
    args.lang === "zh"
      ? `已写入 ${path}：${sheets} 个工作表，${findings} 条核对结果\n`
      : `wrote ${path}: ${sheets} sheets, ${findings} findings\n`,
  );
  return 0;
}
