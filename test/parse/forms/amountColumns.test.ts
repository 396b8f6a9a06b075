import { describe, expect, it } from "vitest";
import { placeByPosition, type PlacedRow } from "../../../src/parse/forms/amountColumns.js";

const rows = (): PlacedRow[] => [
  // A total and one source 18, then 42 text columns to its right; no row with every column filled.
  { numbers: ["29,500.00", "29,500.00"], edges: [25, 43] },
  { numbers: ["10,300.00", "10,300.00"], edges: [22, 64] },
];

describe("placing amounts by where they stand, from the header's words", () => {
  it("follows header words set as far apart as the amounts are wide", () => {
    const placed = rows();
    placeByPosition(placed, 4, [14, 28, 42]);
    expect(placed.map((r) => r.sourceColumns)).toEqual([[0], [2]]);
  });

  it("ignores header words squeezed closer than an amount is wide: narrow columns", () => {
    const placed = rows();
    placeByPosition(placed, 4, [5, 10, 15]);
    expect(placed.map((r) => r.sourceColumns)).toEqual([undefined, undefined]);
  });
});

describe("placing amounts by where they stand, page by page", () => {
  // Two full rows teach distances of 14, 28 and 42 from the total.
  const full = (): PlacedRow[] => [
    { numbers: ["1.00", "1.00", "1.00", "1.00"], edges: [20, 34, 48, 62] },
    { numbers: ["2.00", "2.00", "2.00", "2.00"], edges: [20, 34, 48, 62] },
  ];
  const lone = (): PlacedRow => ({ numbers: ["13,814.00", "13,814.00"], edges: [20, 51] });

  it("leaves a row to the subtotals when its page's header sets the columns elsewhere", () => {
    // 31 from the total is the third column by the full rows, the fourth by this page's header.
    const placed = [...full(), lone()];
    placeByPosition(placed, 4, null, [null, null, [10, 20, 31]]);
    expect(placed[2]!.sourceColumns).toBeUndefined();
  });

  it("places it when the page's header agrees", () => {
    const placed = [...full(), lone()];
    placeByPosition(placed, 4, null, [null, null, [14, 29, 43]]);
    expect(placed[2]!.sourceColumns).toEqual([1]);
  });
});
