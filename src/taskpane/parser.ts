/**
 * Parsing for the task pane: small texts on the page's thread (they take milliseconds), larger
 * ones on a Web Worker (src/taskpane/parseWorker.ts) so the pane stays usable while a paste of
 * several megabytes is read. A new request supersedes the one in flight: its worker is stopped
 * and its promise rejects with SupersededError, which callers ignore.
 */
import {
  reconcile,
  type CheckOptions,
  type InputForm as Form,
  type ReconResult,
} from "../index.js";
import { utf8Bytes } from "../inputLimit.js";

/** Texts up to this size (UTF-8 bytes) are parsed on the page's thread: under 50 ms. */
export const INLINE_PARSE_LIMIT = 256 * 1024;

/** The check options, and the form of the text when the user names it. */
export type ParseOptions = Partial<CheckOptions> & { form?: Form };

export interface ParseRequest {
  id: number;
  text: string;
  options: ParseOptions;
}

export type ParseReply =
  { id: number; ok: true; result: ReconResult } | { id: number; ok: false; message: string };

export class SupersededError extends Error {
  constructor() {
    super("superseded by a newer parse");
    this.name = "SupersededError";
  }
}

interface InFlight {
  id: number;
  worker: Worker;
  reject: (error: Error) => void;
}

export class PaneParser {
  private next = 1;
  private current: InFlight | null = null;

  /** Whether the last parse (or the one in flight) runs on a worker. */
  usedWorker = false;

  parse(text: string, options: ParseOptions): Promise<ReconResult> {
    this.cancel();
    const worker = utf8Bytes(text) > INLINE_PARSE_LIMIT ? startWorker() : null;
    this.usedWorker = worker !== null;
    if (worker === null) {
      return new Promise((resolve) => resolve(reconcile(text, options)));
    }
    const id = this.next++;
    return new Promise<ReconResult>((resolve, reject) => {
      this.current = { id, worker, reject };
      const done = (): void => {
        worker.terminate();
        if (this.current?.id === id) this.current = null;
      };
      worker.addEventListener("message", (event: MessageEvent<ParseReply>) => {
        if (event.data.id !== id) return;
        done();
        if (event.data.ok) resolve(event.data.result);
        else reject(new Error(event.data.message));
      });
      worker.addEventListener("error", (event) => {
        done();
        event.preventDefault();
        // The worker could not run (blocked, out of memory): parse here instead.
        try {
          resolve(reconcile(text, options));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      const request: ParseRequest = { id, text, options };
      worker.postMessage(request);
    });
  }

  /** Stops the parse in flight, if any; its promise rejects with SupersededError. */
  cancel(): void {
    const current = this.current;
    if (current === null) return;
    this.current = null;
    current.worker.terminate();
    current.reject(new SupersededError());
  }
}

function startWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./parseWorker.js", import.meta.url), { name: "parser" });
  } catch {
    return null;
  }
}
