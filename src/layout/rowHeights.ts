/**
 * Row heights for rows with wrapped text. LibreOffice does not autofit rows when it opens an
 * .xlsx, and Excel only autofits rows it is asked to, so the layout estimates the height the text
 * needs. An estimate: generous rather than clipping.
 */
import type { Block, CellStyle, ColumnLayout, RowHeight, StyleName } from "./model.js";

/** Points per line of 11-point text (CJK glyphs need more than Latin ones: 16 measured in LO). */
const LINE_HEIGHT = 16;
/** Excel's maximum row height. */
const MAX_HEIGHT = 409;

/**
 * Width of a CJK or full-width character in Excel character units: about 2 in Excel's default
 * fonts, about 1.7 in LibreOffice's; between the two, erring towards Excel.
 */
const CJK_WIDTH = 1.85;

/** Width of text in Excel character units. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? CJK_WIDTH : 1;
  return w;
}

/** Lines `text` takes in a wrapped column `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1.5);
  return text
    .split("\n")
    .reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / usable)), 0);
}

export function estimateRowHeights(
  blocks: readonly Block[],
  columns: readonly ColumnLayout[],
  styles: Readonly<Record<StyleName, CellStyle>>,
): RowHeight[] {
  const heights = new Map<number, number>();
  const style = (name: StyleName | null | undefined): CellStyle =>
    name == null ? {} : (styles[name] ?? {});
  for (const block of blocks) {
    block.rows.forEach((cells, r) => {
      const rowStyle = style(block.rowStyles?.[r]);
      cells.forEach((cell, c) => {
        if (typeof cell !== "string") return;
        const s = { ...style(block.columns[c]?.style), ...rowStyle };
        const size = s.size ?? 11;
        const lines = s.wrap ? wrappedLines(cell, columns[block.left + c]?.width ?? 10) : 1;
        const height = Math.min(
          MAX_HEIGHT,
          lines * LINE_HEIGHT * (size / 11) + (lines > 1 ? 2 : 0),
        );
        // Single lines of ordinary text keep the default height: nothing to record.
        if (lines === 1 && size <= 11) return;
        const row = block.top + r;
        heights.set(row, Math.max(heights.get(row) ?? 0, Math.ceil(height)));
      });
    });
  }
  return [...heights].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
}
