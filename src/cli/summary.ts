import { forReading, isSetAside } from "../model/diagnostics.js";
import type { Lang } from "../model/messages.js";
import type { Finding, InputForm, ReconResult, Rule } from "../model/types.js";

const RULE_NAMES: Record<Lang, Record<Rule, string>> = {
  zh: {
    subtotal: "小计不符",
    "funding-sum": "资金来源合计不符",
    "cost-vs-funding": "成本指标与资金",
    framework: "指标体系",
  },
  en: {
    subtotal: "subtotal",
    "funding-sum": "funding sources vs total",
    "cost-vs-funding": "cost indicator vs funding",
    framework: "indicator framework",
  },
};

const SEVERITY: Record<Lang, Record<Finding["severity"], string>> = {
  zh: { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};

const FORM_NAMES: Record<Lang, Record<InputForm, string>> = {
  zh: {
    tab: "制表符分隔（从 Excel、Word 或网页复制）",
    stream: "PDF 阅读器复制的文字（单元格依次排列）",
    layout: "按版面排列的文字（pdftotext -layout）",
    columns: "按列排列的文字（pdftotext）",
  },
  en: {
    tab: "tab-separated (copied from Excel, Word or a web page)",
    stream: "text copied from a PDF viewer (cells one after another)",
    layout: "text laid out in columns (pdftotext -layout)",
    columns: "text listed column by column (pdftotext)",
  },
};

const RULE_ORDER: readonly Rule[] = ["subtotal", "funding-sum", "cost-vs-funding", "framework"];

/** The readable report the CLI prints without --json. */
export function formatSummary(result: ReconResult, lang: Lang): string {
  const zh = lang === "zh";
  const out: string[] = [];
  if (result.form) out.push(`${zh ? "识别为" : "read as"}: ${FORM_NAMES[lang][result.form]}`);
  for (const t of result.tables) {
    const units = t.rows.filter((r) => r.kind === "unit").length;
    const projects = t.rows.filter((r) => r.kind === "project").length;
    const head =
      [t.department, t.title].filter(Boolean).join(" · ") || (zh ? "（无标题）" : "(untitled)");
    out.push(`${zh ? "表" : "Table"} ${t.index}: ${head}  [${zh ? "单位" : "unit"}: ${t.unit}]`);
    out.push(
      zh
        ? `  ${units} 个资金使用单位，${projects} 个项目，${t.indicators.length} 个绩效指标`
        : `  ${units} units, ${projects} projects, ${t.indicators.length} indicators`,
    );
  }
  out.push("");
  const errors = result.findings.filter((f) => f.severity === "error").length;
  out.push(
    zh
      ? `发现问题 ${result.findings.length} 条（其中错误 ${errors} 条）`
      : `${result.findings.length} findings (${errors} errors)`,
  );
  for (const rule of RULE_ORDER) {
    const list = result.findings.filter((f) => f.rule === rule);
    if (list.length === 0) continue;
    out.push(`  ${RULE_NAMES[lang][rule]} (${rule}): ${list.length}`);
    for (const f of list) out.push(`    [${SEVERITY[lang][f.severity]}] ${f.rowId}  ${f.message}`);
  }
  out.push("");
  const skipped = result.diagnostics.filter(isSetAside).length;
  const toCheck = result.diagnostics.length - skipped;
  out.push(
    zh
      ? `需要留意的行 ${result.diagnostics.length} 条：${toCheck} 条需核对（未能归入表格的，或按推断读取的），${skipped} 条页码、重复表头已跳过`
      : `${result.diagnostics.length} diagnostics: ${toCheck} to check (lines not placed or assumptions made), ${skipped} page numbers and repeated headers skipped`,
  );
  for (const d of forReading(result.diagnostics)) {
    const text = d.text.length > 60 ? `${d.text.slice(0, 60)}…` : d.text;
    out.push(`  ${zh ? "第" : "line "}${d.line ?? "-"}${zh ? "行" : ""}: ${d.reason}  «${text}»`);
  }
  return out.join("\n") + "\n";
}
