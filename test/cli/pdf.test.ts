import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { printHtml, renderChromium } from "../../scripts/corpus/render.mjs";
import { main } from "../../src/cli/main.js";
import { pdfText } from "../../src/cli/pdfText.js";
import { reconcile } from "../../src/index.js";
import type { ReconResult } from "../../src/model/types.js";
import { cjkPdf } from "../support/cjkPdf.js";

async function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdin: Readable.from([]),
  });
  return { code, out, err };
}

/** Kangxi radicals and the radicals supplement. */
const RADICAL = /[\u2E80-\u2EFF\u2F00-\u2FDF]/u;

const table = readFileSync(new URL("../fixtures/pdf/seed/table.txt", import.meta.url), "utf8");
const rowsOf = (r: ReconResult) =>
  r.tables.flatMap((t) => t.rows.map((x) => [x.kind, x.name, x.amounts, x.goal]));
const findingsOf = (r: ReconResult) => r.findings.map((f) => [f.rule, f.rowId, f.column]);

describe("budget-recon on a PDF file", () => {
  const dir = mkdtempSync(join(tmpdir(), "budget-recon-pdf-"));
  let pdf = "";
  // The seed table printed as a government publication looks, by Debian's Chromium.
  beforeAll(() => {
    pdf = renderChromium(table, dir, "seed");
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads the table as a PDF viewer copies it, and finds what the tab form finds", async () => {
    const { code, out } = await run([pdf, "--json"]);
    expect(code).toBe(0);
    const got = JSON.parse(out) as ReconResult;
    const want = reconcile(table);
    expect(rowsOf(got)).toEqual(rowsOf(want));
    expect(got.tables[0]!.indicators.length).toBe(want.tables[0]!.indicators.length);
    expect(findingsOf(got)).toEqual(findingsOf(want));
  });

  it("says the text came from the PDF, and --text prints the text its line numbers refer to", async () => {
    const { out } = await run([pdf]);
    expect(out).toMatch(/^（读自 PDF 文件：/);
    const listed = /第(\d+)行: 复制时丢失了空白金额单元格.*«(.+)»/.exec(out);
    expect(listed).not.toBeNull();
    const text = await run([pdf, "--text"]);
    expect(text.code).toBe(0);
    expect(text.out.split("\n")[Number(listed![1]) - 1]).toContain(listed![2]);
    // A viewer copies this PDF's 人 and 民 as radicals (⼈, ⺠); the text printed has the ideographs,
    // line for line.
    const copied = await pdfText(new Uint8Array(readFileSync(pdf)));
    expect(copied).toMatch(RADICAL);
    expect(text.out).not.toMatch(RADICAL);
    expect(text.out.trimEnd().split("\n")).toHaveLength(copied.trimEnd().split("\n").length);
  });

  it("reads a PDF whose Chinese font is not embedded, through pdf.js's character maps", async () => {
    const lines = ["项目支出绩效目标表", "部门名称：广州市文化广电旅游局", "合计 69415125.00"];
    const file = join(dir, "unembedded.pdf");
    writeFileSync(file, cjkPdf(lines));
    const { code, out } = await run([file, "--text"]);
    expect(code).toBe(0);
    expect(out.trimEnd()).toBe(lines.join("\n"));
  });

  it("refuses a PDF without text, saying it may be a scan", async () => {
    const html = join(dir, "blank.html");
    writeFileSync(html, "<!doctype html><html><body><div style='height:50mm'></div></body></html>");
    const blank = printHtml(html, dir, "blank");
    const { code, err } = await run([blank]);
    expect(code).toBe(2);
    expect(err).toContain("没有文字层（可能是扫描件）");
  }, 60_000);

  it("refuses a PDF locked with a password, saying to open it in a viewer with the password", async () => {
    const file = join(dir, "locked.pdf");
    writeFileSync(file, cjkPdf(["项目支出绩效目标表"], { locked: true }));
    const { code, err } = await run([file]);
    expect(code).toBe(2);
    expect(err).toContain("这个 PDF 文件设有密码：请在 PDF 阅读器中输入密码打开");
  });

  it("refuses a damaged PDF with what to do instead", async () => {
    const broken = join(dir, "broken.pdf");
    writeFileSync(broken, "%PDF-1.4\nnot a PDF body");
    const { code, err } = await run([broken, "--lang", "en"]);
    expect(code).toBe(2);
    expect(err).toMatch(/cannot read this PDF \(\w+\); open it in a PDF viewer, select all, copy/);
  });
});
