/**
 * The task pane's parser thread: reconcile() on a Web Worker, so a large paste never freezes the
 * pane. Bundled by webpack as its own file (src/taskpane/parser.ts starts it); the
 * Content-Security-Policy allows it with `worker-src 'self'`.
 */
import { reconcile } from "../index.js";
import { EngineError } from "../model/errors.js";
import type { ParseReply, ParseRequest } from "./parser.js";

const scope = globalThis as unknown as {
  addEventListener(type: "message", listener: (event: MessageEvent<ParseRequest>) => void): void;
  postMessage(message: ParseReply): void;
};

scope.addEventListener("message", (event) => {
  const { id, text, options } = event.data;
  try {
    scope.postMessage({ id, ok: true, result: reconcile(text, options) });
  } catch (error) {
    const message =
      error instanceof EngineError
        ? error.describe(options.lang ?? "zh")
        : error instanceof Error
          ? error.message
          : String(error);
    scope.postMessage({ id, ok: false, message });
  }
});
