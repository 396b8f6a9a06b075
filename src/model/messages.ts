/**
 * Every sentence the engine says to a user, in Chinese and English, keyed by a stable code.
 * Findings and diagnostics carry the code so a caller can re-word them; `message`/`reason`
 * is rendered here once, in the language asked for.
 */

import { amountText } from "./amountText.js";

export type Lang = "zh" | "en";

type Params = Record<string, string | number | null | undefined>;
type Template = (p: Params) => string;

const COLUMN_NAMES: Record<Lang, Record<string, string>> = {
  zh: { total: "总计", fiscal: "财政拨款", specialAccount: "财政专户拨款", other: "其他资金" },
  en: {
    total: "total",
    fiscal: "fiscal appropriation",
    specialAccount: "special account",
    other: "other funds",
  },
};

export function columnName(column: string, lang: Lang): string {
  return COLUMN_NAMES[lang][column] ?? column;
}

const fmt = (n: unknown): string =>
  typeof n === "number" ? amountText(n) : n == null ? "—" : String(n);

const MESSAGES: Record<string, Record<Lang, Template>> = {
  // diagnostics: lines the parser could not place, and facts it had to assume
  "no-table": {
    zh: () => "没有找到项目支出绩效目标表（缺少含“项目名称”“总计”等列名的表头行）",
    en: () => "no performance target table found (no header row with 项目名称, 总计 …)",
  },
  "columns-form": {
    zh: () =>
      "这段文字把表格按列拆开了（名称、金额、文字各成一串），无法可靠地对回各行。请在 PDF 阅读器中选中表格后复制，或使用 pdftotext -layout / -raw",
    en: () =>
      "this text lists the table column by column (names, then amounts, then texts), which cannot be matched back to rows reliably. Copy the table from a PDF viewer's selection, or use pdftotext -layout / -raw",
  },
  "no-amount-rows": {
    zh: () =>
      "这段从 PDF 复制的文字里找不到任何一行的金额。PDF 复制的文字靠带两位小数的金额（如 1234.00、1,234.00）认出各行；金额不带小数的表格，请从原 Excel/WPS 表格复制（制表符分隔）",
    en: () =>
      "no row's amounts were found in this text copied from a PDF. Rows are recognised in PDF copies by amounts with two decimals (1234.00, 1,234.00); for a table printed without decimals, copy it from the original spreadsheet (tab-separated)",
  },
  "input-too-large": {
    zh: (p) => `输入超过 ${p.limit} 的上限，请把表格拆成较小的文件`,
    en: (p) => `the input is over the ${p.limit} limit; split the table into smaller files`,
  },
  "input-too-large-size": {
    zh: (p) => `输入有 ${p.size}，超过 ${p.limit} 的上限，请把表格拆成较小的文件`,
    en: (p) =>
      `the input is ${p.size}, over the ${p.limit} limit; split the table into smaller files`,
  },
  "not-text": {
    zh: () => "输入不是文本（含有二进制内容）",
    en: () => "the input is not text (it contains binary data)",
  },
  "sample-note": {
    zh: () =>
      "（未指定文件，以下是内置示例表的核对结果。用法：budget-recon 文件.txt 或 文件.pdf，或 budget-recon --help）",
    en: () =>
      "(no file given: this is the bundled sample table. Usage: budget-recon FILE.txt or FILE.pdf, or budget-recon --help)",
  },
  "cannot-read": {
    zh: (p) => `无法读取文件 ${p.file}（${p.reason}）`,
    en: (p) => `cannot read ${p.file} (${p.reason})`,
  },
  "pdf-note": {
    zh: () =>
      "（读自 PDF 文件：文字按 PDF 阅读器复制的方式取出，下文的行号指这段文字，可用 --text 打印）",
    en: () =>
      "(read from a PDF: its text taken as a PDF viewer copies it; line numbers below refer to that text, which --text prints)",
  },
  "pdf-unreadable": {
    zh: (p) =>
      `无法读取这个 PDF 文件（${p.reason}）：请在 PDF 阅读器中打开，全选复制表格文字，存为文本文件再读`,
    en: (p) =>
      `cannot read this PDF (${p.reason}); open it in a PDF viewer, select all, copy the text and read it from a text file`,
  },
  "pdf-password": {
    zh: () =>
      "这个 PDF 文件设有密码：请在 PDF 阅读器中输入密码打开，全选复制表格文字，存为文本文件再读",
    en: () =>
      "this PDF is password-protected; open it in a PDF viewer with its password, select all, copy the text and read it from a text file",
  },
  "pdf-no-text": {
    zh: () => "这个 PDF 文件没有文字层（可能是扫描件），无法读取表格；请使用有文字的原始 PDF",
    en: () =>
      "this PDF has no text layer (it may be a scan), so no table can be read; use the original PDF with text",
  },
  "unit-missing": {
    zh: () => "表格没有写明金额单位（单位：万元），按万元处理",
    en: () => "the table states no money unit (单位：万元); assuming 万元",
  },
  "unit-unknown": {
    zh: (p) => `不认识的金额单位“${p.unit}”，按万元处理`,
    en: (p) => `unknown money unit "${p.unit}"; assuming 万元`,
  },
  "before-header": {
    zh: () => "出现在表头之前，不是标题、部门名称或单位",
    en: () => "appears before the header row and is not a title, department or unit line",
  },
  "preamble-without-table": {
    zh: () => "像是表格的标题、部门名称或单位，但后面没有表头",
    en: () => "looks like a table's title, department or unit, but no header row follows",
  },
  "page-furniture": {
    zh: () => "页码或页眉页脚，已跳过",
    en: () => "page number or running header/footer; skipped",
  },
  "repeated-header": {
    zh: () => "重复的表头（换页），已跳过",
    en: () => "repeated header row (page break); skipped",
  },
  "not-a-row": {
    zh: () => "既没有金额，也没有绩效目标或指标，无法归入任何一行",
    en: () => "has no amounts, goal or indicators; cannot be placed in a row",
  },
  "no-name": {
    zh: () => "有金额但没有项目名称",
    en: () => "has amounts but no project name",
  },
  "bad-amount": {
    zh: (p) => `${p.column}“${p.value}”不是数字，按空值处理`,
    en: (p) => `${p.column} "${p.value}" is not a number; read as empty`,
  },
  "extra-cells": {
    zh: (p) => `比表头多出 ${p.count} 个单元格，多出的内容未使用：${p.value}`,
    en: (p) => `${p.count} cell(s) more than the header; not used: ${p.value}`,
  },
  "amounts-ambiguous": {
    zh: (p) => `复制时丢失了空白金额单元格，无法确定金额所在的列，暂按 ${p.placed} 放置，请核对`,
    en: (p) =>
      `the copy lost the empty amount cells, so the columns cannot be known; placed as ${p.placed} — please check`,
  },
  "amounts-ambiguous-rows": {
    zh: (p) =>
      `复制时丢失了空白金额单元格，无法确定金额所在的列（行数太多，未能逐一验证）；暂按 ${p.placed} 放置，其下各行随之，请核对`,
    en: (p) =>
      `the copy lost the empty amount cells and, with this many rows, not every reading could be tried; placed as ${p.placed}, the rows under it with it — please check`,
  },
  "amounts-ambiguous-table": {
    zh: (p) =>
      `复制时丢失了空白金额单元格；表中有一个资金列整列为空，合计与各行都可按另一列读，加起来同样对得上，无法判断是哪一列。暂按 ${p.placed} 放置，各行随之，请对照原表核对一次`,
    en: (p) =>
      `the copy lost the empty amount cells, and one money column is empty throughout the table: the total and every row add up read either way, so which column it is cannot be known. Placed as ${p.placed}, the rows with it — please check against the original once`,
  },
  "amounts-ambiguous-follows": {
    zh: (p) =>
      `复制时丢失了空白金额单元格；本行金额所在的列随第 ${p.line} 行（${p.total}）的读法而定，暂按 ${p.placed} 放置，请核对`,
    en: (p) =>
      `the copy lost the empty amount cells; this row's columns follow the reading of line ${p.line} (${p.total}); placed as ${p.placed} — please check`,
  },
  "orphan-continuation": {
    zh: () => "看起来是上一行的续行，但前面没有可以接续的项目",
    en: () => "looks like a continuation line but there is no row before it to continue",
  },
  "indicator-unparsed": {
    zh: () => "绩效指标文字中有无法拆分的部分",
    en: () => "part of the indicator text could not be split into indicators",
  },
  "text-truncated": {
    zh: (p) => `文字超过 Excel 单元格上限 ${p.limit} 个字符，已截断`,
    en: (p) => `text longer than Excel's cell limit of ${p.limit} characters; cut`,
  },
  "project-without-unit": {
    zh: () => "项目前面没有资金使用单位行",
    en: () => "project row with no fund-using unit row before it",
  },
  "project-without-targets": {
    zh: () => "项目没有绩效目标和绩效指标",
    en: () => "project row has neither a goal nor indicators",
  },

  // findings
  subtotal: {
    zh: (p) =>
      `${p.name}：${p.column} ${fmt(p.stated)}，下属${p.children}合计 ${fmt(p.expected)}，相差 ${fmt(p.delta)}`,
    en: (p) =>
      `${p.name}: ${p.column} stated ${fmt(p.stated)}, its ${p.children} add up to ${fmt(p.expected)}, difference ${fmt(p.delta)}`,
  },
  "funding-sum": {
    zh: (p) =>
      `${p.name}：总计 ${fmt(p.stated)}，财政拨款+财政专户拨款+其他资金 = ${fmt(p.expected)}，相差 ${fmt(p.delta)}`,
    en: (p) =>
      `${p.name}: total ${fmt(p.stated)}, but the sources add up to ${fmt(p.expected)}, difference ${fmt(p.delta)}`,
  },
  "cost-disagree": {
    zh: (p) =>
      `${p.name}：成本指标 ${p.seq}“${p.value}”与${p.column} ${fmt(p.stated)} 不符（指标折合 ${fmt(p.expected)}）`,
    en: (p) =>
      `${p.name}: cost indicator ${p.seq} "${p.value}" disagrees with the ${p.column} ${fmt(p.stated)} (indicator = ${fmt(p.expected)})`,
  },
  "cost-not-comparable": {
    zh: (p) => `${p.name}：成本指标 ${p.seq}“${p.value}”不是总额，无法与${p.column}比较`,
    en: (p) =>
      `${p.name}: cost indicator ${p.seq} "${p.value}" is not a total amount; not comparable with the ${p.column}`,
  },
  "cost-unquantified": {
    zh: (p) => `${p.name}：成本指标 ${p.seq}“${p.value}”未量化`,
    en: (p) => `${p.name}: cost indicator ${p.seq} "${p.value}" is not quantified`,
  },
  "framework-level1": {
    zh: (p) =>
      `${p.name}：指标 ${p.seq} 的一级指标“${p.value}”与指标体系不符（应为 ${p.expected}）`,
    en: (p) =>
      `${p.name}: indicator ${p.seq} level-1 "${p.value}" does not match the framework (expected ${p.expected})`,
  },
  "framework-level2": {
    zh: (p) =>
      `${p.name}：指标 ${p.seq} 的二级指标“${p.value}”与指标体系不符（应为 ${p.expected}）`,
    en: (p) =>
      `${p.name}: indicator ${p.seq} level-2 "${p.value}" does not match the framework (expected ${p.expected})`,
  },
  "framework-level2-parent": {
    zh: (p) => `${p.name}：指标 ${p.seq} 的二级指标 ${p.value} 不属于一级指标 ${p.expected}`,
    en: (p) =>
      `${p.name}: indicator ${p.seq} level-2 ${p.value} does not belong to level-1 ${p.expected}`,
  },
  "framework-sequence": {
    zh: (p) => `${p.name}：指标序号 ${p.value} 应为 ${p.expected}`,
    en: (p) => `${p.name}: indicator number ${p.value} should be ${p.expected}`,
  },
  "framework-missing-name": {
    zh: (p) => `${p.name}：指标 ${p.seq} 没有指标名称`,
    en: (p) => `${p.name}: indicator ${p.seq} has no name`,
  },
};

export function message(code: string, lang: Lang, params: Params = {}): string {
  const entry = MESSAGES[code];
  if (!entry) throw new Error(`no message for code ${code}`);
  return entry[lang](params);
}
