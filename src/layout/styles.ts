/**
 * The named styles the layout refers to. Cell styles are merged column style first, row style
 * over it; conditional-format styles are drawn over both by the spreadsheet.
 */
import type { CellStyle, StyleName } from "./model.js";

const BORDERED: CellStyle = { border: true, valign: "top" };

export const STYLES = {
  title: { bold: true, size: 14 },
  subtitle: { color: "404040" },
  header: {
    bold: true,
    fill: "D9D9D9",
    wrap: true,
    align: "center",
    valign: "middle",
    border: true,
  },
  summaryLabel: { bold: true, fill: "F2F2F2", align: "center", border: true, wrap: true },
  summaryValue: { align: "center", border: true, bold: true },
  /** The tolerance input: a pale yellow "you may edit this" cell. */
  input: { fill: "FFF2CC", align: "center", border: true, bold: true },
  text: BORDERED,
  wrap: { ...BORDERED, wrap: true },
  number: { ...BORDERED, align: "right" },
  center: { ...BORDERED, align: "center" },
  /** Computed columns: grey text, so they read as derived rather than pasted. */
  computed: { ...BORDERED, color: "595959" },
  totalRow: { bold: true, fill: "BDD7EE" },
  unitRow: { bold: true, fill: "DDEBF7" },
  // Excel and LibreOffice ignore an indent without an explicit left alignment.
  projectName: { indent: 2, align: "left" },
  // Conditional formats: Excel's "light red fill with dark red text" for errors.
  cfProblem: { fill: "FFC7CE", color: "9C0006", bold: true },
  cfFunding: { fill: "FFEB9C", color: "9C5700", bold: true },
  cfInfo: { color: "7F7F7F", italic: true },
} satisfies Record<StyleName, CellStyle>;

export type LayoutStyle = keyof typeof STYLES;
