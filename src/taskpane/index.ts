/** The task pane: wires the page to reconcile(), the view model and the workbook writers. */
import "./taskpane.css";
import type { Lang, ReconResult } from "../index.js";
import { AMOUNT_COLUMNS } from "../model/types.js";
import { SAMPLE_TABLE } from "../sample/sampleTable.js";
import { megabytes, PANE_INPUT_LIMIT, utf8Bytes } from "../inputLimit.js";
import { readLiveProblems, selectCell } from "../excel/checks.js";
import { ExcelTaskError } from "../excel/errors.js";
import { EngineError } from "../model/errors.js";
import { detectHost, PREVIEW_HOST, type HostInfo } from "../excel/host.js";
import { helpersStorage, logError } from "../excel/officeHelpers.js";
import { readSelectionText } from "../excel/selection.js";
import { writeWorkbook } from "../excel/writer.js";
import { checkCellsOf, type LiveProblem, type WorkbookChecks } from "../layout/checkCells.js";
import { byId } from "./dom.js";
import { langFromLocale, OPEN_ERROR_CODES, strings, type Strings } from "./i18n.js";
import { openFile } from "./openFile.js";
import {
  applyStrings,
  costColumnOptions,
  formOptions,
  renderLive,
  renderResults,
  type FormChoice,
} from "./render.js";
import {
  browserStorage,
  cleanSheetPrefix,
  DEFAULT_SETTINGS,
  parseTolerance,
  SettingsStore,
  type PaneSettings,
} from "./settings.js";
import { INLINE_PARSE_LIMIT, PaneParser, SupersededError } from "./parser.js";
import { liveItems, paneView } from "./viewModel.js";
import { layoutFor, xlsxBlob, xlsxFileName } from "./workbook.js";

/**
 * Pasted text larger than this (UTF-8 bytes) is kept out of the text box: Chromium lays a text
 * box out on the page's thread, and 8 MB in one takes seconds during which nothing responds.
 */
const SHOW_LIMIT = 1024 * 1024;

/** Quiet time after typing before the preview is rebuilt. */
const DEBOUNCE_MS = 250;

const ui = {
  lang: byId("lang", HTMLButtonElement),
  mode: byId("mode", HTMLParagraphElement),
  source: byId("source", HTMLTextAreaElement),
  sample: byId("sample", HTMLButtonElement),
  importSelection: byId("import", HTMLButtonElement),
  clear: byId("clear", HTMLButtonElement),
  openFile: byId("open-file", HTMLButtonElement),
  file: byId("file", HTMLInputElement),
  tolerance: byId("tolerance", HTMLInputElement),
  costColumn: byId("cost-column", HTMLSelectElement),
  form: byId("form", HTMLSelectElement),
  sheetPrefix: byId("sheet-prefix", HTMLInputElement),
  write: byId("write", HTMLButtonElement),
  writeHint: byId("write-hint", HTMLParagraphElement),
  download: byId("download", HTMLButtonElement),
  downloadHint: byId("download-hint", HTMLParagraphElement),
  progress: byId("progress", HTMLProgressElement),
  status: byId("status", HTMLParagraphElement),
  parseStatus: byId("parse-status", HTMLParagraphElement),
  held: byId("held", HTMLParagraphElement),
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
  /** The text form the user chose for this paste; "auto" lets the parser recognise it. */
  form: FormChoice;
  host: HostInfo;
  /** Language when the user has not chosen one: Office's, or the browser's outside Office. */
  autoLang: Lang;
  result: ReconResult | null;
  busy: boolean;
  /** The status line shows a parse error that the next good parse should clear. */
  parseError: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The text and options the preview shows, and the parse under way, if any. */
  parsed: { text: string; key: string } | null;
  /** A paste too large for the text box: the text the pane reads instead of the box's. */
  held: string | null;
  pending: { text: string; key: string; done: Promise<void> } | null;
  /** The last workbook written: where its check cells are, and what they showed when read. */
  written: { checks: WorkbookChecks; sheets: string[]; tolerance: number } | null;
  live: LiveProblem[];
  reading: boolean;
}

const state: PaneState = {
  settings: { ...DEFAULT_SETTINGS },
  form: "auto",
  host: PREVIEW_HOST,
  autoLang: langFromLocale(navigator.language),
  result: null,
  busy: false,
  parseError: false,
  timer: undefined,
  parsed: null,
  held: null,
  pending: null,
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

const parser = new PaneParser();
/** Counts parses asked for: a result is shown only if no newer parse was asked for since. */
let parseSeq = 0;
let parseTicker: ReturnType<typeof setInterval> | undefined;

/** What the parse depends on besides the text. */
function parseKey(): string {
  return JSON.stringify([state.settings.tolerance, state.settings.costColumn, state.form, lang()]);
}

/**
 * Shows that a large text is being read, with the seconds so far: the line is refreshed from the
 * page's thread, so its ticking is itself the sign that the pane is not blocked. null hides it.
 */
function showParsing(size: number | null): void {
  clearInterval(parseTicker);
  parseTicker = undefined;
  ui.results.removeAttribute("aria-busy");
  delete document.body.dataset.parsing;
  ui.parseStatus.hidden = true;
  if (size === null) return;
  const started = Date.now();
  let ticks = 0;
  const show = (): void => {
    const seconds = Math.floor((Date.now() - started) / 1000);
    ui.parseStatus.textContent = s().parsing(megabytes(size), seconds);
    ui.parseStatus.dataset.ticks = String(ticks++);
  };
  show();
  ui.parseStatus.hidden = false;
  ui.results.setAttribute("aria-busy", "true");
  document.body.dataset.parsing = "true";
  parseTicker = setInterval(show, 250);
}

function tooLargeText(size: number): string {
  return s().tooLarge(megabytes(size), megabytes(PANE_INPUT_LIMIT));
}

/**
 * Re-reads the text (unless the preview already shows this text with these options); the preview
 * and the buttons follow. Resolves when the preview is up to date or a newer parse took over.
 */
function update(): Promise<void> {
  clearTimeout(state.timer);
  state.timer = undefined;
  const text = state.held ?? ui.source.value;
  const key = parseKey();
  if (state.pending !== null && state.pending.text === text && state.pending.key === key)
    return state.pending.done;
  if (state.pending === null && state.parsed?.text === text && state.parsed.key === key)
    return Promise.resolve();
  const seq = ++parseSeq;
  const done = reparse(seq, text);
  state.pending = { text, key, done };
  return done;
}

async function reparse(seq: number, text: string): Promise<void> {
  const key = parseKey();
  const size = utf8Bytes(text);
  let result: ReconResult | null = null;
  let error: string | null = null;
  if (size > PANE_INPUT_LIMIT) {
    parser.cancel();
    error = tooLargeText(size);
  } else if (text.trim() === "") {
    parser.cancel();
  } else {
    if (size > INLINE_PARSE_LIMIT) showParsing(size);
    try {
      result = await parser.parse(text, {
        tolerance: state.settings.tolerance,
        costColumn: state.settings.costColumn,
        lang: lang(),
        ...(state.form === "auto" ? {} : { form: state.form }),
      });
    } catch (e) {
      if (e instanceof SupersededError) return;
      error = errorText(e);
    }
  }
  if (seq !== parseSeq) return;
  showParsing(null);
  state.pending = null;
  state.parsed = { text, key };
  state.result = result;
  if (error !== null) setStatus(error, "error");
  else if (state.parseError) setStatus("");
  state.parseError = error !== null;
  renderResults(ui.results, paneView(state.result, lang()), s());
  refreshButtons();
}

/** A paste over the limit is refused before it reaches the text box. */
function refusePaste(text: string): boolean {
  const size = utf8Bytes(text);
  if (size <= PANE_INPUT_LIMIT) return false;
  state.parseError = true;
  setStatus(tooLargeText(size), "error");
  return true;
}

function scheduleUpdate(): void {
  clearTimeout(state.timer);
  state.timer = setTimeout(() => void update(), DEBOUNCE_MS);
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
  ui.openFile.disabled = state.busy;
}

function applyLanguage(): void {
  const l = lang();
  const words = s();
  document.documentElement.lang = l === "en" ? "en" : "zh-CN";
  document.title = words.title;
  applyStrings(document, words);
  ui.lang.lang = l === "en" ? "zh-CN" : "en";
  costColumnOptions(ui.costColumn, words, state.settings.costColumn);
  formOptions(ui.form, words, state.form);
  ui.mode.textContent = state.host.inExcel ? words.modeExcel : words.modePreview;
  ui.mode.dataset.mode = state.host.inExcel ? "excel" : "preview";
}

/** Puts text in the box, or holds it when it is too large to show there. */
function setText(text: string): void {
  const normalised = text.replace(/\r\n?/g, "\n");
  const big = utf8Bytes(normalised) > SHOW_LIMIT;
  state.held = big ? normalised : null;
  ui.source.value = big ? "" : normalised;
  renderHeld();
  void update();
}

function renderHeld(): void {
  ui.held.hidden = state.held === null;
  ui.held.textContent = state.held === null ? "" : s().held(megabytes(utf8Bytes(state.held)));
  document.body.toggleAttribute("data-held", state.held !== null);
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

/** Why a file gave no text, in the pane's words when the reader says what went wrong. */
function openErrorText(file: string, error: unknown): string {
  if (!(error instanceof EngineError)) return s().openFailed(file, errorText(error));
  const code = OPEN_ERROR_CODES.find((c) => c === error.code);
  return code === undefined
    ? s().openFailed(file, error.describe(lang()))
    : s().openErrors[code](String(error.params.reason ?? ""));
}

/** Reads a chosen or dropped file into the box, as a paste of its text would be. */
async function openChosen(file: File): Promise<void> {
  await busy(s().busyOpen(file.name), async () => {
    try {
      const opened = await openFile(file);
      if (refusePaste(opened.text)) return;
      setText(opened.text);
      ui.source.scrollTop = 0;
      setStatus(s().opened(file.name, opened.fromPdf), "success");
    } catch (error) {
      setStatus(openErrorText(file.name, error), "error");
    }
  });
}

async function write(): Promise<void> {
  await update();
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
  await update();
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
    if (refusePaste(text)) return;
    if (state.held !== null || utf8Bytes(text) > SHOW_LIMIT) {
      setText(text);
      return;
    }
    const normalised = text.replace(/\r\n?/g, "\n");
    ui.source.setRangeText(normalised, ui.source.selectionStart, ui.source.selectionEnd, "end");
    void update();
  });
  // A paste anywhere else in the pane replaces the text: the table is what the pane is for.
  document.addEventListener("paste", (event) => {
    if (event.defaultPrevented || isEditable(event.target)) return;
    const text = event.clipboardData?.getData("text/plain");
    if (text === undefined || text === "") return;
    event.preventDefault();
    if (refusePaste(text)) return;
    setText(text);
    ui.source.focus();
  });
  ui.source.addEventListener("input", () => {
    // Typing replaces a held paste: the box is what the pane reads again.
    if (state.held !== null) {
      state.held = null;
      renderHeld();
    }
    scheduleUpdate();
  });
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
  ui.openFile.addEventListener("click", () => ui.file.click());
  ui.file.addEventListener("change", () => {
    const file = ui.file.files?.[0];
    // Cleared so that choosing the same file again reads it again.
    ui.file.value = "";
    if (file !== undefined) void openChosen(file);
  });
  // A file dropped anywhere on the pane is opened, not shown by the browser in the pane's place.
  document.addEventListener("dragover", (event) => {
    if (!event.dataTransfer?.types.includes("Files")) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  });
  document.addEventListener("drop", (event) => {
    const file = event.dataTransfer?.files[0];
    if (file === undefined) return;
    event.preventDefault();
    void openChosen(file);
  });
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
    renderHeld();
    void update();
    renderLivePanel();
  });
  ui.tolerance.addEventListener("change", () => {
    const value = parseTolerance(ui.tolerance.value);
    ui.tolerance.setAttribute("aria-invalid", value === null ? "true" : "false");
    if (value === null) return;
    saveSettings({ tolerance: value });
    void update();
  });
  ui.costColumn.addEventListener("change", () => {
    const column = AMOUNT_COLUMNS.find((c) => c === ui.costColumn.value);
    if (column === undefined) return;
    saveSettings({ costColumn: column });
    void update();
  });
  ui.form.addEventListener("change", () => {
    const choice = (Object.keys(strings(lang()).formChoices) as FormChoice[]).find(
      (k) => k === ui.form.value,
    );
    if (choice === undefined) return;
    state.form = choice;
    void update();
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
  void update();
  state.host = await detectHost();
  if (state.host.displayLanguage !== null)
    state.autoLang = langFromLocale(state.host.displayLanguage);
  applyLanguage();
  await update();
  document.body.dataset.ready = state.host.inExcel ? "excel" : "preview";
}

void start();
