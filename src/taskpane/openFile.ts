/**
 * A file the user opens or drops on the pane: a PDF is read as a PDF viewer copies it (the same
 * reader as the command line's), anything else as text. pdf.js loads on first use, as a chunk of
 * its own; its worker and character maps are copied beside the pane by the build.
 */
import { decodeText } from "../parse/decode.js";
import { repairRadicals } from "../parse/repair.js";
import { isPdf, readPdfText } from "../pdf/readText.js";

/** Where webpack.config.js copies pdf.js's worker and data files, relative to the pane. */
const PDFJS_FILES = "pdfjs/";

export interface OpenedFile {
  text: string;
  fromPdf: boolean;
}

export async function openFile(file: Blob): Promise<OpenedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!isPdf(bytes)) return { text: decodeText(bytes), fromPdf: false };
  const lib = await import(/* webpackChunkName: "pdf" */ "pdfjs-dist/legacy/build/pdf.mjs");
  const files = new URL(PDFJS_FILES, document.baseURI);
  // pdf.js refuses a worker of another version: a worker cached from an older build must not be
  // taken for this one's.
  lib.GlobalWorkerOptions.workerSrc = new URL(`pdf.worker.min.mjs?v=${lib.version}`, files).href;
  const text = await readPdfText(lib, bytes, {
    cMapUrl: new URL("cmaps/", files).href,
    standardFontDataUrl: new URL("standard_fonts/", files).href,
  });
  // Radicals a PDF's fonts give for ideographs (⼈ for 人) look right but match nothing the user
  // searches the box for; put right one for one, the box's lines stay the lines reported.
  return { text: repairRadicals(text), fromPdf: true };
}
