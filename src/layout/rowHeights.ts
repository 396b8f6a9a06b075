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
  return widthOf(text, 0, text.length);
}

/** Width of text[from, to): one unit per code point, CJK_WIDTH for those from U+2E80 up. */
function widthOf(text: string, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2e80) w += 1;
    else {
      w += CJK_WIDTH;
      // A surrogate pair is one (astral, hence wide) code point.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) i++;
      }
    }
  }
  return w;
}

/** Lines `text` takes in a wrapped column `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1.5);
  let n = 0;
  let from = 0;
  for (;;) {
    const end = text.indexOf("\n", from);
    const to = end < 0 ? text.length : end;
    n += Math.max(1, Math.ceil(widthOf(text, from, to) / usable));
    if (end < 0) return n;
    from = end + 1;
  }
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
    // What decides a height, per row style and column: merged once per block, not per cell.
    const byRowStyle = new Map<StyleName | null, { wrap: boolean; size: number }[]>();
    const decisive = (rowStyle: StyleName | null): { wrap: boolean; size: number }[] => {
      let list = byRowStyle.get(rowStyle);
      if (list === undefined) {
        list = block.columns.map((column) => {
          const m = { ...style(column.style), ...style(rowStyle) };
          return { wrap: m.wrap === true, size: m.size ?? 11 };
        });
        byRowStyle.set(rowStyle, list);
      }
      return list;
    };
    block.rows.forEach((cells, r) => {
      const columnStyles = decisive(block.rowStyles?.[r] ?? null);
      cells.forEach((cell, c) => {
        if (typeof cell !== "string") return;
        const s = columnStyles[c] ?? { wrap: false, size: 11 };
        const size = s.size;
        // Single lines of ordinary text keep the default height: nothing to measure or record.
        if (!s.wrap && size <= 11) return;
        const lines = s.wrap ? wrappedLines(cell, columns[block.left + c]?.width ?? 10) : 1;
        if (lines === 1 && size <= 11) return;
        const height = Math.min(
          MAX_HEIGHT,
          lines * LINE_HEIGHT * (size / 11) + (lines > 1 ? 2 : 0),
        );
        const row = block.top + r;
        heights.set(row, Math.max(heights.get(row) ?? 0, Math.ceil(height)));
      });
    });
  }
  return [...heights].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
}
