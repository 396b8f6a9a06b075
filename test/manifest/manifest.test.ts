import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const manifestPath = join(root, "manifest.xml");
const schema = join(
  root,
  "..",
  "shared",
  "schemas",
  "office-manifest",
  "OfficeAppManifestV1_1.xsd",
);
const xml = readFileSync(manifestPath, "utf8");
const DEV_URL = "https://localhost:3000/";

const hasXmllint = spawnSync("xmllint", ["--version"]).error === undefined;
const runXmllint = hasXmllint || process.env.CI !== undefined;

function xpath(expr: string): string {
  return execFileSync("xmllint", ["--xpath", expr, manifestPath], { encoding: "utf8" }).trim();
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every DefaultValue URL under the dev server, as a path relative to it. */
function devUrls(): string[] {
  return [...xml.matchAll(/"(https:\/\/localhost:3000\/[^"]*)"/g)].map((m) =>
    (m[1] ?? "").slice(DEV_URL.length),
  );
}

describe.runIf(runXmllint)("manifest.xml against the Office schema (xmllint)", () => {
  it("validates", () => {
    const run = spawnSync("xmllint", ["--noout", "--schema", schema, manifestPath], {
      encoding: "utf8",
    });
    expect(run.stderr).toContain("manifest.xml validates");
    expect(run.status).toBe(0);
  });

  it("declares the facts the pane depends on", () => {
    const ns = "*[local-name()";
    expect(xpath(`string(/${ns}='OfficeApp']/@*[local-name()='type'])`)).toBe("TaskPaneApp");
    expect(xpath(`string(//${ns}='Permissions'])`)).toBe("ReadWriteDocument");
    expect(xpath(`string(//${ns}='Set'][@Name='ExcelApi']/@MinVersion)`)).toBe("1.9");
    expect(xpath(`string(//${ns}='Action']/@*[local-name()='type'])`)).toBe("ShowTaskpane");
    expect(xpath(`string(//${ns}='OfficeTab']/@id)`)).toBe("TabHome");
  });
});

describe("manifest.xml", () => {
  it("is a Workbook task pane with read/write permission", () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(xml).toMatch(/<Host Name="Workbook"\s*\/>/);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it("requires ExcelApi 1.9, between Hosts and DefaultSettings", () => {
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.9"\s*\/>/);
    const hosts = xml.indexOf("</Hosts>");
    const requirements = xml.indexOf("<Requirements>");
    const settings = xml.indexOf("<DefaultSettings>");
    expect(hosts).toBeGreaterThan(0);
    expect(requirements).toBeGreaterThan(hosts);
    expect(settings).toBeGreaterThan(requirements);
  });

  it("is zh-CN first with en-US overrides for its name and description", () => {
    expect(xml).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    for (const element of ["DisplayName", "Description"]) {
      const block = new RegExp(
        `<${element} DefaultValue="([^"]+)">\\s*<Override Locale="en-US" Value="([^"]+)"`,
      );
      const match = block.exec(xml);
      expect(match, element).not.toBeNull();
      expect(match?.[1]).toMatch(/[\u4e00-\u9fff]/);
      expect(match?.[2]).toMatch(/^[A-Z]/);
    }
    const strings = [
      ...xml.matchAll(/<bt:String id="([^"]+)"[^>]*>\s*<bt:Override Locale="en-US"/g),
    ];
    expect(strings.map((m) => m[1]).sort()).toEqual(
      [
        "Button.Label",
        "Button.Tooltip",
        "GetStarted.Description",
        "GetStarted.Title",
        "Group.Label",
      ].sort(),
    );
  });

  it("opens the task pane from a Home tab button", () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Control xsi:type="Button"/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(xml).toMatch(
      /<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\s*\/>/,
    );
    expect(xml).toMatch(
      /<bt:Url id="Taskpane.Url" DefaultValue="https:\/\/localhost:3000\/taskpane.html"/,
    );
  });

  it("points only at files the build serves", () => {
    const served = new Set(["taskpane.html", "help.html"]);
    for (const path of devUrls()) {
      if (path.startsWith("assets/")) expect(existsSync(join(root, path)), path).toBe(true);
      else expect(served.has(path), path).toBe(true);
    }
  });

  it("has icons of the sizes it names, plus 128 px", () => {
    const images = [
      ...xml.matchAll(/<bt:Image id="Icon\.(\d+)x(\d+)" DefaultValue="[^"]*\/(assets\/[^"]+)"/g),
    ];
    expect(images.map((m) => m[1])).toEqual(["16", "32", "80"]);
    for (const [, w, h, path] of images) {
      expect(pngSize(join(root, path ?? ""))).toEqual({ width: Number(w), height: Number(h) });
    }
    expect(xml).toMatch(/<IconUrl DefaultValue="https:\/\/localhost:3000\/assets\/icon-32.png"/);
    expect(xml).toMatch(
      /<HighResolutionIconUrl DefaultValue="https:\/\/localhost:3000\/assets\/icon-64.png"/,
    );
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(join(root, "assets", `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
  });
});
