import { describe, expect, it } from "vitest";
import { joinCutAmountColumns } from "../../../src/parse/forms/cutAmounts.js";
import { parseText } from "../../../src/parse/index.js";
import { HEADER, line, rowsOf } from "../../support/layoutCopy.js";

describe("amounts a narrow cell cut in two, in a layout copy", () => {
  it("take back the digit under them, and leave its line empty", () => {
    expect(
      joinCutAmountColumns([
        "            60251604.0 27378002.0 14895078.0 17978524.0",
        "合计",
        "            0          0           0           0",
      ]),
    ).toEqual(["            60251604.00 27378002.00 14895078.00 17978524.00", "合计", ""]);
  });

  it("leave a digit that stands under no cut amount, and whole amounts, as they are", () => {
    const lines = ["合计        12.00      12.00", "            1 次"];
    expect(joinCutAmountColumns(lines)).toEqual(lines);
  });

  it("give the table its amounts, the name's last line kept", () => {
    const r = parseText(
      [
        "项目支出绩效目标表",
        "单位：元",
        HEADER,
        "            60251604.0 60251604.0",
        "合计",
        "            0          0",
        line("某单位", { T: "60251604.00", F: "60251604.00" }),
        "广州市教    60251604.0 60251604.0",
        "育局        0          0",
      ].join("\n"),
      { form: "layout" },
    );
    expect(rowsOf(r).map((x) => [x.name, x.amounts.total, x.amounts.fiscal])).toEqual([
      ["合计", 60251604, 60251604],
      ["某单位", 60251604, 60251604],
      ["广州市教育局", 60251604, 60251604],
    ]);
  });
});
