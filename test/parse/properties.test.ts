import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import { SAMPLE_TABLE } from "../../src/sample/sampleTable.js";
import { unaccountedLines } from "../support/lines.js";
import { HEADER, output, tabText } from "../support/pasted.js";

/** Text made of the pieces tables are made of, so the parser's paths are actually taken. */
const fragment = fc.constantFrom(
  "\t",
  "\n",
  "\r\n",
  " ",
  "合计",
  "总计",
  "12.00",
  "1,234.5",
  "１２",
  "-",
  '"',
  '""',
  "、",
  "；",
  ";",
  "：",
  "1、",
  "4-成本指标",
  "41-经济成本指标",
  "实施周期指标值:",
  "年度指标值:",
  "不超过",
  "万元",
  "元/人",
  "。",
  "项目名称",
  "财政拨款",
  "绩效目标",
  "绩效指标",
  "部门名称：",
  "单位：万元",
  "第 1 页",
  "一家",
  "为零",
  "甲",
);
const tableish = fc.array(fragment, { maxLength: 120 }).map((parts) => parts.join(""));

const sampleLines = SAMPLE_TABLE.split("\n");
/** The sample with lines cut, doubled, swapped, split or garbled. */
const mutatedSample = fc
  .array(
    fc.oneof(
      fc.record({ kind: fc.constant("drop" as const), at: fc.nat() }),
      fc.record({ kind: fc.constant("dup" as const), at: fc.nat() }),
      fc.record({
        kind: fc.constant("insert" as const),
        at: fc.nat(),
        text: fc.string({ maxLength: 40 }),
      }),
      fc.record({ kind: fc.constant("cut" as const), at: fc.nat(), pos: fc.nat() }),
      fc.record({ kind: fc.constant("tabs" as const), at: fc.nat() }),
    ),
    { maxLength: 8 },
  )
  .map((edits) => {
    const lines = [...sampleLines];
    for (const e of edits) {
      const i = e.at % Math.max(1, lines.length);
      const line = lines[i] ?? "";
      if (e.kind === "drop") lines.splice(i, 1);
      else if (e.kind === "dup") lines.splice(i, 0, line);
      else if (e.kind === "insert") lines.splice(i, 0, e.text);
      else if (e.kind === "cut")
        lines.splice(
          i,
          1,
          line.slice(0, e.pos % (line.length + 1)),
          line.slice(e.pos % (line.length + 1)),
        );
      else lines[i] = line.replace(/\t/g, "\t\t");
    }
    return lines.join("\n");
  });

describe("parsing anything", () => {
  it("never throws, and accounts for every non-blank line", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary", maxLength: 400 }), tableish, mutatedSample),
        (text) => {
          const result = reconcile(text);
          expect(unaccountedLines(text, result)).toEqual([]);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("invents no amount: every row amount is a number written in the input", () => {
    fc.assert(
      fc.property(mutatedSample, (text) => {
        const written = new Set(
          [...text.matchAll(/[\d,]+(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, ""))),
        );
        for (const t of reconcile(text).tables) {
          for (const r of t.rows) {
            for (const v of Object.values(r.amounts))
              if (v !== null) expect(written.has(v)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** A random table: units with projects, amounts in cents split over the three sources. */
const nameChars = "甲乙丙丁戊己庚辛壬癸项目经费服务中心局所站建设运维专项";
const name = fc
  .array(fc.constantFrom(...nameChars), { minLength: 2, maxLength: 12 })
  .map((cs) => cs.join(""))
  .filter((n) => n !== "合计" && n !== "总计");
const cents = fc.integer({ min: 0, max: 5_000_000 });
const project = fc.record({ name, fiscal: cents, special: cents, other: cents });
const unit = fc.record({ name, projects: fc.array(project, { minLength: 1, maxLength: 5 }) });
const generated = fc.array(unit, { minLength: 1, maxLength: 4 });

const money = (c: number): string => (c === 0 ? "" : (c / 100).toFixed(2));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

type Generated = {
  name: string;
  projects: { name: string; fiscal: number; special: number; other: number }[];
}[];

function render(units: Generated, plant?: { unit: number; delta: number }) {
  const rows: string[][] = [["项目支出绩效目标表"], ["部门名称：某局"], ["单位：万元"], HEADER];
  const projectRows = (p: { fiscal: number; special: number; other: number }) => [
    p.fiscal,
    p.special,
    p.other,
  ];
  const unitSums = units.map((u) =>
    [0, 1, 2].map((k) => sum(u.projects.map((p) => projectRows(p)[k]!))),
  );
  const grand = [0, 1, 2].map((k) => sum(unitSums.map((s) => s[k]!)));
  const line = (n: string, s: number[], extra: string[] = [], adjust = 0) => [
    n,
    (sum(s) / 100 + adjust).toFixed(2),
    ...s.map(money),
    ...extra,
  ];
  rows.push(line("合计", grand));
  units.forEach((u, i) => {
    rows.push(line(u.name, unitSums[i]!, [], plant?.unit === i ? plant.delta : 0));
    for (const p of u.projects)
      rows.push(line(p.name, projectRows(p), ["目标。", output(1, "数量", "1个")]));
  });
  return tabText(rows);
}

describe("generated tables", () => {
  it("parse back to exactly what generated them, with no arithmetic findings", () => {
    fc.assert(
      fc.property(generated, (units) => {
        const result = reconcile(render(units));
        const table = result.tables[0]!;
        const expected = [
          "total",
          ...units.flatMap((u) => ["unit", ...u.projects.map(() => "project")]),
        ];
        expect(table.rows.map((r) => r.kind)).toEqual(expected);
        const projects = table.rows.filter((r) => r.kind === "project");
        const flat = units.flatMap((u) => u.projects);
        projects.forEach((r, i) => {
          const p = flat[i]!;
          expect(r.name).toBe(p.name);
          expect(r.amounts).toEqual({
            total: (p.fiscal + p.special + p.other) / 100,
            fiscal: p.fiscal === 0 ? null : p.fiscal / 100,
            specialAccount: p.special === 0 ? null : p.special / 100,
            other: p.other === 0 ? null : p.other / 100,
          });
          const u = table.rows.find((x) => x.id === r.parentId)!;
          expect(u.kind).toBe("unit");
        });
        expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
        expect(result.diagnostics).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("a planted subtotal error is always found, on that unit, with its delta", () => {
    const delta = fc
      .integer({ min: -100_000, max: 100_000 })
      .filter((d) => d !== 0)
      .map((d) => d / 100);
    fc.assert(
      fc.property(generated, fc.nat(), delta, (units, which, d) => {
        const target = which % units.length;
        const result = reconcile(render(units, { unit: target, delta: d }));
        const unitRow = result.tables[0]!.rows.filter((r) => r.kind === "unit")[target]!;
        const found = result.findings.filter(
          (f) => f.rule === "subtotal" && f.rowId === unitRow.id,
        );
        expect(found.map((f) => [f.column, f.delta])).toEqual([["total", d]]);
        // The unit's own total no longer equals its sources either.
        expect(
          result.findings.some((f) => f.rule === "funding-sum" && f.rowId === unitRow.id),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
