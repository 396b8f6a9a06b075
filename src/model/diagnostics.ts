import type { Diagnostic } from "./types.js";

/**
 * Lines the parser recognised and set aside on purpose (page numbers, a header repeated after a
 * page break): listed so that every input line is accounted for, but nothing there asks for a
 * check. A PDF copy has dozens of them, so they must not bury the few that do.
 */
const SET_ASIDE: ReadonlySet<string> = new Set(["page-furniture", "repeated-header"]);

export function isSetAside(d: Pick<Diagnostic, "code">): boolean {
  return SET_ASIDE.has(d.code);
}

/**
 * Texts the parser refuses whole, with one reason the user can act on (a copy path it cannot
 * read back into rows): nothing of them is read.
 */
const REFUSALS: ReadonlySet<string> = new Set(["columns-form", "no-amount-rows"]);

/** The reason a text was refused whole, if it was. */
export function refusalOf<T extends Pick<Diagnostic, "code">>(list: readonly T[]): T | undefined {
  return list.find((d) => REFUSALS.has(d.code));
}

/** The order to read diagnostics in: those asking for a check first, each group by input line. */
export function forReading<T extends Pick<Diagnostic, "code" | "line">>(list: readonly T[]): T[] {
  const rank = (d: T): number => (isSetAside(d) ? 1 : 0);
  const line = (d: T): number => d.line ?? Number.POSITIVE_INFINITY;
  // Array.prototype.sort is stable, so diagnostics on one line keep the parser's order.
  return [...list].sort((a, b) => rank(a) - rank(b) || line(a) - line(b));
}
