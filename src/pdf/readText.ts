/**
 * A PDF's text as a pdf.js viewer (Chrome, Edge, Firefox) copies it when the whole document is
 * selected: each text item's string, a line break after the items that end a line and between
 * pages, normalised as the viewer's copy handler does (`normalizeUnicode`, NULs removed). The
 * command line and the task pane read a PDF so and parse the text as they would a paste; each
 * hands in pdf.js and where its character maps are, which differ between Node and a browser.
 */
import { EngineError } from "../model/errors.js";

export type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/** Where pdf.js finds the files it ships besides its code: URLs in a browser, paths in Node. */
export interface PdfData {
  /** The character maps: CJK text needs them. */
  cMapUrl: string;
  standardFontDataUrl: string;
}

/** Whether the bytes are a PDF file: its header opens it (`%PDF-`). */
export function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder("latin1").decode(bytes.subarray(0, 5)) === "%PDF-";
}

export async function readPdfText(lib: PdfJs, data: Uint8Array, files: PdfData): Promise<string> {
  let doc;
  try {
    doc = await lib.getDocument({
      // pdf.js takes ownership of the buffer it is given.
      data: data.slice(),
      cMapUrl: files.cMapUrl,
      cMapPacked: true,
      standardFontDataUrl: files.standardFontDataUrl,
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
