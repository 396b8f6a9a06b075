import { describe, expect, it } from "vitest";
import { cleanSheetName, isValidSheetName } from "../../src/layout/index.js";
import {
  cleanSheetPrefix,
  DEFAULT_SETTINGS,
  SHEET_PREFIX_MAX,
  parseTolerance,
  sanitizeSettings,
  SettingsStore,
  type KeyValueStore,
} from "../../src/taskpane/settings.js";

class MapStore implements KeyValueStore {
  data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
}

class BrokenStore implements KeyValueStore {
  getItem(): string | null {
    throw new Error("SecurityError");
  }
  setItem(): void {
    throw new Error("QuotaExceededError");
  }
}

describe("SettingsStore", () => {
  it("remembers settings between instances", () => {
    const backing = new MapStore();
    new SettingsStore(backing).save({
      tolerance: 0.5,
      costColumn: "fiscal",
      sheetPrefix: "2024",
      lang: "en",
    });
    expect(new SettingsStore(backing).load()).toEqual({
      tolerance: 0.5,
      costColumn: "fiscal",
      sheetPrefix: "2024",
      lang: "en",
    });
  });

  it("starts from the defaults", () => {
    expect(new SettingsStore(new MapStore()).load()).toEqual(DEFAULT_SETTINGS);
  });

  it("ignores broken JSON", () => {
    const backing = new MapStore();
    backing.data.set("budget-recon.taskpane.settings.v1", "{not json");
    expect(new SettingsStore(backing).load()).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps settings in memory when storage is blocked, and says so", () => {
    const store = new SettingsStore(new BrokenStore());
    store.save({ ...DEFAULT_SETTINGS, tolerance: 1 });
    expect(store.persistent).toBe(false);
    expect(store.load().tolerance).toBe(1);
    const none = new SettingsStore(null);
    expect(none.persistent).toBe(false);
    none.save({ ...DEFAULT_SETTINGS, lang: "en" });
    expect(none.load().lang).toBe("en");
  });
});

describe("sanitizeSettings", () => {
  it("replaces invalid fields with defaults", () => {
    expect(
      sanitizeSettings({ tolerance: -1, costColumn: "bogus", sheetPrefix: 5, lang: "fr" }),
    ).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings("x")).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings({ tolerance: Number.POSITIVE_INFINITY }).tolerance).toBe(
      DEFAULT_SETTINGS.tolerance,
    );
  });

  it("keeps valid fields", () => {
    expect(sanitizeSettings({ tolerance: 0, costColumn: "other", lang: "zh" })).toEqual({
      tolerance: 0,
      costColumn: "other",
      sheetPrefix: "",
      lang: "zh",
    });
  });
});

describe("cleanSheetPrefix", () => {
  it("drops characters Excel refuses and cuts to length", () => {
    expect(cleanSheetPrefix(" a/b\\c?d*e[f]g:h ")).toBe("abcdefgh");
    expect(cleanSheetPrefix("'2024年")).toBe("2024年");
    expect(cleanSheetPrefix("一二三四五六七八九十一二三四")).toHaveLength(12);
  });
});

describe("parseTolerance", () => {
  it.each([
    ["0.005", 0.005],
    [" 1 ", 1],
    ["0", 0],
    ["-1", null],
    ["abc", null],
    ["", null],
    ["Infinity", null],
  ])("%s → %s", (text, value) => {
    expect(parseTolerance(text)).toBe(value);
  });
});

describe("cleanSheetPrefix", () => {
  it("is the layout's sheet-name cleaning, within the prefix's 12 characters", () => {
    for (const raw of [
      "2024/年:",
      "'[x]'",
      "  a\tb  ",
      "一二三四五六七八九十一二三四",
      "History",
      "''",
    ]) {
      const prefix = cleanSheetPrefix(raw);
      expect(prefix, raw).toBe(cleanSheetName(raw, SHEET_PREFIX_MAX));
      expect(isValidSheetName(`${prefix}预算表`), raw).toBe(true);
    }
  });
});
