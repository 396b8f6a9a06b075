/** Pieces both sheet builders use: the header block, column widths, print setup. */
import type { ColumnSpec } from "./columns.js";
import type { Block, ColumnLayout, PrintSetup } from "./model.js";

export function headerBlock<K extends string>(specs: readonly ColumnSpec<K>[], row: number): Block {
  return {
    key: "header",
    top: row,
    left: 0,
    columns: specs.map((s) => ({ key: s.key })),
    rows: [specs.map((s) => s.header)],
    rowStyles: ["header"],
  };
}

export function columnLayouts<K extends string>(specs: readonly ColumnSpec<K>[]): ColumnLayout[] {
  return specs.map((s) => ({
    key: s.key,
    header: s.header,
    width: s.width,
    ...(s.collapsed ? { collapsed: true } : {}),
  }));
}

/** The data columns of a block: format and style per column, from the specs. */
export function blockColumns<K extends string>(specs: readonly ColumnSpec<K>[]): Block["columns"] {
  return specs.map((s) => ({
    key: s.key,
    style: s.style,
    ...(s.numberFormat !== undefined ? { numberFormat: s.numberFormat } : {}),
  }));
}

/** Landscape A4, one page wide, the header repeated: wide sheets print readably. */
export function printSetup(headerRow: number): PrintSetup {
  const r = headerRow + 1;
  return { orientation: "landscape", fitToWidth: 1, paper: "A4", repeatRows: `${r}:${r}` };
}
