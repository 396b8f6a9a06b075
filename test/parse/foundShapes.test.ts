import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse/index.js";
import { expectRebuilt } from "../support/rebuilt.js";

/**
 * Copies of generated tables, rendered and copied as the corpus is (scripts/corpus/holdout.mjs),
 * each one that showed a shape the parser got wrong until a rule was added for it: they keep the
 * shapes as the renderers really drew them, around the rows the hand-written tests isolate.
 */
const root = new URL("../fixtures/pdf-found/", import.meta.url);
const copies = readdirSync(root).filter((f) => !f.endsWith(".tab.txt") && f.endsWith(".txt"));
const read = (file: string) => readFileSync(new URL(file, root), "utf8");

describe.each(copies)("the copy %s", (file) => {
  it("gives back every row, amount and indicator of its tab form", () => {
    const [table, , path] = file.split(".");
    const truth = parseText(read(`${table}.tab.txt`));
    expect(truth.diagnostics).toEqual([]);
    const text = read(file);
    const got = parseText(text);
    expect(got.form).toBe(path === "layout" ? "layout" : "stream");
    expectRebuilt(truth, got, text);
  });
});
