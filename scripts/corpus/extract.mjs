// Text extraction from a PDF, the ways a user's paste can arrive:
//
//   pdftotext  poppler's default reading order (what Evince/Okular-style copies look like)
//   raw        pdftotext -raw: content-stream order
//   layout     pdftotext -layout: physical layout, columns padded with spaces
//   pdfjs      what copying from a pdf.js viewer (Firefox, the pdf.js web viewer) gives: getTextContent()
//              items as the TextLayer lays them out — each item's str as a span, a <br> after items with
//              hasEOL, pages as separate blocks — then the viewer's copy handler applies normalizeUnicode()
//              and removeNullCharacters() (web/pdf_viewer.mjs, TextLayerBuilder #bindMouse "copy"). The
//              command line reads a PDF the same way, with the same function.
//
// pdftotext ends each page with a form feed (\f); a clipboard never holds one, so it is dropped.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { pdfText } from "../../dist/cli/pdfText.js";

const require = createRequire(import.meta.url);

export const PDFTOTEXT = process.env.PDFTOTEXT ?? "pdftotext";

function pdftotext(pdf, args) {
  const out = execFileSync(PDFTOTEXT, [...args, "-enc", "UTF-8", pdf, "-"], {
    maxBuffer: 64 << 20,
  });
  return out.toString("utf8").replace(/\f/g, "");
}

export function pdfjsRoot() {
  return dirname(require.resolve("pdfjs-dist/package.json"));
}

/** The command line's own reader (src/cli/pdfText.ts, built by `npm ci` into dist/). */
export async function pdfjsText(pdf) {
  return pdfText(new Uint8Array(readFileSync(pdf)));
}

export async function extractAll(pdf) {
  return {
    pdftotext: pdftotext(pdf, []),
    raw: pdftotext(pdf, ["-raw"]),
    layout: pdftotext(pdf, ["-layout"]),
    pdfjs: await pdfjsText(pdf),
  };
}
