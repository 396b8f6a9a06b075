import { describe, expect, it } from "vitest";
import { assignGoalLines, type GoalLine } from "../../../src/parse/forms/goalLines.js";

const FULL = "加强教师队伍建设，开展分层分类培训，提升";

describe("goal lines between two rows a page break cut", () => {
  it("stay with the row above when the row below, cut at its foot, would take them above its amounts", () => {
    // A centred table. Row 2 starts at the foot of page 1 and its goal goes on at the top of page
    // 2 for ten lines, a full line ending a sentence halfway; row 3 runs onto page 3. A broken row
    // is drawn from the top: row 3's goal starts on its amounts line, not above it.
    const goals: GoalLine[] = [
      { at: 1, text: FULL, page: 1 },
      { at: 2, text: FULL, page: 1 },
      { at: 3, text: "教育教学能力。", page: 1 },
      { at: 5, text: FULL, page: 1 },
      { at: 6, text: "教育教学能力。", page: 1 },
      { at: 9, text: FULL, page: 1 },
      ...[11, 12, 13, 14, 15].map((at) => ({ at, text: FULL, page: 2 })),
      { at: 16, text: "落实国家学生资助政策，促进教育公平。", page: 2 },
      ...[17, 18, 19].map((at) => ({ at, text: FULL, page: 2 })),
      { at: 20, text: "确保资金规范、高效，按期完成各项工作任务。", page: 2 },
      ...[21, 22, 23, 24, 25].map((at) => ({ at, text: FULL, page: 2 })),
      { at: 26, text: "创新型教师队伍。", page: 2 },
    ];
    const { owner, align } = assignGoalLines(goals, [
      { at: 2, page: 1, project: true },
      { at: 6, page: 1, project: true },
      { at: 9, page: 1, project: true, broken: true },
      { at: 21, page: 2, project: true, broken: true },
    ]);
    expect(align).toBe("middle");
    expect(goals.filter((_, i) => owner[i] === 2).map((g) => g.at)).toEqual([
      9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
    ]);
    expect(goals.filter((_, i) => owner[i] === 3).map((g) => g.at)).toEqual([
      21, 22, 23, 24, 25, 26,
    ]);
  });
});

describe("a project's one-line goal a line under its amounts", () => {
  it("stays its own, though the next row's goal would stand centred with it", () => {
    // A project has a goal: leaving it none weighs more than a goal a line off its amounts.
    const goals: GoalLine[] = [
      { at: 1, text: FULL, page: 1 },
      { at: 2, text: FULL, page: 1 },
      { at: 3, text: "教育教学能力。", page: 1 },
      { at: 5, text: FULL, page: 1 },
      { at: 6, text: FULL, page: 1 },
      { at: 7, text: "教育教学能力。", page: 1 },
      { at: 10, text: "组织完成年度招生考试工作，确保考试安全平稳有序。", page: 1 },
      { at: 12, text: "对校舍进行维修改造，消除安全隐患，为师生提供安全、舒适的", page: 1 },
      { at: 14, text: "学习和工作环境。", page: 1 },
    ];
    const { owner } = assignGoalLines(goals, [
      { at: 2, page: 1, project: true },
      { at: 6, page: 1, project: true },
      { at: 9, page: 1, project: true },
      { at: 12, page: 1, project: true },
    ]);
    expect(owner).toEqual([0, 0, 0, 1, 1, 1, 2, 3, 3]);
  });
});

describe("goal lines round a row's amounts drawn on two lines", () => {
  it("may stand centred on the lower one", () => {
    // Each row's total on one line, its sources on the next; each goal is centred on the
    // sources' line. Read from the total's line, the first goal's last two lines would centre
    // the second goal as well.
    const goal = (from: number, count: number): GoalLine[] =>
      Array.from({ length: count }, (_, k) => ({
        at: from + k,
        text: k === count - 1 ? "确保资金使用安全、规范、高效，按期完成任务。" : FULL,
        page: 1,
      }));
    const goals = [...goal(0, 13), ...goal(13, 11)];
    const { owner, align } = assignGoalLines(goals, [
      { at: 5, last: 6, page: 1, project: true },
      { at: 17, last: 18, page: 1, project: true },
    ]);
    expect(align).toBe("middle");
    expect(owner).toEqual([...Array<number>(13).fill(0), ...Array<number>(11).fill(1)]);
  });
});

describe("goal lines of a table whose amounts stand a line above their rows' middles", () => {
  it("go with the row whose indicator cell they are centred with", () => {
    // As Chromium may set them: each row's amounts a line above the middle of its goal and
    // indicator cells. Read from the amounts alone, a goal's last two lines (the first a full
    // line ending a sentence) would centre the next row's goal as well.
    const line = "加强教师队伍建设，开展";
    const goal = (from: number, count: number, last: string, skip: number[] = []): GoalLine[] =>
      Array.from({ length: count }, (_, k) => from + k)
        .filter((at) => !skip.includes(at))
        .map((at, k, all) => ({ at, text: k === all.length - 1 ? last : line, page: 1 }));
    const goals = [
      ...goal(0, 7, "舒适的学习和工作环境。"),
      ...goal(7, 7, "考试安全平稳有序。"),
      ...goal(14, 11, "代化水平。", [19, 20]),
    ];
    const { owner } = assignGoalLines(goals, [
      { at: 2, page: 1, project: true, indicators: [0, 6] },
      { at: 9, page: 1, project: true, indicators: [7, 13] },
      { at: 18, page: 1, project: true, indicators: [14, 24] },
    ]);
    expect(goals.map((g, i) => [g.at, owner[i]])).toEqual(
      goals.map((g) => [g.at, g.at < 7 ? 0 : g.at < 14 ? 1 : 2]),
    );
  });
});
