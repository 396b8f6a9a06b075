/**
 * An in-memory Excel for the Office.js writer: exactly the part of the Excel JavaScript API the
 * add-in uses, with Office.js's proxy semantics, and HyperFormula computing the formulas.
 *
 * - Proxies: setting a property or calling a method queues an operation; nothing happens until
 *   `context.sync()`. Reading `values`, `formulas`, `numberFormat`, `address`, `name`, `items`
 *   or `isNullObject` before `load()` + `sync()` throws PropertyNotLoaded, as Office.js does.
 * - Input: `values` and `formulas` are read the way Excel reads typing: `=…` (and `+…`, `-…`,
 *   `@…` that are not numbers) becomes a formula, `'…` text without the apostrophe, `12`, `50%`,
 *   `TRUE`, `2024-1-2`, `3月4日` numbers, booleans and dates — unless the cell's number format
 *   is text (`@`).
 * - Requests: a sync whose operations weigh more than `payloadLimit` (default 5 MB, Excel on
 *   the web's limit) fails with RequestPayloadSizeLimitExceeded before anything is applied.
 *   Weight: the UTF-8 JSON of each operation's arguments plus 64 bytes.
 * - Failures: `failAt: n` makes the n-th operation applied (counted over the fake's life) throw,
 *   after the ones before it took effect, and kills that request context; `failOn` picks it by
 *   content. Excel.run syncs what is still queued when the batch function returns.
 * - Every operation and every sync is recorded (`calls`, `syncs`).
 *
 * `install()` puts `Excel` and `Office` on globalThis; the browser test bundles this file and
 * does the same in the page.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import type { ConditionalFormat } from "../../src/layout/index.js";
import type { Evaluated } from "./prove.js";
import { cellAddress, columnIndex, columnLetter, offsetFormula } from "../../src/layout/a1.js";
import { isError, normalise } from "./hyperformula.js";

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const OP_OVERHEAD = 64;

export type Scalar = string | number | boolean;

/** What a cell holds: a formula (with `=`), a constant, and whether a constant is text. */
export interface StoredCell {
  formula: string | null;
  value: Scalar | null;
  numberFormat?: string;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FormatProps {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  wrapText?: boolean;
  indentLevel?: number;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders?: Record<string, { style?: string; color?: string }>;
}

export interface StoredConditionalFormat {
  type: string;
  box: Box;
  range: string;
  formula: string | null;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, StoredCell>;
  formats: { boxes: Box[]; props: FormatProps }[];
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  autofitRows: Box[];
  frozen: { rows: number; columns: number } | null;
  autoFilter: string | null;
  conditionalFormats: StoredConditionalFormat[];
  page: { orientation?: string; paperSize?: string; printTitleRows?: string };
}

export interface RecordedCall {
  /** 1-based number of the sync that carried it. */
  sync: number;
  /** e.g. "range.values=", "worksheets.add", "load". */
  op: string;
  target: string;
  bytes: number;
}

export interface RecordedSync {
  operations: number;
  bytes: number;
  ok: boolean;
}

export interface FakeOptions {
  /** Largest request in bytes (default 5 MB). */
  payloadLimit?: number;
  /** Sheets the workbook starts with: name → rows of values (typed-input rules apply). */
  sheets?: Record<string, Scalar[][]>;
  /** Workbook-level names it starts with: name → "Sheet!A1". */
  names?: Record<string, string>;
  /** The n-th operation applied (1-based, over the fake's life) throws. */
  failAt?: number;
  failOn?: (call: RecordedCall) => boolean;
  displayLanguage?: string;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

const key = (row: number, col: number): string => `${row}:${col}`;

/** "A1", "$B$2", "A1:C3", "C:C", "C:E", "4:4". */
export function parseBox(address: string): Box {
  const plain = address.replace(/\$/g, "").trim();
  const [a = "", b = a] = plain.split(":");
  const part = (p: string): { row: number | null; col: number | null } => {
    const m = /^([A-Z]{0,3})(\d*)$/i.exec(p);
    if (!m || (m[1] === "" && m[2] === "")) {
      throw new FakeOfficeError("InvalidArgument", `The argument is invalid: ${address}`);
    }
    return {
      col: m[1] ? columnIndex(m[1]) : null,
      row: m[2] ? Number(m[2]) - 1 : null,
    };
  };
  const p = part(a);
  const q = part(b);
  const box = {
    top: p.row ?? 0,
    left: p.col ?? 0,
    bottom: q.row ?? MAX_ROWS - 1,
    right: q.col ?? MAX_COLUMNS - 1,
  };
  if (box.bottom < box.top || box.right < box.left) {
    throw new FakeOfficeError("InvalidArgument", `The argument is invalid: ${address}`);
  }
  return box;
}

function boxAddress(box: Box): string {
  const a = cellAddress(box.top, box.left);
  const b = cellAddress(box.bottom, box.right);
  return a === b ? a : `${a}:${b}`;
}

const inBox = (b: Box, row: number, col: number): boolean =>
  row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?%?$/;
const DATE =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$|^(\d{1,2})[/-](\d{1,2})$|^(\d{1,2})月(\d{1,2})日$/;

function serial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A value as Excel stores typed input; undefined leaves the cell alone (null input). */
export function typedInput(
  input: unknown,
  numberFormat: string | undefined,
): StoredCell | null | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "number" || typeof input === "boolean") {
    return { formula: null, value: input };
  }
  if (typeof input !== "string") {
    throw new FakeOfficeError("InvalidArgument", `unsupported cell value ${String(input)}`);
  }
  if (input === "") return null;
  if (numberFormat === "@")
    return { formula: null, value: input.startsWith("'") ? input.slice(1) : input };
  if (input.startsWith("'")) return { formula: null, value: input.slice(1) };
  if (input.startsWith("=")) return { formula: input, value: null };
  const trimmed = input.trim();
  if (NUMBER.test(trimmed) && /\d/.test(trimmed)) {
    const pct = trimmed.endsWith("%");
    const n = Number(trimmed.replace(/[,%]/g, ""));
    return { formula: null, value: pct ? n / 100 : n };
  }
  if (/^(true|false)$/i.test(trimmed)) return { formula: null, value: /^true$/i.test(trimmed) };
  const d = DATE.exec(trimmed);
  if (d) {
    const year = new Date().getUTCFullYear();
    const [y, m, day] = d[1]
      ? [Number(d[1]), Number(d[2]), Number(d[3])]
      : d[4]
        ? [year, Number(d[4]), Number(d[5])]
        : [year, Number(d[6]), Number(d[7])];
    return { formula: null, value: serial(y, m, day) };
  }
  if (/^[+\-@]/.test(input)) return { formula: `=${input.replace(/^@/, "")}`, value: null };
  return { formula: null, value: input };
}

function validSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    Array.from(name).length <= 31 &&
    !/[\\/?*[\]:]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'")
  );
}

function newSheet(name: string): FakeSheet {
  return {
    name,
    cells: new Map(),
    formats: [],
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    autofitRows: [],
    frozen: null,
    autoFilter: null,
    conditionalFormats: [],
    page: {},
  };
}

interface Queued {
  call: RecordedCall;
  apply: () => void;
}

type Props = Record<string, unknown>;

/** An Office.js client object: queued writes, loaded reads. */
class ClientObject {
  protected loaded: Props | null = null;
  protected readonly loadable: readonly string[] = [];

  constructor(
    protected readonly ctx: FakeContext,
    readonly path: string,
  ) {}

  load(props?: string | string[] | { select?: string }): this {
    const wanted = (
      typeof props === "string"
        ? props
        : Array.isArray(props)
          ? props.join(",")
          : (props?.select ?? "")
    )
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p !== "");
    this.ctx.queue("load", this.path, wanted, () => {
      this.loaded = { ...(this.loaded ?? {}), ...this.snapshot(wanted) };
    });
    return this;
  }

  /** The current values of the loaded properties, taken when the load reaches "Excel". */
  protected snapshot(_props: string[]): Props {
    return {};
  }

  protected get<T>(prop: string): T {
    if (this.loaded === null || !(prop in this.loaded)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded[prop] as T;
  }

  protected set(prop: string, value: unknown, apply: () => void): void {
    this.ctx.queue(`${this.kind()}.${prop}=`, this.path, value, apply);
  }

  protected kind(): string {
    return "object";
  }
}

class FakeContext {
  pending: Queued[] = [];
  dead = false;
  closed = false;
  readonly workbook: FakeWorkbookProxy;
  readonly application: { suspendApiCalculationUntilNextSync: () => void };

  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbookProxy(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        this.queue("application.suspendApiCalculationUntilNextSync", "application", null, () => {
          fake.calculationSuspended = true;
        }),
    };
  }

  queue(op: string, target: string, args: unknown, apply: () => void): void {
    if (this.closed) {
      throw new FakeOfficeError("InvalidObjectPath", `${target}: the request context has ended`);
    }
    const bytes = OP_OVERHEAD + utf8Length(JSON.stringify(args ?? null)) + utf8Length(target);
    this.pending.push({ call: { sync: 0, op, target, bytes }, apply });
  }

  async sync(): Promise<void> {
    const fake = this.fake;
    if (this.dead) {
      throw new FakeOfficeError("InvalidRequestContext", "the request context is no longer valid");
    }
    const ops = this.pending;
    this.pending = [];
    const bytes = ops.reduce((n, q) => n + q.call.bytes, 0);
    const record: RecordedSync = { operations: ops.length, bytes, ok: false };
    fake.syncs.push(record);
    const number = fake.syncs.length;
    await Promise.resolve();
    if (bytes > fake.payloadLimit) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${bytes} > ${fake.payloadLimit} bytes).`,
      );
    }
    try {
      for (const q of ops) {
        q.call.sync = number;
        fake.calls.push(q.call);
        fake.applied++;
        if (fake.options.failAt === fake.applied || fake.options.failOn?.(q.call)) {
          this.dead = true;
          throw new FakeOfficeError(
            "GeneralException",
            `injected failure at ${q.call.op} ${q.call.target}`,
          );
        }
        q.apply();
        fake.dirty = true;
      }
      record.ok = true;
    } finally {
      fake.calculationSuspended = false;
    }
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNameCollection;

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNameCollection(ctx);
  }

  getSelectedRange(): FakeRange {
    const fake = this.ctx.fake;
    return new FakeRange(this.ctx, "selection", () => {
      const sel = fake.selection;
      if (sel === null) throw new FakeOfficeError("ItemNotFound", "nothing is selected");
      return { sheet: fake.sheet(sel.sheet), box: parseBox(sel.address) };
    });
  }
}

class FakeWorksheetCollection extends ClientObject {
  constructor(ctx: FakeContext) {
    super(ctx, "worksheets");
  }

  protected override snapshot(): Props {
    return { items: [...this.ctx.fake.sheets.keys()].map((n) => this.proxy(n, true)) };
  }

  get items(): FakeWorksheet[] {
    return this.get<FakeWorksheet[]>("items");
  }

  private proxy(name: string, loaded = false): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, name);
    if (loaded) ws.markLoaded({ name });
    return ws;
  }

  getItem(name: string): FakeWorksheet {
    return this.proxy(name);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name, true);
  }

  add(name: string): FakeWorksheet {
    const fake = this.ctx.fake;
    this.ctx.queue("worksheets.add", "worksheets", name, () => {
      if (!validSheetName(name))
        throw new FakeOfficeError("InvalidArgument", `bad sheet name ${name}`);
      if (fake.findSheet(name) !== undefined) {
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      }
      fake.sheets.set(name, newSheet(name));
    });
    return this.proxy(name);
  }
}

class FakeWorksheet extends ClientObject {
  readonly freezePanes: {
    freezeRows: (n: number) => void;
    freezeColumns: (n: number) => void;
    freezeAt: (range: FakeRange | string) => void;
  };
  readonly autoFilter: { apply: (range: FakeRange | string) => void };
  readonly pageLayout: {
    orientation: string;
    paperSize: string;
    setPrintTitleRows: (rows: string) => void;
  };

  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    private readonly orNull = false,
  ) {
    super(ctx, `worksheets[${sheetName}]`);
    const target = this.path;
    const sheet = (): FakeSheet => ctx.fake.sheet(sheetName);
    const freeze = (rows: number, columns: number) => (): void => {
      sheet().frozen = { rows, columns };
    };
    this.freezePanes = {
      freezeRows: (n) => ctx.queue("freezePanes.freezeRows", target, n, freeze(n, 0)),
      freezeColumns: (n) => ctx.queue("freezePanes.freezeColumns", target, n, freeze(0, n)),
      freezeAt: (range) => {
        const address = typeof range === "string" ? range : range.addressForFake();
        ctx.queue("freezePanes.freezeAt", target, address, () => {
          const box = parseBox(address);
          sheet().frozen = { rows: box.bottom + 1, columns: box.right + 1 };
        });
      },
    };
    this.autoFilter = {
      apply: (range) => {
        const address = typeof range === "string" ? range : range.addressForFake();
        ctx.queue("autoFilter.apply", target, address, () => {
          sheet().autoFilter = boxAddress(parseBox(address));
        });
      },
    };
    const page = (prop: "orientation" | "paperSize", value: string): void =>
      ctx.queue(`pageLayout.${prop}=`, target, value, () => {
        sheet().page[prop] = value;
      });
    this.pageLayout = {
      set orientation(v: string) {
        page("orientation", v);
      },
      get orientation(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "pageLayout.orientation is not loaded");
      },
      set paperSize(v: string) {
        page("paperSize", v);
      },
      get paperSize(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "pageLayout.paperSize is not loaded");
      },
      setPrintTitleRows: (rows) =>
        ctx.queue("pageLayout.setPrintTitleRows", target, rows, () => {
          sheet().page.printTitleRows = rows;
        }),
    };
  }

  markLoaded(props: Props): void {
    this.loaded = { ...(this.loaded ?? {}), ...props };
  }

  protected override kind(): string {
    return "worksheet";
  }

  protected override snapshot(props: string[]): Props {
    const found = this.ctx.fake.findSheet(this.sheetName);
    if (found === undefined) {
      if (this.orNull) return { isNullObject: true, name: undefined };
      throw new FakeOfficeError(
        "ItemNotFound",
        `The requested resource doesn't exist: ${this.sheetName}`,
      );
    }
    const out: Props = { isNullObject: false };
    if (props.length === 0 || props.includes("name")) out.name = found.name;
    return out;
  }

  get name(): string {
    return this.get<string>("name");
  }

  get isNullObject(): boolean {
    return this.get<boolean>("isNullObject");
  }

  private sheet(): FakeSheet {
    return this.ctx.fake.sheet(this.sheetName);
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getRange(${address})`, () => ({
      sheet: this.sheet(),
      box: parseBox(address),
    }));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    const box = { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 };
    return this.getRange(boxAddress(box));
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, `${this.path}.getRanges(${address})`, () => ({
      sheet: this.sheet(),
      boxes: address.split(/[,;]/).map(parseBox),
    }));
  }

  activate(): void {
    this.ctx.queue("worksheet.activate", this.path, null, () => {
      this.ctx.fake.activeSheet = this.sheet().name;
    });
  }

  delete(): void {
    this.ctx.queue("worksheet.delete", this.path, null, () => {
      const fake = this.ctx.fake;
      const s = this.sheet();
      if (fake.sheets.size <= 1) {
        throw new FakeOfficeError("InvalidOperation", "a workbook must keep one sheet");
      }
      fake.sheets.delete(s.name);
      if (fake.activeSheet === s.name) fake.activeSheet = [...fake.sheets.keys()][0] ?? null;
      if (fake.selection?.sheet === s.name) fake.selection = null;
    });
  }
}

interface Target {
  sheet: FakeSheet;
  box: Box;
}

/** Format setters shared by Range and RangeAreas: each assignment is one queued operation. */
class FakeRangeFormat {
  readonly font: { bold: boolean; italic: boolean; size: number; color: string };
  readonly fill: { color: string };
  readonly borders: { getItem: (index: string) => { style: string; color: string } };

  constructor(
    private readonly ctx: FakeContext,
    private readonly path: string,
    private readonly targets: () => { sheet: FakeSheet; boxes: Box[] },
  ) {
    const prop =
      <K extends keyof FormatProps>(name: string, field: K) =>
      (value: FormatProps[K]): void =>
        this.setProp(name, { [field]: value } as FormatProps, value);
    const font = {
      bold: prop("font.bold", "bold"),
      italic: prop("font.italic", "italic"),
      size: prop("font.size", "size"),
      color: prop("font.color", "fontColor"),
    };
    this.font = setterObject(font);
    this.fill = setterObject({ color: prop("fill.color", "fill") });
    this.borders = {
      getItem: (index: string) =>
        setterObject({
          style: (v: string) =>
            this.setProp(`borders[${index}].style`, { borders: { [index]: { style: v } } }, v),
          color: (v: string) =>
            this.setProp(`borders[${index}].color`, { borders: { [index]: { color: v } } }, v),
        }),
    };
  }

  private setProp(name: string, props: FormatProps, value: unknown): void {
    this.ctx.queue(`format.${name}=`, this.path, value, () => {
      const t = this.targets();
      t.sheet.formats.push({ boxes: t.boxes, props });
    });
  }

  set wrapText(v: boolean) {
    this.setProp("wrapText", { wrapText: v }, v);
  }
  set indentLevel(v: number) {
    this.setProp("indentLevel", { indentLevel: v }, v);
  }
  set horizontalAlignment(v: string) {
    this.setProp("horizontalAlignment", { horizontalAlignment: v }, v);
  }
  set verticalAlignment(v: string) {
    this.setProp("verticalAlignment", { verticalAlignment: v }, v);
  }
  set columnWidth(points: number) {
    this.ctx.queue("format.columnWidth=", this.path, points, () => {
      const t = this.targets();
      for (const b of t.boxes)
        for (let c = b.left; c <= b.right; c++) t.sheet.columnWidths.set(c, points);
    });
  }
  autofitRows(): void {
    this.ctx.queue("format.autofitRows", this.path, null, () => {
      const t = this.targets();
      t.sheet.autofitRows.push(...t.boxes);
    });
  }
}

/** An object whose properties can only be assigned (Office.js write-only in the fake). */
function setterObject<T extends Record<string, (v: never) => void>>(
  setters: T,
): { [K in keyof T]: NonNullable<Parameters<T[K]>[0]> } {
  const out = {};
  for (const [name, set] of Object.entries(setters)) {
    Object.defineProperty(out, name, {
      set,
      get() {
        throw new FakeOfficeError("PropertyNotLoaded", `${name} is write-only in the fake`);
      },
      enumerable: true,
    });
  }
  return out as { [K in keyof T]: NonNullable<Parameters<T[K]>[0]> };
}

class FakeRangeAreas {
  readonly format: FakeRangeFormat;

  constructor(ctx: FakeContext, path: string, targets: () => { sheet: FakeSheet; boxes: Box[] }) {
    this.format = new FakeRangeFormat(ctx, path, targets);
  }
}

class FakeConditionalFormat {
  readonly custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string; bold: boolean; italic: boolean } };
  };

  constructor(ctx: FakeContext, path: string, handle: { cf?: StoredConditionalFormat }) {
    const set =
      <K extends keyof StoredConditionalFormat>(name: string, field: K) =>
      (value: StoredConditionalFormat[K]): void =>
        ctx.queue(`conditionalFormat.${name}=`, path, value, () => {
          if (handle.cf === undefined) throw new FakeOfficeError("InvalidObjectPath", path);
          handle.cf[field] = value;
        });
    this.custom = {
      rule: setterObject({ formula: set("custom.rule.formula", "formula") }),
      format: {
        fill: setterObject({ color: set("custom.format.fill.color", "fill") }),
        font: setterObject({
          color: set("custom.format.font.color", "fontColor"),
          bold: set("custom.format.font.bold", "bold"),
          italic: set("custom.format.font.italic", "italic"),
        }),
      },
    };
  }
}

class FakeRange extends ClientObject {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: { add: (type: string) => FakeConditionalFormat };

  constructor(
    ctx: FakeContext,
    path: string,
    readonly target: () => Target,
    private readonly staticAddress: string | null = null,
  ) {
    super(ctx, path);
    this.format = new FakeRangeFormat(ctx, path, () => {
      const t = target();
      return { sheet: t.sheet, boxes: [t.box] };
    });
    this.conditionalFormats = {
      add: (type: string) => {
        const handle: { cf?: StoredConditionalFormat } = {};
        ctx.queue("conditionalFormats.add", path, type, () => {
          const t = target();
          handle.cf = { type, box: t.box, range: boxAddress(t.box), formula: null };
          t.sheet.conditionalFormats.push(handle.cf);
        });
        return new FakeConditionalFormat(ctx, `${path}.conditionalFormat`, handle);
      },
    };
  }

  /** The address this proxy was made with (for freezeAt/autoFilter arguments). */
  addressForFake(): string {
    const m = /getRange\(([^)]*)\)$/.exec(this.path);
    if (this.staticAddress !== null) return this.staticAddress;
    if (!m?.[1]) throw new FakeOfficeError("InvalidArgument", `no address for ${this.path}`);
    return m[1];
  }

  protected override kind(): string {
    return "range";
  }

  private matrix(name: string, input: unknown): unknown[][] {
    if (!Array.isArray(input) || !input.every(Array.isArray)) {
      throw new FakeOfficeError("InvalidArgument", `${name} must be a 2-D array`);
    }
    return input as unknown[][];
  }

  private checkSize(box: Box, m: unknown[][]): void {
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    if (m.length !== rows || m.some((r) => r.length !== cols)) {
      throw new FakeOfficeError(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
    }
  }

  private writeCells(prop: "values" | "formulas", input: unknown): void {
    const m = this.matrix(prop, input);
    this.set(prop, m, () => {
      const { sheet, box } = this.target();
      this.checkSize(box, m);
      m.forEach((row, r) =>
        row.forEach((v, c) => {
          const k = key(box.top + r, box.left + c);
          const old = sheet.cells.get(k);
          const cell = typedInput(v, old?.numberFormat);
          if (cell === undefined) return;
          if (cell === null) {
            if (old?.numberFormat === undefined) sheet.cells.delete(k);
            else sheet.cells.set(k, { formula: null, value: null, numberFormat: old.numberFormat });
            return;
          }
          sheet.cells.set(k, {
            ...cell,
            ...(old?.numberFormat !== undefined ? { numberFormat: old.numberFormat } : {}),
          });
        }),
      );
    });
  }

  set values(v: unknown[][]) {
    this.writeCells("values", v);
  }
  get values(): Scalar[][] {
    return this.get<Scalar[][]>("values");
  }
  set formulas(v: unknown[][]) {
    this.writeCells("formulas", v);
  }
  get formulas(): Scalar[][] {
    return this.get<Scalar[][]>("formulas");
  }
  set numberFormat(v: unknown[][]) {
    const m = this.matrix("numberFormat", v);
    this.set("numberFormat", m, () => {
      const { sheet, box } = this.target();
      this.checkSize(box, m);
      m.forEach((row, r) =>
        row.forEach((f, c) => {
          if (f === null || f === undefined) return;
          const k = key(box.top + r, box.left + c);
          const old = sheet.cells.get(k) ?? { formula: null, value: null };
          sheet.cells.set(k, { ...old, numberFormat: String(f) });
        }),
      );
    });
  }
  get numberFormat(): string[][] {
    return this.get<string[][]>("numberFormat");
  }
  set columnHidden(v: boolean) {
    this.set("columnHidden", v, () => {
      const { sheet, box } = this.target();
      for (let c = box.left; c <= box.right; c++) {
        if (v) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }
  get address(): string {
    return this.get<string>("address");
  }
  get cellCount(): number {
    return this.get<number>("cellCount");
  }
  get isNullObject(): boolean {
    return this.get<boolean>("isNullObject");
  }

  protected override snapshot(props: string[]): Props {
    const { sheet, box } = this.target();
    const fake = this.ctx.fake;
    const out: Props = {
      address: `${quoteIfNeeded(sheet.name)}!${boxAddress(box)}`,
      cellCount: (box.bottom - box.top + 1) * (box.right - box.left + 1),
      isNullObject: false,
    };
    const rows = (f: (row: number, col: number) => unknown): unknown[][] =>
      Array.from({ length: box.bottom - box.top + 1 }, (_, r) =>
        Array.from({ length: box.right - box.left + 1 }, (_, c) => f(box.top + r, box.left + c)),
      );
    if (props.length === 0 || props.includes("values")) {
      out.values = rows((r, c) => fake.valueAt(sheet.name, r, c));
    }
    if (props.length === 0 || props.includes("formulas")) {
      out.formulas = rows((r, c) => {
        const cell = sheet.cells.get(key(r, c));
        return cell?.formula ?? cell?.value ?? "";
      });
    }
    if (props.length === 0 || props.includes("numberFormat")) {
      out.numberFormat = rows((r, c) => sheet.cells.get(key(r, c))?.numberFormat ?? "General");
    }
    return out;
  }

  select(): void {
    this.ctx.queue("range.select", this.path, null, () => {
      const { sheet, box } = this.target();
      this.ctx.fake.activeSheet = sheet.name;
      this.ctx.fake.selection = { sheet: sheet.name, address: boxAddress(box) };
    });
  }

  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.used`, () => {
      const { sheet, box } = this.target();
      let bottom = -1;
      let right = -1;
      for (const [k, cell] of sheet.cells) {
        const [r = 0, c = 0] = k.split(":").map(Number);
        if (cell.formula === null && cell.value === null) continue;
        if (inBox(box, r, c)) {
          bottom = Math.max(bottom, r);
          right = Math.max(right, c);
        }
      }
      if (bottom < 0) return { sheet, box: { ...box, bottom: box.top, right: box.left } };
      return { sheet, box: { ...box, bottom, right } };
    });
  }
}

function quoteIfNeeded(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

class FakeNamedItem extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly itemName: string,
    private readonly orNull = false,
  ) {
    super(ctx, `names[${itemName}]`);
  }

  markLoaded(props: Props): void {
    this.loaded = { ...(this.loaded ?? {}), ...props };
  }

  protected override snapshot(): Props {
    const found = this.ctx.fake.findName(this.itemName);
    if (found === undefined) {
      if (this.orNull) return { isNullObject: true };
      throw new FakeOfficeError("ItemNotFound", `no name ${this.itemName}`);
    }
    return { isNullObject: false, name: found };
  }

  get name(): string {
    return this.get<string>("name");
  }
  get isNullObject(): boolean {
    return this.get<boolean>("isNullObject");
  }

  delete(): void {
    this.ctx.queue("namedItem.delete", this.path, null, () => {
      const found = this.ctx.fake.findName(this.itemName);
      if (found === undefined)
        throw new FakeOfficeError("ItemNotFound", `no name ${this.itemName}`);
      this.ctx.fake.names.delete(found);
    });
  }
}

class FakeNameCollection extends ClientObject {
  constructor(ctx: FakeContext) {
    super(ctx, "names");
  }

  protected override snapshot(): Props {
    return {
      items: [...this.ctx.fake.names.keys()].map((n) => {
        const item = new FakeNamedItem(this.ctx, n);
        item.markLoaded({ name: n, isNullObject: false });
        return item;
      }),
    };
  }

  get items(): FakeNamedItem[] {
    return this.get<FakeNamedItem[]>("items");
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name, true);
  }

  add(name: string, reference: FakeRange | string): FakeNamedItem {
    const fake = this.ctx.fake;
    const ref = typeof reference === "string" ? reference : reference.path;
    this.ctx.queue("names.add", "names", { name, reference: ref }, () => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Z]{1,3}\d+$/i.test(name)) {
        throw new FakeOfficeError("InvalidArgument", `bad name ${name}`);
      }
      if (fake.findName(name) !== undefined) {
        throw new FakeOfficeError("ItemAlreadyExists", `The name ${name} already exists.`);
      }
      if (typeof reference === "string") {
        fake.names.set(name, reference.replace(/^=/, ""));
      } else {
        const t = reference.target();
        fake.names.set(
          name,
          `'${t.sheet.name.replace(/'/g, "''")}'!${boxAddress(t.box).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`,
        );
      }
    });
    return new FakeNamedItem(this.ctx, name);
  }
}

export type CellResult = number | string | boolean;

/** The fake Excel: a workbook, its recorders, and the `Excel`/`Office` globals. */
export class FakeExcel {
  readonly sheets = new Map<string, FakeSheet>();
  /** Workbook-level names: name → reference ('Sheet'!$A$1). */
  readonly names = new Map<string, string>();
  readonly calls: RecordedCall[] = [];
  readonly syncs: RecordedSync[] = [];
  readonly runs: { ok: boolean }[] = [];
  applied = 0;
  dirty = true;
  calculationSuspended = false;
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  readonly payloadLimit: number;
  private hf: HyperFormula | null = null;

  constructor(readonly options: FakeOptions = {}) {
    this.payloadLimit = options.payloadLimit ?? DEFAULT_PAYLOAD_LIMIT;
    const initial = options.sheets ?? { Sheet1: [] };
    for (const [name, rows] of Object.entries(initial)) {
      const sheet = newSheet(name);
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const cell = typedInput(v, undefined);
          if (cell) sheet.cells.set(key(r, c), cell);
        }),
      );
      this.sheets.set(name, sheet);
    }
    for (const [name, ref] of Object.entries(options.names ?? {})) this.names.set(name, ref);
    this.activeSheet = [...this.sheets.keys()][0] ?? null;
    this.selection = this.activeSheet === null ? null : { sheet: this.activeSheet, address: "A1" };
  }

  /** Excel.run: a fresh request context; what is still queued is synced when `batch` returns. */
  readonly run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const record = { ok: false };
    this.runs.push(record);
    try {
      const result = await batch(context);
      if (context.pending.length > 0) await context.sync();
      record.ok = true;
      return result;
    } finally {
      context.closed = true;
    }
  };

  findSheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    for (const [n, s] of this.sheets) if (n.toLowerCase() === lower) return s;
    return undefined;
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (s === undefined) {
      throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
    }
    return s;
  }

  findName(name: string): string | undefined {
    const lower = name.toLowerCase();
    return [...this.names.keys()].find((n) => n.toLowerCase() === lower);
  }

  sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  /** The stored cell (formula or constant) at Sheet!A1, or undefined when empty. */
  cell(sheet: string, address: string): StoredCell | undefined {
    const b = parseBox(address);
    return this.sheet(sheet).cells.get(key(b.top, b.left));
  }

  /** Operations recorded under `op` (e.g. "range.values=", "range.formulas="). */
  count(op: string): number {
    return this.calls.filter((c) => c.op === op).length;
  }

  /** Writes of cell data: values, formulas and number formats. */
  rangeWrites(): number {
    return (
      this.count("range.values=") +
      this.count("range.formulas=") +
      this.count("range.numberFormat=")
    );
  }

  private engine(): HyperFormula {
    if (this.hf !== null && !this.dirty) return this.hf;
    this.hf?.destroy();
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const [name, sheet] of this.sheets) {
      const grid: RawCellContent[][] = [];
      for (const [k, cell] of sheet.cells) {
        const [r = 0, c = 0] = k.split(":").map(Number);
        const line = (grid[r] ??= []);
        line[c] =
          cell.formula !== null
            ? cell.formula
            : typeof cell.value === "string"
              ? `'${cell.value}`
              : cell.value;
      }
      sheets[name] = Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? null));
    }
    this.hf = HyperFormula.buildFromSheets(
      sheets,
      { licenseKey: "gpl-v3" },
      [...this.names].map(([name, ref]) => ({ name, expression: `=${ref}` })),
    );
    this.dirty = false;
    return this.hf;
  }

  /** What `values` gives for a cell: the computed value, "" when empty, "#N/A"-style errors. */
  valueAt(sheet: string, row: number, col: number): CellResult {
    const s = this.sheet(sheet);
    const cell = s.cells.get(key(row, col));
    if (cell === undefined || (cell.formula === null && cell.value === null)) return "";
    if (cell.formula === null) return cell.value ?? "";
    const hf = this.engine();
    const id = hf.getSheetId(s.name);
    if (id === undefined) throw new Error(`no sheet ${s.name} in the engine`);
    const v = normalise(hf.getCellValue({ sheet: id, row, col }));
    if (v === null) return 0;
    if (typeof v === "object") return v.error;
    return v;
  }

  value(sheet: string, address: string): CellResult {
    const b = parseBox(address);
    return this.valueAt(sheet, b.top, b.left);
  }

  /** Every formula cell whose value is an error, as Sheet!A1. */
  errors(): string[] {
    const out: string[] = [];
    for (const [name, sheet] of this.sheets) {
      for (const [k, cell] of sheet.cells) {
        if (cell.formula === null) continue;
        const [r = 0, c = 0] = k.split(":").map(Number);
        const v = this.valueAt(name, r, c);
        if (typeof v === "string" && /^#[A-Z0-9/!?]+/.test(v))
          out.push(`${name}!${cellAddress(r, c)}`);
      }
    }
    return out;
  }

  /** The conditional format added on `range` of `sheet` with `formula` (without "="). */
  conditionalFormat(sheet: string, range: string, formula: string): StoredConditionalFormat {
    const found = this.sheet(sheet).conditionalFormats.find(
      (cf) => cf.range === boxAddress(parseBox(range)) && cf.formula === `=${formula}`,
    );
    if (found === undefined)
      throw new Error(`no conditional format ${formula} on ${sheet}!${range}`);
    return found;
  }

  /** The cells of a conditional format's range where its rule is true, as A1 addresses. */
  litCells(sheet: string, cf: StoredConditionalFormat): string[] {
    const hf = this.engine();
    const id = hf.getSheetId(this.sheet(sheet).name);
    if (id === undefined || cf.formula === null) return [];
    const formula = cf.formula.replace(/^=/, "");
    const lit: string[] = [];
    for (let row = cf.box.top; row <= cf.box.bottom; row++) {
      for (let col = cf.box.left; col <= cf.box.right; col++) {
        const f = offsetFormula(formula, row - cf.box.top, col - cf.box.left);
        const v = hf.calculateFormula(`=${f}`, id);
        if (isError(v)) throw new Error(`${sheet}!${cellAddress(row, col)}: ${String(v)}`);
        if (v === true) lit.push(cellAddress(row, col));
      }
    }
    return lit;
  }

  /** The format properties in effect at a cell (later assignments win). */
  formatAt(sheet: string, address: string): FormatProps {
    const b = parseBox(address);
    const out: FormatProps = {};
    for (const layer of this.sheet(sheet).formats) {
      if (layer.boxes.some((x) => inBox(x, b.top, b.left))) {
        const { borders, ...rest } = layer.props;
        Object.assign(out, rest);
        for (const [edge, props] of Object.entries(borders ?? {})) {
          out.borders ??= {};
          out.borders[edge] = { ...out.borders[edge], ...props };
        }
      }
    }
    return out;
  }

  /** Column width in points, or undefined when never set. */
  columnWidth(sheet: string, column: string): number | undefined {
    return this.sheet(sheet).columnWidths.get(columnIndex(column));
  }

  /** `Excel` and `Office` as office.js provides them in Excel (ExcelApi up to 1.9). */
  globals(): { Excel: Record<string, unknown>; Office: Record<string, unknown> } {
    return {
      Excel: {
        run: this.run,
        ConditionalFormatType: { custom: "Custom" },
        HorizontalAlignment: { left: "Left", center: "Center", right: "Right" },
      },
      Office: {
        HostType: { Excel: "Excel" },
        context: {
          displayLanguage: this.options.displayLanguage ?? "zh-CN",
          requirements: {
            isSetSupported: (name: string, version?: string) =>
              name === "ExcelApi" && Number(version ?? "1") <= 1.9,
          },
        },
        onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
      },
    };
  }

  /** Puts `Excel` and `Office` on globalThis; returns a function that takes them away. */
  install(
    target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
  ): () => void {
    const before = { Excel: target.Excel, Office: target.Office };
    Object.assign(target, this.globals());
    return () => {
      target.Excel = before.Excel;
      target.Office = before.Office;
    };
  }
}

export { columnLetter };

/**
 * One fake Excel at a time for a test file: `fakeExcel()` installs a new one as the global
 * `Excel`/`Office` (removing the previous), `uninstall()` removes it — call it from afterEach.
 */
export function fakeInstaller(): {
  fakeExcel(options?: FakeOptions): FakeExcel;
  uninstall(): void;
} {
  let uninstall: (() => void) | null = null;
  return {
    fakeExcel(options: FakeOptions = {}): FakeExcel {
      uninstall?.();
      const fake = new FakeExcel(options);
      uninstall = fake.install();
      return fake;
    },
    uninstall(): void {
      uninstall?.();
      uninstall = null;
    },
  };
}

/** The fake, read the way the HyperFormula proof reads a workbook. */
export function evaluated(fake: FakeExcel): Evaluated {
  return {
    value: (sheet, address) => fake.value(sheet, address),
    errors: () => fake.errors(),
    litCells: (rule: ConditionalFormat) =>
      fake.litCells(rule.sheet, fake.conditionalFormat(rule.sheet, rule.range, rule.formula)),
  };
}
