/**
 * How much pasted text the tools take, decided from the parser's speed on this project's
 * benchmark machine (README › Performance): about 10 MB/s for the tab form and 5 MB/s for the
 * stream form a PDF viewer copies, so 10 MB is at most about 2 s (tab) or 4 s (stream) of work —
 * in the task pane on a worker thread, with the pane usable meanwhile. The command line has no UI
 * to keep alive and takes 64 MB (the 50,000-project benchmark table is 34 MB); beyond that, memory
 * for the result (over 1 GB for the workbook) is the limit, so it refuses up front.
 */

/** The task pane's limit on pasted text, in UTF-8 bytes. */
export const PANE_INPUT_LIMIT = 10 * 1024 * 1024;

/** The command line's limit on an input file or stdin, in bytes as read. */
export const CLI_INPUT_LIMIT = 64 * 1024 * 1024;

/** UTF-8 length of a string without encoding it: what a paste weighs. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes as megabytes for a message: "10 MB", "20.5 MB". */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
