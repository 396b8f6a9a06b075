import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error webpack.config.js is plain JavaScript without declarations
import { publicUrl, rewriteManifest } from "../../webpack.config.js";

const root = join(import.meta.dirname, "..", "..");
const schema = join(
  root,
  "..",
  "shared",
  "schemas",
  "office-manifest",
  "OfficeAppManifestV1_1.xsd",
);
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const hasXmllint = spawnSync("xmllint", ["--version"]).error === undefined;

const url = publicUrl as (value?: string) => string;
const rewrite = rewriteManifest as (xml: string, base: string) => string;

describe("publishing the manifest", () => {
  it("normalises ADDIN_PUBLIC_URL", () => {
    expect(url(undefined)).toBe("https://localhost:3000/");
    expect(url("  ")).toBe("https://localhost:3000/");
    expect(url("https://addins.example.cn/budget")).toBe("https://addins.example.cn/budget/");
    expect(() => url("http://addins.example.cn/")).toThrow(/https/);
  });

  it("moves every localhost URL to the published base", () => {
    const out = rewrite(xml, "https://addins.example.cn/budget/");
    expect(out).not.toContain("localhost");
    expect(out).toContain(
      '<SourceLocation DefaultValue="https://addins.example.cn/budget/taskpane.html"/>',
    );
    expect(out).toContain("<AppDomain>https://addins.example.cn</AppDomain>");
    expect(out).toContain('DefaultValue="https://addins.example.cn/budget/assets/icon-16.png"');
    if (hasXmllint || process.env.CI !== undefined) {
      const dir = mkdtempSync(join(tmpdir(), "manifest-"));
      const file = join(dir, "manifest.xml");
      writeFileSync(file, out);
      const run = spawnSync("xmllint", ["--noout", "--schema", schema, file], { encoding: "utf8" });
      rmSync(dir, { recursive: true, force: true });
      expect(run.status, run.stderr).toBe(0);
    }
  });
});
