import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readAmount } from "../../src/parse/amount.js";

describe("reading a money cell", () => {
  it("reads a plain amount as the full reading of the same cell does", () => {
    const plain = fc
      .tuple(fc.stringMatching(/^\d{1,17}$/), fc.constantFrom("", ".", ".5", ".00", ".1234567"))
      .map(([whole, fraction]) => whole + fraction);
    fc.assert(
      fc.property(plain, (cell) => {
        // A space around the cell keeps it off the short way; both must read it alike.
        expect(readAmount(cell)).toEqual(readAmount(` ${cell} `));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads the ways amounts are written, and refuses what is no amount", () => {
    expect(readAmount("642.39")).toEqual({ ok: true, value: 642.39 });
    expect(readAmount("1,234.56")).toEqual({ ok: true, value: 1234.56 });
    expect(readAmount("１２．００")).toEqual({ ok: true, value: 12 });
    expect(readAmount("(3.00)")).toEqual({ ok: true, value: -3 });
    expect(readAmount("")).toEqual({ ok: true, value: null });
    expect(readAmount(" — ")).toEqual({ ok: true, value: null });
    expect(readAmount("12.")).toEqual({ ok: false, value: null });
    expect(readAmount("约12")).toEqual({ ok: false, value: null });
  });
});
