import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectForm } from "../../../src/parse/forms/detect.js";
import { PUBLISHED_HEADER } from "../../../src/parse/forms/header.js";

const read = (table: string, file: string) =>
  readFileSync(new URL(`../../fixtures/pdf/${table}/${file}`, import.meta.url), "utf8");

describe("which form a paste is in", () => {
  it("tells pdftotext's column blocks from a table drawn from the top, amounts beside names", () => {
    // Drawn from the top, Chromium's page puts each row's amounts beside its name, so few amounts
    // stand alone; the header's words on lines of their own and the blank lines still tell.
    const text = read("culture-c", "chromium.pdftotext.txt");
    expect(detectForm(text)).toBe("columns");
  });

  it("reads a viewer's copy that puts every header cell on a line of its own as a stream", () => {
    const header = PUBLISHED_HEADER;
    const copy = read("seed", "chromium.raw.txt").replace(
      /项目名称（资金使用单\n位） 总计 财政拨款 财政专户拨\n款 其他资金 绩效目标 绩效指标/g,
      header.join("\n"),
    );
    expect(copy).toContain(header.join("\n"));
    expect(detectForm(copy)).toBe("stream");
  });

  it.each(["seed", "health", "culture-c"])(
    "%s: the layout and stream copies keep their forms",
    (t) => {
      expect(detectForm(read(t, "chromium.layout.txt"))).toBe("layout");
      expect(detectForm(read(t, "calc.raw.txt"))).toBe("stream");
      expect(detectForm(read(t, "spaces.txt"))).toBe("stream");
    },
  );
});
