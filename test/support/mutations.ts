import fc from "fast-check";

/** Edits a copy suffers on the way: lines cut or split, cells swapped or doubled, text deleted,
 * page furniture or stray text inserted. */

export const FURNITURE = [
  "第 3 页",
  "- 4 -",
  "第2页，共9页",
  "项目名称（资金使用单位）\t总计\t财政拨款",
  "项目名称（资金使用单\n位） 总计 财政拨款",
];

export type Edit =
  | { kind: "cut"; at: number }
  | { kind: "split"; at: number; pos: number }
  | { kind: "swap"; at: number; a: number; b: number }
  | { kind: "double"; at: number }
  | { kind: "delete"; pos: number; len: number }
  | { kind: "furniture"; at: number; which: number }
  | { kind: "insert"; at: number; text: string };

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("split" as const), at: fc.nat(), pos: fc.nat() }),
  fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), a: fc.nat(7), b: fc.nat(7) }),
  fc.record({ kind: fc.constant("double" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("delete" as const),
    pos: fc.nat(),
    len: fc.integer({ min: 1, max: 20 }),
  }),
  fc.record({
    kind: fc.constant("furniture" as const),
    at: fc.nat(),
    which: fc.nat(FURNITURE.length - 1),
  }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.string({ maxLength: 30, unit: "binary" }),
  }),
);

export function mutate(base: string, edits: readonly Edit[]): string {
  let lines = base.split("\n");
  for (const e of edits) {
    const i = "at" in e ? e.at % Math.max(1, lines.length) : 0;
    const line = lines[i] ?? "";
    switch (e.kind) {
      case "cut":
        lines.splice(i, 1);
        break;
      case "split": {
        const p = e.pos % (line.length + 1);
        lines.splice(i, 1, line.slice(0, p), line.slice(p));
        break;
      }
      case "swap": {
        // Swapped columns: two cells of a tab row, or two words of a text row, change places.
        const sep = line.includes("\t") ? "\t" : " ";
        const cells = line.split(sep);
        const a = e.a % cells.length;
        const b = e.b % cells.length;
        [cells[a], cells[b]] = [cells[b]!, cells[a]!];
        lines[i] = cells.join(sep);
        break;
      }
      case "double":
        lines[i] = line.replace(/\t/g, "\t\t").replace(/；/g, "；；").replace(/、/g, "、、");
        break;
      case "delete": {
        const text = lines.join("\n");
        const p = e.pos % (text.length + 1);
        lines = (text.slice(0, p) + text.slice(p + e.len)).split("\n");
        break;
      }
      case "furniture":
        lines.splice(i, 0, FURNITURE[e.which]!);
        break;
      case "insert":
        lines.splice(i, 0, e.text);
        break;
    }
  }
  return lines.join("\n");
}
