import { PUBLISHED_HEADER } from "../../src/parse/forms/header.js";

/** Builds pasted text in the tab form from rows of cells, as Excel puts it on the clipboard. */
export function tabText(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.join("\t")).join("\n") + "\n";
}

export const HEADER = [...PUBLISHED_HEADER];

export function preamble(department: string, unit = "万元"): string[][] {
  return [["项目支出绩效目标表"], [`部门名称：${department}`], [`单位：${unit}`]];
}

/** One indicator in the published form. */
export function indicator(
  seq: number,
  l1: string,
  l2: string,
  name: string,
  period: string,
  annual: string,
  semi = "；",
): string {
  return `${seq}、${l1}${semi}${l2}${semi}${name}${semi}实施周期指标值:${period}${semi}年度指标值:${annual}。`;
}

export const cost = (seq: number, value: string): string =>
  indicator(seq, "4-成本指标", "41-经济成本指标", "年度投入", value, value);

export const output = (seq: number, name: string, value: string): string =>
  indicator(seq, "1-产出指标", "11-数量指标", name, value, value);
