/** The README's table of hostile input tried is the list in test/support/tried.ts, row for row. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TRIED, TRIED_END, TRIED_START, readTable } from "../support/tried.js";

const readme = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8");

describe("README: what was tried", () => {
  it("lists exactly the tried inputs, outcomes and proofs (npx tsx scripts/tried-table.ts)", () => {
    const start = readme.indexOf(TRIED_START);
    const end = readme.indexOf(TRIED_END);
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const rows = readTable(readme.slice(start, end));
    expect(rows[0]).toEqual(["input", "outcome", "proof"]);
    expect(rows.slice(1)).toEqual(TRIED.map((t) => [t.input, t.outcome, t.proof]));
  });

  it("names only test files that exist", () => {
    for (const t of TRIED)
      for (const m of t.proof.matchAll(/`([^`]+\.test\.ts)`/g))
        expect(() => readFileSync(join(import.meta.dirname, "..", "..", m[1] ?? ""))).not.toThrow();
  });
});
