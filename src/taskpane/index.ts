/** The task pane: wires the page to reconcile(), the view model and the workbook writers. */
import "./taskpane.css";
import { reconcile, type Lang, type ReconResult } from "../index.js";
import { AMOUNT_COLUMNS } from "../model/types.js";
import { SAMPLE_TABLE } from "../sample/sampleTable.js";
import { readLiveProblems, selectCell } from "../excel/checks.js";
import { ExcelTaskError } from "../excel/errors.js";
import { detectHost, PREVIEW_HOST, type HostInfo } from "../excel/host.js";
import { helpersStorage, logError } from "../excel/officeHelpers.js";
import { readSelectionText } from "../excel/selection.js";
import { writeWorkbook } from "../excel/writer.js";
import { checkCellsOf, type LiveProblem, type WorkbookChecks } from "../layout/checkCells.js";
import { byId } from "./dom.js";
import { langFromLocale, strings, type Strings } from "./i18n.js";
import { applyStrings, costColumnOptions, renderLive, renderResults } from "./render.js";
import {
  browserStorage,
  cleanSheetPrefix,
  DEFAULT_SETTINGS,
  parseTolerance,
  SettingsStore,
  type PaneSettings,
} from "./settings.js";
import { liveItems, paneView } from "./viewModel.js";
import { layoutFor, xlsxBlob, xlsxFileName } from "./workbook.js";

/** Quiet time after typing before the preview is rebuilt. */
const DEBOUNCE_MS = 250;

const ui = {
  lang: byId("lang", HTMLButtonElement),
  mode: byId("mode", HTMLParagraphElement),
  source: byId("source", HTMLTextAreaElement),
  sample: byId("sample", HTMLButtonElement),
  importSelection: byId("import", HTMLButtonElement),
  clear: byId("clear", HTMLButtonElement),
  tolerance: byId("tolerance", HTMLInputElement),
  costColumn: byId("cost-column", HTMLSelectElement),
  sheetPrefix: byId("sheet-prefix", HTMLInputElement),
  write: byId("write", HTMLButtonElement),
  writeHint: byId("write-hint", HTMLParagraphElement),
  download: byId("download", HTMLButtonElement),
  downloadHint: byId("download-hint", HTMLParagraphElement),
  progress: byId("progress", HTMLProgressElement),
  status: byId("status", HTMLParagraphElement),
  results: byId("results", HTMLDivElement),
  live: byId("live", HTMLElement),
  liveCount: byId("live-count", HTMLSpanElement),
  liveRefresh: byId("live-refresh", HTMLButtonElement),
  liveHint: byId("live-hint", HTMLParagraphElement),
  liveList: byId("live-list", HTMLDivElement),
};

/** Replaced in start() by the office-js-helpers store once its chunk has loaded. */
let store = new SettingsStore(null);

interface PaneState {
  settings: PaneSettings;
  host: HostInfo;
  /** Language when the user has not chosen one: Office's, or the browser's outside Office. */
  autoLang: Lang;
  result: ReconResult | null;
  busy: boolean;
  /** The status line shows a parse error that the next good parse should clear. */
  parseError: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The last workbook written: where its check cells are, and what they showed when read. */
  written: { checks: WorkbookChecks; sheets: string[]; tolerance: number } | null;
  live: LiveProblem[];
  reading: boolean;
}

const state: PaneState = {
  settings: { ...DEFAULT_SETTINGS },
  host: PREVIEW_HOST,
  autoLang: langFromLocale(navigator.language),
  result: null,
  busy: false,
  parseError: false,
  timer: undefined,
  written: null,
  live: [],
  reading: false,
};

function lang(): Lang {
  return state.settings.lang ?? state.autoLang;
}

function s(): Strings {
  return strings(lang());
}

function saveSettings(patch: Partial<PaneSettings>): void {
  state.settings = { ...state.settings, ...patch };
  store.save(state.settings);
  if (!store.persistent) setStatus(s().settingsNotSaved, "warning");
}

function setStatus(text: string, tone: "info" | "success" | "warning" | "error" = "info"): void {
  ui.status.textContent = text;
  ui.status.dataset.tone = tone;
}

function errorText(error: unknown): string {
  if (error instanceof ExcelTaskError) {
    const words = s();
    const parts = [words.excelErrors[error.code]];
    if (error.detail !== null && error.code !== "aborted")
      parts.push(words.excelDetail(error.detail));
    if (error.leftBehind.length > 0) parts.push(words.leftBehind(error.leftBehind.join("、")));
    return parts.join(" ");
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Re-reads the text now; the preview and the buttons follow. */
function update(): void {
  clearTimeout(state.timer);
  state.timer = undefined;
  const text = ui.source.value;
  try {
    state.result =
      text.trim() === ""
        ? null
        : reconcile(text, {
            tolerance: state.settings.tolerance,
            costColumn: state.settings.costColumn,
            lang: lang(),
          });
    if (state.parseError) setStatus("");
    state.parseError = false;
  } catch (error) {
    state.result = null;
    state.parseError = true;
    setStatus(errorText(error), "error");
  }
  renderResults(ui.results, paneView(state.result, lang()), s());
  refreshButtons();
}

function scheduleUpdate(): void {
  clearTimeout(state.timer);
  state.timer = setTimeout(update, DEBOUNCE_MS);
}

function hasTables(): boolean {
  return state.result !== null && state.result.tables.length > 0;
}

function refreshButtons(): void {
  const excel = state.host.inExcel;
  ui.importSelection.hidden = !excel;
  ui.importSelection.disabled = state.busy;
  ui.write.disabled = !excel || state.busy || !hasTables();
  ui.writeHint.hidden = excel;
  ui.download.hidden = excel;
  ui.downloadHint.hidden = excel;
  ui.download.disabled = state.busy || !hasTables();
  ui.sample.disabled = state.busy;
}

function applyLanguage(): void {
  const l = lang();
  const words = s();
  document.documentElement.lang = l === "en" ? "en" : "zh-CN";
  document.title = words.title;
  applyStrings(document, words);
  ui.lang.lang = l === "en" ? "zh-CN" : "en";
  costColumnOptions(ui.costColumn, words, state.settings.costColumn);
  ui.mode.textContent = state.host.inExcel ? words.modeExcel : words.modePreview;
  ui.mode.dataset.mode = state.host.inExcel ? "excel" : "preview";
}

function setText(text: string): void {
  ui.source.value = text.replace(/\r\n?/g, "\n");
  update();
}

async function busy<T>(message: string, task: () => Promise<T>): Promise<T | undefined> {
  if (state.busy) return undefined;
  state.busy = true;
  document.body.setAttribute("aria-busy", "true");
  setStatus(message);
  refreshButtons();
  try {
    return await task();
  } finally {
    state.busy = false;
    document.body.removeAttribute("aria-busy");
    ui.progress.hidden = true;
    refreshButtons();
  }
}

async function importSelection(): Promise<void> {
  await busy(s().busyImport, async () => {
    try {
      const text = await readSelectionText();
      if (text.trim() === "") {
        setStatus(s().importEmpty, "warning");
        return;
      }
      setText(text);
      setStatus("");
    } catch (error) {
      setStatus(s().importFailed(errorText(error)), "error");
    }
  });
}

async function write(): Promise<void> {
  update();
  const result = state.result;
  if (result === null || result.tables.length === 0) return;
  await busy(s().busyWrite, async () => {
    try {
      const layout = layoutFor(result, state.settings, lang());
      ui.progress.hidden = false;
      ui.progress.value = 0;
      const report = await writeWorkbook(layout, {
        onProgress: (p) => {
          ui.progress.max = Math.max(1, p.total);
          ui.progress.value = p.completed;
          if (p.sheet !== null) setStatus(`${s().busyWrite} ${p.sheet}`);
        },
      });
      const renamed = report.renamed.map((r) => `${r.from} → ${r.to}`).join("、");
      setStatus(
        [
          s().writeDone(report.sheets.join("、"), report.cells),
          renamed && s().writeRenamed(renamed),
        ]
          .filter(Boolean)
          .join(" "),
        "success",
      );
      state.written = {
        checks: checkCellsOf(report.layout),
        sheets: report.sheets,
        tolerance: state.settings.tolerance,
      };
      state.live = [];
    } catch (error) {
      void logError(error, "write");
      setStatus(s().writeFailed(errorText(error)), "error");
    }
  });
  if (state.written !== null) await refreshLive();
}

function renderLivePanel(): void {
  const written = state.written;
  ui.live.hidden = written === null;
  if (written === null) return;
  const words = s();
  ui.liveHint.textContent = words.liveHint(written.sheets.join("、"));
  ui.liveCount.textContent = state.reading ? "" : String(state.live.length);
  ui.liveRefresh.disabled = state.reading;
  if (state.reading) {
    ui.liveList.replaceChildren(
      Object.assign(document.createElement("p"), {
        className: "hint",
        textContent: words.liveReading,
      }),
    );
    return;
  }
  renderLive(ui.liveList, liveItems(state.live, lang()), words);
}

/** Reads the written sheets' check cells again (one request) and lists what they show. */
async function refreshLive(): Promise<void> {
  const written = state.written;
  if (written === null || state.reading) return;
  state.reading = true;
  renderLivePanel();
  try {
    const read = await readLiveProblems(written.checks, written.tolerance);
    state.live = read.problems;
  } catch (error) {
    setStatus(errorText(error), "error");
  } finally {
    state.reading = false;
    renderLivePanel();
  }
}

async function goTo(sheet: string, address: string): Promise<void> {
  try {
    await selectCell(sheet, address);
  } catch (error) {
    setStatus(errorText(error), "error");
  }
}

async function download(): Promise<void> {
  update();
  const result = state.result;
  if (result === null || result.tables.length === 0) return;
  await busy(s().busyDownload, async () => {
    try {
      const blob = await xlsxBlob(layoutFor(result, state.settings, lang()));
      const name = xlsxFileName(result, lang());
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus(s().downloadDone(name), "success");
    } catch (error) {
      setStatus(s().downloadFailed(errorText(error)), "error");
    }
  });
}

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

function wire(): void {
  ui.source.addEventListener("paste", (event) => {
    const text = event.clipboardData?.getData("text/plain");
    if (text === undefined || text === "") return;
    event.preventDefault();
    const normalised = text.replace(/\r\n?/g, "\n");
    ui.source.setRangeText(normalised, ui.source.selectionStart, ui.source.selectionEnd, "end");
    update();
  });
  // A paste anywhere else in the pane replaces the text: the table is what the pane is for.
  document.addEventListener("paste", (event) => {
    if (event.defaultPrevented || isEditable(event.target)) return;
    const text = event.clipboardData?.getData("text/plain");
    if (text === undefined || text === "") return;
    event.preventDefault();
    setText(text);
    ui.source.focus();
  });
  ui.source.addEventListener("input", scheduleUpdate);
  ui.sample.addEventListener("click", () => {
    setText(SAMPLE_TABLE);
    ui.source.scrollTop = 0;
  });
  ui.clear.addEventListener("click", () => {
    setText("");
    setStatus("");
    ui.source.focus();
  });
  ui.importSelection.addEventListener("click", () => void importSelection());
  ui.write.addEventListener("click", () => void write());
  ui.liveRefresh.addEventListener("click", () => void refreshLive());
  ui.liveList.addEventListener("click", (event) => {
    const target =
      event.target instanceof Element ? event.target.closest("button.live-item") : null;
    if (!(target instanceof HTMLButtonElement)) return;
    const { sheet, address } = target.dataset;
    if (sheet !== undefined && address !== undefined) void goTo(sheet, address);
  });
  ui.download.addEventListener("click", () => void download());
  ui.lang.addEventListener("click", () => {
    saveSettings({ lang: lang() === "zh" ? "en" : "zh" });
    applyLanguage();
    update();
    renderLivePanel();
  });
  ui.tolerance.addEventListener("change", () => {
    const value = parseTolerance(ui.tolerance.value);
    ui.tolerance.setAttribute("aria-invalid", value === null ? "true" : "false");
    if (value === null) return;
    saveSettings({ tolerance: value });
    update();
  });
  ui.costColumn.addEventListener("change", () => {
    const column = AMOUNT_COLUMNS.find((c) => c === ui.costColumn.value);
    if (column === undefined) return;
    saveSettings({ costColumn: column });
    update();
  });
  ui.sheetPrefix.addEventListener("change", () => {
    const prefix = cleanSheetPrefix(ui.sheetPrefix.value);
    ui.sheetPrefix.value = prefix;
    saveSettings({ sheetPrefix: prefix });
  });
}

async function start(): Promise<void> {
  const legacy = browserStorage();
  store = new SettingsStore((await helpersStorage(legacy)) ?? legacy);
  state.settings = store.load();
  ui.tolerance.value = String(state.settings.tolerance);
  ui.sheetPrefix.value = state.settings.sheetPrefix;
  wire();
  applyLanguage();
  update();
  state.host = await detectHost();
  if (state.host.displayLanguage !== null)
    state.autoLang = langFromLocale(state.host.displayLanguage);
  applyLanguage();
  update();
  document.body.dataset.ready = state.host.inExcel ? "excel" : "preview";
}

void start();
