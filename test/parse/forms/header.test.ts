import { describe, expect, it } from "vitest";
import { CANONICAL_HEADER, headerColumnsOf } from "../../../src/parse/forms/header.js";

const named = (key: string) =>
  CANONICAL_HEADER.filter((_, k) => headerColumnsOf(key)?.present[k] ?? false);

describe("a header's words, read from text without separators", () => {
  it("name every column when the header is whole", () => {
    expect(
      named("项目名称（资金使用单位）总计财政拨款财政专户拨款其他资金绩效目标绩效指标"),
    ).toEqual([...CANONICAL_HEADER]);
  });

  it("name 财政专户拨款 by its second part when its three lines are apart", () => {
    // 财政 / 专户 / 拨款, with 财政拨款's and 其他资金's pieces interleaved (a narrow column).
    expect(
      named("项目名称财政财政拨其他资（资金使用总计专户绩效目标绩效指标款金单位）拨款"),
    ).toEqual([...CANONICAL_HEADER]);
  });

  it("leave out a money column the header does not name", () => {
    expect(named("项目名称（资金使用单位）总计财政拨款绩效目标绩效指标")).toEqual([
      "项目名称",
      "总计",
      "财政拨款",
      "绩效目标",
      "绩效指标",
    ]);
  });
});
