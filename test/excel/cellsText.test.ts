import { describe, expect, it } from "vitest";
import { cellsToText } from "../../src/excel/cellsText.js";
import { reconcile } from "../../src/index.js";
import { PUBLISHED_HEADER } from "../../src/parse/forms/header.js";
import { SAMPLE_TABLE } from "../../src/sample/sampleTable.js";

describe("cellsToText", () => {
  it("joins cells with tabs and rows with line breaks", () => {
    expect(
      cellsToText([
        ["a", 1, true],
        ["", 2.5, null],
      ]),
    ).toBe("a\t1\tTRUE\n\t2.5");
  });

  it("quotes cells with line breaks, tabs or a leading quote, doubling inner quotes", () => {
    expect(cellsToText([["x", 'line 1\n"line" 2', "a\tb", '"q']])).toBe(
      'x\t"line 1\n""line"" 2"\t"a\tb"\t"""q"',
    );
  });

  it("drops trailing empty cells and trailing empty rows", () => {
    expect(cellsToText([["a", "", ""], ["", ""], ["b"], [""], []])).toBe("a\n\nb");
  });

  it("round-trips the sample table through cells back to the same findings", () => {
    const lines = SAMPLE_TABLE.split("\n").map((line) => line.split("\t"));
    const values = lines.map((cells) => cells.map((c) => (/^\d+\.\d+$/.test(c) ? Number(c) : c)));
    const direct = reconcile(SAMPLE_TABLE);
    const viaCells = reconcile(cellsToText(values));
    expect(viaCells.findings.map((f) => [f.rule, f.rowId, f.column, f.delta])).toEqual(
      direct.findings.map((f) => [f.rule, f.rowId, f.column, f.delta]),
    );
    expect(viaCells.tables[0]?.indicators.length).toBe(direct.tables[0]?.indicators.length);
  });

  it("keeps a multi-line indicator cell in one cell", () => {
    const header = [...PUBLISHED_HEADER];
    const text = cellsToText([
      ["单位：万元"],
      header,
      ["合计", 10, 10],
      [
        "项目甲",
        10,
        10,
        "",
        "",
        "目标",
        "1、1-产出指标；11-数量指标；次数；实施周期指标值:大于等于1次；年度指标值:大于等于1次。\n2、4-成本指标；41-经济成本指标；年度投入；实施周期指标值:10万元；年度指标值:10万元。",
      ],
    ]);
    const result = reconcile(text);
    expect(result.tables[0]?.indicators).toHaveLength(2);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
