/**
 * Money arithmetic on scaled integers, so that sums of two-decimal amounts are exact and a
 * difference of 0.01 is 0.01, not 0.010000000000047748. The worksheet formulas reach the same
 * numbers by rounding the difference to DIFF_DECIMALS places.
 */

const SCALE = 10_000;

/** Decimal places a difference is rounded to before it meets the tolerance (formulas too). */
export const DIFF_DECIMALS = 6;

export function toScaled(value: number | null): number {
  return value === null ? 0 : Math.round(value * SCALE);
}

export function fromScaled(scaled: number): number {
  return scaled / SCALE;
}

export function sumAmounts(values: readonly (number | null)[]): number {
  return fromScaled(values.reduce<number>((s, v) => s + toScaled(v), 0));
}

/** a − b, exact to four decimals. */
export function difference(a: number | null, b: number | null): number {
  return fromScaled(toScaled(a) - toScaled(b));
}

const DIFF_FACTOR = 10 ** DIFF_DECIMALS;

export function roundDiff(x: number): number {
  return Math.round(x * DIFF_FACTOR) / DIFF_FACTOR;
}

export function exceeds(delta: number, tolerance: number): boolean {
  return Math.abs(roundDiff(delta)) > tolerance;
}
