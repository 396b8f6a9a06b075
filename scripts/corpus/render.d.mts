// What the tests use of the corpus renderer (render.mjs).

export interface Style {
  valign: string;
  fontPt: number;
}

export const STYLES: Record<"middle" | "dense" | "top" | "portrait", Style>;

/** Draws a table (its tab form) as a government publication looks and prints it to PDF with Chromium; returns the PDF's path. */
export function renderChromium(text: string, dir: string, stem: string, style?: Style): string;

/** Prints an HTML file to `dir/stem.pdf` with headless Chromium; returns the PDF's path. */
export function printHtml(html: string, dir: string, stem: string): string;
