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
