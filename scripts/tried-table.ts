/**
 * Rewrites the README's table of hostile input tried from test/support/tried.ts, then formats the
 * README with Prettier. test/docs/tried.test.ts fails until this has been run after a change.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import prettier from "prettier";
import { TRIED_END, TRIED_START, triedTable } from "../test/support/tried.js";

const file = join(import.meta.dirname, "..", "README.md");
const readme = readFileSync(file, "utf8");
const start = readme.indexOf(TRIED_START);
const end = readme.indexOf(TRIED_END);
if (start < 0 || end < start) throw new Error(`README.md has no ${TRIED_START} … ${TRIED_END}`);
const next = `${readme.slice(0, start + TRIED_START.length)}\n\n${triedTable()}\n\n${readme.slice(end)}`;
const options = (await prettier.resolveConfig(file)) ?? {};
writeFileSync(file, await prettier.format(next, { ...options, filepath: file }));
console.log(`README.md: ${TRIED_START} table rewritten`);
