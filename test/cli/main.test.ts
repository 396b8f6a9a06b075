import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { generateTable } from "../../scripts/bench/generate.js";
import { main } from "../../src/cli/main.js";
import { CLI_INPUT_LIMIT } from "../../src/inputLimit.js";
import { SAMPLE_TABLE } from "../../src/sample/sampleTable.js";
import type { ReconResult } from "../../src/model/types.js";

async function run(argv: string[], stdin: string | Uint8Array = "") {
  let out = "";
  let err = "";
  const code = await main(argv, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdin: Readable.from([typeof stdin === "string" ? Buffer.from(stdin) : Buffer.from(stdin)]),
  });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "budget-recon-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("budget-recon", () => {
  it("with no file, reports on the bundled sample: counts, both real problems", async () => {
    const { code, out } = await run([]);
    expect(code).toBe(0);
    expect(out).toContain("内置示例表");
    expect(out).toContain("2 个资金使用单位，17 个项目，54 个绩效指标");
    expect(out).toMatch(/广州市工商业联合会：总计 563\.39，下属项目合计 563\.38，相差 0\.01/);
    expect(out).toMatch(/两新组织党务工作者补贴.*“9万元”与总计 11\.25 不符/);
  });

  it("on a PDF copy, lists the reading to check before the page numbers it skipped", async () => {
    const copy = readFileSync(
      new URL("../fixtures/pdf/seed/chromium.pdfjs.txt", import.meta.url),
      "utf8",
    );
    const { code, out } = await run(["parse", file("seed-pdfjs.txt", copy)]);
    expect(code).toBe(0);
    expect(out).toMatch(
      /需要留意的行 8 条：1 条需核对（未能归入表格的，或按推断读取的），7 条页码、重复表头已跳过/,
    );
    const listed = out.slice(out.indexOf("需要留意的行")).split("\n").slice(1, 3);
    expect(listed[0]).toMatch(/^ {2}第7行: 复制时丢失了空白金额单元格/);
    expect(listed[1]).toMatch(/^ {2}第1行: 页码或页眉页脚/);
  });

  it("--json prints the documented contract", async () => {
    const { code, out } = await run(["parse", file("seed.txt", SAMPLE_TABLE), "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as ReconResult;
    const table = json.tables[0]!;
    expect(Object.keys(table)).toEqual(
      expect.arrayContaining(["title", "department", "unit", "rows", "indicators"]),
    );
    expect(Object.keys(table.rows[0]!)).toEqual(
      expect.arrayContaining(["id", "kind", "name", "parentId", "amounts", "goal", "line"]),
    );
    expect(Object.keys(table.indicators[0]!)).toEqual(
      expect.arrayContaining([
        "rowId",
        "seq",
        "level1",
        "level2",
        "name",
        "period",
        "annual",
        "raw",
      ]),
    );
    expect(Object.keys(table.indicators[0]!.period!)).toEqual(
      expect.arrayContaining(["text", "label", "op", "value", "unit"]),
    );
    const f = json.findings.find((x) => x.rule === "subtotal")!;
    expect(Object.keys(f)).toEqual(
      expect.arrayContaining([
        "rule",
        "severity",
        "rowId",
        "column",
        "stated",
        "expected",
        "delta",
        "message",
      ]),
    );
    expect(json.diagnostics).toEqual([]);
  });

  it("reads stdin with -", async () => {
    const { code, out } = await run(["-", "--json"], SAMPLE_TABLE);
    expect(code).toBe(0);
    expect((JSON.parse(out) as ReconResult).tables).toHaveLength(1);
  });

  it("reads GBK files and UTF-16 files with a BOM", async () => {
    const table = "项目名称\t总计\t财政拨款\n合计\t1.00\t1.00\n";
    // The same table as Chinese Windows saves it ("ANSI" = GBK).
    const gbk = Buffer.from(
      "cfeec4bfc3fbb3c609d7dcbcc609b2c6d5feb2a6bfee0abacfbcc609312e303009312e30300a",
      "hex",
    );
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(table, "utf16le")]);
    for (const bytes of [gbk, utf16]) {
      const r = await run([file("table.txt", bytes), "--json"]);
      expect(r.code).toBe(0);
      const rows = (JSON.parse(r.out) as ReconResult).tables[0]!.rows;
      expect(rows.map((x) => [x.name, x.amounts.total])).toEqual([["合计", 1]]);
    }
  });

  it("exits 2 with a one-line reason for an empty, binary or unrelated file", async () => {
    for (const content of [
      "",
      "\u0000\u0001\u0002binary\u0000",
      "Dear colleague,\nthe meeting is at 3 pm.\n",
    ]) {
      const r = await run([file("bad.txt", content)]);
      expect(r.code).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.out).toBe("");
    }
    // A PDF copy of a table printed without decimals: the reason says why, not only "no table".
    const whole = await run([
      file(
        "whole.txt",
        "项目支出绩效目标表\n单位：元\n项目名称 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n合计 1200 1200\n某项目 1200 1200 保障工作正常运转。\n",
      ),
    ]);
    expect(whole.code).toBe(2);
    expect(whole.err).toMatch(/两位小数/);
    const missing = await run([join(dir, "nope.txt")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("nope.txt");
  });

  it("findings change the exit code only with --strict", async () => {
    expect((await run([])).code).toBe(0);
    expect((await run(["--strict"])).code).toBe(1);
    // Lenient enough for the cent, but the cost indicator still disagrees.
    expect((await run(["--strict", "--tolerance", "0.01"])).code).toBe(1);
    expect((await run(["--strict", "--tolerance", "3"])).code).toBe(0);
  });

  it("--tolerance changes what is flagged", async () => {
    const strictRun = JSON.parse((await run(["--json"])).out) as ReconResult;
    const lenient = JSON.parse((await run(["--json", "--tolerance", "0.01"])).out) as ReconResult;
    expect(strictRun.findings.filter((f) => f.rule === "subtotal")).toHaveLength(2);
    expect(lenient.findings.filter((f) => f.rule === "subtotal")).toHaveLength(0);
  });

  it("speaks English with --lang en", async () => {
    const { out } = await run(["--lang", "en"]);
    expect(out).toContain("2 units, 17 projects, 54 indicators");
    expect(out).toMatch(/total stated 563\.39, its projects add up to 563\.38, difference 0\.01/);
  });

  it("refuses bad options with usage and exit 2", async () => {
    for (const argv of [
      ["--tolerance", "abc"],
      ["--tolerance", "-1"],
      ["--cost-column", "x"],
      ["--bogus"],
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain("Usage");
    }
  });

  it("runs as an installed command (bin/budget-recon.js on the compiled code)", () => {
    execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { stdio: "pipe" });
    const ok = spawnSync("node", ["bin/budget-recon.js", "--json"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as ReconResult).findings.length).toBeGreaterThan(0);
    const bad = spawnSync("node", ["bin/budget-recon.js", "-"], {
      input: "hello\n",
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
  });
});

describe("big input", () => {
  it("reads a 20 MB file", async () => {
    const table = generateTable(30_000);
    const path = file("big.txt", table.tab);
    expect(Buffer.byteLength(table.tab)).toBeGreaterThan(20 * 1024 * 1024);
    const { code, out, err } = await run([path, "--lang", "en"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("30000 projects");
  }, 120_000);

  it("refuses a file over the limit up front, with a one-line reason and exit 2", async () => {
    const path = file("huge.txt", "");
    truncateSync(path, CLI_INPUT_LIMIT + 1);
    const { code, out, err } = await run([path]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/^budget-recon: 输入有 64\.0 MB，超过 64 MB 的上限[^\n]*\n$/);
    const en = await run([path, "--lang", "en"]);
    expect(en.err).toMatch(/^budget-recon: the input is 64\.0 MB, over the 64 MB limit[^\n]*\n$/);
  });

  it("stops reading stdin over the limit", async () => {
    const { code, err } = await run(["-"], new Uint8Array(CLI_INPUT_LIMIT + 1));
    expect(code).toBe(2);
    expect(err).toMatch(/^budget-recon: 输入超过 64 MB 的上限[^\n]*\n$/);
  });
});
