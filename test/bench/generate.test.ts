import { describe, expect, it } from "vitest";
import { generateTable, wrap } from "../../scripts/bench/generate.js";
import { parseText } from "../../src/parse/index.js";
import { tidy } from "../../src/parse/text.js";
import { compareParses } from "../support/accuracy.js";

describe("bench table generator", () => {
  const table = generateTable(100);

  it("is deterministic", () => {
    expect(generateTable(100).stream).toBe(table.stream);
  });

  it("gives the same rows, amounts and indicators in the tab and the stream form", () => {
    const tab = parseText(table.tab);
    const stream = parseText(table.stream);
    expect([tab.form, stream.form]).toEqual(["tab", "stream"]);
    expect(tab.diagnostics).toEqual([]);
    expect(tab.tables[0]?.indicators.length).toBe(table.indicators);
    const projects = tab.tables[0]?.rows.filter((r) => r.kind === "project").length;
    expect(projects).toBe(100);
    const acc = compareParses(tab, stream);
    for (const k of ["rows", "amounts", "indicators"] as const) {
      expect(acc[k].misses).toEqual([]);
      expect(acc[k].exact).toBe(acc[k].total);
    }
  });

  it("wraps only where a line break reads as nothing, never right after a digit", () => {
    const text = "完成2025-2026年度846.13平方米的改造，服务对象满意度大于等于90%。";
    for (const width of [3, 6, 11, 17]) {
      const lines = wrap(text, width);
      expect(lines.join("")).toBe(text);
      expect(tidy(lines.join("\n"))).toBe(text);
      for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/\d$/);
    }
  });
});
