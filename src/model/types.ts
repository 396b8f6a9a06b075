/**
 * The document model: what a pasted 项目支出绩效目标表 is, once parsed.
 * Plain data, JSON-serialisable, shared by the checks, the layout and the CLI.
 */

/** Money units a table can be stated in. */
export type MoneyUnit = "元" | "千元" | "万元" | "亿元";

export type RowKind = "total" | "unit" | "project";

/** The four money columns, in table order. */
export type AmountColumn = "total" | "fiscal" | "specialAccount" | "other";
export const AMOUNT_COLUMNS: readonly AmountColumn[] = [
  "total",
  "fiscal",
  "specialAccount",
  "other",
];

export type Amounts = Record<AmountColumn, number | null>;

export interface Row {
  /** Stable within one parse: t1-total, t1-u2, t1-u2-p3 (or t1-p3 where a table has no units). */
  id: string;
  kind: RowKind;
  name: string;
  /**
   * The row this row's amounts add up into: a project's unit (资金使用单位), or the grand total for
   * a unit and for a project that has no unit. Null for the grand total and where a table has none.
   */
  parentId: string | null;
  amounts: Amounts;
  goal: string | null;
  /** The 绩效指标 cell as pasted (line breaks kept), null when empty. */
  indicatorText: string | null;
  /** First and last input line (1-based) the row was built from. */
  line: number;
  lineEnd: number;
}

/** Comparison written in a target value. `~` is 约/左右. */
export type Operator = ">=" | ">" | "<=" | "<" | "=" | "~";

export interface TargetValue {
  /** The value as written, whitespace tidied. */
  text: string;
  /** Words before the operator or number: 有效化解率 in 有效化解率大于等于90%. */
  label: string | null;
  op: Operator | null;
  value: number | null;
  unit: string | null;
  /** Words after the unit that qualify the count: 律所 in 一家律所. */
  suffix: string | null;
}

export interface CodeName {
  code: string | null;
  name: string | null;
}

export interface Indicator {
  rowId: string;
  seq: number | null;
  level1: CodeName;
  level2: CodeName;
  name: string | null;
  period: TargetValue | null;
  annual: TargetValue | null;
  /** The indicator's text as pasted, from its sequence number to its closing 。. */
  raw: string;
  line: number;
}

export interface Table {
  index: number;
  title: string | null;
  department: string | null;
  unit: MoneyUnit;
  /** Which money columns the header had. A missing one reads as empty on every row. */
  columns: AmountColumn[];
  rows: Row[];
  indicators: Indicator[];
  /** Lines that made up the title, department, unit and header. */
  headerLines: number[];
}

export interface Diagnostic {
  /** 1-based input line, or null when the problem is not on one line. */
  line: number | null;
  /** Last line, when the text spans several (a quoted cell with line breaks). */
  lineEnd?: number;
  text: string;
  /** Human-readable reason in the requested language. */
  reason: string;
  /** Stable machine code, see messages.ts. */
  code: string;
}

export type Rule = "subtotal" | "funding-sum" | "cost-vs-funding" | "framework";
export type Severity = "error" | "warning" | "info";

export interface Finding {
  rule: Rule;
  severity: Severity;
  /** Stable machine code, see messages.ts. */
  code: string;
  tableIndex: number;
  rowId: string;
  column: AmountColumn | null;
  /** Sequence number of the indicator the finding is about, if any. */
  indicatorSeq: number | null;
  stated: number | null;
  expected: number | null;
  delta: number | null;
  message: string;
}

/** How the cells of the input were separated; see parse/forms/detect.ts. */
export type InputForm = "tab" | "layout" | "stream" | "columns";

export interface ParseResult {
  /** The form the text was read as. */
  form?: InputForm;
  tables: Table[];
  diagnostics: Diagnostic[];
}

export interface ReconResult extends ParseResult {
  findings: Finding[];
}
