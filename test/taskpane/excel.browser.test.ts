/**
 * The built task pane in Chromium with the fake Excel injected as `Excel`/`Office`: paste the
 * seed, write it into the workbook, list the problems the workbook's check cells show, and jump
 * to a problem's cell.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import webpack from "webpack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import { buildWorkbookLayout } from "../../src/layout/index.js";
import { SAMPLE_TABLE } from "../../src/sample/sampleTable.js";
import type { FakeExcel } from "../support/excelFake.js";
import { budgetCell, indicatorCell, split } from "../support/locate.js";
import {
  canRunBrowser,
  cspViolations,
  OFFICE_CDN,
  openPaneSite,
  recordCspViolations,
  PANE_WIDTH as WIDTH,
  ROOT as root,
  SHOTS as shots,
  type PaneSite,
} from "../support/browser.js";

/** Bundles test/support/excelFake.browser.ts into `dir`/excel-fake.js. */
async function bundleFake(dir: string): Promise<void> {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    context: root,
    entry: "./test/support/excelFake.browser.ts",
    output: { path: dir, filename: "excel-fake.js" },
    resolve: { extensions: [".ts", ".js"], extensionAlias: { ".js": [".ts", ".js"] } },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, configFile: "tsconfig.taskpane.json" },
          },
        },
      ],
    },
    performance: { hints: false },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    }),
  );
}

type FakeWindow = Window & { __excelFake: FakeExcel };

describe.runIf(canRunBrowser)("task pane in Excel (fake Excel in the page)", () => {
  let site: PaneSite;
  let fakeScript = "";
  let browser: Browser;
  let base = "";
  const seed = reconcile(SAMPLE_TABLE, { lang: "zh" });
  const layout = buildWorkbookLayout(seed);

  beforeAll(async () => {
    site = await openPaneSite("budget-recon-excel-");
    ({ browser, base } = site);
    // The fake, bundled with HyperFormula into one classic script.
    const fakeOut = join(site.dir, "fake");
    await bundleFake(fakeOut);
    fakeScript = join(fakeOut, "excel-fake.js");
  }, 240_000);

  afterAll(async () => {
    await site?.close();
  });

  async function paste(page: Page, text: string): Promise<void> {
    await page.locator("#source").focus();
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.setData("text/plain", data);
      document
        .getElementById("source")
        ?.dispatchEvent(
          new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }),
        );
    }, text);
  }

  it("writes the pasted seed, lists the workbook's problems and selects their cells", async () => {
    const context = await browser.newContext({
      viewport: { width: WIDTH, height: 900 },
      locale: "zh-CN",
    });
    try {
      // office.js itself is not loaded: the fake has already set Excel and Office.
      await context.route(`${OFFICE_CDN}**`, (route) =>
        route.fulfill({ body: "", contentType: "text/javascript" }),
      );
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.addInitScript({ path: fakeScript });
      await recordCspViolations(page);
      await page.goto(`${base}taskpane.html`);
      await page.waitForSelector("body[data-ready=excel]", { timeout: 15_000 });
      expect(await page.locator("#mode").textContent()).toBe("已连接 Excel");

      await paste(page, SAMPLE_TABLE);
      await page.waitForSelector("[data-testid=counts]");
      await page.locator("#write").click();
      await expect.poll(() => page.locator("#status").textContent()).toMatch(/^已写入/);
      const items = page.locator("[data-testid=live-problems] .live-item");
      await expect.poll(() => items.count()).toBe(3);

      const sheets = await page.evaluate(() =>
        (window as unknown as FakeWindow).__excelFake.sheetNames(),
      );
      expect(sheets).toEqual(["Sheet1", "预算表", "绩效指标"]);
      const kinds = await items.evaluateAll((nodes) =>
        nodes.map((n) => n.getAttribute("data-kind")),
      );
      expect(new Set(kinds)).toEqual(new Set(["subtotal", "cost-vs-funding"]));
      const texts = await items.allTextContents();
      expect(
        texts.filter((t) => t.includes("广州市工商业联合会") && t.includes("0.01")),
      ).toHaveLength(2);
      expect(texts.some((t) => t.includes("两新组织党务工作者补贴") && t.includes("不一致"))).toBe(
        true,
      );
      expect(await page.locator("#live-count").textContent()).toBe("3");

      // Clicking a problem selects its cell in the workbook.
      const selection = () =>
        page.evaluate(() => (window as unknown as FakeWindow).__excelFake.selection);
      const [budget, total] = split(budgetCell(layout, 1, "t1-u1", "total"));
      await items.first().click();
      await expect.poll(selection).toEqual({ sheet: budget, address: total });
      const [indicators, verdict] = split(indicatorCell(layout, 1, "t1-u1-p12", 3, "verdict"));
      await page.locator("[data-kind=cost-vs-funding]").click();
      await expect.poll(selection).toEqual({ sheet: indicators, address: verdict });
      expect(
        await page.evaluate(() => (window as unknown as FakeWindow).__excelFake.activeSheet),
      ).toBe(indicators);

      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(shots, "taskpane-written-320.png"), fullPage: true });
      const live = await page.locator("#live").boundingBox();
      await page.screenshot({
        path: join(shots, "taskpane-written-320-top.png"),
        clip: {
          x: 0,
          y: 0,
          width: WIDTH,
          height: Math.ceil((live?.y ?? 0) + (live?.height ?? 0) + 12),
        },
      });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        WIDTH,
      );

      // The user fixes the cost indicator's number in the sheet; Refresh reads the checks again.
      const [, value] = split(indicatorCell(layout, 1, "t1-u1-p12", 3, "annual-value"));
      await page.evaluate(
        async ([sheet, address]) => {
          const fake = (window as unknown as FakeWindow).__excelFake;
          await fake.run(async (ctx) => {
            ctx.workbook.worksheets.getItem(sheet ?? "").getRange(address ?? "").values = [[11.25]];
            await ctx.sync();
          });
        },
        [indicators, value],
      );
      await page.locator("#live-refresh").click();
      await expect.poll(() => items.count()).toBe(2);
      expect(await page.locator("[data-kind=cost-vs-funding]").count()).toBe(0);

      expect(errors).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
