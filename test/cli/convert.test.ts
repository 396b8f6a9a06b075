import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";
import { convertCommand, outputPath } from "../../src/cli/convert.js";
import { reconcile } from "../../src/index.js";
import { SEED } from "../support/workbookTables.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function capture(): {
  io: { stdout: { write(s: string): void }; stderr: { write(s: string): void }; cwd: string };
  out: string[];
  err: string[];
} {
  const out: string[] = [];
  const err: string[] = [];
  const cwd = mkdtempSync(join(tmpdir(), "budget-recon-cli-"));
  dirs.push(cwd);
  return {
    io: { stdout: { write: (s) => out.push(s) }, stderr: { write: (s) => err.push(s) }, cwd },
    out,
    err,
  };
}

describe("convert", () => {
  it("names the output after the input, the sample, or -o", () => {
    expect(outputPath({ file: "data/表格.txt", output: null }, "/w")).toBe("/w/表格.xlsx");
    expect(outputPath({ file: null, output: null }, "/w")).toBe("/w/sample.xlsx");
    expect(outputPath({ file: "-", output: null }, "/w")).toBe("/w/stdin.xlsx");
    expect(outputPath({ file: "a.txt", output: "out/b.xlsx" }, "/w")).toBe("/w/out/b.xlsx");
  });

  it("writes the sample workbook and prints one line", async () => {
    const { io, out, err } = capture();
    const args = parseArgs(["convert"]);
    const code = await convertCommand(reconcile(SEED), args, io);
    expect(code).toBe(0);
    const path = join(io.cwd, "sample.xlsx");
    expect(out).toEqual([`已写入 ${path}：2 个工作表，6 条核对结果\n`]);
    expect(err).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["预算表", "绩效指标"]);
    expect(wb.getWorksheet("预算表")?.getCell("L2").value).toBe(0.005);
  });

  it("passes tolerance, cost column and language on to the workbook", async () => {
    const { io, out } = capture();
    const args = parseArgs([
      "convert",
      "in.txt",
      "-o",
      "x.xlsx",
      "--tolerance",
      "0.02",
      "--cost-column",
      "fiscal",
      "--lang",
      "en",
    ]);
    await convertCommand(
      reconcile(SEED, { tolerance: 0.02, costColumn: "fiscal", lang: "en" }),
      args,
      io,
    );
    expect(out[0]).toMatch(/^wrote .*x\.xlsx: 2 sheets, \d+ findings\n$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(io.cwd, "x.xlsx")) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("预算表")?.getCell("L2").value).toBe(0.02);
    expect(wb.getWorksheet("绩效指标")?.getCell("T3").value).toBe("项目财政拨款");
  });
});
