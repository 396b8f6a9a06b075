/** The .xlsx the ExcelJS writer produces, read back with ExcelJS and as raw sheet XML. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import { buildWorkbookLayout, isFormula } from "../../src/layout/index.js";
import { writeXlsx } from "../../src/xlsx/index.js";
import { block, sheetOf } from "../support/locate.js";
import { SEED, cost, project, tableText, unit } from "../support/workbookTables.js";
import { readZipEntry } from "../support/zip.js";

async function reload(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

describe("xlsx writer", async () => {
  const layout = buildWorkbookLayout(reconcile(SEED));
  const buffer = await writeXlsx(layout);
  const wb = await reload(buffer);

  it("writes both sheets with frozen header, autofilter, widths and print setup", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["预算表", "绩效指标"]);
    const ws = wb.getWorksheet("预算表");
    expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: 4, xSplit: 1 });
    expect(ws?.autoFilter).toBe("A4:T24");
    expect(ws?.getColumn(1).width).toBe(36);
    expect(ws?.getColumn("H").hidden).toBe(true); // 下级合计, collapsed
    expect(ws?.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
    });
    expect(ws?.getCell("D6").numFmt).toBe("0.00");
    expect(ws?.getCell("A6").font?.bold).toBe(true);
    expect(ws?.getCell("A7").alignment?.indent).toBe(2);
    expect(ws?.getCell("T7").alignment?.wrapText).toBe(true);
  });

  it("writes formulas without cached results and asks for a full recalculation", () => {
    const xml = readZipEntry(buffer, "xl/workbook.xml");
    expect(xml).toContain('fullCalcOnLoad="1"');
    expect(xml).toMatch(/<definedName name="Tolerance">&apos;预算表&apos;!\$L\$2<\/definedName>/);
    const cell = wb.getWorksheet("预算表")?.getCell("L6");
    expect(cell?.formula).toBe("ROUND($D6-$H6,6)");
    const sheetXml = readZipEntry(buffer, "xl/worksheets/sheet1.xml");
    expect(sheetXml).toMatch(/<c r="L6"[^>]*><f>ROUND\(\$D6-\$H6,6\)<\/f><\/c>/);
  });

  it("writes one conditional format per layout rule", () => {
    const sheetXml = readZipEntry(buffer, "xl/worksheets/sheet1.xml");
    const rules = layout.conditionalFormats.filter((r) => r.sheet === "预算表");
    expect(sheetXml.match(/<cfRule type="expression"/g)).toHaveLength(rules.length);
    expect(sheetXml).toContain('<conditionalFormatting sqref="D5:G24"><cfRule type="expression"');
    expect(sheetXml).toContain("<formula>ABS(L5)&gt;Tolerance</formula>");
  });

  it("writes the layout's values and formulas cell for cell", () => {
    const ws = wb.getWorksheet("预算表");
    for (const b of sheetOf(layout, 1, "budget").blocks) {
      b.rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          const got = ws?.getCell(b.top + r + 1, b.left + c + 1);
          if (isFormula(cell)) expect(got?.formula).toBe(cell.formula);
          else expect(got?.value ?? null).toBe(cell);
        }),
      );
    }
  });
});

describe("text that looks like a formula", async () => {
  const dangerous = ['=HYPERLINK("x","y")专项', "+1专项", "-1专项", "@SUM(A1)", "="];
  const layout = buildWorkbookLayout(
    reconcile(
      tableText([
        ["合计", "5.00", "5.00", "", "", "", ""],
        unit("单位", "5.00"),
        ...dangerous.map((name) => project(name, "1.00", cost("1万元"))),
      ]),
    ),
  );
  const buffer = await writeXlsx(layout);
  const names = block(sheetOf(layout, 1, "budget"), "names");

  it("is a shared string in the sheet XML, with no <f> element", () => {
    const sheetXml = readZipEntry(buffer, "xl/worksheets/sheet1.xml");
    const shared = readZipEntry(buffer, "xl/sharedStrings.xml");
    const strings = [...shared.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) =>
      unescapeXml(m[1] ?? ""),
    );
    dangerous.forEach((text, i) => {
      const address = `A${names.top + 3 + i}`;
      const xml = new RegExp(`<c r="${address}"[^>]*?(/>|>.*?</c>)`).exec(sheetXml)?.[0] ?? "";
      expect(xml, address).toMatch(/t="s"/);
      expect(xml, address).not.toContain("<f>");
      const index = Number(/<v>(\d+)<\/v>/.exec(xml)?.[1]);
      expect(strings[index]).toBe(text);
    });
  });

  it("reloads as a string value", async () => {
    const ws = (await reload(buffer)).getWorksheet("预算表");
    dangerous.forEach((text, i) => {
      const cell = ws?.getCell(`A${names.top + 3 + i}`);
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.value).toBe(text);
    });
  });
});

function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
