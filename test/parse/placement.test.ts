import { describe, expect, it } from "vitest";
import type { ParseResult, Row } from "../../src/model/types.js";
import { parseText } from "../../src/parse/index.js";
import { generateTable } from "../../scripts/bench/generate.js";

/**
 * A copy that lost its empty cells, at a size where the total has too many units to try every
 * reading of them: no amount may be wrong without the user being told where to look.
 */
describe("amounts placed in a large table copied without its empty cells", () => {
  it("every amount that differs from the tab form is on a reported row or under one", () => {
    const table = generateTable(20_000);
    const truth = parseText(table.tab).tables.flatMap((t) => t.rows);
    const got: ParseResult = parseText(table.stream);
    const rows = got.tables.flatMap((t) => t.rows);
    const reported = new Set(
      got.diagnostics.filter((d) => d.code === "amounts-ambiguous").map((d) => d.line),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const told = (r: Row): boolean =>
      reported.has(r.line) || (r.parentId !== null && reported.has(byId.get(r.parentId)!.line));
    const wrong = truth.flatMap((want, i) => {
      const row = rows[i]!;
      return JSON.stringify(want.amounts) === JSON.stringify(row.amounts) ? [] : [row];
    });
    expect(rows).toHaveLength(truth.length);
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.filter((r) => !told(r)).map((r) => r.name)).toEqual([]);
    // Nothing invented: a misplaced row keeps its own figures.
    wrong.forEach((r) => {
      const want = truth[rows.indexOf(r)]!;
      const figures = (x: Row) =>
        Object.values(x.amounts)
          .filter((v) => v !== null)
          .sort();
      expect(figures(r)).toEqual(figures(want));
    });
  });
});
