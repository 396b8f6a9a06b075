/**
 * The built task pane in headless Chromium, outside Office: paste, preview, language switch,
 * .xlsx download, remembered options, pasted markup staying text, the Content-Security-Policy and
 * the requests the pane makes, and large pastes (refused over the limit, read on a worker below it).
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, normalize, sep } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateTable } from "../../scripts/bench/generate.js";
import { printHtml, renderChromium } from "../../scripts/corpus/render.mjs";
import { pdfText } from "../../src/cli/pdfText.js";
import { version as pdfjsVersion } from "pdfjs-dist/legacy/build/pdf.mjs";
import { repairRadicals } from "../../src/parse/repair.js";
import { reconcile } from "../../src/index.js";
import { megabytes, PANE_INPUT_LIMIT } from "../../src/inputLimit.js";
import { SAMPLE_TABLE } from "../../src/sample/sampleTable.js";
import {
  canRunBrowser,
  cspViolations,
  OFFICE_CDN,
  openPaneSite,
  recordCspViolations,
  PANE_WIDTH as WIDTH,
  ROOT,
  SHOTS as shots,
  type PaneSite,
} from "../support/browser.js";
import { cjkPdf } from "../support/cjkPdf.js";

const officeDist = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(await readFile(file)).buffer);
  return wb;
}

describe.runIf(canRunBrowser)("task pane in a browser (preview mode)", () => {
  let site: PaneSite;
  let out = "";
  let browser: Browser;
  let base = "";
  const seed = reconcile(SAMPLE_TABLE, { lang: "zh" });

  beforeAll(async () => {
    site = await openPaneSite("budget-recon-pane-");
    ({ dir: out, browser, base } = site);
  }, 180_000);

  afterAll(async () => {
    await site?.close();
  });

  interface Opened {
    context: BrowserContext;
    page: Page;
    errors: string[];
  }

  /** Opens the pane; office.js from the CDN is either refused or served from node_modules. */
  async function open(officeJs: "blocked" | "local", context?: BrowserContext): Promise<Opened> {
    const ctx =
      context ??
      (await browser.newContext({
        viewport: { width: WIDTH, height: 900 },
        locale: "zh-CN",
        acceptDownloads: true,
      }));
    await ctx.route(`${OFFICE_CDN}**`, async (route) => {
      if (officeJs === "blocked") return route.abort();
      const path = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, "");
      const file = join(officeDist, normalize(path));
      if (!file.startsWith(officeDist + sep) || !existsSync(file)) return route.abort();
      return route.fulfill({ path: file, contentType: "text/javascript" });
    });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    await recordCspViolations(page);
    await page.goto(`${base}taskpane.html`);
    await page.waitForSelector("body[data-ready]", { timeout: 15_000 });
    return { context: ctx, page, errors };
  }

  /** No script error and no Content-Security-Policy violation on the page. */
  async function expectNoErrors(page: Page, errors: string[]): Promise<void> {
    expect(errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  }

  async function paste(page: Page, text: string): Promise<void> {
    await page.locator("#source").focus();
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.setData("text/plain", data);
      const event = new ClipboardEvent("paste", {
        clipboardData: transfer,
        bubbles: true,
        cancelable: true,
      });
      document.getElementById("source")?.dispatchEvent(event);
    }, text);
  }

  async function count(page: Page, key: string): Promise<number> {
    return Number(await page.locator(`[data-count="${key}"] .count-n`).textContent());
  }

  it("previews the pasted sample: counts, the 0.01 subtotal and the 9 vs 11.25 cost", async () => {
    const { context, page, errors } = await open("blocked");
    try {
      expect(await page.getAttribute("body", "data-ready")).toBe("preview");
      await expect.poll(() => page.locator("#mode").textContent()).toContain("预览模式");
      expect(await page.locator("#write").isDisabled()).toBe(true);
      expect(await page.locator("#import").isHidden()).toBe(true);
      expect(await page.locator("#download").isVisible()).toBe(true);
      expect(await page.locator("#download").isDisabled()).toBe(true);
      await page.screenshot({ path: join(shots, "taskpane-empty-320.png"), fullPage: true });

      await paste(page, SAMPLE_TABLE);
      await page.waitForSelector("[data-testid=counts]");
      const rows = seed.tables.flatMap((t) => t.rows);
      expect(await count(page, "tables")).toBe(1);
      expect(await count(page, "units")).toBe(rows.filter((r) => r.kind === "unit").length);
      expect(await count(page, "projects")).toBe(rows.filter((r) => r.kind === "project").length);
      expect(await count(page, "indicators")).toBe(seed.tables[0]?.indicators.length);

      const subtotal = page.locator("section[data-rule=subtotal] li.problem");
      expect(await subtotal.count()).toBe(2);
      const subtotalText = await subtotal.allTextContents();
      for (const t of subtotalText) {
        expect(t).toContain("广州市工商业联合会");
        expect(t).toContain("563.39");
        expect(t).toContain("563.38");
        expect(t).toContain("0.01");
      }
      const cost = page.locator("section[data-rule=cost-vs-funding] > ul > li.problem");
      expect(await cost.count()).toBe(1);
      const costText = (await cost.textContent()) ?? "";
      expect(costText).toContain("两新组织党务工作者补贴");
      expect(costText).toContain("11.25");
      expect(costText).toContain("9.00");
      expect(await page.locator("details[data-rule=framework]").count()).toBeLessThanOrEqual(1);
      if ((await page.locator("details[data-rule=framework]").count()) === 1) {
        expect(await page.locator("details[data-rule=framework]").getAttribute("open")).toBeNull();
      }

      const bad = page.locator(".preview td.bad");
      expect(await bad.count()).toBe(3);
      expect(await page.locator('tr[data-row="t1-u1"] td.bad').count()).toBe(2);
      expect(await page.locator('tr[data-row="t1-u1-p12"] td.bad').textContent()).toContain(
        "11.25",
      );
      expect(await page.locator("#download").isEnabled()).toBe(true);
      await page.screenshot({ path: join(shots, "taskpane-zh-320.png"), fullPage: true });

      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(WIDTH);

      await page.locator("#lang").click();
      await expect.poll(() => page.locator("h1").textContent()).toBe("Budget Table Check");
      expect(await page.getAttribute("html", "lang")).toBe("en");
      expect(await page.locator("#mode").textContent()).toContain("Preview mode");
      expect(await page.locator("section[data-rule=subtotal] h3").textContent()).toContain(
        "Subtotal differs from its parts",
      );
      expect(
        await page.locator("section[data-rule=subtotal] li.problem").first().textContent(),
      ).toMatch(/stated 563\.39.*difference 0\.01/);
      expect(await page.locator("[data-count=projects] .count-label").textContent()).toBe(
        "projects",
      );
      await page.screenshot({ path: join(shots, "taskpane-en-320.png"), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        WIDTH,
      );

      await expectNoErrors(page, errors);
    } finally {
      await context.close();
    }
  });

  it("downloads an .xlsx that ExcelJS reads back", async () => {
    const { context, page, errors } = await open("blocked");
    try {
      await page.locator("#sample").click();
      await page.waitForSelector("[data-testid=counts]");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator("#download").click(),
      ]);
      expect(download.suggestedFilename()).toBe("广州市工商业联合会-核对.xlsx");
      const file = join(out, "download.xlsx");
      await download.saveAs(file);
      const wb = await readWorkbook(file);
      const names = wb.worksheets.map((w) => w.name);
      expect(names).toContain("预算表");
      expect(names).toContain("绩效指标");
      const values: string[] = [];
      wb.getWorksheet("预算表")?.eachRow((row) =>
        row.eachCell((cell) => values.push(String(cell.text))),
      );
      expect(values).toContain("广州市工商业联合会");
      expect(values.some((v) => v.startsWith("两新组织党务工作者补贴"))).toBe(true);
      await expect.poll(() => page.locator("#status").textContent()).toContain("已生成");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows pasted markup as text and runs none of it", async () => {
    const { context, page, errors } = await open("blocked");
    try {
      const evil = "<img src=x onerror=window.__pwned=1>";
      const script = "<script>window.__pwned=2</script>";
      const text = SAMPLE_TABLE.replace("单位：万元", `单位：万元\n${evil}\n${script}`)
        .replace("工作经费\t", `工作经费<b onmouseover=window.__pwned=3>x</b>\t`)
        // In a goal and in the cost indicator's value, the one the pane quotes in its finding.
        .replace(/\t([^\t\n]*)\t(1、[^\n]*)年度指标值:9万元/, (_m, goal: string, rest: string) =>
          [
            "",
            `<script>window.__pwned=4</script>${goal}`,
            `${rest}年度指标值:9万元<img src=x onerror=window.__pwned=5>`,
          ].join("\t"),
        );
      await paste(page, text);
      await page.waitForSelector("[data-testid=diagnostics] li");
      const diagnostics = await page
        .locator("[data-testid=diagnostics] .diag-text")
        .allTextContents();
      expect(diagnostics).toContain(evil);
      expect(diagnostics).toContain(script);
      expect(await page.locator("img[src=x], #results script, #results b").count()).toBe(0);
      await page.locator(".preview tbody th").nth(2).hover();
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
        undefined,
      );
      expect(await page.locator(".preview tbody th").allTextContents()).toContain(
        "工作经费<b onmouseover=window.__pwned=3>x</b>",
      );
      expect(await page.locator("#results").textContent()).toContain(
        "<img src=x onerror=window.__pwned=5>",
      );
      expect(await page.locator("#results img, #results script").count()).toBe(0);
      await page.screenshot({ path: join(shots, "taskpane-markup-320.png"), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("remembers the options and uses them", async () => {
    const { context, page } = await open("blocked");
    try {
      await page.locator("#options summary").click();
      await page.locator("#tolerance").fill("0.02");
      await page.locator("#tolerance").press("Tab");
      await page.locator("#cost-column").selectOption("fiscal");
      await page.locator("#sheet-prefix").fill("2024/年:");
      await page.locator("#sheet-prefix").press("Tab");
      expect(await page.locator("#sheet-prefix").inputValue()).toBe("2024年");
      await page.screenshot({ path: join(shots, "taskpane-options-320.png"), fullPage: true });
      await page.close();

      const again = await open("blocked", context);
      expect(await again.page.locator("#tolerance").inputValue()).toBe("0.02");
      expect(await again.page.locator("#cost-column").inputValue()).toBe("fiscal");
      expect(await again.page.locator("#sheet-prefix").inputValue()).toBe("2024年");
      await again.page.locator("#sample").click();
      await again.page.waitForSelector("[data-testid=counts]");
      // 0.01 is within a tolerance of 0.02: no subtotal problem any more.
      expect(await again.page.locator("section[data-rule=subtotal]").count()).toBe(0);
      expect(
        await again.page.locator("section[data-rule=cost-vs-funding] > ul > li.problem").count(),
      ).toBe(1);
      const [download] = await Promise.all([
        again.page.waitForEvent("download"),
        again.page.locator("#download").click(),
      ]);
      const file = join(out, "prefixed.xlsx");
      await download.saveAs(file);
      const wb = await readWorkbook(file);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["2024年预算表", "2024年绩效指标"]);
    } finally {
      await context.close();
    }
  });

  it("says what a PDF copy was read as, and lets the user name the form instead", async () => {
    const { context, page, errors } = await open("blocked");
    try {
      const pdfCopy = await readFile(
        join(ROOT, "test", "fixtures", "pdf", "seed", "chromium.raw.txt"),
        "utf8",
      );
      await paste(page, pdfCopy);
      await expect.poll(() => page.locator("[data-testid=form]").textContent()).toMatch(/PDF/);
      expect(await page.locator("[data-count=projects] .count-n").textContent()).toBe("17");
      // The one reading to check comes first; the page numbers and headers follow, set apart.
      const items = page.locator("[data-testid=diagnostics] li");
      expect(await items.first().getAttribute("data-code")).toBe("amounts-ambiguous");
      expect(await items.first().getAttribute("class")).not.toBe("set-aside");
      expect(await page.locator("[data-testid=diagnostics] li.set-aside").count()).toBe(
        (await items.count()) - 1,
      );
      expect(await page.locator("[data-testid=diagnostics] summary").textContent()).toMatch(
        /1 条需核对，另有 \d+ 条页码、重复表头已跳过/,
      );
      await page.screenshot({ path: join(shots, "taskpane-pdf-copy-320.png"), fullPage: true });
      await page.locator("#options summary").click();
      await page.locator("#form").selectOption("tab");
      // Read as tabs, the PDF copy holds no table.
      await expect.poll(() => page.locator("#results").getAttribute("data-state")).toBe("no-table");
      await page.locator("#form").selectOption("auto");
      await expect.poll(() => page.locator("#results").getAttribute("data-state")).toBe("ok");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("says why a PDF copy of a table printed without decimals gives no table", async () => {
    const { context, page, errors } = await open("blocked");
    try {
      const pdfCopy = await readFile(
        join(ROOT, "test", "fixtures", "pdf", "culture", "chromium.pdfjs.txt"),
        "utf8",
      );
      await paste(page, pdfCopy.replace(/(\d)\.00\b/g, "$1"));
      await expect.poll(() => page.locator("#results").getAttribute("data-state")).toBe("no-table");
      const shown = (await page.locator("#results").textContent()) ?? "";
      expect(shown).toMatch(/两位小数.*制表符分隔/);
      // Said once; no list of lines, which would say every line was placed.
      expect(shown.match(/两位小数/g)).toHaveLength(1);
      expect(await page.getByTestId("diagnostics").count()).toBe(0);
      await page.screenshot({ path: join(shots, "taskpane-no-decimals-320.png"), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  describe("opening a file", () => {
    let dir = "";
    let pdf = "";
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "budget-recon-pane-pdf-"));
      // The sample table printed as a government publication looks, by Debian's Chromium.
      pdf = renderChromium(SAMPLE_TABLE, dir, "sample");
    }, 60_000);
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it("reads a PDF as a viewer copies it and finds what the tab form finds", async () => {
      const { context, page, errors } = await open("blocked");
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      try {
        await page.locator("#file").setInputFiles(pdf);
        await expect
          .poll(() => page.locator("#status").textContent(), { timeout: 20_000 })
          .toMatch(/^已读取 PDF 文件 sample\.pdf：文字按 PDF 阅读器复制的方式取出/);
        // The box holds the text a viewer copies, its radicals (⼈ for 人) put right one for one.
        const copied = await pdfText(new Uint8Array(await readFile(pdf)));
        expect(copied).toMatch(/[\u2E80-\u2EFF\u2F00-\u2FDF]/u);
        expect(await page.locator("#source").inputValue()).toBe(repairRadicals(copied));
        await expect.poll(() => page.locator("[data-testid=form]").textContent()).toMatch(/PDF/);
        const rows = seed.tables.flatMap((t) => t.rows);
        expect(await count(page, "units")).toBe(rows.filter((r) => r.kind === "unit").length);
        expect(await count(page, "projects")).toBe(rows.filter((r) => r.kind === "project").length);
        expect(await count(page, "indicators")).toBe(seed.tables[0]?.indicators.length);
        expect(await page.locator("section[data-rule=subtotal] li.problem").count()).toBe(2);
        const cost = page.locator("section[data-rule=cost-vs-funding] > ul > li.problem");
        expect(await cost.textContent()).toContain("两新组织党务工作者补贴");
        expect(await page.locator("#download").isEnabled()).toBe(true);
        // pdf.js is fetched only now, with its worker and the character maps, from the pane's site.
        const origin = new URL(base).origin;
        expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
        expect(requests).toContain(`${origin}/pdfjs/pdf.worker.min.mjs?v=${pdfjsVersion}`);
        await page.screenshot({ path: join(shots, "taskpane-pdf-file-320.png"), fullPage: true });
        await expectNoErrors(page, errors);
      } finally {
        await context.close();
      }
    });

    it("reads a PDF whose Chinese font is not embedded, with the character maps it ships", async () => {
      const { context, page, errors } = await open("blocked");
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      try {
        const lines = ["项目支出绩效目标表", "部门名称：广州市文化广电旅游局", "合计 69415125.00"];
        await page.locator("#file").setInputFiles({
          name: "unembedded.pdf",
          mimeType: "application/pdf",
          buffer: cjkPdf(lines),
        });
        await expect
          .poll(() => page.locator("#status").textContent(), { timeout: 20_000 })
          .toMatch(/^已读取 PDF 文件 unembedded\.pdf/);
        expect(await page.locator("#source").inputValue()).toBe(lines.join("\n"));
        const origin = new URL(base).origin;
        expect(requests).toContain(`${origin}/pdfjs/cmaps/UniGB-UCS2-H.bcmap`);
        await expectNoErrors(page, errors);
      } finally {
        await context.close();
      }
    });

    it("refuses a PDF without text, a damaged one and a locked one, keeping the box as it was", async () => {
      const html = join(dir, "blank.html");
      await writeFile(
        html,
        "<!doctype html><html><body><div style='height:50mm'></div></body></html>",
      );
      const blank = printHtml(html, dir, "blank");
      const { context, page, errors } = await open("blocked");
      try {
        await paste(page, SAMPLE_TABLE);
        await page.waitForSelector("[data-testid=counts]");
        await page.locator("#file").setInputFiles(blank);
        await expect
          .poll(() => page.locator("#status").textContent(), { timeout: 20_000 })
          .toContain("没有文字层（可能是扫描件）");
        expect(await page.locator("#status").getAttribute("data-tone")).toBe("error");
        expect(await page.locator("#source").inputValue()).toBe(SAMPLE_TABLE);
        await page.locator("#lang").click();
        await page.locator("#file").setInputFiles({
          name: "broken.pdf",
          mimeType: "application/pdf",
          buffer: Buffer.from("%PDF-1.4\nnot a PDF body"),
        });
        await expect
          .poll(() => page.locator("#status").textContent(), { timeout: 20_000 })
          .toMatch(/^Cannot read this PDF \(\w+\)\. Open it in a PDF viewer, select all, copy/);
        await page.locator("#file").setInputFiles({
          name: "locked.pdf",
          mimeType: "application/pdf",
          buffer: cjkPdf(["项目支出绩效目标表"], { locked: true }),
        });
        await expect
          .poll(() => page.locator("#status").textContent(), { timeout: 20_000 })
          .toMatch(/^This PDF is password-protected\. Open it in a PDF viewer with its password/);
        // A Word file, say: neither a PDF nor text.
        await page.locator("#file").setInputFiles({
          name: "表格.docx",
          mimeType: "application/octet-stream",
          buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0]),
        });
        await expect
          .poll(() => page.locator("#status").textContent())
          .toBe("This file is neither a PDF nor a text file.");
        expect(await page.locator("#source").inputValue()).toBe(SAMPLE_TABLE);
        await expectNoErrors(page, errors);
      } finally {
        await context.close();
      }
    });

    it("opens a text file dropped anywhere on the pane, its Windows line ends read", async () => {
      const { context, page, errors } = await open("blocked");
      try {
        const saved = SAMPLE_TABLE.replaceAll("\n", "\r\n");
        await page.evaluate((text) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([text], "表格.txt", { type: "text/plain" }));
          const init = { dataTransfer: transfer, bubbles: true, cancelable: true };
          const target = document.getElementById("results");
          target?.dispatchEvent(new DragEvent("dragover", init));
          target?.dispatchEvent(new DragEvent("drop", init));
        }, saved);
        await expect.poll(() => page.locator("#status").textContent()).toBe("已读取 表格.txt。");
        expect(await page.locator("#source").inputValue()).toBe(SAMPLE_TABLE);
        await page.waitForSelector("[data-testid=counts]");
        expect(await page.locator("section[data-rule=subtotal] li.problem").count()).toBe(2);
        await expectNoErrors(page, errors);
      } finally {
        await context.close();
      }
    });
  });

  it("sets a Content-Security-Policy that allows only itself and office.js", async () => {
    const html = await readFile(join(out, "taskpane.html"), "utf8");
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? "";
    const directives = new Map(
      csp
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0] !== undefined && d[0] !== "")
        .map(([name = "", ...sources]) => [name, sources]),
    );
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'", OFFICE_CDN.slice(0, -1)]);
    expect(directives.get("worker-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    const allowed = new Set(["'self'", "'none'", OFFICE_CDN.slice(0, -1), "data:"]);
    for (const [name, sources] of directives) {
      for (const source of sources) expect(allowed.has(source), `${name} ${source}`).toBe(true);
      if (name !== "img-src") expect(sources, name).not.toContain("data:");
    }
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // Every script the page loads is its own file or office.js.
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]*)"/g)].map((m) => m[1] ?? "");
    expect(scripts.filter((src) => !src.startsWith(OFFICE_CDN) && /^[a-z]+:/i.test(src))).toEqual(
      [],
    );
  });

  it("requests nothing but its own files and office.js: load, paste, preview, download, language", async () => {
    const { context, page, errors } = await open("local");
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    try {
      // Reload with the recorder on, so loading is recorded too.
      await page.reload();
      await page.waitForSelector("body[data-ready]");
      await paste(page, SAMPLE_TABLE);
      await page.waitForSelector("[data-testid=counts]");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator("#download").click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      await page.locator("#lang").click();
      await expect.poll(() => page.locator("h1").textContent()).toBe("Budget Table Check");
      // A paste large enough to be read on the worker thread.
      await page.locator("#clear").click();
      await paste(page, generateTable(600).tab);
      await expect.poll(() => count(page, "projects")).toBe(600);
      const origin = new URL(base).origin;
      const foreign = requests.filter(
        (url) =>
          !url.startsWith(`${origin}/`) &&
          !url.startsWith(`blob:${origin}/`) &&
          !url.startsWith(`${OFFICE_CDN}lib/1/hosted/`),
      );
      expect(foreign).toEqual([]);
      expect(requests.some((url) => url.startsWith(`${origin}/parser`))).toBe(true);
      expect(requests.some((url) => url.startsWith(`${origin}/xlsx`))).toBe(true);
      await expectNoErrors(page, errors);
    } finally {
      await context.close();
    }
  });

  it("refuses a paste over the limit up front, saying the limit", async () => {
    const { context, page, errors } = await open("blocked");
    try {
      const line = `${"项目".repeat(20)}\t1.00\t1.00\t\t\t\t\n`;
      const big = line.repeat(Math.ceil((2 * PANE_INPUT_LIMIT) / Buffer.byteLength(line)));
      await paste(page, big);
      await expect
        .poll(() => page.locator("#status").textContent())
        .toContain(megabytes(PANE_INPUT_LIMIT));
      expect(await page.locator("#status").textContent()).toContain("20");
      expect(await page.getAttribute("#status", "data-tone")).toBe("error");
      expect(await page.locator("#source").inputValue()).toBe("");
      expect(await page.locator("[data-testid=counts]").count()).toBe(0);
      // The pane is still in working order: the next paste is read.
      await paste(page, SAMPLE_TABLE);
      await page.waitForSelector("[data-testid=counts]");
      expect(await page.locator("#status").textContent()).toBe("");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("reads a large paste on a worker while the pane keeps handling clicks", async () => {
    const { context, page, errors } = await open("blocked");
    try {
      // The stream form, the slowest to parse, just under the limit.
      const table = generateTable(12_000);
      expect(Buffer.byteLength(table.stream)).toBeLessThan(PANE_INPUT_LIMIT);
      expect(Buffer.byteLength(table.stream)).toBeGreaterThan(PANE_INPUT_LIMIT / 2);
      // What the page handles while the worker reads: clicks, and the progress line's ticks.
      await page.evaluate(() => {
        const log: { event: string; parsing: boolean; ticks?: number }[] = [];
        (window as unknown as { __log: typeof log }).__log = log;
        const parsing = (): boolean => document.body.dataset.parsing === "true";
        document.querySelector("#options summary")?.addEventListener("click", () => {
          log.push({ event: "click", parsing: parsing() });
        });
        const status = document.getElementById("parse-status");
        if (status === null) return;
        new MutationObserver(() =>
          log.push({ event: "tick", parsing: parsing(), ticks: Number(status.dataset.ticks) }),
        ).observe(status, { attributes: true, attributeFilter: ["data-ticks"] });
      });
      await paste(page, table.stream);
      await page.waitForSelector("body[data-parsing]");
      expect(await page.locator("#parse-status").textContent()).toMatch(/正在读取 \d+(\.\d)? MB/);
      await page.locator("#options summary").click();
      // Too large to show in the text box: held, and said so.
      expect(await page.locator("#source").inputValue()).toBe("");
      expect(await page.locator("#held").textContent()).toMatch(/已粘贴 \d+(\.\d)? MB/);
      await page.waitForSelector("[data-testid=counts]", { timeout: 120_000 });
      await expect.poll(() => page.locator("body[data-parsing]").count()).toBe(0);
      expect(await page.locator("#parse-status").isHidden()).toBe(true);
      expect(await count(page, "projects")).toBe(table.projects);
      const log = await page.evaluate(
        () =>
          (window as unknown as { __log: { event: string; parsing: boolean; ticks?: number }[] })
            .__log,
      );
      expect(log.filter((e) => e.event === "click")).toEqual([{ event: "click", parsing: true }]);
      expect(await page.locator("#options").getAttribute("open")).not.toBeNull();
      const ticks = log.filter((e) => e.event === "tick" && e.parsing).map((e) => e.ticks ?? 0);
      expect(Math.max(0, ...ticks)).toBeGreaterThanOrEqual(2);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it("is usable from the keyboard", async () => {
    const { context, page } = await open("blocked");
    try {
      const order: string[] = [];
      for (let i = 0; i < 7; i++) {
        await page.keyboard.press("Tab");
        order.push(
          await page.evaluate(
            () => document.activeElement?.id || document.activeElement?.tagName || "",
          ),
        );
      }
      expect(order.slice(0, 5)).toEqual(["lang", "source", "sample", "open-file", "clear"]);
      expect(order[5]).toBe("SUMMARY");
      await page.locator("#sample").focus();
      await page.keyboard.press("Enter");
      await page.waitForSelector("[data-testid=counts]");
      expect(await count(page, "tables")).toBe(1);
      for (const id of ["source", "tolerance", "cost-column", "sheet-prefix"]) {
        const label = await page.locator(`label[for="${id}"]`).count();
        expect(label, id).toBe(1);
      }
    } finally {
      await context.close();
    }
  });

  it("inside Excel: follows Office's language, imports the selection, calls the writer", async () => {
    const context = await browser.newContext({
      viewport: { width: WIDTH, height: 900 },
      locale: "zh-CN",
    });
    try {
      const cells = SAMPLE_TABLE.split("\n").map((line) =>
        line.split("\t").map((c) => (/^\d+\.\d+$/.test(c) ? Number(c) : c)),
      );
      // A stand-in for office.js in Excel: onReady says Excel, Excel.run reads `cells`.
      const fakeOffice = `
        window.Office = {
          HostType: { Excel: "Excel" },
          context: {
            displayLanguage: "en-US",
            requirements: { isSetSupported: (name, v) => name === "ExcelApi" && Number(v) <= 1.9 },
          },
          onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
        };
        const cells = ${JSON.stringify(cells)};
        const range = { isNullObject: false, cellCount: cells.length * 7, values: cells, load() {} };
        window.Excel = {
          run: (work) => work({
            workbook: { getSelectedRange: () => ({ getUsedRangeOrNullObject: () => range }) },
            sync: () => Promise.resolve(),
          }),
        };`;
      await context.route(`${OFFICE_CDN}**`, (route) =>
        route.fulfill({ body: fakeOffice, contentType: "text/javascript" }),
      );
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${base}taskpane.html`);
      await page.waitForSelector("body[data-ready=excel]");
      expect(await page.locator("h1").textContent()).toBe("Budget Table Check");
      expect(await page.locator("#mode").textContent()).toBe("Connected to Excel");
      expect(await page.locator("#download").isHidden()).toBe(true);
      expect(await page.locator("#write").isDisabled()).toBe(true);

      await page.locator("#import").click();
      await page.waitForSelector("[data-testid=counts]");
      expect(await count(page, "projects")).toBe(
        seed.tables[0]?.rows.filter((r) => r.kind === "project").length,
      );
      expect(await page.locator("section[data-rule=subtotal] li.problem").count()).toBe(2);
      expect(await page.locator("#write").isEnabled()).toBe(true);
      await page.screenshot({ path: join(shots, "taskpane-excel-320.png"), fullPage: true });

      await page.locator("#write").click();
      await expect
        .poll(() => page.locator("#status").textContent())
        .toMatch(/^(Written: |Writing failed: )/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("reaches preview mode with office.js loaded outside Office", async () => {
    const { context, page, errors } = await open("local");
    try {
      expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe(
        "object",
      );
      expect(await page.getAttribute("body", "data-ready")).toBe("preview");
      await page.locator("#sample").click();
      expect(await count(page, "projects")).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
