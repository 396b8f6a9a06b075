/** The task pane: wires the page to reconcile(), the view model and the workbook writers. */
import "./taskpane.css";
import { reconcile, type Lang, type ReconResult } from "../index.js";
import { AMOUNT_COLUMNS } from "../model/types.js";
import { SAMPLE_TABLE } from "../sample/sampleTable.js";
import { detectHost, PREVIEW_HOST, type HostInfo } from "../excel/host.js";
import { readSelectionText } from "../excel/selection.js";
import { writeWorkbook } from "../excel/writer.js";
import { byId } from "./dom.js";
import { langFromLocale, strings, type Strings } from "./i18n.js";
import { applyStrings, costColumnOptions, renderResults } from "./render.js";
import {
  browserStorage,
  cleanSheetPrefix,
  parseTolerance,
  SettingsStore,
  type PaneSettings,
} from "./settings.js";
import { paneView } from "./viewModel.js";
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
};

const store = new SettingsStore(browserStorage());

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
}

const state: PaneState = {
  settings: store.load(),
  host: PREVIEW_HOST,
  autoLang: langFromLocale(navigator.language),
  result: null,
  busy: false,
  parseError: false,
  timer: undefined,
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
      setStatus(s().writeDone(report.sheets.join("、"), report.cells), "success");
    } catch (error) {
      setStatus(s().writeFailed(errorText(error)), "error");
    }
  });
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
  ui.download.addEventListener("click", () => void download());
  ui.lang.addEventListener("click", () => {
    saveSettings({ lang: lang() === "zh" ? "en" : "zh" });
    applyLanguage();
    update();
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
