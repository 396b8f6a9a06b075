import { parseText } from "../../src/parse/index.js";

/**
 * Small `pdftotext -layout` pages written by hand, one behaviour each. The corpus in
 * test/fixtures/pdf covers the real renderers; these pin down why each rule is there.
 */
export const HEADER =
  " 项目名称（资金使用单位）    总计         财政拨款       财政专户拨款   其他资金                  绩效目标                  绩效指标";

/** Right edges of the money columns, as pdftotext lays them out (one column per character). */
export const EDGE = { T: 24, F: 38, S: 51, O: 62 };
export type Money = Partial<Record<keyof typeof EDGE, string>>;

export const pad = (s: string, to: number) => s + " ".repeat(Math.max(1, to - [...s].length));

/** A line: name at 0, amounts right-aligned in their columns, goal at 70, indicators at 94. */
export function line(name: string, money: Money = {}, goal = "", indicators = ""): string {
  let s = name;
  for (const k of ["T", "F", "S", "O"] as const) {
    const a = money[k];
    if (a) s = pad(s, EDGE[k] - a.length) + a;
  }
  if (goal) s = pad(s, 70) + goal;
  if (indicators) s = pad(s, 94) + indicators;
  return s;
}
export const indicator = (what: string) =>
  `1、1-产出指标；11-数量指标；${what}；实施周期指标值:1次；年度指标值:1次。`;

// Pages this small hold too few wrapped lines for the form to be recognised: it is named.
export const parse = (lines: string[]) =>
  parseText(["项目支出绩效目标表", "单位：万元", HEADER, ...lines].join("\n"), { form: "layout" });
export const rowsOf = (r: ReturnType<typeof parse>) => r.tables.flatMap((t) => t.rows);
export const ambiguous = (r: ReturnType<typeof parse>) =>
  r.diagnostics.filter((d) => d.code === "amounts-ambiguous");
