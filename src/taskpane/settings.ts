/**
 * The pane's remembered options, and the one place that touches storage.
 *
 * Storage is the page's localStorage, which add-in web views keep per origin between sessions
 * (Excel on Windows, Mac and the web alike). When it is blocked the settings live in memory for
 * the session and the pane says so.
 */
import { DEFAULT_TOLERANCE, type Lang } from "../index.js";
import { cleanSheetName } from "../layout/rename.js";
import { AMOUNT_COLUMNS, type AmountColumn } from "../model/types.js";

export interface PaneSettings {
  tolerance: number;
  costColumn: AmountColumn;
  /** Put in front of every sheet name the workbook gets; "" for none. */
  sheetPrefix: string;
  /** The language chosen with the switch; null follows Office's display language. */
  lang: Lang | null;
}

export const DEFAULT_SETTINGS: PaneSettings = {
  tolerance: DEFAULT_TOLERANCE,
  costColumn: "total",
  sheetPrefix: "",
  lang: null,
};

/** Longest prefix kept: Excel sheet names stop at 31 characters and the layout adds its own. */
export const SHEET_PREFIX_MAX = 12;

const STORAGE_KEY = "budget-recon.taskpane.settings.v1";

/** The prefix as Excel takes it at the start of a sheet name: cleanSheetName() in src/layout. */
export function cleanSheetPrefix(raw: string): string {
  return cleanSheetName(raw, SHEET_PREFIX_MAX);
}

/** Parses a tolerance typed by the user; null when it is not a number ≥ 0. */
export function parseTolerance(raw: string): number | null {
  const text = raw.trim();
  if (text === "") return null;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

function isAmountColumn(value: unknown): value is AmountColumn {
  return typeof value === "string" && (AMOUNT_COLUMNS as readonly string[]).includes(value);
}

/** Whatever was stored, as valid settings: unknown or broken fields fall back to the defaults. */
export function sanitizeSettings(value: unknown): PaneSettings {
  if (typeof value !== "object" || value === null) return { ...DEFAULT_SETTINGS };
  const v = value as Record<string, unknown>;
  const tolerance =
    typeof v.tolerance === "number" && Number.isFinite(v.tolerance) && v.tolerance >= 0
      ? v.tolerance
      : DEFAULT_SETTINGS.tolerance;
  return {
    tolerance,
    costColumn: isAmountColumn(v.costColumn) ? v.costColumn : DEFAULT_SETTINGS.costColumn,
    sheetPrefix: typeof v.sheetPrefix === "string" ? cleanSheetPrefix(v.sheetPrefix) : "",
    lang: v.lang === "zh" || v.lang === "en" ? v.lang : null,
  };
}

/** The part of the Web Storage API the settings need. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export class SettingsStore {
  /** False when the backing store refused to read or write. */
  persistent = true;
  private readonly memory = new Map<string, string>();

  constructor(private readonly backing: KeyValueStore | null) {
    if (backing === null) this.persistent = false;
  }

  load(): PaneSettings {
    const text = this.read();
    if (text === null) return { ...DEFAULT_SETTINGS };
    try {
      return sanitizeSettings(JSON.parse(text));
    } catch {
      return { ...DEFAULT_SETTINGS };
    }
  }

  save(settings: PaneSettings): void {
    const text = JSON.stringify(sanitizeSettings(settings));
    this.memory.set(STORAGE_KEY, text);
    if (this.backing === null) return;
    try {
      this.backing.setItem(STORAGE_KEY, text);
    } catch {
      this.persistent = false;
    }
  }

  private read(): string | null {
    if (this.backing !== null && this.persistent) {
      try {
        return this.backing.getItem(STORAGE_KEY);
      } catch {
        this.persistent = false;
      }
    }
    return this.memory.get(STORAGE_KEY) ?? null;
  }
}

/** The browser's localStorage, or null where reaching it throws (blocked storage, sandboxing). */
export function browserStorage(): KeyValueStore | null {
  try {
    const storage = globalThis.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}
