/**
 * The one module that uses @microsoft/office-js-helpers (archived upstream; version 1.0.2 ships
 * a self-contained 190 kB UMD bundle with its own copies of rxjs 5 and lodash). It is imported
 * lazily, into its own chunk, and only for what it does well here:
 *
 * - `Storage` with `StorageType.LocalStorage`: the pane's remembered options, kept under the
 *   container "budget-recon" (keys "@budget-recon/…").
 * - `Utilities.log`: error logging that unfolds an OfficeExtension.Error's debugInfo (the
 *   failing statement and its location) in the console.
 *
 * Not used: `UI.notify` (injects markup with an inline <style>, which the pane's CSP refuses,
 * and would put text into innerHTML), `Authenticator`/`Dialog` (OAuth against external sites).
 * If the chunk cannot load, the pane falls back to plain localStorage and console.error.
 */

/** The part of the Web Storage API the pane's settings need. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The container name office-js-helpers scopes our keys with. */
export const STORAGE_CONTAINER = "budget-recon";

type Helpers = typeof import("@microsoft/office-js-helpers");

let loading: Promise<Helpers | null> | null = null;

function helpers(): Promise<Helpers | null> {
  loading ??= import(/* webpackChunkName: "office-helpers" */ "@microsoft/office-js-helpers").then(
    // A CommonJS bundle: webpack exposes its exports directly (and again as `default`).
    (m) => ("Storage" in m ? m : (m as unknown as { default: Helpers }).default),
    () => null,
  );
  return loading;
}

/**
 * Local storage through office-js-helpers' Storage; null when the library or the storage is
 * unavailable (the caller then keeps settings in memory). Values written by earlier versions
 * under the bare key are still read.
 */
export async function helpersStorage(
  legacy: Pick<KeyValueStore, "getItem"> | null = null,
): Promise<KeyValueStore | null> {
  const lib = await helpers();
  if (lib === null) return null;
  try {
    const store = new lib.Storage<string>(STORAGE_CONTAINER, lib.StorageType.LocalStorage);
    return {
      getItem: (key) => {
        // Storage.has() is true for a missing key (it compares null with undefined): use get().
        const value: unknown = store.get(key);
        if (typeof value === "string") return value;
        return legacy?.getItem(key) ?? null;
      },
      setItem: (key, value) => {
        store.set(key, value);
      },
    };
  } catch {
    return null;
  }
}

/** Logs an error with Office's debug information when there is some. */
export async function logError(error: unknown, extra?: string): Promise<void> {
  const inner = error instanceof Error && error.cause !== undefined ? error.cause : error;
  const lib = await helpers();
  if (lib === null) {
    console.error(extra ?? "", inner);
    return;
  }
  const value = inner instanceof Error || typeof inner === "string" ? inner : String(inner);
  if (extra !== undefined) console.error(extra);
  lib.Utilities.log(value);
}
