#!/usr/bin/env node
// Checks extract.mjs's pdf.js path against the real thing: serves pdfjs-dist to headless Chromium, renders
// every page's TextLayer (as the viewer does: streamTextContent({ includeMarkedContent: true,
// disableNormalization: true })), selects all text layers, and writes normalizeUnicode(selection.toString()).
//
//   node scripts/corpus/check-pdfjs-copy.mjs in.pdf out.txt     (CHROMIUM=/usr/bin/chromium)
//
// Compare out.txt with the <renderer>.pdfjs.txt extract of the same PDF (build.mjs --keep DIR keeps PDFs).
import http from "node:http";
import { readFileSync, writeFileSync } from "node:fs";
import { join, extname } from "node:path";
import { chromium } from "playwright-core";
const root = "/work/main/node_modules/pdfjs-dist";
const pdf = process.argv[2];
const page = `<!doctype html><meta charset=utf-8><link rel=stylesheet href="/pdfjs/web/pdf_viewer.css">
<style>.textLayer{position:relative !important}</style><div id=c></div>
<script type=module>
import * as lib from "/pdfjs/build/pdf.mjs";
lib.GlobalWorkerOptions.workerSrc = "/pdfjs/build/pdf.worker.mjs";
const doc = await lib.getDocument({url:"/doc.pdf", cMapUrl:"/pdfjs/cmaps/", cMapPacked:true}).promise;
const c = document.getElementById("c");
for (let n=1;n<=doc.numPages;n++){
  const p = await doc.getPage(n); const viewport = p.getViewport({scale:1});
  const pageDiv = document.createElement("div"); pageDiv.className="page"; pageDiv.style.position="relative";
  pageDiv.style.width=viewport.width+"px"; pageDiv.style.height=viewport.height+"px"; pageDiv.style.setProperty("--scale-factor", "1");
  const tl = document.createElement("div"); tl.className="textLayer"; pageDiv.append(tl); c.append(pageDiv);
  const layer = new lib.TextLayer({textContentSource: p.streamTextContent({includeMarkedContent:true, disableNormalization:true}), container: tl, viewport});
  await layer.render();
}
const r = document.createRange(); r.selectNodeContents(c);
const s = getSelection(); s.removeAllRanges(); s.addRange(r);
globalThis.__copied = lib.normalizeUnicode(s.toString()).replace(/\\x00/g,"");
</script>`;
const srv = http
  .createServer((req, res) => {
    try {
      if (req.url === "/") {
        res.setHeader("content-type", "text/html");
        return res.end(page);
      }
      if (req.url === "/doc.pdf") return res.end(readFileSync(pdf));
      const f = join(root, req.url.replace(/^\/pdfjs/, ""));
      const types = { ".mjs": "text/javascript", ".css": "text/css" };
      res.setHeader("content-type", types[extname(f)] ?? "application/octet-stream");
      res.end(readFileSync(f));
    } catch {
      res.statusCode = 404;
      res.end();
    }
  })
  .listen(0);
const port = srv.address().port;
const b = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const pg = await b.newPage();
pg.on("console", (m) => console.error("console:", m.text()));
await pg.goto(`http://127.0.0.1:${port}/`);
await pg.waitForFunction(() => globalThis.__copied !== undefined, null, { timeout: 60000 });
writeFileSync(process.argv[3], await pg.evaluate(() => globalThis.__copied));
await b.close();
srv.close();
