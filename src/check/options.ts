import type { Lang } from "../model/messages.js";
import type { AmountColumn } from "../model/types.js";

export interface CheckOptions {
  /** Largest difference, in the table's unit, that still counts as equal. */
  tolerance: number;
  /** The amount a cost indicator is compared with. */
  costColumn: AmountColumn;
  lang: Lang;
}

/** Half a cent of the table's unit: a 0.01 difference is a finding. */
export const DEFAULT_TOLERANCE = 0.005;

export function checkOptions(partial: Partial<CheckOptions> = {}): CheckOptions {
  const tolerance = partial.tolerance ?? DEFAULT_TOLERANCE;
  if (!Number.isFinite(tolerance) || tolerance < 0) {
    throw new RangeError(`tolerance must be a number ≥ 0, got ${String(partial.tolerance)}`);
  }
  return { tolerance, costColumn: partial.costColumn ?? "total", lang: partial.lang ?? "zh" };
}
