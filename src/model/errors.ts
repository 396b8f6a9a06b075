import { message, type Lang } from "./messages.js";

/**
 * An error a user can act on. It carries a message code; the text is rendered in the user's
 * language where it is shown, not where it is thrown.
 */
export class EngineError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message(code, "en", params));
    this.name = "EngineError";
  }

  describe(lang: Lang): string {
    return message(this.code, lang, this.params);
  }
}
