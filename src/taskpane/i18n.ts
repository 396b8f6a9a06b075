/** The task pane's own words, in Chinese and English. Engine messages come from reconcile(). */
import type { AmountColumn, InputForm, Lang, Rule } from "../index.js";
import type { ExcelErrorCode } from "../excel/errors.js";

export interface Strings {
  title: string;
  subtitle: string;
  langSwitch: string;
  langSwitchLabel: string;
  modeExcel: string;
  modePreview: string;
  pasteLabel: string;
  pastePlaceholder: string;
  pasteHint: string;
  loadSample: string;
  importSelection: string;
  importSelectionHint: string;
  openFile: string;
  openFileHint: string;
  clear: string;
  optionsTitle: string;
  tolerance: string;
  toleranceHint: string;
  costColumn: string;
  /** How the pasted text's cells are separated: found by itself unless the user says. */
  formChoice: string;
  formChoices: Record<"auto" | Exclude<InputForm, "columns">, string>;
  sheetPrefix: string;
  sheetPrefixHint: string;
  columns: Record<AmountColumn, string>;
  write: string;
  writeHint: string;
  download: string;
  downloadHint: string;
  summaryTitle: string;
  countTables: string;
  countUnits: string;
  countProjects: string;
  countIndicators: string;
  emptyInput: string;
  noTable: string;
  /** Which form the pasted text was read as (tabs, a PDF viewer's copy …). */
  readAs: Record<InputForm, string>;
  problemsTitle: string;
  noProblems: string;
  rules: Record<Rule, string>;
  notes: (n: number) => string;
  delta: string;
  numberLabels: Record<Rule, { stated: string; expected: string }>;
  /** `setAside` of the `n`: page numbers and repeated headers, listed after the rest. */
  diagnosticsTitle: (n: number, setAside: number) => string;
  noDiagnostics: string;
  line: (from: number | null, to: number | null) => string;
  previewTitle: string;
  previewName: string;
  caption: (head: string, unit: string) => string;
  previewMore: (shown: number, total: number) => string;
  problemCell: string;
  busyImport: string;
  busyWrite: string;
  busyDownload: string;
  importEmpty: string;
  importFailed: (reason: string) => string;
  busyOpen: (file: string) => string;
  /** A file read into the box: a PDF's text is what a viewer copies, which the line numbers cite. */
  opened: (file: string, fromPdf: boolean) => string;
  /** Why a file gave no text, by the reader's error code; the reason pdf.js gave, if any. */
  openErrors: Record<OpenErrorCode, (reason: string) => string>;
  openFailed: (file: string, reason: string) => string;
  writeDone: (sheets: string, cells: number) => string;
  writeFailed: (reason: string) => string;
  downloadDone: (file: string) => string;
  downloadFailed: (reason: string) => string;
  settingsNotSaved: string;
  /** Reading a large paste on the parser thread: its size, and the seconds so far. */
  parsing: (size: string, seconds: number) => string;
  /** A paste too large to show in the text box, kept and read all the same. */
  held: (size: string) => string;
  /** A paste over the pane's limit, refused before it is read. */
  tooLarge: (size: string, limit: string) => string;
  /** Why an Excel task failed, by the error's code. */
  excelErrors: Record<ExcelErrorCode, string>;
  /** What Excel itself said, shown after the reason. */
  excelDetail: (detail: string) => string;
  leftBehind: (sheets: string) => string;
  writeRenamed: (pairs: string) => string;
  liveTitle: string;
  liveHint: (sheets: string) => string;
  liveRefresh: string;
  liveNone: string;
  liveReading: string;
  liveCount: (n: number) => string;
  liveDifference: string;
  liveVerdict: string;
  liveSelectLabel: (address: string) => string;
}

/** The file reader's errors the pane words itself: what to do differs from the command line's. */
export const OPEN_ERROR_CODES = [
  "pdf-unreadable",
  "pdf-password",
  "pdf-no-text",
  "not-text",
] as const;
export type OpenErrorCode = (typeof OPEN_ERROR_CODES)[number];

const COLUMN_ZH: Record<AmountColumn, string> = {
  total: "总计",
  fiscal: "财政拨款",
  specialAccount: "财政专户拨款",
  other: "其他资金",
};

const ZH: Strings = {
  title: "绩效目标表核对",
  subtitle: "粘贴项目支出绩效目标表，立即核对小计、资金来源与成本指标。",
  langSwitch: "English",
  langSwitchLabel: "Switch to English",
  modeExcel: "已连接 Excel",
  modePreview: "预览模式：未在 Excel 中运行，可下载 .xlsx 文件。",
  pasteLabel: "粘贴表格",
  pastePlaceholder: "从 Word、PDF 或网页复制整张表格，粘贴到这里（Ctrl+V）",
  pasteHint: "内容只在本机处理，不会上传。",
  loadSample: "载入示例表",
  importSelection: "导入所选区域",
  importSelectionHint: "读取 Excel 中当前选中的单元格",
  openFile: "打开文件…",
  openFileHint: "读取 PDF 文件或文本文件（也可以把文件拖到这里）",
  clear: "清空",
  optionsTitle: "选项",
  tolerance: "容差",
  toleranceHint: "按表格金额单位计，差额不超过此值视为相等",
  costColumn: "成本指标对照列",
  formChoice: "文字形式",
  formChoices: {
    auto: "自动识别",
    tab: "制表符分隔（Excel、Word、网页）",
    stream: "PDF 阅读器复制的文字",
    layout: "按版面排列的文字（pdftotext -layout）",
  },
  sheetPrefix: "工作表名称前缀",
  sheetPrefixHint: "可留空；不能含 \\ / ? * [ ] :",
  columns: COLUMN_ZH,
  write: "写入工作簿",
  writeHint: "仅在 Excel 中可用",
  download: "下载 .xlsx",
  downloadHint: "生成带公式和核对结果的工作簿文件",
  summaryTitle: "识别结果",
  countTables: "张表",
  countUnits: "个单位",
  countProjects: "个项目",
  countIndicators: "项指标",
  emptyInput: "粘贴表格后，这里会显示识别结果和发现的问题。",
  noTable: "没有识别出绩效目标表。",
  readAs: {
    tab: "识别为：制表符分隔的表格（从 Excel、Word 或网页复制）",
    stream: "识别为：从 PDF 阅读器复制的文字，已按金额和指标格式还原各行",
    layout: "识别为：按版面排列的文字（pdftotext -layout），已按列位置还原各行",
    columns: "识别为：按列排列的文字（pdftotext），无法可靠还原各行",
  },
  problemsTitle: "发现的问题",
  noProblems: "小计、资金来源和成本指标均核对一致。",
  rules: {
    subtotal: "小计不等于下属合计",
    "funding-sum": "资金来源合计不等于总计",
    "cost-vs-funding": "成本指标与资金不符",
    framework: "指标体系提示",
  },
  notes: (n) => `另有 ${n} 条说明`,
  delta: "相差",
  numberLabels: {
    subtotal: { stated: "小计", expected: "下属合计" },
    "funding-sum": { stated: "总计", expected: "来源合计" },
    "cost-vs-funding": { stated: "资金", expected: "指标" },
    framework: { stated: "填报", expected: "应为" },
  },
  diagnosticsTitle: (n, setAside) =>
    setAside === 0
      ? `无法识别或有疑问的行（${n}）`
      : `无法识别或有疑问的行（${n - setAside} 条需核对，另有 ${setAside} 条页码、重复表头已跳过）`,
  noDiagnostics: "所有行均已识别。",
  line: (from, to) =>
    from === null ? "—" : to !== null && to !== from ? `第 ${from}–${to} 行` : `第 ${from} 行`,
  previewTitle: "表格预览",
  previewName: "项目名称（资金使用单位）",
  caption: (head, unit) => `${head}（单位：${unit}）`,
  previewMore: (shown, total) => `仅显示前 ${shown} 行，共 ${total} 行。`,
  problemCell: "有问题",
  busyImport: "正在读取所选区域……",
  busyWrite: "正在写入工作簿……",
  busyDownload: "正在生成 .xlsx……",
  importEmpty: "所选区域是空的。",
  importFailed: (r) => `读取所选区域失败：${r}`,
  busyOpen: (f) => `正在读取 ${f}……`,
  opened: (f, pdf) =>
    pdf
      ? `已读取 PDF 文件 ${f}：文字按 PDF 阅读器复制的方式取出，下面的行号指文本框中的文字。`
      : `已读取 ${f}。`,
  openErrors: {
    "pdf-unreadable": (r) =>
      `无法读取这个 PDF 文件（${r}）。请在 PDF 阅读器中打开，全选并复制表格文字，粘贴到这里。`,
    "pdf-password": () =>
      "这个 PDF 文件设有密码。请在 PDF 阅读器中输入密码打开，全选并复制表格文字，粘贴到这里。",
    "pdf-no-text": () =>
      "这个 PDF 文件没有文字层（可能是扫描件），无法读取表格。请使用有文字的原始 PDF 文件。",
    "not-text": () => "这个文件既不是 PDF，也不是文本文件。",
  },
  openFailed: (f, r) => `无法读取 ${f}：${r}`,
  writeDone: (sheets, cells) => `已写入：${sheets}（${cells} 个单元格）`,
  writeFailed: (r) => `写入失败：${r}`,
  downloadDone: (f) => `已生成 ${f}`,
  downloadFailed: (r) => `生成 .xlsx 失败：${r}`,
  settingsNotSaved: "无法保存选项（浏览器禁止本地存储），关闭后将恢复默认值。",
  parsing: (size, seconds) => `正在读取 ${size} 的表格……已用 ${seconds} 秒，可继续操作。`,
  held: (size) => `已粘贴 ${size} 的文本：太大，不在文本框中显示，但已全部读取。点“清空”移除。`,
  tooLarge: (size, limit) =>
    `粘贴的文本有 ${size}，超过 ${limit} 的上限，未读取。请分批粘贴，或用命令行 budget-recon 处理。`,
  excelErrors: {
    unavailable: "需要在支持 ExcelApi 1.9 的 Excel 中运行。",
    "empty-layout": "没有可写入的表格。",
    "row-too-large": "某一行内容过多，超过 Excel 单次请求的上限，无法写入。",
    "write-failed": "Excel 拒绝了写入请求，已删除本次新建的工作表。",
    "cleanup-failed": "写入失败，且部分新建的工作表未能删除。",
    aborted: "已取消写入，本次新建的工作表已删除。",
    "read-failed": "无法读取核对单元格（工作表可能已被重命名或删除）。",
    "select-failed": "无法选中该单元格（工作表可能已被重命名或删除）。",
    "selection-too-large": "所选区域过大，请只选中表格部分。",
  },
  excelDetail: (d) => `Excel 提示：${d}`,
  leftBehind: (sheets) => `请手动删除：${sheets}`,
  writeRenamed: (pairs) => `为避免覆盖已有内容，已改名：${pairs}`,
  liveTitle: "工作簿中的问题",
  liveHint: (sheets) =>
    `读取自 ${sheets} 的核对公式；修改单元格后点“刷新”。点击问题可定位到单元格。`,
  liveRefresh: "刷新",
  liveNone: "核对公式没有发现问题。",
  liveReading: "正在读取核对结果……",
  liveCount: (n) => `${n} 处`,
  liveDifference: "差额",
  liveVerdict: "成本核对",
  liveSelectLabel: (a) => `在工作表中选中 ${a}`,
};

const EN: Strings = {
  title: "Budget Table Check",
  subtitle:
    "Paste a project expenditure performance target table to check its subtotals, funding sources and cost indicators.",
  langSwitch: "中文",
  langSwitchLabel: "切换到中文",
  modeExcel: "Connected to Excel",
  modePreview: "Preview mode: not running in Excel. You can download an .xlsx file.",
  pasteLabel: "Paste a table",
  pastePlaceholder: "Copy the whole table from Word, PDF or a web page and paste it here (Ctrl+V)",
  pasteHint: "Everything is processed on this device; nothing is uploaded.",
  loadSample: "Load sample",
  importSelection: "Import selected range",
  importSelectionHint: "Reads the cells selected in Excel",
  openFile: "Open file…",
  openFileHint: "Reads a PDF or a text file (you can also drop the file here)",
  clear: "Clear",
  optionsTitle: "Options",
  tolerance: "Tolerance",
  toleranceHint: "In the table's money unit; differences up to this count as equal",
  costColumn: "Compare cost indicators with",
  formChoice: "Text form",
  formChoices: {
    auto: "Recognise by itself",
    tab: "Tab-separated (Excel, Word, web)",
    stream: "Copied from a PDF viewer",
    layout: "Laid out in columns (pdftotext -layout)",
  },
  sheetPrefix: "Sheet name prefix",
  sheetPrefixHint: "Optional; must not contain \\ / ? * [ ] :",
  columns: {
    total: "Total (总计)",
    fiscal: "Fiscal appropriation (财政拨款)",
    specialAccount: "Special account (财政专户拨款)",
    other: "Other funds (其他资金)",
  },
  write: "Write to workbook",
  writeHint: "Available inside Excel only",
  download: "Download .xlsx",
  downloadHint: "Builds a workbook file with formulas and findings",
  summaryTitle: "What was found",
  countTables: "tables",
  countUnits: "units",
  countProjects: "projects",
  countIndicators: "indicators",
  emptyInput: "Paste a table and the result and any problems will show here.",
  noTable: "No performance target table was recognised.",
  readAs: {
    tab: "Read as: a tab-separated table (copied from Excel, Word or a web page)",
    stream: "Read as: text copied from a PDF viewer; rows rebuilt from the amounts and indicators",
    layout: "Read as: text laid out in columns (pdftotext -layout); rows rebuilt by position",
    columns: "Read as: text listed column by column (pdftotext); rows cannot be rebuilt reliably",
  },
  problemsTitle: "Problems found",
  noProblems: "Subtotals, funding sources and cost indicators all agree.",
  rules: {
    subtotal: "Subtotal differs from its parts",
    "funding-sum": "Funding sources differ from the total",
    "cost-vs-funding": "Cost indicator differs from the funding",
    framework: "Indicator framework notes",
  },
  notes: (n) => `${n} more note${n === 1 ? "" : "s"}`,
  delta: "difference",
  numberLabels: {
    subtotal: { stated: "subtotal", expected: "parts" },
    "funding-sum": { stated: "total", expected: "sources" },
    "cost-vs-funding": { stated: "funding", expected: "indicator" },
    framework: { stated: "stated", expected: "expected" },
  },
  diagnosticsTitle: (n, setAside) =>
    setAside === 0
      ? `Lines not recognised or in doubt (${n})`
      : `Lines not recognised or in doubt (${n - setAside} to check, and ${setAside} page numbers and repeated headers skipped)`,
  noDiagnostics: "Every line was recognised.",
  line: (from, to) =>
    from === null ? "—" : to !== null && to !== from ? `lines ${from}–${to}` : `line ${from}`,
  previewTitle: "Table preview",
  previewName: "Project (fund-using unit)",
  caption: (head, unit) => `${head} (in ${unit})`,
  previewMore: (shown, total) => `Showing the first ${shown} of ${total} rows.`,
  problemCell: "problem",
  busyImport: "Reading the selected range…",
  busyWrite: "Writing to the workbook…",
  busyDownload: "Building the .xlsx…",
  importEmpty: "The selected range is empty.",
  importFailed: (r) => `Could not read the selection: ${r}`,
  busyOpen: (f) => `Reading ${f}…`,
  opened: (f, pdf) =>
    pdf
      ? `Read the PDF ${f}: its text as a PDF viewer copies it; line numbers below refer to the text in the box.`
      : `Read ${f}.`,
  openErrors: {
    "pdf-unreadable": (r) =>
      `Cannot read this PDF (${r}). Open it in a PDF viewer, select all, copy the table's text and paste it here.`,
    "pdf-password": () =>
      "This PDF is password-protected. Open it in a PDF viewer with its password, select all, copy the table's text and paste it here.",
    "pdf-no-text": () =>
      "This PDF has no text layer (it may be a scan), so no table can be read. Use the original PDF with text.",
    "not-text": () => "This file is neither a PDF nor a text file.",
  },
  openFailed: (f, r) => `Cannot read ${f}: ${r}`,
  writeDone: (sheets, cells) => `Written: ${sheets} (${cells} cells)`,
  writeFailed: (r) => `Writing failed: ${r}`,
  downloadDone: (f) => `Built ${f}`,
  downloadFailed: (r) => `Could not build the .xlsx: ${r}`,
  settingsNotSaved:
    "Options cannot be saved (local storage is blocked); they reset when the pane closes.",
  parsing: (size, seconds) =>
    `Reading a ${size} table… ${seconds} s so far; the pane stays usable.`,
  held: (size) =>
    `Pasted ${size} of text: too large to show in the box, but read in full. Press Clear to remove it.`,
  tooLarge: (size, limit) =>
    `The pasted text is ${size}, over the ${limit} limit, and was not read. Paste it in parts, or use the budget-recon command line.`,
  excelErrors: {
    unavailable: "This needs Excel with ExcelApi 1.9.",
    "empty-layout": "There is no table to write.",
    "row-too-large": "One row holds more than a single Excel request can carry.",
    "write-failed": "Excel refused the write; the sheets it had created were removed.",
    "cleanup-failed": "Writing failed, and some of the new sheets could not be removed.",
    aborted: "Writing was cancelled; the new sheets were removed.",
    "read-failed": "The check cells could not be read (a sheet may have been renamed or deleted).",
    "select-failed": "The cell could not be selected (its sheet may have been renamed or deleted).",
    "selection-too-large": "The selection is too large; select just the table.",
  },
  excelDetail: (d) => `Excel says: ${d}`,
  leftBehind: (sheets) => `Please delete: ${sheets}`,
  writeRenamed: (pairs) => `Renamed so nothing is overwritten: ${pairs}`,
  liveTitle: "Problems in the workbook",
  liveHint: (sheets) =>
    `Read from the check formulas on ${sheets}; press Refresh after editing. Click a problem to go to its cell.`,
  liveRefresh: "Refresh",
  liveNone: "The check formulas find no problem.",
  liveReading: "Reading the checks…",
  liveCount: (n) => `${n} found`,
  liveDifference: "difference",
  liveVerdict: "cost check",
  liveSelectLabel: (a) => `Select ${a} in the sheet`,
};

export const STRINGS: Record<Lang, Strings> = { zh: ZH, en: EN };

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}

/**
 * The pane's language from Office's display language (or the browser's): English when it
 * starts with "en", Chinese otherwise.
 */
export function langFromLocale(locale: string | null | undefined): Lang {
  return locale != null && /^en\b/i.test(locale.trim()) ? "en" : "zh";
}
