/** Builds pasted text in the tab form from rows of cells, as Excel puts it on the clipboard. */
export function tabText(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.join("\t")).join("\n") + "\n";
}

export const HEADER = [
  "项目名称（资金使用单位）",
  "总计",
  "财政拨款",
  "财政专户拨款",
  "其他资金",
  "绩效目标",
  "绩效指标",
];

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
