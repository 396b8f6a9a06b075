/**
 * End to end: the seed converted to .xlsx, recalculated by LibreOffice. Proves the formulas work
 * in a real spreadsheet (not only in HyperFormula) and that the file is sound.
 *
 * Needs `soffice` (Debian: apt-get install libreoffice-calc-nogui). Skipped with a message when
 * it is missing on a developer machine; in CI (process.env.CI set) a missing soffice fails.
 */
import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import { buildWorkbookLayout, parseAddress } from "../../src/layout/index.js";
import { writeXlsx } from "../../src/xlsx/index.js";
import { budgetCell, engineCostVerdicts, indicatorCell, split } from "../support/locate.js";
import { hasSoffice, recalculatedSheets } from "../support/libreoffice.js";
import { SEED, VARIANTS } from "../support/workbookTables.js";
import { VERDICT_LABELS } from "../../src/layout/index.js";

const available = hasSoffice();
const run = available || Boolean(process.env.CI);
if (!run) {
  console.warn(
    "SKIPPED test/xlsx/libreoffice.test.ts: soffice not found. " +
      "Install LibreOffice (apt-get install libreoffice-calc-nogui) to run it; in CI it is required.",
  );
}

describe.skipIf(!run)("LibreOffice recalculates the seed workbook", () => {
  it("finds the 0.01 subtotal difference, the 9万元 cost problem and nothing else", async () => {
    expect(available, "soffice is required in CI").toBe(true);
    const result = reconcile(SEED);
    const layout = buildWorkbookLayout(result);
    const sheets = recalculatedSheets(await writeXlsx(layout));
    expect([...sheets.keys()].sort()).toEqual(["绩效指标", "预算表"]);

    const value = (ref: string): string => {
      const [sheet, address] = split(ref);
      const { row, col } = parseAddress(address);
      return sheets.get(sheet)?.[row]?.[col] ?? "";
    };
    const table = result.tables[0];
    if (!table) throw new Error("no table");

    for (const row of table.rows) {
      const funding = value(budgetCell(layout, 1, row.id, "fundingDiff"));
      expect(Number(funding), `${row.id} funding`).toBe(0);
      if (row.kind === "project") continue;
      for (const c of ["total", "fiscal", "specialAccount", "other"]) {
        const diff = Number(value(budgetCell(layout, 1, row.id, `diff-${c}`)));
        const expected = row.id === "t1-u1" && (c === "total" || c === "fiscal") ? 0.01 : 0;
        expect(diff, `${row.id} ${c}`).toBeCloseTo(expected, 9);
      }
    }
    expect(Number(value(budgetCell(layout, 1, "t1-u1", "sum-total")))).toBeCloseTo(563.38, 9);
    expect(value(budgetCell(layout, 1, "t1-u1-p12", "costDisagree"))).toBe("1");
    expect(value(budgetCell(layout, 1, "t1-u1-p8", "costDisagree"))).toBe("0");

    expect(value(indicatorCell(layout, 1, "t1-u1-p12", 3, "verdict"))).toBe("不一致");
    expect(value(indicatorCell(layout, 1, "t1-u1-p12", 3, "annual-money"))).toBe("9");
    expect(value(indicatorCell(layout, 1, "t1-u1-p8", 3, "verdict"))).toBe("一致");
    expect(value(indicatorCell(layout, 1, "t1-u1-p1", 3, "verdict"))).toBe("未量化");
    const verdicts = table.indicators.map((i) =>
      value(indicatorCell(layout, 1, i.rowId, i.seq, "verdict")),
    );
    expect(verdicts.filter((v) => v === "不一致")).toHaveLength(1);
    expect(verdicts.every((v) => ["", "一致", "不一致", "未量化"].includes(v))).toBe(true);

    // The summary: 2 subtotal cells, no funding problem, 1 cost problem, 0 not comparable, 2 unquantified.
    const summary = sheets.get("预算表")?.[1]?.slice(11, 17);
    expect(summary).toEqual(["0.005", "2", "0", "1", "0", "2"]);
    // No error value anywhere.
    for (const [name, rows] of sheets) {
      for (const r of rows)
        expect(
          r.filter((v) => /^(#|Err:)/.test(v)),
          name,
        ).toEqual([]);
    }
  });
});

describe.skipIf(!run)("LibreOffice agrees with the engine on the variant tables", () => {
  for (const [name, text] of Object.entries(VARIANTS)) {
    it(`on a table with ${name}`, async () => {
      const result = reconcile(text);
      const layout = buildWorkbookLayout(result);
      const sheets = recalculatedSheets(await writeXlsx(layout));
      const value = (ref: string): string => {
        const [sheet, address] = split(ref);
        const { row, col } = parseAddress(address);
        return sheets.get(sheet)?.[row]?.[col] ?? "";
      };
      for (const [ref, verdict] of engineCostVerdicts(layout, result)) {
        expect(value(ref), ref).toBe(VERDICT_LABELS[verdict]);
      }
      const flagged = new Set<string>();
      for (const table of result.tables) {
        for (const row of table.rows) {
          const cells = [["funding-sum", "fundingDiff"]];
          if (row.kind !== "project") {
            for (const c of ["total", "fiscal", "specialAccount", "other"])
              cells.push([`subtotal ${c}`, `diff-${c}`]);
          }
          for (const [label, key] of cells) {
            const v = value(budgetCell(layout, table.index, row.id, key ?? ""));
            if (v !== "" && Math.abs(Number(v)) > 0.005) flagged.add(`${row.id} ${label ?? ""}`);
          }
        }
      }
      const expected = result.findings
        .filter((f) => f.rule === "subtotal" || f.rule === "funding-sum")
        .map((f) =>
          f.rule === "subtotal"
            ? `${f.rowId} subtotal ${f.column ?? ""}`
            : `${f.rowId} funding-sum`,
        );
      expect([...flagged].sort()).toEqual(expected.sort());
    });
  }
});
