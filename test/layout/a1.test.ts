import { describe, expect, it } from "vitest";
import {
  cellAddress,
  columnIndex,
  columnLetter,
  offsetFormula,
  parseRange,
  quoteSheet,
  rangeAddress,
} from "../../src/layout/a1.js";

describe("A1 addresses", () => {
  it("numbers columns like Excel", () => {
    expect([0, 25, 26, 51, 701, 702].map(columnLetter)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "ZZ",
      "AAA",
    ]);
    for (const n of [0, 25, 26, 701, 702, 16383]) expect(columnIndex(columnLetter(n))).toBe(n);
    expect(() => columnLetter(-1)).toThrow(RangeError);
  });

  it("writes cells and ranges, anchored where asked", () => {
    expect(cellAddress(4, 3)).toBe("D5");
    expect(cellAddress(4, 3, { col: true })).toBe("$D5");
    expect(rangeAddress(4, 3, 30, 3, { col: true, row: true })).toBe("$D$5:$D$31");
    expect(rangeAddress(1, 1, 1, 1)).toBe("B2");
    expect(parseRange("D5:G24")).toEqual({ top: 4, left: 3, bottom: 23, right: 6 });
  });

  it("quotes every sheet name, doubling quotes", () => {
    expect(quoteSheet("预算表")).toBe("'预算表'");
    expect(quoteSheet("O'Brien")).toBe("'O''Brien'");
  });

  it("moves relative references only, leaving strings, sheet names and names alone", () => {
    expect(offsetFormula("ABS(L5)>Tolerance", 2, 1)).toBe("ABS(M7)>Tolerance");
    expect(offsetFormula("$Q5>0", 3, 4)).toBe("$Q8>0");
    expect(offsetFormula("COUNTIFS('表 A1'!$A$4:$A$9,$R5,\"B2\")+LOG10(C3)", 1, 1)).toBe(
      "COUNTIFS('表 A1'!$A$4:$A$9,$R6,\"B2\")+LOG10(D4)",
    );
  });
});
