import type { AmountColumn } from "../model/types.js";
import { matchKey } from "./text.js";

export type Field = "name" | AmountColumn | "goal" | "indicators";

/** Column index of every field the header names; a missing field is absent. */
export type ColumnMap = Partial<Record<Field, number>>;

/** Recognisers, most specific first: 财政专户拨款 must not be taken for 财政拨款. */
const FIELD_PATTERNS: readonly [Field, RegExp][] = [
  ["specialAccount", /财政专户/],
  ["fiscal", /财政拨款|一般公共预算|财政资金/],
  ["other", /其他资金|其他/],
  ["total", /^(?:总计|合计|金额合计|资金总额|总额)/],
  ["goal", /绩效目标|年度目标/],
  ["indicators", /绩效指标/],
  ["name", /项目名称|资金使用单位|单位名称|^项目$/],
];

/** No header word is this long: longer cells (goals, indicators) are not looked at. */
const LONGEST_HEADER_CELL = 40;

/** Every header word holds an ideograph: an amount or a code is passed over without a look. */
const IDEOGRAPH = /[\u4e00-\u9fff]/;

function mayBeHeaderWord(cell: string): boolean {
  return cell.length <= LONGEST_HEADER_CELL && IDEOGRAPH.test(cell);
}

function fieldOf(cell: string): Field | null {
  if (!mayBeHeaderWord(cell)) return null;
  const key = matchKey(cell);
  if (key === "") return null;
  for (const [field, pattern] of FIELD_PATTERNS) if (pattern.test(key)) return field;
  return null;
}

/**
 * The column map of a header row, or null if the row is not a header. A header names the
 * project column and at least one money column; everything else is optional.
 */
export function readHeader(cells: readonly string[]): ColumnMap | null {
  // The project column and a money column need two cells that can hold header words; a data
  // row has one at most (its name), so it is passed over without reading any word.
  let wordCells = 0;
  for (const cell of cells) if (mayBeHeaderWord(cell) && ++wordCells === 2) break;
  if (wordCells < 2) return null;
  const map: ColumnMap = {};
  let unknown = 0;
  for (let index = 0; index < cells.length && unknown <= 2; index++) {
    const cell = cells[index]!;
    const field = fieldOf(cell);
    if (field === null) {
      if (cell.trim() !== "") unknown++;
      continue;
    }
    if (map[field] === undefined) map[field] = index;
  }
  const hasMoney = ["total", "fiscal", "specialAccount", "other"].some(
    (f) => map[f as Field] !== undefined,
  );
  if (map.name === undefined || !hasMoney || unknown > 2) return null;
  return map;
}

/**
 * A two-line header (资金来源 spanning 财政拨款/财政专户拨款/其他资金 on the line below) arrives as
 * two records; the second fills in the columns the first left open.
 */
export function mergeHeaderLines(
  first: readonly string[],
  second: readonly string[],
): string[] | null {
  const secondFields = second.map(fieldOf);
  const named = secondFields.filter((f) => f !== null);
  const stray = second.filter((c, i) => matchKey(c) !== "" && secondFields[i] === null);
  if (named.length === 0 || stray.length > 0) return null;
  const width = Math.max(first.length, second.length);
  const merged: string[] = [];
  for (let i = 0; i < width; i++) {
    const lower = second[i] ?? "";
    merged.push(matchKey(lower) !== "" ? lower : (first[i] ?? ""));
  }
  return merged;
}
