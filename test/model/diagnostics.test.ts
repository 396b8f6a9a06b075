import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { forReading, isSetAside } from "../../src/model/diagnostics.js";
import { parseText } from "../../src/parse/index.js";

const seedCopy = readFileSync(
  new URL("../fixtures/pdf/seed/chromium.pdfjs.txt", import.meta.url),
  "utf8",
);

describe("the order diagnostics are read in", () => {
  it("puts the sample's one request for a check before its page numbers and repeated headers", () => {
    const { diagnostics } = parseText(seedCopy);
    const ordered = forReading(diagnostics);
    expect(ordered[0]?.code).toBe("amounts-ambiguous");
    expect(ordered.slice(1).every(isSetAside)).toBe(true);
    expect(ordered).toHaveLength(diagnostics.length);
  });

  it("keeps each group in input-line order, lines unknown last", () => {
    const d = (code: string, line: number | null) => ({ code, line });
    const ordered = forReading([
      d("page-furniture", 1),
      d("not-a-row", 40),
      d("repeated-header", 20),
      d("amounts-ambiguous", null),
      d("bad-amount", 7),
      d("page-furniture", 19),
    ]);
    expect(ordered.map((x) => `${x.code}@${x.line}`)).toEqual([
      "bad-amount@7",
      "not-a-row@40",
      "amounts-ambiguous@null",
      "page-furniture@1",
      "page-furniture@19",
      "repeated-header@20",
    ]);
  });
});
