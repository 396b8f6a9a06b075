import type { ReconResult, ParseResult } from "../../src/model/types.js";

/** 1-based numbers of the lines that hold something other than white space. */
export function nonBlankLines(text: string): number[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .flatMap((l, i) => (l.trim() === "" ? [] : [i + 1]));
}

/** Every line the result accounts for: table preambles and headers, rows, diagnostics. */
export function accountedLines(result: ParseResult | ReconResult): Set<number> {
  const seen = new Set<number>();
  const range = (from: number, to: number): void => {
    for (let l = from; l <= to; l++) seen.add(l);
  };
  for (const t of result.tables) {
    t.headerLines.forEach((l) => seen.add(l));
    t.rows.forEach((r) => range(r.line, r.lineEnd));
  }
  for (const d of result.diagnostics) if (d.line !== null) range(d.line, d.lineEnd ?? d.line);
  return seen;
}

export function unaccountedLines(text: string, result: ParseResult | ReconResult): number[] {
  const seen = accountedLines(result);
  return nonBlankLines(text).filter((l) => !seen.has(l));
}
