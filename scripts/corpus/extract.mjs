// Text extraction from a PDF, the ways a user's paste can arrive:
//
//   pdftotext  poppler's default reading order (what Evince/Okular-style copies look like)
//   raw        pdftotext -raw: content-stream order
//   layout     pdftotext -layout: physical layout, columns padded with spaces
//   pdfjs      what copying from a pdf.js viewer (Firefox, the pdf.js web viewer) gives: getTextContent()
//              items as the TextLayer lays them out — each item's str as a span, a <br> after items with
//              hasEOL, pages as separate blocks — then the viewer's copy handler applies normalizeUnicode()
//              and removeNullCharacters() (web/pdf_viewer.mjs, TextLayerBuilder #bindMouse "copy").
//
// pdftotext ends each page with a form feed (\f); a clipboard never holds one, so it is dropped.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

export const PDFTOTEXT = process.env.PDFTOTEXT ?? "pdftotext";

function pdftotext(pdf, args) {
  const out = execFileSync(PDFTOTEXT, [...args, "-enc", "UTF-8", pdf, "-"], {
    maxBuffer: 64 << 20,
  });
  return out.toString("utf8").replace(/\f/g, "");
}

let pdfjsLib;
async function pdfjs() {
  pdfjsLib ??= await import("pdfjs-dist/legacy/build/pdf.mjs");
  return pdfjsLib;
}

export function pdfjsRoot() {
  return dirname(require.resolve("pdfjs-dist/package.json"));
}

export async function pdfjsText(pdf) {
  const lib = await pdfjs();
  const root = pdfjsRoot();
  const doc = await lib.getDocument({
    data: new Uint8Array(readFileSync(pdf)),
    cMapUrl: pathToFileURL(join(root, "cmaps")).href + "/",
    cMapPacked: true,
    standardFontDataUrl: pathToFileURL(join(root, "standard_fonts")).href + "/",
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    // the viewer asks for { includeMarkedContent: true, disableNormalization: true }; marked-content
    // items only open/close spans and carry no text, so leaving them out changes nothing in the copy.
    const content = await page.getTextContent({
      includeMarkedContent: false,
      disableNormalization: true,
    });
    let s = "";
    for (const item of content.items) {
      s += item.str;
      if (item.hasEOL) s += "\n";
    }
    pages.push(s);
    page.cleanup();
  }
  await doc.destroy();
  // a selection spanning pages crosses from one page's text-layer div to the next: a line break
  // (checked against a real copy: scripts/corpus/check-pdfjs-copy.mjs gives the same text)
  const text = pages
    .map((p, i) => (p.endsWith("\n") || i === pages.length - 1 ? p : p + "\n"))
    .join("");
  return lib.normalizeUnicode(text).replaceAll("\0", "");
}

export async function extractAll(pdf) {
  return {
    pdftotext: pdftotext(pdf, []),
    raw: pdftotext(pdf, ["-raw"]),
    layout: pdftotext(pdf, ["-layout"]),
    pdfjs: await pdfjsText(pdf),
  };
}
