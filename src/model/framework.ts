/**
 * The national indicator framework (财预〔2021〕101号 and its predecessors): level-1 and level-2
 * codes with their names and the local variants seen in published tables.
 */

export interface FrameworkEntry {
  code: string;
  name: string;
  /** Other names tables use for the same entry; compared without a trailing 指标. */
  aliases: string[];
}

export const LEVEL1: readonly FrameworkEntry[] = [
  { code: "1", name: "产出指标", aliases: ["产出", "项目完成指标", "产出目标"] },
  { code: "2", name: "效益指标", aliases: ["效益", "项目效益指标", "效益目标"] },
  { code: "3", name: "满意度指标", aliases: ["满意度"] },
  { code: "4", name: "成本指标", aliases: ["成本"] },
];

export const LEVEL2: readonly FrameworkEntry[] = [
  { code: "11", name: "数量指标", aliases: ["数量", "数量目标"] },
  { code: "12", name: "质量指标", aliases: ["质量", "质量目标"] },
  { code: "13", name: "时效指标", aliases: ["时效", "时效目标"] },
  { code: "14", name: "成本指标", aliases: ["成本", "成本目标"] },
  { code: "21", name: "经济效益指标", aliases: ["经济效益"] },
  { code: "22", name: "社会效益指标", aliases: ["社会效益"] },
  { code: "23", name: "生态效益指标", aliases: ["生态效益", "环境效益", "生态环境效益"] },
  { code: "24", name: "可持续影响指标", aliases: ["可持续影响"] },
  {
    code: "31",
    name: "服务对象满意度指标",
    aliases: ["服务对象满意度", "满意度", "社会公众或服务对象满意度"],
  },
  { code: "41", name: "经济成本指标", aliases: ["经济成本"] },
  { code: "42", name: "社会成本指标", aliases: ["社会成本"] },
  { code: "43", name: "生态环境成本指标", aliases: ["生态环境成本", "环境成本"] },
];

const stem = (s: string): string => s.replace(/\s+/g, "").replace(/指标$/, "");

function matches(entry: FrameworkEntry, name: string): boolean {
  const n = stem(name);
  return stem(entry.name) === n || entry.aliases.some((a) => stem(a) === n);
}

export function level1ByCode(code: string): FrameworkEntry | undefined {
  return LEVEL1.find((e) => e.code === code);
}

export function level2ByCode(code: string): FrameworkEntry | undefined {
  return LEVEL2.find((e) => e.code === code);
}

export function level1ByName(name: string): FrameworkEntry | undefined {
  return LEVEL1.find((e) => matches(e, name));
}

export function level2ByName(name: string): FrameworkEntry | undefined {
  return LEVEL2.find((e) => matches(e, name));
}

export function nameFits(entry: FrameworkEntry, name: string): boolean {
  return matches(entry, name);
}
