#!/usr/bin/env node
// npm start: where desktop Excel is installed, sideload the add-in with office-addin-debugging
// (it starts the dev server itself); elsewhere serve the pane and say how to sideload it.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function excelInstalled() {
  if (process.env.BUDGET_RECON_NO_EXCEL === "1") return false;
  if (process.platform === "darwin") return existsSync("/Applications/Microsoft Excel.app");
  if (process.platform === "win32") {
    const roots = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
    return roots.some((root) =>
      existsSync(join(root, "Microsoft Office", "root", "Office16", "EXCEL.EXE")),
    );
  }
  return false;
}

function run(command, args) {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code, signal) => {
    process.exitCode = signal ? 1 : (code ?? 1);
  });
}

const SIDELOAD = `
The task pane is served at https://localhost:3000/taskpane.html
(a browser opened there shows the preview mode, with .xlsx download).

Sideload it into Excel with manifest.xml (in this folder):

  Excel on the web   open a workbook on office.com, then Insert > Add-ins (or Home > Add-ins)
                     > More Add-ins > Upload My Add-in > Browse… > manifest.xml > Upload.
                     Open https://localhost:3000/taskpane.html once in that browser first and
                     accept the certificate if it is self-signed.
  Windows desktop    npm start on that machine (it runs office-addin-debugging), or put
                     manifest.xml in a shared folder, add it under File > Options > Trust Center
                     > Trust Center Settings > Trusted Add-in Catalogs (tick "Show in Menu"),
                     restart Excel, then Insert > My Add-ins > Shared Folder.
  Mac desktop        npm start on that machine, or copy manifest.xml to
                     ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and
                     restart Excel, then Insert > Add-ins > My Add-ins.

The ribbon button "核对绩效目标表 / Check budget table" appears on the Home tab.
`;

if (excelInstalled()) {
  run(npx, ["--yes", "office-addin-debugging@7", "start", "manifest.xml", "desktop"]);
} else {
  console.log(SIDELOAD);
  run(npx, ["webpack", "serve", "--mode", "development"]);
}
