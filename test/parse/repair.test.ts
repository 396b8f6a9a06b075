import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import { repairRadicals } from "../../src/parse/repair.js";
import { HEADER, output, tabText } from "../support/pasted.js";

describe("radical code points from PDF text layers", () => {
  it("become the ideographs they stand for", () => {
    expect(repairRadicals("⼴州市⼯商业联合会 ⻔户⽹站 ⻓期 ⽀出 ⻋辆")).toBe(
      "广州市工商业联合会 门户网站 长期 支出 车辆",
    );
  });

  it("leave ordinary text alone", () => {
    const text = "项目名称（资金使用单位）；≥90%，ABC 123";
    expect(repairRadicals(text)).toBe(text);
  });

  it("are repaired before parsing, so names and header words match", () => {
    const text = tabText([
      ["部⻔名称：⼴州市⼯商业联合会"],
      HEADER.map((h) => h.replace("总计", "总计")),
      ["合计", "1.00", "1.00"],
      ["⼴州市⼯商业联合会", "1.00", "1.00"],
      ["项目", "1.00", "1.00", "", "", "⽬标。", output(1, "数量", "1个")],
    ]);
    const t = reconcile(text).tables[0]!;
    expect(t.department).toBe("广州市工商业联合会");
    expect(t.rows.map((r) => [r.kind, r.name])).toEqual([
      ["total", "合计"],
      ["unit", "广州市工商业联合会"],
      ["project", "项目"],
    ]);
  });
});
