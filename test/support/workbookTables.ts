/** Small pasted tables for the workbook tests, written the way the published tables are. */
import { readFileSync } from "node:fs";
import { SAMPLE_TABLE } from "../../src/sample/sampleTable.js";

export const HEADER =
  "项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标";

/** name, 总计, 财政拨款, 财政专户拨款, 其他资金, 绩效目标, 绩效指标 */
export type RowSpec = readonly [string, string, string, string, string, string, string];

export function tableText(
  rows: readonly RowSpec[],
  opts: { title?: string; department?: string; unit?: string } = {},
): string {
  return [
    opts.title ?? "项目支出绩效目标表",
    `部门名称：${opts.department ?? "测试部门"}`,
    `单位：${opts.unit ?? "万元"}`,
    HEADER,
    ...rows.map((r) => r.join("\t")),
  ].join("\n");
}

/** A cost indicator (4-成本指标；41-经济成本指标) with the same period and annual value. */
export function cost(value: string, seq = 1): string {
  return `${seq}、4-成本指标；41-经济成本指标；年度投入；实施周期指标值:${value}；年度指标值:${value}。`;
}

export function count(value: string, seq = 1): string {
  return `${seq}、1-产出指标；11-数量指标；服务人数；实施周期指标值:${value}；年度指标值:${value}。`;
}

export const GOAL = "保障工作正常开展。";

export function project(name: string, amount: string, indicators: string): RowSpec {
  return [name, amount, amount, "", "", GOAL, indicators];
}

export function unit(name: string, amount: string): RowSpec {
  return [name, amount, amount, "", "", "", ""];
}

/** The published table this project started from (the bundled sample). */
export const SEED = SAMPLE_TABLE;

export function seedFromShared(): string | null {
  try {
    return readFileSync("/work/shared/seeds/000_482cb6efc95f57e9.txt", "utf8");
  } catch {
    return null;
  }
}

/** The variants every formula is proved on, with what makes each one interesting. */
export const VARIANTS: Record<string, string> = {
  "no units": tableText([
    ["合计", "30.00", "30.00", "", "", "", ""],
    project("甲项目", "10.00", cost("10万元")),
    project("乙项目", "20.01", count("3人")),
  ]),
  "funding-sum mismatch": tableText([
    ["合计", "10.00", "8.00", "", "1.00", "", ""],
    unit("某单位", "10.00"),
    ["甲项目", "10.00", "8.00", "", "1.00", GOAL, cost("10万元")],
  ]),
  "cost cap exceeded": tableText([
    ["合计", "12.00", "12.00", "", "", "", ""],
    unit("某单位", "12.00"),
    project("甲项目", "12.00", cost("不超过10万元")),
  ]),
  "per-unit cost": tableText([
    ["合计", "6.30", "6.30", "", "", "", ""],
    unit("某单位", "6.30"),
    project("培训项目", "6.30", `${count("63人")}${cost("1000元/人", 2)}`),
  ]),
  "yuan cost in a wan table": tableText([
    ["合计", "18.50", "18.50", "", "", "", ""],
    unit("某单位", "18.50"),
    project("甲项目", "9.00", cost("90000元")),
    project("乙项目", "9.50", cost("90000元")),
  ]),
  "at-least cost": tableText([
    ["合计", "10.00", "10.00", "", "", "", ""],
    unit("某单位", "10.00"),
    project("甲项目", "4.00", cost("大于等于5万元")),
    project("乙项目", "6.00", cost("大于等于5万元")),
  ]),
  "tolerance boundary": tableText([
    ["合计", "20.011", "20.011", "", "", "", ""],
    unit("单位一", "10.005"),
    project("甲项目", "10.00", cost("小于10.005万元")),
    unit("单位二", "10.006"),
    project("乙项目", "10.00", cost("大于9.995万元")),
  ]),
  "two tables": [
    tableText(
      [
        ["合计", "5.00", "5.00", "", "", "", ""],
        unit("单位一", "5.00"),
        project("甲项目", "5.00", cost("6万元")),
      ],
      { title: "项目支出绩效目标表（一）" },
    ),
    "",
    tableText(
      [
        ["合计", "7.00", "7.00", "", "", "", ""],
        unit("单位二", "7.01"),
        project("乙项目", "7.00", cost("7万元")),
      ],
      { title: "项目支出绩效目标表（二）" },
    ),
  ].join("\n"),
};

/**
 * A table of `projects` projects in units of 25, with cost indicators of every kind, and one unit
 * whose stated subtotal is off by 0.01: for the size-independence tests.
 */
export function generatedTable(projects: number): string {
  const rows: RowSpec[] = [];
  const units: { name: string; projects: RowSpec[] }[] = [];
  for (let i = 0; i < projects; i++) {
    if (i % 25 === 0) units.push({ name: `第${units.length + 1}单位`, projects: [] });
    const amount = (10 + (i % 7) + (i % 3) / 4).toFixed(2);
    const kinds = [
      cost(`${amount}万元`),
      cost("不超过10万元"),
      cost("1000元/人"),
      cost("按标准列支"),
    ];
    units
      .at(-1)
      ?.projects.push(
        project(`项目${i + 1}`, amount, `${count("3人")}${kinds[i % 4]?.replace("1、", "2、")}`),
      );
  }
  const cents = (s: string): number => Math.round(Number(s) * 100);
  const unitTotals = units.map((u) => u.projects.reduce((n, p) => n + cents(p[1]), 0));
  const grand = unitTotals.reduce((a, b) => a + b, 0);
  rows.push(["合计", (grand / 100).toFixed(2), (grand / 100).toFixed(2), "", "", "", ""]);
  units.forEach((u, i) => {
    const stated = ((unitTotals[i] ?? 0) + (i === 0 ? 1 : 0)) / 100;
    rows.push(unit(u.name, stated.toFixed(2)));
    rows.push(...u.projects);
  });
  return tableText(rows);
}
