/**
 * A PDF's text as a pdf.js viewer (Chrome, Edge, Firefox) copies it when the whole document is
 * selected: each text item's string, a line break after the items that end a line and between
 * pages, normalised as the viewer's copy handler does (`normalizeUnicode`, NULs removed). The
 * command line reads a PDF so and parses the text as it would a paste; the corpus scripts extract
 * their pdf.js copies with this function too.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { EngineError } from "../model/errors.js";

/** Whether the bytes are a PDF file: its header opens it (`%PDF-`). */
export function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder("latin1").decode(bytes.subarray(0, 5)) === "%PDF-";
}

export async function pdfText(data: Uint8Array): Promise<string> {
  const lib = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // The character maps and standard fonts ship with pdfjs-dist; CJK text needs the maps.
  const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  let doc;
  try {
    doc = await lib.getDocument({
      // pdf.js takes ownership of the buffer it is given.
      data: data.slice(),
      cMapUrl: `${pathToFileURL(join(root, "cmaps")).href}/`,
      cMapPacked: true,
      standardFontDataUrl: `${pathToFileURL(join(root, "standard_fonts")).href}/`,
      isEvalSupported: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const reason = e instanceof Error ? e.name : "unknown";
    throw new EngineError(reason === "PasswordException" ? "pdf-password" : "pdf-unreadable", {
      reason,
    });
  }
  const pages: string[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      // The viewer asks for marked content too; those items open and close spans and carry no
      // text, so leaving them out changes nothing in the copy.
      const content = await page.getTextContent({
        includeMarkedContent: false,
        disableNormalization: true,
      });
      let text = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        text += item.str;
        if (item.hasEOL) text += "\n";
      }
      pages.push(text);
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  // A selection spanning pages crosses from one page's text layer to the next: a line break.
  const text = pages
    .map((p, i) => (p.endsWith("\n") || i === pages.length - 1 ? p : `${p}\n`))
    .join("");
  if (text.trim() === "") throw new EngineError("pdf-no-text");
  return lib.normalizeUnicode(text).replaceAll("\0", "");
}
