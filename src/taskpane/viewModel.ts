/**
 * What the pane shows for a ReconResult: counts, problems grouped by rule, every diagnostic and
 * a preview of the rows with the problem cells marked. Plain data; the DOM code only renders it.
 */
import type {
  AmountColumn,
  Diagnostic,
  Finding,
  Lang,
  ReconResult,
  Rule,
  RowKind,
  Table,
} from "../index.js";
import type { LiveProblem } from "../layout/checkCells.js";
import { amountText } from "../model/amountText.js";
import { forReading, isSetAside, refusalOf } from "../model/diagnostics.js";
import { strings, type Strings } from "./i18n.js";

export interface Counts {
  tables: number;
  units: number;
  projects: number;
  indicators: number;
}

export interface NumberView {
  label: string;
  value: string;
}

export interface ProblemView {
  /** Unique within the view: for list keys and for linking a preview cell to its problem. */
  key: string;
  rule: Rule;
  severity: Finding["severity"];
  code: string;
  rowId: string;
  column: AmountColumn | null;
  message: string;
  numbers: NumberView[];
}

export interface ProblemGroup {
  rule: Rule;
  title: string;
  /** Errors and warnings. */
  items: ProblemView[];
  /** Info findings (e.g. a cost indicator that is not quantified), shown folded. */
  notes: ProblemView[];
  /** Shown folded: framework warnings. */
  collapsed: boolean;
}

export interface DiagnosticView {
  line: string;
  text: string;
  reason: string;
  code: string;
  /** Page furniture and repeated headers: accounted for, nothing to check. */
  setAside: boolean;
}

export interface PreviewCell {
  text: string;
  /** Messages of the problems on this cell; empty when the cell is fine. */
  problems: string[];
}

export interface PreviewRow {
  id: string;
  kind: RowKind;
  name: string;
  cells: PreviewCell[];
}

export interface PreviewTable {
  caption: string;
  columns: { key: AmountColumn; label: string }[];
  rows: PreviewRow[];
  /** Set when rows were left out. */
  more: string | null;
}

export type ViewState = "empty" | "no-table" | "ok";

export interface PaneView {
  state: ViewState;
  /** Which form the text was read as, in words; null before anything is pasted. */
  form: string | null;
  /** Why nothing was read, when the engine says (a copy it refuses). */
  reason: string | null;
  counts: Counts;
  /** Errors and warnings outside the framework group. */
  problemCount: number;
  groups: ProblemGroup[];
  diagnostics: DiagnosticView[];
  preview: PreviewTable[];
}

/** Rows shown per table in the preview. */
export const PREVIEW_ROW_LIMIT = 200;
/** Characters of a diagnostic's text shown; the rest is elided. */
export const DIAGNOSTIC_TEXT_LIMIT = 400;

const RULE_ORDER: readonly Rule[] = ["subtotal", "funding-sum", "cost-vs-funding", "framework"];

export function countResult(result: ReconResult): Counts {
  let units = 0;
  let projects = 0;
  let indicators = 0;
  for (const table of result.tables) {
    for (const row of table.rows) {
      if (row.kind === "unit") units++;
      else if (row.kind === "project") projects++;
    }
    indicators += table.indicators.length;
  }
  return { tables: result.tables.length, units, projects, indicators };
}

function problemNumbers(f: Finding, s: Strings): NumberView[] {
  const labels = s.numberLabels[f.rule];
  const out: NumberView[] = [];
  if (f.stated !== null) out.push({ label: labels.stated, value: amountText(f.stated) });
  if (f.expected !== null) out.push({ label: labels.expected, value: amountText(f.expected) });
  if (f.delta !== null) out.push({ label: s.delta, value: amountText(Math.abs(f.delta)) });
  return out;
}

export function problemGroups(findings: readonly Finding[], lang: Lang): ProblemGroup[] {
  const s = strings(lang);
  const groups: ProblemGroup[] = [];
  for (const rule of RULE_ORDER) {
    const items: ProblemView[] = [];
    const notes: ProblemView[] = [];
    findings.forEach((f, i) => {
      if (f.rule !== rule) return;
      const view: ProblemView = {
        key: `f${i}`,
        rule,
        severity: f.severity,
        code: f.code,
        rowId: f.rowId,
        column: f.column,
        message: f.message,
        numbers: problemNumbers(f, s),
      };
      (f.severity === "info" ? notes : items).push(view);
    });
    if (items.length + notes.length === 0) continue;
    groups.push({ rule, title: s.rules[rule], items, notes, collapsed: rule === "framework" });
  }
  return groups;
}

function clip(text: string, limit: number): string {
  const chars = Array.from(text);
  return chars.length <= limit ? text : `${chars.slice(0, limit).join("")}…`;
}

export function diagnosticViews(diagnostics: readonly Diagnostic[], lang: Lang): DiagnosticView[] {
  const s = strings(lang);
  return forReading(diagnostics).map((d) => ({
    line: s.line(d.line, d.lineEnd ?? null),
    text: clip(d.text, DIAGNOSTIC_TEXT_LIMIT),
    reason: d.reason,
    code: d.code,
    setAside: isSetAside(d),
  }));
}

/** Findings that point at a money cell: errors and warnings with a column, framework excluded. */
function cellProblems(findings: readonly Finding[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const f of findings) {
    if (f.column === null || f.severity === "info" || f.rule === "framework") continue;
    const key = `${f.tableIndex}/${f.rowId}/${f.column}`;
    const list = map.get(key) ?? [];
    list.push(f.message);
    map.set(key, list);
  }
  return map;
}

export function previewTables(
  tables: readonly Table[],
  findings: readonly Finding[],
  lang: Lang,
  limit = PREVIEW_ROW_LIMIT,
): PreviewTable[] {
  const s = strings(lang);
  const problems = cellProblems(findings);
  return tables.map((table) => {
    const columns = table.columns.map((key) => ({ key, label: s.columns[key] }));
    const rows = table.rows.slice(0, limit).map((row) => ({
      id: row.id,
      kind: row.kind,
      name: row.name,
      cells: columns.map(({ key }) => ({
        text: row.amounts[key] === null ? "" : amountText(row.amounts[key]),
        problems: problems.get(`${table.index}/${row.id}/${key}`) ?? [],
      })),
    }));
    const head = [table.title, table.department].filter((x): x is string => !!x).join(" · ");
    const caption = s.caption(head || s.previewTitle, table.unit);
    const more = table.rows.length > limit ? s.previewMore(limit, table.rows.length) : null;
    return { caption, columns, rows, more };
  });
}

export function paneView(result: ReconResult | null, lang: Lang): PaneView {
  if (result === null) {
    return {
      state: "empty",
      form: null,
      reason: null,
      counts: { tables: 0, units: 0, projects: 0, indicators: 0 },
      problemCount: 0,
      groups: [],
      diagnostics: [],
      preview: [],
    };
  }
  const groups = problemGroups(result.findings, lang);
  const problemCount = groups
    .filter((g) => g.rule !== "framework")
    .reduce((n, g) => n + g.items.length, 0);
  const refused = result.tables.length === 0 ? refusalOf(result.diagnostics) : undefined;
  return {
    state: result.tables.length === 0 ? "no-table" : "ok",
    form: result.form ? strings(lang).readAs[result.form] : null,
    reason: refused?.reason ?? null,
    counts: countResult(result),
    problemCount,
    groups,
    // The refusal stands above the list, as the reason nothing was read; said once.
    diagnostics: diagnosticViews(
      refused ? result.diagnostics.filter((d) => d !== refused) : result.diagnostics,
      lang,
    ),
    preview: previewTables(result.tables, result.findings, lang),
  };
}

/** One problem the workbook's check cells show now, as the pane lists it. */
export interface LiveItemView {
  key: string;
  kind: LiveProblem["kind"];
  title: string;
  /** The row's name, and for a cost indicator the indicator's. */
  name: string;
  /** Sheet!A1 of the cell a click selects. */
  where: string;
  /** What is wrong, in numbers or words: 总计 差额 0.01. */
  what: string;
  sheet: string;
  address: string;
}

export function liveItems(problems: readonly LiveProblem[], lang: Lang): LiveItemView[] {
  const s = strings(lang);
  return problems.map((p, i) => {
    const what =
      typeof p.value === "number"
        ? `${p.column === null ? "" : `${s.columns[p.column]} `}${s.liveDifference} ${amountText(Math.abs(p.value))}`
        : `${s.liveVerdict}${lang === "zh" ? "：" : ": "}${p.value}`;
    return {
      key: `live${i}`,
      kind: p.kind,
      title: s.rules[p.kind],
      name: p.detail === null ? p.name : `${p.name} · ${p.detail}`,
      where: `${p.sheet}!${p.address}`,
      what,
      sheet: p.sheet,
      address: p.address,
    };
  });
}
