/**
 * Synthetic 项目支出绩效目标表 of any size, for the benchmarks: one department, fund-using units of
 * about twenty projects, about four indicators per project, amounts that add up (with a few cost
 * indicators that disagree, as real tables have). The same table comes in two forms: the tab form
 * (as Excel puts it on the clipboard) and the stream form (as a PDF viewer copies it: cells one
 * after another, wrapped, page numbers and the header repeated on every page).
 *
 * Deterministic: the same size and seed give the same text.
 */

import { PUBLISHED_HEADER } from "../../src/parse/forms/header.js";

export interface GeneratedTable {
  tab: string;
  stream: string;
  projects: number;
  units: number;
  indicators: number;
}

export interface GenerateOptions {
  seed?: number;
  /** Projects per fund-using unit, on average. */
  unitSize?: number;
  /** Content lines per page of the stream form before the page number and header repeat. */
  pageLines?: number;
}

/** mulberry32: small, fast and good enough to pick words. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLE = "项目支出绩效目标表（含转移支付项目）";
const DEPARTMENT = "广州市城市综合服务管理局";
const HEADER = PUBLISHED_HEADER;
/** The header as Chromium's PDF viewer copies it: its cells wrapped in their narrow columns. */
const STREAM_HEADER = [
  "项目名称（资金使用单",
  "位） 总计 财政拨款 财政专户拨",
  "款 其他资金 绩效目标 绩效指标",
];

const PLACES = [
  "越秀",
  "海珠",
  "荔湾",
  "天河",
  "白云",
  "黄埔",
  "番禺",
  "花都",
  "南沙",
  "从化",
  "增城",
];
const UNIT_KINDS = [
  "市政设施管理中心",
  "城市更新服务中心",
  "环境卫生管理所",
  "综合行政执法支队",
  "信息中心",
  "档案馆",
  "机关服务中心",
  "公共资源交易中心",
  "社区服务指导中心",
  "应急保障中心",
];
const SUBJECTS = [
  "政企沟通服务",
  "办公设备购置",
  "信息化运维",
  "业务用房物业管理",
  "法律顾问服务",
  "宣传培训",
  "网格化管理",
  "公共设施维护",
  "档案数字化",
  "应急物资储备",
  "数据共享平台建设",
  "社区服务站运营",
  "商事纠纷调解",
  "党建工作",
  "垃圾分类督导",
  "安全生产检查",
];
const NAME_SUFFIX = ["经费", "专项经费", "项目", "运营经费", "工作经费", "服务费"];
const GOAL_PHRASES = [
  "通过采购专业服务，保障办公区域秩序和日常运转",
  "完善信息化服务体系，进一步保障各系统的正常稳定运行",
  "加强内部风险防范，确保各项业务活动符合国家法律法规要求",
  "分期分批更新办公设备，报废维修价值不高、超使用年限的设备",
  "开展专题宣传和业务培训，提升服务对象的满意度",
  "建立健全工作机制，推进网格化联系服务体系建设",
  "提供数据的收集、检索和分析等服务，以提高工作效率和决策能力",
  "按照上级要求按时完成年度工作任务，发挥示范引领作用",
  "维护群众合法权益，促进营商环境进一步优化",
  "做好设施设备的日常巡查与维修养护，消除安全隐患",
];
/** Level 1 code, level 1 name, level 2 code, level 2 name, indicator names, values. */
const INDICATORS: readonly (readonly [string, string, string, string, string[], string[]])[] = [
  [
    "1",
    "产出指标",
    "11",
    "数量指标",
    ["举办培训场次", "服务人数", "巡查次数", "购置设备数量", "运营报告", "服务面积"],
    ["大于等于10场次", "3人", "不少于12次", "按需更换购置一批", "年度报告1份", "846.13平方米"],
  ],
  [
    "1",
    "产出指标",
    "12",
    "质量指标",
    ["验收合格率", "系统正常运行率", "资料归档完整率"],
    ["100%", "大于等于98%", "不低于95%"],
  ],
  [
    "1",
    "产出指标",
    "13",
    "时效指标",
    ["全年支出率", "故障处理及时率", "按时完成率"],
    ["100%", "大于95%", "按计划时间完成"],
  ],
  [
    "2",
    "效益指标",
    "22",
    "社会效益指标",
    ["保障工作正常运转", "提升服务水平", "合法合规性", "商事纠纷有效化解"],
    ["明显提高", "有效保障", "年度法律纠纷为零", "有效化解率大于等于90%"],
  ],
  [
    "3",
    "满意度指标",
    "31",
    "服务对象满意度指标",
    ["服务对象满意度", "服务质量考核情况"],
    ["大于等于90%", "大于90分"],
  ],
];

interface Project {
  name: string;
  /** 总计, 财政拨款, 财政专户拨款, 其他资金 in cents; 0 is an empty cell except for 总计. */
  cents: [number, number, number, number];
  goal: string;
  indicators: string;
  count: number;
}

interface Unit {
  name: string;
  cents: [number, number, number, number];
  projects: Project[];
}

const money = (cents: number): string => (cents / 100).toFixed(2);
const cell = (cents: number): string => (cents === 0 ? "" : money(cents));

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function project(rand: () => number, unitName: string, k: number): Project {
  const subject = pick(rand, SUBJECTS);
  const year = 2025 + Math.floor(rand() * 2);
  const name =
    rand() < 0.3
      ? `${unitName}${year}-${year + 1}年${subject}${pick(rand, NAME_SUFFIX)}`
      : `${subject}${pick(rand, NAME_SUFFIX)}${k % 7 === 0 ? `（${pick(rand, PLACES)}）` : ""}`;
  const total = 100 * (1 + Math.floor(rand() * 300)) + Math.floor(rand() * 100);
  const r = rand();
  // Most projects are paid by the budget alone; some also by a special account or other money.
  const other = r < 0.1 ? Math.floor(total * (0.2 + rand() * 0.5)) : 0;
  const special = r >= 0.1 && r < 0.15 ? Math.floor(total * (0.2 + rand() * 0.5)) : 0;
  const cents: Project["cents"] = [total, total - other - special, special, other];

  const phrases = 1 + Math.floor(rand() * 3);
  const goal = Array.from({ length: phrases }, () => pick(rand, GOAL_PHRASES)).join("；") + "。";

  const count = 3 + Math.floor(rand() * 3) - (rand() < 0.3 ? 1 : 0);
  const parts: string[] = [];
  for (let seq = 1; seq < count; seq++) {
    const [c1, n1, c2, n2, names, values] = pick(rand, INDICATORS);
    const which = Math.floor(rand() * names.length);
    const value = values[which]!;
    parts.push(
      `${seq}、${c1}-${n1}；${c2}-${n2}；${names[which]}；实施周期指标值:${value}；年度指标值:${value}。`,
    );
  }
  // The last indicator is the cost: mostly the project's own amount, sometimes a cap, now and
  // then a figure that disagrees (a finding), or a qualitative value.
  const c = rand();
  const cost =
    c < 0.6
      ? `${money(total)}万元`
      : c < 0.8
        ? `不超过${money(total + 100 * Math.floor(rand() * 20))}万元`
        : c < 0.83
          ? `${money(total + 100)}万元`
          : "按标准列支";
  parts.push(
    `${count}、4-成本指标；41-经济成本指标；年度投入；实施周期指标值:${cost}；年度指标值:${cost}。`,
  );
  return { name, cents, goal, indicators: parts.join(""), count };
}

function buildUnits(projects: number, rand: () => number, unitSize: number): Unit[] {
  const units: Unit[] = [];
  let made = 0;
  for (let u = 0; made < projects; u++) {
    const size = Math.min(projects - made, Math.max(1, unitSize - 5 + Math.floor(rand() * 11)));
    const name = `广州市${pick(rand, PLACES)}区${pick(rand, UNIT_KINDS)}`;
    const list = Array.from({ length: size }, (_, k) => project(rand, name, made + k + 1));
    const cents: Unit["cents"] = [0, 0, 0, 0];
    for (const p of list) for (let i = 0; i < 4; i++) cents[i]! += p.cents[i]!;
    units.push({ name, cents, projects: list });
    made += size;
  }
  return units;
}

/** Generates a table of `projects` projects in both forms. */
export function generateTable(projects: number, options: GenerateOptions = {}): GeneratedTable {
  const rand = prng(options.seed ?? 20250101);
  const units = buildUnits(projects, rand, options.unitSize ?? 20);
  const total: [number, number, number, number] = [0, 0, 0, 0];
  for (const u of units) for (let i = 0; i < 4; i++) total[i]! += u.cents[i]!;
  const indicators = units.reduce((n, u) => n + u.projects.reduce((m, p) => m + p.count, 0), 0);
  return {
    tab: tabForm(units, total),
    stream: streamForm(units, total, options.pageLines ?? 60),
    projects,
    units: units.length,
    indicators,
  };
}

function tabForm(units: readonly Unit[], total: readonly number[]): string {
  const out: string[] = [TITLE, "", `部门名称：${DEPARTMENT}`, "", "单位：万元", ""];
  const amounts = (c: readonly number[]): string =>
    [money(c[0]!), ...c.slice(1).map(cell)].join("\t");
  out.push(HEADER.join("\t"), `合计\t${amounts(total)}\t\t`);
  for (const u of units) {
    out.push(`${u.name}\t${amounts(u.cents)}\t\t`);
    for (const p of u.projects)
      out.push(`${p.name}\t${amounts(p.cents)}\t${p.goal}\t${p.indicators}`);
  }
  return out.join("\n") + "\n";
}

const CJK = /[\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;

/**
 * Wraps a cell as a PDF column does, `width` characters a line. A line only ends between two
 * characters where one is CJK (a break between Latin letters or digits would read as a space)
 * and not right after a digit (`846.13` then `平方米` would read as an amount).
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let from = 0;
  while (text.length - from > width) {
    let at = from + width;
    const breakable = (k: number): boolean =>
      (CJK.test(text[k - 1]!) || CJK.test(text[k]!)) && !/\d/.test(text[k - 1]!);
    while (at > from && !breakable(at)) at--;
    // A run longer than the column (2025-2026年) overflows it up to its first break.
    if (at === from) for (at = from + width + 1; at < text.length && !breakable(at);) at++;
    if (at >= text.length) break;
    lines.push(text.slice(from, at));
    from = at;
  }
  lines.push(text.slice(from));
  return lines;
}

function streamForm(units: readonly Unit[], total: readonly number[], pageLines: number): string {
  const out: string[] = [];
  let page = 1;
  let onPage = 0;
  const startPage = (): void => {
    out.push(`第${page++}页`);
    if (page > 2) out.push(...STREAM_HEADER);
    onPage = 0;
  };
  // Empty cells vanish from a PDF copy: only the amounts written remain, in column order.
  const amounts = (c: readonly number[]): string =>
    [
      money(c[0]!),
      ...c
        .slice(1)
        .filter((x) => x !== 0)
        .map(money),
    ].join(" ");
  const row = (lines: string[]): void => {
    if (onPage + lines.length > pageLines && onPage > 0) startPage();
    out.push(...lines);
    onPage += lines.length;
  };

  startPage();
  out.push(TITLE, `部门名称：${DEPARTMENT} 单位：万元`, ...STREAM_HEADER);
  row([`合计 ${amounts(total)}`]);
  for (const u of units) {
    row(nameLines(u.name, amounts(u.cents)));
    for (const p of u.projects) {
      row([...nameLines(p.name, amounts(p.cents)), ...wrap(p.goal, 17), ...wrap(p.indicators, 30)]);
    }
  }
  return out.join("\n") + "\n";
}

/** A name wrapped in its narrow column, the amounts on its last line. */
function nameLines(name: string, amounts: string): string[] {
  const lines = wrap(name, 11);
  lines[lines.length - 1] += ` ${amounts}`;
  return lines;
}
