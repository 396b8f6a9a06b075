#!/usr/bin/env node
// Draws the add-in icon: a budget sheet (green header with ¥, ruled cells) with a blue check badge.
// Writes assets/icon.svg (the 128-unit drawing) and assets/icon-{16,32,64,80,128}.png, rasterised
// by headless Chromium:
//
//   node scripts/draw-icons.mjs        (CHROMIUM=/path/to/chromium to pick the browser)
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "assets");
const SIZES = [16, 32, 64, 80, 128];

const GREEN = "#107C41";
const GREEN_DARK = "#0B5A2F";
const RULE = "#A9CDB8";
const BLUE = "#0F6CBD";

/**
 * The icon in three drawings: 16 and 32 px are drawn on their own pixel grid (1-px rules on
 * half-pixel centres, no ¥) so they stay crisp; 64 px and up scale the detailed 128-unit drawing.
 */
export function iconSvg(size) {
  const body = size <= 16 ? icon16() : size <= 32 ? icon32() : icon128();
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="${body.box}">
  <title>预算表核对 · Budget table check</title>
${body.shapes}
</svg>
`;
}

function icon16() {
  return {
    box: "0 0 16 16",
    shapes: `  <rect x="1.5" y="1.5" width="12" height="12" rx="1.5" fill="#fff" stroke="${GREEN_DARK}"/>
  <rect x="2" y="2" width="11" height="3" fill="${GREEN}"/>
  <path d="M2 8.5 H13 M7.5 5 V13" stroke="${RULE}"/>
  <circle cx="11" cy="11" r="4.5" fill="${BLUE}" stroke="#fff"/>
  <path d="M8.8 11.1 L10.4 12.7 L13.2 9.6" fill="none" stroke="#fff" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"/>`,
  };
}

function icon32() {
  return {
    box: "0 0 32 32",
    shapes: `  <rect x="2" y="3" width="24" height="24" rx="3" fill="#fff" stroke="${GREEN_DARK}" stroke-width="2"/>
  <rect x="3" y="4" width="22" height="7" fill="${GREEN}"/>
  <path d="M3 16.5 H25 M3 21.5 H25 M10.5 11 V26 M18.5 11 V26" stroke="${RULE}"/>
  <circle cx="23" cy="23" r="8" fill="${BLUE}" stroke="#fff" stroke-width="1.5"/>
  <path d="M19.2 23.2 L22 26 L26.8 20.6" fill="none" stroke="#fff" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`,
  };
}

function icon128() {
  return {
    box: "0 0 128 128",
    shapes: `  <clipPath id="sheet"><rect x="6" y="8" width="104" height="104" rx="12"/></clipPath>
  <rect x="6" y="8" width="104" height="104" rx="12" fill="#fff"/>
  <g clip-path="url(#sheet)">
    <rect x="6" y="8" width="104" height="42" fill="${GREEN}"/>
    <path d="M6 70 H110 M6 90 H110 M40 50 V112 M76 50 V112" stroke="${RULE}" stroke-width="4"/>
  </g>
  <g fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round">
    <path d="M46 17 L58 30 L70 17 M58 30 V43 M48 32 H68 M48 39.5 H68"/>
  </g>
  <rect x="9" y="11" width="98" height="98" rx="9" fill="none" stroke="${GREEN_DARK}" stroke-width="6"/>
  <circle cx="96" cy="96" r="27" fill="${BLUE}" stroke="#fff" stroke-width="5"/>
  <path d="M83 97 L92 106 L109 88" fill="none" stroke="#fff" stroke-width="9" stroke-linecap="round" stroke-linejoin="round"/>`,
  };
}

async function main() {
  await mkdir(out, { recursive: true });
  await writeFile(join(out, "icon.svg"), iconSvg(128));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${iconSvg(size)}</body></html>`,
      );
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      await writeFile(join(out, `icon-${size}.png`), png);
      await page.close();
      console.log(`assets/icon-${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

await main();
