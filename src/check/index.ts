import type { Finding, ParseResult } from "../model/types.js";
import { checkCosts } from "./cost.js";
import { checkFramework } from "./framework.js";
import { checkFundingSums } from "./fundingSum.js";
import type { CheckOptions } from "./options.js";
import { checkSubtotals } from "./subtotal.js";

/** Every check on every table, in table order and, within a table, by rule. */
export function runChecks(parsed: ParseResult, options: CheckOptions): Finding[] {
  return parsed.tables.flatMap((table) => [
    ...checkSubtotals(table, options),
    ...checkFundingSums(table, options),
    ...checkCosts(table, options),
    ...checkFramework(table, options),
  ]);
}
