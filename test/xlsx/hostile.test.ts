/**
 * The .xlsx against hostile text and Excel's cell limit, read back as raw XML (shared strings, no
 * `<f>` element) and with ExcelJS.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { EXCEL_CELL_LIMIT } from "../../src/layout/index.js";
import { writeXlsx } from "../../src/xlsx/index.js";
import { hostileWorkbook, longGoalLayout, LONG_GOAL, textCells } from "../support/hostile.js";
import { readZipEntry } from "../support/zip.js";

function unescapeXml(s: string): string {
  return s
    .replace(/_x([0-9A-F]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The shared strings table: each <si>'s text runs joined. */
function sharedStrings(buffer: Buffer): string[] {
  const xml = readZipEntry(buffer, "xl/sharedStrings.xml");
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    [...(si[1] ?? "").matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)]
      .map((t) => unescapeXml(t[1] ?? ""))
      .join(""),
  );
}

/** The XML of one cell of sheet `index` (1-based, layout order). */
function cellXml(buffer: Buffer, index: number, address: string): string {
  const xml = readZipEntry(buffer, `xl/worksheets/sheet${index}.xml`);
  return new RegExp(`<c r="${address}"[^>]*?(/>|>[\\s\\S]*?</c>)`).exec(xml)?.[0] ?? "";
}

describe("hostile text in the .xlsx", async () => {
  const hostile = hostileWorkbook();
  const buffer = await writeXlsx(hostile.layout);
  const strings = sharedStrings(buffer);
  const cells = textCells(hostile.layout);
  const sheetIndex = (name: string): number =>
    hostile.layout.sheets.findIndex((s) => s.name === name) + 1;

  it("holds every hostile text", () => {
    for (const text of hostile.texts)
      expect(
        cells.map((c) => c.text),
        JSON.stringify(text),
      ).toContain(text);
  });

  it("stores every text cell as a shared string with no <f> element", () => {
    for (const cell of cells) {
      const where = `${cell.sheet}!${cell.address} ${JSON.stringify(cell.text)}`;
      const xml = cellXml(buffer, sheetIndex(cell.sheet), cell.address);
      expect(xml, where).toMatch(/t="s"/);
      expect(xml, where).not.toContain("<f>");
      expect(strings[Number(/<v>(\d+)<\/v>/.exec(xml)?.[1])], where).toBe(cell.text);
    }
  });

  it("reloads every text cell as the same string", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    for (const cell of cells) {
      const got = wb.getWorksheet(cell.sheet)?.getCell(cell.address);
      expect(got?.type, cell.address).toBe(ExcelJS.ValueType.String);
      expect(got?.value, cell.address).toBe(cell.text);
    }
  });
});

describe("Excel's cell limit in the .xlsx", () => {
  it("holds a goal cut to 32,767 characters", async () => {
    const long = LONG_GOAL;
    const layout = longGoalLayout();
    expect(layout.diagnostics.map((d) => d.code)).toEqual(["text-truncated"]);
    const strings = sharedStrings(await writeXlsx(layout));
    const goal = strings.find((s) => s.startsWith("很长"));
    expect(goal).toHaveLength(EXCEL_CELL_LIMIT);
    expect(goal).toBe(long.slice(0, EXCEL_CELL_LIMIT));
  });
});
