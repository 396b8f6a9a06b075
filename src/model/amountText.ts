/**
 * A money amount as the user reads it in a message or the pane: at least the table's two
 * decimals, more when the value has them, and no float noise from a subtraction (0.01, not
 * 0.009999999999990905).
 */
export function amountText(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return "—";
  const rounded = Math.round(n * 1e6) / 1e6;
  const text = String(rounded);
  const dot = text.indexOf(".");
  const places = dot < 0 || text.includes("e") ? 0 : text.length - dot - 1;
  return rounded.toFixed(Math.min(6, Math.max(2, places)));
}
