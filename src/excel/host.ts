/// <reference types="office-js" />
/** Whether the pane runs inside Excel, and Office's display language. */

export interface HostInfo {
  /** True inside Excel with the ExcelApi the writer needs. */
  inExcel: boolean;
  /** Office's display language (e.g. "zh-CN", "en-US"), null outside Office. */
  displayLanguage: string | null;
}

export const PREVIEW_HOST: HostInfo = { inExcel: false, displayLanguage: null };

/** How long to wait for Office.onReady before treating the page as a plain browser tab. */
export const OFFICE_READY_TIMEOUT_MS = 4000;

/**
 * Resolves once Office is ready or it is clear there is no Office: office.js missing (blocked, or
 * the page opened in a browser) or onReady not answering in time.
 */
export async function detectHost(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<HostInfo> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (office === undefined || typeof office.onReady !== "function") return PREVIEW_HOST;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === null || info.host !== office.HostType.Excel) return PREVIEW_HOST;
    return {
      inExcel: office.context.requirements.isSetSupported("ExcelApi", "1.9"),
      displayLanguage: office.context.displayLanguage ?? null,
    };
  } catch {
    return PREVIEW_HOST;
  } finally {
    clearTimeout(timer);
  }
}
