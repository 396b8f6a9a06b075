import { readFile, stat } from "node:fs/promises";
import { CLI_INPUT_LIMIT, megabytes } from "../inputLimit.js";
import { reconcile } from "../index.js";
import { refusalOf } from "../model/diagnostics.js";
import { EngineError } from "../model/errors.js";
import { message } from "../model/messages.js";
import { decodeText } from "../parse/decode.js";
import { repairRadicals } from "../parse/repair.js";
import { SAMPLE_TABLE } from "../sample/sampleTable.js";
import { parseArgs, USAGE, UsageError, type CliArgs } from "./args.js";
import { isPdf, pdfText } from "./pdfText.js";
import { formatSummary } from "./summary.js";

export interface CliIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  stdin: AsyncIterable<Uint8Array | string>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

/** Runs the command line; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`budget-recon: ${e.message}\n\n${USAGE}`);
      return EXIT_UNUSABLE;
    }
    throw e;
  }
  if (args.command === "help") {
    io.stdout.write(USAGE);
    return EXIT_OK;
  }
  if (args.command === "version") {
    io.stdout.write(`${await version()}\n`);
    return EXIT_OK;
  }
  try {
    const { text, fromPdf } = await readInput(args.file, io);
    if (args.text) {
      io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
      return EXIT_OK;
    }
    const result = reconcile(text, {
      lang: args.lang,
      ...(args.form !== undefined ? { form: args.form } : {}),
      ...(args.tolerance !== undefined ? { tolerance: args.tolerance } : {}),
      ...(args.costColumn !== undefined ? { costColumn: args.costColumn } : {}),
    });
    if (result.tables.length === 0) {
      throw new EngineError(refusalOf(result.diagnostics)?.code ?? "no-table");
    }
    if (args.command === "convert") {
      const { convertCommand } = await import("./convert.js");
      const code = await convertCommand(result, args, io);
      if (code !== EXIT_OK) return code;
    } else if (args.json) {
      io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      if (args.file === null) io.stdout.write(`${message("sample-note", args.lang)}\n\n`);
      if (fromPdf) io.stdout.write(`${message("pdf-note", args.lang)}\n\n`);
      io.stdout.write(formatSummary(result, args.lang));
    }
    const errors = result.findings.some((f) => f.severity === "error");
    return args.strict && errors ? EXIT_FINDINGS : EXIT_OK;
  } catch (e) {
    if (e instanceof EngineError) {
      io.stderr.write(`budget-recon: ${e.describe(args.lang)}\n`);
      return EXIT_UNUSABLE;
    }
    if (isNodeError(e) && (e.code === "ENOENT" || e.code === "EISDIR" || e.code === "EACCES")) {
      io.stderr.write(
        `budget-recon: ${message("cannot-read", args.lang, { file: args.file, reason: e.code })}\n`,
      );
      return EXIT_UNUSABLE;
    }
    throw e;
  }
}

/** The input's text: a text file as it is, a PDF as a pdf.js viewer copies it. */
async function readInput(
  file: string | null,
  io: CliIO,
): Promise<{ text: string; fromPdf: boolean }> {
  if (file === null) return { text: SAMPLE_TABLE, fromPdf: false };
  const bytes = await readBytes(file, io);
  // Radicals a PDF's fonts give for ideographs (⼈ for 人) are put right one for one, so that the
  // text `--text` prints reads and searches as it looks; its lines stay the lines reported.
  return isPdf(bytes)
    ? { text: repairRadicals(await pdfText(bytes)), fromPdf: true }
    : { text: decodeText(bytes), fromPdf: false };
}

async function readBytes(file: string, io: CliIO): Promise<Uint8Array> {
  if (file === "-") {
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    for await (const chunk of io.stdin) {
      const data = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
      bytes += data.length;
      if (bytes > CLI_INPUT_LIMIT) throw tooLarge(null);
      chunks.push(data);
    }
    return concat(chunks);
  }
  const { size } = await stat(file);
  if (size > CLI_INPUT_LIMIT) throw tooLarge(size);
  return new Uint8Array(await readFile(file));
}

/** An input over CLI_INPUT_LIMIT, refused before it is read to the end. */
function tooLarge(bytes: number | null): EngineError {
  const limit = megabytes(CLI_INPUT_LIMIT);
  return bytes === null
    ? new EngineError("input-too-large", { limit })
    : new EngineError("input-too-large-size", { limit, size: megabytes(bytes) });
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

function isNodeError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && "code" in e;
}

async function version(): Promise<string> {
  const pkg = JSON.parse(
    await readFile(new URL("../../package.json", import.meta.url), "utf8"),
  ) as {
    version: string;
  };
  return pkg.version;
}
