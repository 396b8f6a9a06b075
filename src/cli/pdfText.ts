/**
 * Reads a PDF's text in Node with pdf.js's legacy build, its character maps taken from the
 * installed package. The corpus scripts extract their pdf.js copies with this function too.
 */
import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import { readPdfText } from "../pdf/readText.js";

export { isPdf } from "../pdf/readText.js";

export async function pdfText(data: Uint8Array): Promise<string> {
  const lib = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  // In Node pdf.js reads these with fs.readFile, which takes a path, not a file: URL.
  return readPdfText(lib, data, {
    cMapUrl: join(root, "cmaps") + sep,
    standardFontDataUrl: join(root, "standard_fonts") + sep,
  });
}
