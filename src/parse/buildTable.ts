/**
 * A table's rows, once all its records are read: which rows are units and which projects, their
 * ids and parents, their indicators split, and amounts whose columns a copy lost placed.
 */
import type {
  AmountColumn,
  Amounts,
  Diagnostic,
  Indicator,
  MoneyUnit,
  Row,
  RowKind,
  Table,
} from "../model/types.js";
import { amountText } from "../model/amountText.js";
import { AMOUNT_COLUMNS } from "../model/types.js";
import { columnName, message, type Lang } from "../model/messages.js";
import type { ColumnMap } from "./header.js";
import { splitIndicators } from "./indicators.js";
import { resolvePlacements } from "./placement.js";
import type { SourceRecord } from "./records.js";
import { matchKey } from "./text.js";

/** A data row before it is known whether it is a unit or a project. */
export interface Candidate {
  name: string;
  amounts: Amounts;
  goal: string | null;
  indicatorText: string | null;
  line: number;
  lineEnd: number;
  isTotal: boolean;
  /** Other readings of the amounts, when the copy lost the empty cells between them. */
  alternatives?: Amounts[];
  /** The alternative the amounts' positions point to. */
  preferred?: number;
}

export interface OpenTable {
  title: string | null;
  department: string | null;
  unit: MoneyUnit | null;
  unitLine: number | null;
  headerLines: number[];
  /** The preamble's records, reported if no header ever follows them. */
  preamble: SourceRecord[];
  map: ColumnMap | null;
  headerText: string;
  headerLine: number;
  candidates: Candidate[];
}

export function finishTable(
  open: OpenTable,
  index: number,
  lang: Lang,
  diagnostics: Diagnostic[],
): Table {
  const t = `t${index}`;
  const rows: Row[] = [];
  const indicators: Indicator[] = [];
  const kinds = classify(open);
  // The grand total may stand at the top or the bottom; units and unit-less projects belong to it.
  const firstTotal = kinds.indexOf("total");
  const totalId: string | null = firstTotal < 0 ? null : `${t}-total`;
  let unitId: string | null = null;
  let unitCount = 0;
  let projectCount = 0;
  const columns = AMOUNT_COLUMNS.filter((c) => open.map?.[c] !== undefined);

  open.candidates.forEach((c, i) => {
    const kind = kinds[i]!;
    let id: string;
    let parentId: string | null;
    if (kind === "total") {
      id = i === firstTotal ? `${t}-total` : `${t}-total${i + 1}`;
      parentId = null;
    } else if (kind === "unit") {
      unitCount++;
      projectCount = 0;
      id = `${t}-u${unitCount}`;
      unitId = id;
      parentId = totalId;
    } else {
      projectCount++;
      id = unitId === null ? `${t}-p${projectCount}` : `${unitId}-p${projectCount}`;
      parentId = unitId ?? totalId;
      if (!c.goal && !c.indicatorText) {
        diagnostics.push({
          line: c.line,
          text: c.name,
          reason: message("project-without-targets", lang),
          code: "project-without-targets",
        });
      }
    }
    rows.push({
      id,
      kind,
      name: c.name,
      parentId,
      amounts: c.amounts,
      goal: c.goal,
      indicatorText: c.indicatorText,
      line: c.line,
      lineEnd: c.lineEnd,
    });
    if (kind === "project" && c.indicatorText) {
      const split = splitIndicators(c.indicatorText, id, c.line);
      indicators.push(...split.indicators);
      for (const left of split.leftovers) {
        diagnostics.push({
          line: left.line,
          text: left.text,
          reason: message("indicator-unparsed", lang),
          code: "indicator-unparsed",
        });
      }
    }
  });

  const options = new Map<number, Amounts[]>();
  const preferred = new Map<number, number>();
  open.candidates.forEach((c, i) => {
    if (c.alternatives) options.set(i, c.alternatives);
    if (c.preferred !== undefined) preferred.set(i, c.preferred);
  });
  const placement = resolvePlacements(rows, options, columns, preferred);
  const doubts = [
    ...placement.ambiguous.map((i) => ({ i, key: "amounts-ambiguous", total: null })),
    ...placement.wholeTable.map((i) => ({ i, key: "amounts-ambiguous-table", total: null })),
    ...placement.follows.map(({ row, total }) => ({
      i: row,
      key: "amounts-ambiguous-follows",
      total: rows[total]!,
    })),
    ...placement.unproven.map((i) => ({ i, key: "amounts-ambiguous-rows", total: null })),
  ].sort((a, b) => a.i - b.i);
  for (const { i, key, total } of doubts) {
    const row = rows[i]!;
    const placed = columns
      .filter((c) => row.amounts[c] !== null)
      .map((c) => `${columnName(c, lang)} ${amountText(row.amounts[c]!)}`)
      .join(lang === "zh" ? "，" : ", ");
    diagnostics.push({
      line: row.line,
      text: row.name,
      reason: message(key, lang, {
        placed,
        ...(total === null ? {} : { line: total.line, total: total.name }),
      }),
      code: "amounts-ambiguous",
    });
  }

  if (open.unit === null) {
    diagnostics.push({
      line: open.headerLine,
      text: open.headerText,
      reason: message("unit-missing", lang),
      code: "unit-missing",
    });
  }
  return {
    index,
    title: open.title,
    department: open.department,
    unit: open.unit ?? "万元",
    columns: columns as AmountColumn[],
    rows,
    indicators,
    headerLines: open.headerLines,
  };
}

/**
 * Row kinds. A row with amounts but neither goal nor indicators is a fund-using unit when
 * projects follow it (or it bears the department's name); otherwise it is a project whose
 * targets were left empty.
 */
function classify(open: OpenTable): RowKind[] {
  const c = open.candidates;
  const hasTargets = (x: Candidate | undefined): boolean =>
    x !== undefined && !x.isTotal && (x.goal !== null || x.indicatorText !== null);
  const tableHasTargetColumns = open.map?.goal !== undefined || open.map?.indicators !== undefined;
  let seenUnit = false;
  return c.map((row, i) => {
    if (row.isTotal) return "total";
    if (hasTargets(row) || !tableHasTargetColumns) return "project";
    const department = open.department !== null && matchKey(open.department) === matchKey(row.name);
    if (hasTargets(c[i + 1]) || department || !seenUnit) {
      seenUnit = true;
      return "unit";
    }
    return "project";
  });
}
