/**
 * What the browser tests share: the built pane served on 127.0.0.1 and Debian's Chromium driven
 * by playwright-core, with the flags this machine's closed network needs.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { promisify } from "node:util";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const ROOT = join(import.meta.dirname, "..", "..");
/** Where screenshots go, to be looked at. */
export const SHOTS = join(ROOT, "test-output");
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/";
/** The task pane's default width in Office. */
export const PANE_WIDTH = 320;

/**
 * Records the page's Content-Security-Policy violations in `window.__csp`, save those office.js
 * raises itself: outside Office its logger may add a telemetry frame after three seconds, which
 * the pane's policy blocks as it means to. The pane's own code must raise none.
 */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript((cdn) => {
    document.addEventListener("securitypolicyviolation", (e) => {
      if (e.sourceFile.startsWith(cdn)) return;
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  }, OFFICE_CDN);
}

/** The violations recorded so far. */
export const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);

/** Chromium runs where it is installed, and always in CI (where a missing one must fail). */
export const canRunBrowser = existsSync(CHROMIUM) || process.env.CI !== undefined;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

export interface PaneSite {
  /** The build's folder, to add files to before the pages load. */
  dir: string;
  /** http://127.0.0.1:PORT/ */
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the pane (development mode) into a temporary folder, serves it and starts Chromium. */
export async function openPaneSite(prefix: string): Promise<PaneSite> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const webpackCli = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  await promisify(execFile)(
    process.execPath,
    [webpackCli, "--mode", "development", "--output-path", dir],
    {
      cwd: ROOT,
    },
  );
  const server = await serve(dir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  await mkdir(SHOTS, { recursive: true });
  return {
    dir,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    const file = join(dir, path);
    if (!file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "" }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}
