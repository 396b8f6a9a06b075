/**
 * Which row each wrapped name line of a layout-preserving copy belongs to. A name stands on its
 * row's amounts line and, wrapped, on lines above and below it; the neighbouring rows' names come
 * close. In a table whose cells stand from the top, a name starts on its amounts line, so every
 * line under it is its own. Centred, a line as wide as the name column wraps on into the name on
 * the amounts line below it, and a short one ends the name above (a name's lines are full but its
 * last), and a name of two lines centred on an amounts line without any of it begins above it
 * (also in a table drawn from the top, where the amounts' font sets them between the lines); a
 * name with a bracket still open, a remark in brackets, a name cut after a hyphen, a unit's name
 * cut short and a line that gives a project's name its ending go on with the name above. After a
 * name that has ended (…经费, …中学) a full line begins the next. Otherwise a line goes with the
 * nearest amounts (measured from a row's last amounts line when they stand on two).
 */
import { closeAutospace, cutAfterHyphen, displayWidth, opensBracket } from "../text.js";
import type { Align } from "./goalLines.js";
import { nameParts, type Line, type RowBuild } from "./rowParts.js";
import {
  core,
  endsAsProject,
  ENDING_WORDS,
  PROJECT_NAME,
  TOTAL_NAME,
  UNIT_NAME,
  longerUnit,
} from "./twoPass.js";

export interface NameLine {
  /** Position in the page-free flow of lines. */
  at: number;
  text: string;
}

export interface NameContext {
  /** The rows, by the position of their (first and last) amounts line, in line order. */
  anchors: readonly { at: number; row: RowBuild; last?: number }[];
  /** The name text on each amounts line itself, by its position. */
  held: ReadonlyMap<number, string>;
  /** The page of each position. */
  pageOf: readonly number[];
  /** How the table's cells stand, as its goal lines told. */
  align: Align;
  /** The row whose amounts stand nearest a position. */
  nearest: (at: number) => RowBuild;
  /** The input line at a position. */
  lineAt: (at: number) => Line;
  /** Where each project's indicator cell begins, by position. */
  indicatorsAt: ReadonlyMap<RowBuild, number>;
}

/** A project named by a code of capitals (WHZXZJ), as tables do for projects kept confidential. */
const CODE_NAME = /^[A-Z]{4,}$/;

/** A project's name that has its ending, or is a code. */
function projectEnded(name: string): boolean {
  return PROJECT_NAME.test(core(name)) || CODE_NAME.test(name.trim());
}

/** A project's ending word of two characters, as a line's end and the next line's start make it. */
const ENDING_ACROSS = /^(?:项目|经费|资金|补助|补贴|工程)$/u;

/** Whether a name reads as whole: a project's, a work's or a unit's ending, or the total's. */
function endsName(name: string): boolean {
  return (
    endsAsProject(name) ||
    UNIT_NAME.test(core(name)) ||
    TOTAL_NAME.test(name.trim()) ||
    CODE_NAME.test(name.trim())
  );
}

/**
 * Whether a line begins a name that ends only with the piece on its amounts line: not already with
 * the name lines between (a name does not end twice).
 */
function nextNameEnds(first: string, between: string, onAmounts: string): boolean {
  if (between !== "" && endsAsProject(first + between)) return false;
  return endsAsProject(first + between + onAmounts);
}

/**
 * Whether a project's name reads as ended before a line: by a project's ending (…经费), or by the
 * work or stock it pays for (…运维, …物资储备), unless the line makes it end so again
 * (…公共文化服务 / 体系建设).
 */
function endedBefore(name: string, line: string): boolean {
  return projectEnded(name) || (endsAsProject(name) && !endsAsProject(name + line));
}

/** A row's name as gathered so far. */
function nameSoFar(row: RowBuild): string {
  return nameParts(row).join("");
}

/** Gives each name line (sorted by `at`) to its row: before the row's name or after it. */
export function assignNameLines(names: readonly NameLine[], ctx: NameContext): void {
  const { anchors, held, pageOf, align, nearest, lineAt, indicatorsAt } = ctx;
  const anchorOf = new Map(anchors.map((a) => [a.row, a]));
  // Spaces a word processor set beside digits take up less room than the text counts them for.
  const width = (text: string): number => displayWidth(closeAutospace(text));
  // The column's width, as its lines of ideographs tell it: digits and Latin letters, set a
  // little narrower than half an ideograph, make a line (`（2024-2026`) count wider than it is.
  const texts = [...held.values(), ...names.map((n) => n.text)];
  const ideographs = texts.filter((t) => !/[0-9A-Za-z]/.test(t));
  const wrapWidth = Math.max(0, ...(ideographs.length > 0 ? ideographs : texts).map(width));
  const full = (text: string): boolean => width(text) >= wrapWidth - 2;
  const lineStarts = new Set(names.map((n) => n.at));
  // The name lines after the i-th, up to a position.
  const linesBetween = (i: number, until: number): string => {
    let text = "";
    for (let j = i + 1; j < names.length && names[j]!.at < until; j++) text += names[j]!.text;
    return text;
  };
  let last: { row: RowBuild; text: string } | null = null;
  // How many name lines each row has taken under its amounts line.
  const under = new Map<RowBuild, number>();
  let next = 0;
  for (const [i, { at, text }] of names.entries()) {
    for (; next < anchors.length && anchors[next]!.at < at; next++) {
      last = { row: anchors[next]!.row, text: held.get(anchors[next]!.at)! };
    }
    const below = anchors[next];
    // The names gathered so far, read once per line: every rule below asks about them.
    const lastName = last === null ? "" : nameSoFar(last.row);
    // A remark in brackets closes the name before it.
    const remark = /^[（(]/.test(text);
    // A line of nothing but a project's ending words (`专项资金`) begins no name.
    const endingOnly = ENDING_WORDS.test(text);
    // A full line wraps on into the name on the amounts line right under it — not over a blank
    // line, which parts two rows (`…图书购置及数` / `字资源采购` / blank / `非物质文化遗 amounts`).
    const intoBelow =
      !endingOnly &&
      below !== undefined &&
      below.at === at + 1 &&
      lineAt(below.at).no === lineAt(at).no + 1 &&
      pageOf[below.at] === pageOf[at] &&
      full(text) &&
      !remark &&
      held.get(below.at) !== "";
    // A name of two lines centred on an amounts line that holds none of it: the first line is
    // above the amounts and the second under them (广州市卫生健康委 / amounts / 员会).
    const straddles =
      below !== undefined &&
      below.at === at + 1 &&
      pageOf[below.at] === pageOf[at] &&
      full(text) &&
      !remark &&
      held.get(below.at) === "" &&
      lineStarts.has(at + 2);
    // Halfway between a unit's amounts, its name whole there (…中学, …中心), and a project's, a
    // line (not a remark in brackets, which closes the unit's) begins the project's name
    // (STEM教育及人工智能 / 课程建设项目); so does a full line nearer the unit, when the unit's
    // name is whole already (广州图书馆 / 广州图书馆 / 2026-2027 / amounts / 年信息化运…); though
    // not right under a unit's amounts drawn on two lines, where its name, centred over them,
    // goes on — unless it stands on the lower one, centred there already (its total cut above
    // it: `20408217.0` / `广州图书馆 15233181.00 …` / `0`).
    const above = anchors[next - 1];
    const aboveName = above === undefined ? "" : nameSoFar(above.row);
    // The second half of a name of two lines centred on its amounts line (广州大学 / amounts /
    // 附属中学): right under an amounts line that holds none of the name, its first half right above.
    // Lines of the other columns may stand between (counted in input lines): the two halves are as
    // far from the amounts line, give or take one.
    const firstHalf = above?.row.names.length === 1 ? above.row.names[0]!.no : null;
    const amountsNo = above === undefined ? null : lineAt(above.at).no;
    const secondHalf =
      above !== undefined &&
      firstHalf !== null &&
      amountsNo !== null &&
      held.get(above.at) === "" &&
      (at === above.at + 1 || (at === above.at + 2 && !lineStarts.has(above.at + 1))) &&
      lineAt(at).no - amountsNo <= amountsNo - firstHalf + 1 &&
      pageOf[above.at] === pageOf[at] &&
      !remark;
    // A blank line, a row's border, between the line and the next amounts line.
    const bordered = below !== undefined && lineAt(below.at).no - lineAt(at).no > below.at - at;
    // So with a name of more lines centred on its amounts line (广州市幼儿 / 师范学校 / STEM 教育 /
    // amounts / 及人工智能 / 课程建设项 / 目; 广州市公路事 / 务中心 12328 / 交通运输服务 amounts /
    // 监督热线运营 / 经费): as many lines under the amounts as over them are its own (one more
    // where the amounts line holds none of it), as far below as its first line stands above.
    const over = above?.row.names ?? [];
    const mirrored =
      above !== undefined &&
      amountsNo !== null &&
      last !== null &&
      last.row === above.row &&
      // (A unit's name of three lines, its middle one on the amounts line, mirrors too:
      // `广州市交` / `通运输局` amounts / `执法支队`.)
      (over.length >= 2 ||
        (over.length === 1 &&
          held.get(above.at) !== "" &&
          (above.row.indicators.length === 0
            ? UNIT_NAME.test(core(aboveName + text))
            : // A project's: where the line is a name's ending of its own (`道路运输安` /
              // `全生产专项` amounts / `整治经费`), or ends it by the work it pays for with a
              // blank line, a row's border, under it (`执法支队` amounts / `法律顾问服务`).
              PROJECT_NAME.test(text) || (bordered && endsAsProject(aboveName + text))))) &&
      (under.get(above.row) ?? 0) <= over.length - (held.get(above.at) === "" ? 0 : 1) &&
      lineAt(at).no - amountsNo <= amountsNo - over[0]!.no + 1 &&
      pageOf[above.at] === pageOf[at] &&
      align === "middle" &&
      // Unless it begins the next name, ending with the short last piece on that row's amounts
      // line (`整治经费` / `补助` amounts; not `免疫规划疫苗采购`, a full line of its own name) —
      // with the name lines between, if any, which must not end it before (`监督热线运营` /
      // `经费` / `工作经费` amounts: that name would end twice); not over a blank line, a row's
      // border (`整治经费` / blank / `工作经费` amounts).
      !(
        below !== undefined &&
        held.get(below.at) &&
        !full(held.get(below.at)!) &&
        !bordered &&
        nextNameEnds(text, linesBetween(i, below.at), held.get(below.at)!)
      );
    // Measured from the row's last amounts line, where its amounts stand on more than one.
    const aboveGap = above === undefined ? Infinity : at - (above.last ?? above.at);
    const halfway = below !== undefined && aboveGap === below.at - at;
    const nameOnLower =
      above !== undefined && held.get(above.at) === "" && above.row.nameSuffix !== "";
    const afterUnit =
      above !== undefined &&
      below !== undefined &&
      !remark &&
      (halfway ||
        (aboveGap < below.at - at &&
          full(text) &&
          (above.last === undefined || aboveGap >= 2 || nameOnLower))) &&
      pageOf[above.at] === pageOf[below.at] &&
      above.row.indicators.length === 0 &&
      below.row.indicators.length > 0 &&
      UNIT_NAME.test(core(aboveName));
    // After a project whose name has ended (…经费, or with the work or stock it pays for: …运维,
    // …物资储备, unless the line makes it end so again: …公共文化服务 / 体系建设), a full line
    // begins the next row's name, unless it stands right under the project's amounts (where a
    // name goes on).
    const afterProject =
      above !== undefined &&
      below !== undefined &&
      (halfway || at - above.at >= 2) &&
      full(text) &&
      !remark &&
      pageOf[above.at] === pageOf[below.at] &&
      !opensBracket(aboveName) &&
      endedBefore(aboveName, text);
    // A unit's name cut short (广州市卫生健康技术 / 鉴定和人才评价中心) goes on with the line that
    // gives it a unit's ending, though the next row's name stands right below.
    const completesUnit =
      last !== null &&
      at > 0 &&
      last.row.lines.includes(lineAt(at - 1).no) &&
      last.row.indicators.length === 0 &&
      !TOTAL_NAME.test(lastName.trim()) &&
      // (Or read as one already by an ending a last piece makes longer: `…儿师范学` / `校`,
      // `广州大学` / `附属中学`.)
      (UNIT_NAME.test(core(lastName))
        ? longerUnit(lastName, closeAutospace(text))
        : UNIT_NAME.test(core(lastName + text)));
    // A line short of full right above a name that starts on its amounts line is not that
    // name's first line: it ends the name above when it gives it a project's ending (…信息化运 /
    // 维项目).
    // Nor is a line of nothing but a project's ending words (`专项资金`, `升级改造`), which ends
    // the name above wherever it stands, on the page after that row's amounts too.
    const unended = last !== null && !endsAsProject(lastName);
    const ends = last !== null && endsAsProject(lastName + text);
    // A line that itself ends as a project's name does (`化运维项目`) is a name's end, not the start
    // of the name just below, though as wide as a full line.
    // Apart from the next amounts line by a line without a name's text (right above it, the line
    // may begin that name: 港航船舶污染防治专项 / 资金 amounts); not after a unit's whole name, nor
    // above a remark in brackets, which the line's name goes on with (国际旅游宣传推广经费 /
    // （含中国（广州）… amounts).
    const nameEnd =
      PROJECT_NAME.test(text) &&
      below !== undefined &&
      below.at === at + 2 &&
      !lineStarts.has(at + 1) &&
      last !== null &&
      !UNIT_NAME.test(core(lastName)) &&
      !/^[（(]/.test(held.get(below.at) ?? "");
    // Above a name of two lines centred on an amounts line that holds none of it (…年信息 / this
    // line / 广州市公路事 / amounts / 务中心), with no name line between: that name has its two
    // lines; this one is not a third.
    const beforeStraddle =
      last !== null &&
      last.row.indicators.length > 0 &&
      below !== undefined &&
      below.at - 1 > at &&
      held.get(below.at) === "" &&
      names[i + 1]?.at === below.at - 1 &&
      lineStarts.has(below.at + 1) &&
      pageOf[below.at] === pageOf[at];
    // Above a unit whose name stands whole on its amounts line (`广州图书馆`), the line right
    // under the last row's own lines that completes that row's name is its end (…系列 / 活动经费
    // in a column five ideographs wide, where every line is full).
    const beforeWholeUnit =
      below !== undefined &&
      below.row.indicators.length === 0 &&
      UNIT_NAME.test(core(held.get(below.at) ?? "")) &&
      last !== null &&
      at > 0 &&
      last.row.lines.includes(lineAt(at - 1).no);
    // A line that gives the name above a project's ending before a remark it opens (…人才引进 /
    // 及培养项目（“登峰计 / 划”）) ends that project's name, the next row's standing on its own
    // amounts line.
    const bracket = text.search(/[（(]/);
    const endsBeforeRemark =
      last !== null &&
      unended &&
      last.row.indicators.length > 0 &&
      bracket > 0 &&
      opensBracket(text) &&
      endsAsProject(lastName + text.slice(0, bracket)) &&
      below !== undefined &&
      !!held.get(below.at) &&
      !/^[（(]/.test(held.get(below.at)!);
    const completesProject =
      last !== null &&
      !remark &&
      (endsBeforeRemark ||
        (unended && ends && (beforeStraddle || beforeWholeUnit)) ||
        (unended &&
          ends &&
          below !== undefined &&
          held.get(below.at) !== "" &&
          ((below.at === at + 1 && !full(text) && last.row.lines.includes(lineAt(at - 1).no)) ||
            // Short, it is no first line of a name of several (…信息化运 / 维项目, the next name on
            // its own amounts line further down).
            (below.at > at + 1 && !full(text)) ||
            nameEnd)) ||
        // Full, it ends the name above when it reads as a project's name's end itself
        // (…2027年信息 / 化运维项目), though the next name starts right under it.
        (unended && ends && PROJECT_NAME.test(core(text)) && last.row.indicators.length > 0) ||
        (endingOnly && last.row.indicators.length > 0));
    // A name cut by a page break while its lines were full (…广州市文化 / page / 广电旅游局 /
    // 藏品征集与 / 保护修复经 / 费) goes on over the next page's first lines until it reads as
    // ended, as long as its row's goal or indicators go on beside or below the line (the name is
    // centred in what is left of the row).
    const lastAnchor = last === null ? undefined : anchorOf.get(last.row);
    const here = lineAt(at).no;
    const until = below === undefined ? Infinity : lineAt(below.at).no;
    // The last row's goal or indicators go on beside the line or below it, before the next row.
    const lastGoesOn = last !== null && last.row.lines.some((no) => no >= here && no < until);
    // The name lines between this one and the next amounts, and whether they open with ending
    // words, which begin no name; and whether the next row holds a name of its own yet.
    const between = below === undefined ? "" : linesBetween(i, below.at);
    const betweenEnds = below !== undefined && ENDING_WORDS.test(between);
    const belowNamed = below !== undefined && nameParts(below.row).join("") !== "";
    const cutByPage =
      last !== null &&
      lastAnchor !== undefined &&
      pageOf[lastAnchor.at]! < pageOf[at]! &&
      full(last.text) &&
      !remark &&
      // A project's name is not ended by a unit's ending (…实验室及功能室 / 设备购置); one that
      // reads as ended goes on with a line that ends as a project's name does (…安全生产专项 /
      // page / 整治经费), as on one page.
      (!(last.row.indicators.length > 0
        ? endsAsProject(lastName) || CODE_NAME.test(lastName.trim())
        : endsName(lastName)) ||
        (last.row.indicators.length > 0 && PROJECT_NAME.test(text))) &&
      (lastGoesOn ||
        // (Or right under the row's last line, the name centred round it: `安全生产专项` /
        // the indicators' end / `整治经费`; not where the next row holds no name of its own yet
        // and the name lines under this one open with ending words, `教师培训专项` / `经费（“百千`
        // / amounts: no name begins so, and this line is that name's first.)
        (at > 0 &&
          pageOf[at - 1] === pageOf[at] &&
          last.row.lines.includes(lineAt(at - 1).no) &&
          PROJECT_NAME.test(text) &&
          !(betweenEnds && !belowNamed)) ||
        // (Or short, and ending it as a project's name does: `…数字资源采` / page / `购`. A short
        // line is no first line of the next row's name.)
        (!full(text) && endsAsProject(lastName + text)) ||
        // (Or with a line of nothing but ending words under it that ends it again, the next row
        // holding a name of its own by its amounts: `…24 小时自助` / page / `图书馆运维` / `经费` /
        // `广州图书馆`. No name begins with ending words.)
        (belowNamed && betweenEnds && endsAsProject(lastName + text + between)));
    // A name cut by a page break while its lines were full goes on to its page's last line
    // (…图书购置及 / 数字资源采 / page / 购): the next row's amounts stand on a later page, and no
    // row's name opens on the page before its amounts.
    const endsPage =
      last !== null &&
      above !== undefined &&
      below !== undefined &&
      last.row === above.row &&
      pageOf[above.at] === pageOf[at] &&
      pageOf[below.at]! > pageOf[at]! &&
      at > 0 &&
      last.row.lines.includes(lineAt(at - 1).no) &&
      full(last.text) &&
      !remark &&
      !endsName(lastName);
    // On a new page above its first amounts, after a unit on the page before whose name reads
    // whole (…广州图书馆 / page / 广州图书馆公 / 共文化服务体 / amounts), or a project whose name
    // has a project's ending (…调查经费), a line begins the next name; so it does after one that
    // ends with the stock it buys (…应急物资储备), unless that row goes on beside the line: a name
    // may go on past such words (图书购置 / page / 及数字资 / 源采购 beside the row's goal).
    const opensPage =
      above !== undefined &&
      below !== undefined &&
      last !== null &&
      last.row === above.row &&
      ((above.row.indicators.length === 0 && above.row.goal.length === 0) ||
        projectEnded(aboveName) ||
        (endedBefore(aboveName, text) && !lastGoesOn)) &&
      pageOf[above.at]! < pageOf[at]! &&
      pageOf[below.at] === pageOf[at] &&
      !remark &&
      !opensBracket(aboveName) &&
      endsName(aboveName);
    // A line that ends as a project's name does, nearer the row above than the next amounts, ends
    // that row's name though it read as ended already (…安全生产专项 / 整治经费) — a project's: a
    // unit's name does not end so.
    const endsAgain =
      last !== null &&
      above !== undefined &&
      below !== undefined &&
      last.row === above.row &&
      last.row.indicators.length > 0 &&
      PROJECT_NAME.test(text) &&
      pageOf[above.at] === pageOf[at] &&
      at - (above.last ?? above.at) < below.at - at;
    // A line that held the end of the row above's cut amount (`广州大学 20,895,000.0` / sources /
    // `附属中学 0`) stands in that row.
    const besideEnd = last !== null && last.row.lines.includes(lineAt(at).endOf ?? -1);
    const fromAbove: boolean = last !== null && remark;
    // A name cut after a hyphen (…运输局2026- / 2027年…) or inside brackets (…（2025-2035 /
    // 年）修编项目) goes on, whatever stands below.
    // So does one cut inside its ending word (…互通改造项 / 目（二期）), though the line is full
    // and right above the next row's name on its amounts line.
    const cutRange =
      last !== null &&
      (cutAfterHyphen(lastName) ||
        opensBracket(lastName) ||
        (!endsAsProject(lastName) && ENDING_ACROSS.test(lastName.slice(-1) + text.slice(0, 1))));
    // A short line cannot begin a name that goes on into the amounts line below, or round it
    // from further up (a name's lines are full but its last): it ends the name above (…接种补 /
    // 助), however near the next row, and though that name's amounts stand on the page before.
    const endsAbove =
      last !== null &&
      below !== undefined &&
      !remark &&
      (held.get(below.at) !== "" || below.at > at + 1) &&
      width(text) <= wrapWidth / 2;
    // A line under one that began the next row's name, above that row's amounts, is that name's
    // too: names do not interleave (广州大学 / 附属中学 opening a page, the unit above them on the
    // page before).
    const within = last !== null && below !== undefined && last.row === below.row;
    // Right above the page's first amounts line, which holds no name, a line that opens the page
    // begins that row's name though the table's cells stand from the top (the amounts set half a
    // line lower).
    const opensAbove =
      opensPage && below !== undefined && below.at === at + 1 && held.get(below.at) === "";
    // Rows do not overlap: a line at or under the first line of the next row's indicators, above
    // its amounts, stands in that row (`…资源采购` / page / `1、…` / `广州图书馆` / `国际旅游宣…`).
    const belowStarted = below && indicatorsAt.get(below.row);
    const inBelow =
      belowStarted !== undefined && belowStarted <= at && pageOf[belowStarted] === pageOf[at];
    const row: RowBuild =
      straddles || within || opensAbove || inBelow
        ? below!.row
        : secondHalf || mirrored
          ? above.row
          : (align === "top" ||
                cutRange ||
                completesUnit ||
                completesProject ||
                cutByPage ||
                endsPage ||
                endsAgain ||
                besideEnd) &&
              last !== null
            ? last.row
            : intoBelow || opensPage || ((afterUnit || afterProject) && !endsAbove)
              ? below!.row
              : fromAbove || endsAbove
                ? last!.row
                : nearest(at);
    const anchor = anchorOf.get(row)!;
    if (at < anchor.at) row.names.push({ ...lineAt(at), text });
    else {
      row.nameSuffix += text;
      under.set(row, (under.get(row) ?? 0) + 1);
    }
    row.lines.push(lineAt(at).no);
    last = { row, text };
  }
}
