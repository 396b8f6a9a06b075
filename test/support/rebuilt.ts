import { expect } from "vitest";
import type { ParseResult, Row } from "../../src/model/types.js";
import { compareParses } from "./accuracy.js";
import { unaccountedLines } from "./lines.js";

const ambiguousLines = (r: { diagnostics: readonly { code: string; line: number | null }[] }) =>
  r.diagnostics.filter((d) => d.code === "amounts-ambiguous").map((d) => d.line);

/**
 * The rows, kinds, names, goals and indicator fields of a copy equal the tab form's, and so do the
 * amounts, except where the copy lost the empty cells and neither positions nor subtotals tell
 * the columns: such a row is reported, and keeps its own figures (nothing is invented).
 */
export function expectRebuilt(truth: ParseResult, got: ParseResult, text: string): void {
  const acc = compareParses(truth, got);
  expect(acc.rows.misses).toEqual([]);
  expect(acc.indicators.misses).toEqual([]);
  const reported = new Set(ambiguousLines(got));
  const wantRows = truth.tables.flatMap((t) => t.rows);
  const gotRows = got.tables.flatMap((t) => t.rows);
  const figures = (r: Row) =>
    Object.values(r.amounts)
      .filter((v) => v !== null)
      .sort();
  wantRows.forEach((w, i) => {
    const g = gotRows[i]!;
    if (JSON.stringify(w.amounts) === JSON.stringify(g.amounts)) return;
    expect({ row: g.name, reported: reported.has(g.line) }).toEqual({
      row: g.name,
      reported: true,
    });
    expect(figures(g)).toEqual(figures(w));
  });
  expect(got.tables.map((t) => [t.title, t.department, t.unit])).toEqual(
    truth.tables.map((t) => [t.title, t.department, t.unit]),
  );
  expect(unaccountedLines(text, got)).toEqual([]);
}
