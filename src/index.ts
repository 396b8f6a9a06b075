/** The engine's public face: parse pasted text, check it, and the model it speaks in. */
import { runChecks } from "./check/index.js";
import { checkOptions, type CheckOptions } from "./check/options.js";
import { parseText } from "./parse/index.js";
import type { Form } from "./parse/forms/detect.js";
import type { ReconResult } from "./model/types.js";

export type * from "./model/types.js";
export type { Lang } from "./model/messages.js";
export { DEFAULT_TOLERANCE, type CheckOptions } from "./check/options.js";
export { parseText } from "./parse/index.js";
export { runChecks } from "./check/index.js";

/** Parses and checks in one go: what the CLI, the task pane and the workbook start from. */
export function reconcile(
  text: string,
  options: Partial<CheckOptions> & { form?: Form } = {},
): ReconResult {
  const opts = checkOptions(options);
  const parsed = parseText(text, {
    lang: opts.lang,
    ...(options.form ? { form: options.form } : {}),
  });
  return { ...parsed, findings: runChecks(parsed, opts) };
}
