import type { MoneyUnit } from "../model/types.js";
import { matchKey, toHalfWidth } from "./text.js";

export interface PreambleFacts {
  title?: string;
  department?: string;
  unit?: MoneyUnit;
  /** A unit was written but is not one we know. */
  unknownUnit?: string;
}

const MONEY_UNITS: readonly MoneyUnit[] = ["元", "千元", "万元", "亿元"];
const TITLE = /绩效目标表|绩效目标申报表|项目支出绩效/;
const DEPARTMENT = /^(?:部门名称|单位名称|预算单位|部门|主管部门)\s*[:：]\s*(.+)$/;
const UNIT = /^(?:金额)?单位\s*[:：]\s*(.+)$/;

/**
 * Reads a line above the header: the title, 部门名称：…, 单位：万元, or several of them on one line
 * (separated by tabs or wide spaces). Returns null when any part of the line is something else.
 */
export function readPreamble(cells: readonly string[]): PreambleFacts | null {
  // A data row (a name then amounts) is no preamble: settle that before splitting its cells.
  const firstFilled = cells.find((c) => c.trim() !== "");
  if (firstFilled !== undefined && !/[:：]|绩效|目标表/.test(firstFilled)) return null;
  const parts = cells
    // 单位：万元 may follow the department with a space or none (部门名称：某局单位：万元).
    .flatMap((c) => c.split(/\s{2,}|\u3000+|\s*(?<!金额)(?=(?:金额)?单位\s*[:：])/))
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) return null;
  const facts: PreambleFacts = {};
  for (const part of parts) {
    const unit = UNIT.exec(part);
    if (unit) {
      const u = matchKey(toHalfWidth(unit[1] ?? "")).replace(/[()（）]/g, "");
      const known = MONEY_UNITS.find((m) => m === u);
      if (known) facts.unit = known;
      else facts.unknownUnit = unit[1]?.trim() ?? "";
      continue;
    }
    const department = DEPARTMENT.exec(part);
    if (department) {
      facts.department = department[1]?.trim() ?? "";
      continue;
    }
    if (TITLE.test(part) && part.length <= 80) {
      facts.title = part;
      continue;
    }
    return null;
  }
  return facts;
}

const PAGE_FURNITURE = [
  /^第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?$/,
  /^[-—－]\s*\d+\s*[-—－]$/,
  /^\d{1,4}$/,
  /^\d+\s*\/\s*\d+$/,
  /^page\s*\d+(?:\s*of\s*\d+)?$/i,
];

/** Longer than any page number or running footer (第 12 页，共 345 页). */
export const FURNITURE_MAX = 40;

export function isPageFurniture(text: string): boolean {
  const t = toHalfWidth(text).trim();
  if (t.length > FURNITURE_MAX) return false;
  return PAGE_FURNITURE.some((p) => p.test(t));
}
