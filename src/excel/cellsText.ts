/**
 * A block of cell values as the tab form Excel puts on the clipboard: tabs between cells, line
 * breaks between rows, a cell holding a line break, a tab or a leading quote wrapped in double
 * quotes with inner quotes doubled. The parser reads this form back cell for cell.
 */

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function quoteCell(text: string): string {
  return /[\t\r\n]/.test(text) || text.startsWith('"') ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Joins rows of cell values; empty cells at the end of a row and empty rows at the end are dropped. */
export function cellsToText(values: readonly (readonly unknown[])[]): string {
  const lines = values.map((row) => {
    const cells = row.map(cellText);
    let end = cells.length;
    while (end > 0 && cells[end - 1]?.trim() === "") end--;
    return cells.slice(0, end).map(quoteCell).join("\t");
  });
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.join("\n");
}
