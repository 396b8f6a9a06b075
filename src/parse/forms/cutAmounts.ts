/**
 * Amounts too wide for their cells, cut by the wrap as a word processor draws them
 * (`60251604.0` over `0`): their ends go back on, in a viewer's copy and in a layout copy alike,
 * before the lone digits can pass for page numbers or a row's text.
 */
import { isPageFurniture } from "../preamble.js";
import type { Line } from "./rowParts.js";

/** An amount as the table writes it: thousands grouped or not, two decimals. */
const WHOLE_AMOUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}$/;

/**
 * Amounts too wide for their cells, cut by the wrap (`60251604.0` / `0`, as a word processor
 * draws them): the digits on the next line go back onto the amounts they end, pair by pair, when
 * each pair makes a whole amount and the line below starts with nothing else before them.
 */
export function joinCutAmounts(lines: readonly Line[]): Line[] {
  const work = [...lines];
  const out: Line[] = [];
  for (let i = 0; i < work.length; i++) {
    const line = work[i]!;
    const next = work[i + 1];
    // Columns side by side (a layout copy) are not cut so: their lines stand indented. Most lines
    // end in no digit, or the next begins with none: nothing to split them for.
    const cut =
      next && /\d$/.test(line.text) && /^[\d.]/.test(next.text) && !/^\s/.test(next.raw ?? "")
        ? amountEnds(line.text, next.text)
        : null;
    if (!next || !cut) {
      const across = acrossBreak(work, i);
      if (across) {
        const end = work[across.at]!;
        out.push({
          ...line,
          text: across.text,
          raw: across.text,
          ...(across.rest === null ? { also: [...(line.also ?? []), end.no] } : {}),
        });
        if (across.rest === null) work.splice(across.at, 1);
        else work[across.at] = { ...end, text: across.rest, raw: across.rest };
        continue;
      }
      out.push(line);
      continue;
    }
    out.push({ ...line, text: cut.text, raw: cut.text, also: [...(line.also ?? []), next.no] });
    if (cut.rest === "") i++;
    else work[i + 1] = { ...next, text: cut.rest, raw: cut.rest };
  }
  return out;
}

/**
 * A cut amount after a name or in a run of amounts: `广州博物馆 15449470.0 719156.00`, opening
 * the run on a line of its own (`11,425,569.0 8,113,769.00 …`, the name above it), the run's last,
 * ending the line (`… 3,850,775.00 13,511,412.0`), or two in a row (`广州市电 18,205,874.0
 * 12,173,211.0 4,232,200.00 …`).
 */
const CUT_IN_RUN =
  /(?<=^|^\S*\D |\d\.\d\d? )((?:\d{1,3}(?:,\d{3})+|\d+)\.\d)(?= (?:\d{1,3}(?:,\d{3})+|\d+)\.\d\d?\b)|(?<=\d\.\d\d? )((?:\d{1,3}(?:,\d{3})+|\d+)\.\d)(?= [^\d\s]|$)/g;

/**
 * A wrapped name's line: ideographs and brackets, no clause; a year range's pieces too (`（2025-`,
 * `2027 年）`), an ideograph or a bracket showing it is no run of amounts.
 */
const NAME_PIECE = /^(?=.*[\u4e00-\u9fff（）()])[\u4e00-\u9fff（）()“”\d\- ]{1,12}$/u;

/** A line of the repeated header (its words, wrapped anyhow) or a page number. */
const HEADER_WORDS = /^[项目名称（）()资金使用单位总计财政拨款专户其他绩效目标指标\s]+$/u;
const headerOrFooter = (text: string): boolean => HEADER_WORDS.test(text) || isPageFurniture(text);
/**
 * Page furniture with words in it: no lone digit, which may be a cut amount's end. So is a line of
 * nothing but a page number's words and digits, in whatever order (`3 第 页`).
 */
const pageWords = (text: string): boolean =>
  (headerOrFooter(text) && /[^\d\s]/.test(text)) || /^(?=.*[第页])[\d\s第页共，,/]+$/u.test(text);

/**
 * A row cut by a page break inside an amount's cell: the amount's end is the first line after the
 * next page's header and page number, a digit on a line of its own or after the name's rest
 * (`布展经费 0`), the goal's rest perhaps after it (`动经费 0 用，传承…`). Gives the line made whole, and the end's line without its digit (null: gone).
 */
function acrossBreak(
  lines: readonly Line[],
  i: number,
): { text: string; at: number; rest: string | null } | null {
  const head = lines[i]!.text;
  const cuts = [...head.matchAll(CUT_IN_RUN)];
  if (cuts.length === 0) return null;
  // After the header, the name's wrapped lines may come first (`图书馆运维` / `经费 0`).
  let nameLines = 0;
  for (let j = i + 1; j < Math.min(lines.length, i + 14); j++) {
    const text = lines[j]!.text;
    // One digit for each cut amount, in order (`广州大学附属 13,057,539.0 … 10,424,127.0` / page /
    // `中学 0 0`), or for the first.
    // (Not a page number's line: `第 3 页` holds no cut amount's end.)
    const end = pageWords(text)
      ? null
      : /^(?:([^\d\s]\S*) )?(\d(?: \d)*)(?: ([^\d\s].*))?$/.exec(text);
    const digits = end?.[2]!.split(" ") ?? [];
    if (end && j > i + 1 && (digits.length === cuts.length || digits.length === 1)) {
      let whole = head;
      for (let k = digits.length - 1; k >= 0; k--) {
        const at = cuts[k]!.index + cuts[k]![0].length;
        whole = whole.slice(0, at) + digits[k]! + whole.slice(at);
      }
      const rest = [end[1], end[3]].filter((t) => t !== undefined).join(" ");
      return { text: whole, at: j, rest: rest || null };
    }
    if (nameLines === 0 && headerOrFooter(text)) continue;
    // (Only header lines were passed over to get here: past the first line, they stand above.)
    if (j === i + 1 || nameLines >= 5 || !NAME_PIECE.test(text)) return null;
    nameLines++;
  }
  return null;
}

/** The line with its cut amounts made whole, and what is left of the next line. */
function amountEnds(text: string, below: string): { text: string; rest: string } | null {
  const words = text.split(" ");
  const starts: string[] = [];
  for (const w of below.split(" ")) {
    if (!/^\d{0,2}(?:\.\d{0,2})?$/.test(w) || w === "") break;
    starts.push(w);
  }
  if (starts.length === 0) return null;
  // The last words of the line that lack their end, as many as the next line has ends for.
  let k = words.length;
  while (k > 0 && words.length - k < starts.length && /^\d[\d,]*\.?\d?$/.test(words[k - 1]!)) k--;
  const cut = words.slice(k);
  if (cut.length === 0 || cut.some((w) => WHOLE_AMOUNT.test(w))) return null;
  const whole = cut.map((w, j) => w + starts[j]!);
  if (!whole.every((w) => WHOLE_AMOUNT.test(w) && w.length >= 6)) return null;
  if (exceedsTotal(words.slice(0, k), whole)) return null;
  return {
    text: [...words.slice(0, k), ...whole].join(" "),
    rest: below.split(" ").slice(cut.length).join(" "),
  };
}

/**
 * Whether amounts made whole on a row's line, after its name and total, would add up with the
 * sources between to more than the total: no row's sources do, so those ends are not theirs. (A
 * line opening with an amount may hold any of a row's amounts after the first: a viewer's copy
 * sets a row's cut amounts over several lines.)
 */
function exceedsTotal(before: readonly string[], made: readonly string[]): boolean {
  const [name, ...amounts] = before;
  if (name === undefined || WHOLE_AMOUNT.test(name) || amounts.length === 0) return false;
  if (!amounts.every((w) => WHOLE_AMOUNT.test(w))) return false;
  const [total, ...sources] = amounts.map(cents);
  return [...sources, ...made.map(cents)].reduce((a, b) => a + b, 0) > total!;
}

const cents = (amount: string) => Math.round(Number(amount.replace(/,/g, "")) * 100);

/** A whole amount in a line's money columns: the next row's. */
const AMOUNT_IN = /\d\.\d\d(?!\d)/;

/** A cut amount's head in a layout copy: one decimal, where two belong. */
const CUT_HEAD = /(?<=^|\s)(?:\d{1,3}(?:,\d{3})+|\d+)\.\d(?=\s|$)/g;
/**
 * A money unit or a percent right after a number, or the unit's first character ending the line
 * (`不超过 34.8 万` / `元。`): the number is a value, not an amount.
 */
const VALUE_AFTER = /^ ?(?:[万亿千百]?元|[%％]|[万亿千百]$)/u;
/**
 * Its end, a line or three below, under the head (cells are left-aligned; the grid drifts) or one
 * place past it, where the goal beside the head pressed its line left.
 */
const CUT_END = /(?<=^|\s)\d(?=\s|$)/g;

/**
 * The same in a layout copy, whose columns stand side by side: each head's end is the lone digit
 * under it on one of the next lines. The ends are taken off their line (a line left empty is
 * accounted for by the head's); the heads are made whole, what follows them on their line moving
 * right by as much.
 */
export function joinCutAmountColumns(lines: readonly Line[]): Line[] {
  const out: (Line | null)[] = [...lines];
  for (let i = 0; i < out.length; i++) {
    const line = out[i];
    if (!line) continue;
    const text = line.raw ?? line.text;
    // Not a value with its unit after it, one space apart as a word processor sets digits from
    // words (`不超过 318.7 万元`): that is an indicator's, whole.
    const heads = [...text.matchAll(CUT_HEAD)].filter(
      (h) => !VALUE_AFTER.test(text.slice(h.index + h[0].length)),
    );
    if (heads.length === 0) continue;
    const under = (raw: string, h: RegExpMatchArray) =>
      /\S/.test(raw.slice(Math.max(0, h.index! - 1), h.index! + h[0].length));
    // Down to the next page's first lines when the row broke there (the repeated header between).
    // A row's cells go on after the break centred in what is left of the row, so a lone cut's end
    // may stand on a line of its own further down, among the goal's and indicators' lines, which
    // the next page may set further left, under the head (`…752297.00   2430498.0 推进…` / header
    // / six lines of text from 48 on / `0` at 37, alone or before the goal's text); up to the next
    // row's amounts.
    let broke = false;
    for (let j = i + 1; j <= Math.min(out.length - 1, i + (broke ? 24 : 12)); j++) {
      const below = out[j];
      if (!below) continue;
      const raw = below.raw ?? below.text;
      const centred = broke && heads.length === 1;
      if (centred && AMOUNT_IN.test(raw.slice(0, heads[0]!.index + heads[0]![0].length))) break;
      // (A page's number or its header's words mark the break; a name's last piece `项目` does not.)
      if (isPageFurniture(below.text) || /项目名称|总计/.test(below.text)) broke = true;
      const ends = [...raw.matchAll(CUT_END)];
      const pairs = heads.map((h) =>
        ends.find((e) => e.index >= h.index - 1 && e.index <= h.index + h[0].length),
      );
      // After the break: the line's first text, a lone digit left of the head's end with nothing
      // but spaces up to the head's place (the goal's and indicators' text may follow).
      if (centred) {
        const h = heads[0]!;
        const e = ends[0];
        if (
          e &&
          e.index < h.index + h[0].length &&
          !/\S/.test(raw.slice(0, e.index)) &&
          !/\S/.test(raw.slice(e.index + 1, h.index))
        )
          pairs[0] = e;
      }
      // A word processor may set a lone cut's end to the left of its head, under the amount
      // before it (`3292947.00 1933953.0` over `0          用，传承…`): on the next line (or the
      // first after the next page's header), the only lone digit left of the head, nothing but
      // spaces between it and the head's place.
      const headerBetween = out
        .slice(i + 1, j)
        .every((l) => l === null || l.text.trim() === "" || headerOrFooter(l.text));
      if (headerBetween && heads.length === 1 && pairs[0] === undefined) {
        const h = heads[0]!;
        const left = ends.filter((e) => e.index < h.index);
        const e = left[left.length - 1];
        if (left.length === 1 && e && raw.slice(e.index + 1, h.index).trim() === "") pairs[0] = e;
      }
      // So with several heads (`1245591.0 3367709.0` over `0       0`, a line of the other
      // columns' text between or not): as many lone digits as heads, in order, each short of its
      // head's end and past the head before it.
      if (heads.length > 1 && pairs.some((p) => p === undefined)) {
        const inOrder =
          ends.length === heads.length &&
          heads.every((h, k) => {
            const e = ends[k]!.index;
            return e < h.index + h[0].length && (k === 0 || e > heads[k - 1]!.index);
          });
        if (inOrder) ends.forEach((e, k) => (pairs[k] = e));
      }
      if (pairs.some((p) => p === undefined)) {
        // Anything else under a head but the header's words ends the search.
        if (heads.some((h) => under(raw, h)) && !headerOrFooter(below.text) && !centred) break;
        continue;
      }
      let head = text;
      for (let k = heads.length - 1; k >= 0; k--) {
        const at = heads[k]!.index + heads[k]![0].length;
        head = head.slice(0, at) + pairs[k]![0] + head.slice(at);
      }
      let end = below.raw ?? below.text;
      for (const p of pairs) end = end.slice(0, p!.index) + " " + end.slice(p!.index + 1);
      end = end.trimEnd();
      const emptied = end.trim() === "";
      out[i] = {
        ...line,
        raw: head,
        text: head.trim(),
        ...(emptied ? { also: [...(line.also ?? []), below.no, ...(below.also ?? [])] } : {}),
      };
      out[j] = emptied ? null : { ...below, raw: end, text: end.trim(), endOf: line.no };
      break;
    }
  }
  return out.filter((l): l is Line => l !== null);
}
