import type { Indicator, ParseResult, Row, TargetValue } from "../../src/model/types.js";

export interface FieldScore {
  exact: number;
  total: number;
  /** The first few fields that differ, to see what went wrong. */
  misses: string[];
}

export interface Accuracy {
  rows: FieldScore;
  amounts: FieldScore;
  indicators: FieldScore;
}

const tidy = (s: string | null): string => (s ?? "").replace(/\s+/g, "");

const score = (): FieldScore => ({ exact: 0, total: 0, misses: [] });

function tally(s: FieldScore, what: string, want: unknown, got: unknown): void {
  s.total++;
  if (JSON.stringify(want) === JSON.stringify(got)) s.exact++;
  else if (s.misses.length < 12)
    s.misses.push(`${what}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
}

const targetFields = (t: TargetValue | null) => [
  t?.text ?? null,
  t?.op ?? null,
  t?.value ?? null,
  t?.unit ?? null,
];

/**
 * Field-level agreement of a parse with the ground truth: rows (kind, name, goal), amounts (four per
 * row) and indicators (sequence, codes, names, both targets' text, operator, number and unit).
 * Rows are matched in order; a missing or extra row counts every one of its fields as wrong.
 */
export function compareParses(truth: ParseResult, got: ParseResult): Accuracy {
  const acc: Accuracy = { rows: score(), amounts: score(), indicators: score() };
  const wantRows = truth.tables.flatMap((t) => t.rows);
  const gotRows = got.tables.flatMap((t) => t.rows);
  const wantInd = byRow(truth);
  const gotInd = byRow(got);
  wantRows.forEach((w, i) => {
    const g: Row | undefined = gotRows[i];
    const at = `row ${i + 1} ${w.name}`;
    tally(acc.rows, `${at} kind`, w.kind, g?.kind);
    tally(acc.rows, `${at} name`, w.name, g?.name);
    tally(acc.rows, `${at} goal`, tidy(w.goal), tidy(g?.goal ?? null));
    for (const c of ["total", "fiscal", "specialAccount", "other"] as const) {
      tally(acc.amounts, `${at} ${c}`, w.amounts[c], g?.amounts[c]);
    }
    const wi = wantInd.get(w.id) ?? [];
    const gi = g ? (gotInd.get(g.id) ?? []) : [];
    wi.forEach((x, k) => {
      const y: Indicator | undefined = gi[k];
      const ia = `${at} #${k + 1}`;
      tally(acc.indicators, `${ia} seq`, x.seq, y?.seq);
      tally(acc.indicators, `${ia} level1`, x.level1, y?.level1);
      tally(acc.indicators, `${ia} level2`, x.level2, y?.level2);
      tally(acc.indicators, `${ia} name`, x.name, y?.name);
      tally(
        acc.indicators,
        `${ia} period`,
        targetFields(x.period),
        targetFields(y?.period ?? null),
      );
      tally(
        acc.indicators,
        `${ia} annual`,
        targetFields(x.annual),
        targetFields(y?.annual ?? null),
      );
    });
    for (let k = wi.length; k < gi.length; k++)
      tally(acc.indicators, `${at} extra #${k + 1}`, null, "extra");
  });
  for (let i = wantRows.length; i < gotRows.length; i++) {
    tally(acc.rows, `extra row ${gotRows[i]!.name}`, null, "extra");
  }
  return acc;
}

function byRow(r: ParseResult): Map<string, Indicator[]> {
  const m = new Map<string, Indicator[]>();
  for (const t of r.tables) {
    for (const i of t.indicators) {
      const list = m.get(i.rowId) ?? [];
      list.push(i);
      m.set(i.rowId, list);
    }
  }
  return m;
}

export const percent = (s: FieldScore): number => (s.total === 0 ? 100 : (100 * s.exact) / s.total);
