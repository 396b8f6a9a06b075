// Renders a tab-form table to PDF the way published tables look: A4 landscape, ruled table, CJK font,
// title + 部门名称/单位 above, header repeated on every page, page number in the footer.
//
//   chromium: an HTML page printed by headless Chromium (rows may break across pages, like Word).
//   calc:     an .xlsx written with exceljs, converted by LibreOffice Calc (rows never break; print
//             titles repeat the header; footer "第 N 页，共 M 页").
//   writer:   the same HTML page opened by LibreOffice Writer and exported to PDF, as a word
//             processor prints a table: its own page size and margins, digits and Latin letters set
//             apart from ideographs, each cell's lines drawn on baselines of their own.
import { execFileSync } from "node:child_process";
import { writeFileSync, readdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { parseTabForm } from "./tables.mjs";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const SOFFICE = process.env.SOFFICE ?? "soffice";

/**
 * How a table is drawn. "middle": cells centred in their rows, the goal column narrower than the
 * indicators'. "dense": centred, a small font, other column widths. "top": cells drawn from the top
 * of their rows, a narrower name column, a wider goal column and a larger font (other offices
 * publish their tables so). "portrait": A4 upright, a sans-serif body in a small font, narrow
 * columns, so cells wrap over many lines and rows break across pages often.
 */
export const STYLES = {
  middle: {
    valign: "middle",
    fontPt: 9,
    htmlWidths: { name: 14, num: 7.75, goal: 21, ind: 34 },
    xlsxWidths: [20, 11, 11, 11, 11, 30, 46],
  },
  dense: {
    valign: "middle",
    fontPt: 8,
    htmlWidths: { name: 12, num: 7, goal: 30, ind: 30 },
    xlsxWidths: [24, 12, 12, 12, 12, 26, 52],
  },
  top: {
    valign: "top",
    fontPt: 10,
    htmlWidths: { name: 18, num: 8, goal: 26, ind: 24 },
    xlsxWidths: [14, 11, 11, 11, 11, 40, 36],
  },
  portrait: {
    valign: "middle",
    fontPt: 8.5,
    page: "A4 portrait",
    bodyFont: '"Noto Sans CJK SC", sans-serif',
    htmlWidths: { name: 16, num: 9, goal: 20, ind: 28 },
    orientation: "portrait",
    xlsxFontPt: 9,
    xlsxWidths: [15, 10, 10, 10, 10, 22, 30],
  },
};

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function tableHtml(text, style = STYLES.middle) {
  const t = parseTabForm(text);
  const w = style.htmlWidths;
  const rowClass = (r, i) =>
    i === 0 && r[0] === "合计" ? "total" : r[5] === "" && r[6] === "" ? "unit" : "project";
  const body = t.rows
    .map(
      (r, i) =>
        `<tr class="${rowClass(r, i)}"><td class="name">${esc(r[0])}</td>` +
        r
          .slice(1, 5)
          .map((c) => `<td class="num">${esc(c)}</td>`)
          .join("") +
        `<td class="text">${esc(r[5])}</td><td class="text">${esc(r[6])}</td></tr>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(t.title)}</title>
<style>
@page {
  size: ${style.page ?? "A4 landscape"};
  margin: 16mm 12mm 16mm 12mm;
  @bottom-center { content: "第 " counter(page) " 页"; font-family: "Noto Serif CJK SC"; font-size: 9pt; }
}
body { font-family: ${style.bodyFont ?? '"Noto Serif CJK SC", serif'}; font-size: ${style.fontPt}pt; margin: 0; color: #000; }
h1 { font-family: "Noto Sans CJK SC", sans-serif; font-size: 18pt; text-align: center; margin: 0 0 5mm; letter-spacing: 1pt; }
.meta { display: flex; justify-content: space-between; font-size: 10.5pt; margin: 0 0 2mm; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
thead { display: table-header-group; }
th, td { border: 0.75pt solid #000; padding: 2pt 3pt; line-height: 1.35; overflow-wrap: anywhere; }
th { font-family: "Noto Sans CJK SC", sans-serif; font-weight: bold; text-align: center; vertical-align: middle; }
td { vertical-align: ${style.valign}; }
td.num { text-align: right; white-space: nowrap; }
td.name, td.text { text-align: left; }
tr.total td, tr.unit td { font-weight: bold; }
col.name { width: ${w.name}%; } col.num { width: ${w.num}%; } col.goal { width: ${w.goal}%; } col.ind { width: ${w.ind}%; }
</style>
</head>
<body>
<h1>${esc(t.title)}</h1>
<div class="meta"><span>部门名称：${esc(t.department)}</span><span>单位：${esc(t.moneyUnit)}</span></div>
<table>
<colgroup><col class="name"><col class="num"><col class="num"><col class="num"><col class="num"><col class="goal"><col class="ind"></colgroup>
<thead><tr>${t.header.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</body>
</html>
`;
}

export function renderChromium(text, dir, stem, style = STYLES.middle) {
  const html = join(dir, `${stem}.html`);
  writeFileSync(html, tableHtml(text, style));
  return printHtml(html, dir, stem);
}

/** Prints an HTML file to `dir/stem.pdf` with headless Chromium; returns the PDF's path. */
export function printHtml(html, dir, stem) {
  const pdf = join(dir, `${stem}.pdf`);
  execFileSync(
    CHROMIUM,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--no-pdf-header-footer",
      `--user-data-dir=${join(dir, "chromium-profile")}`,
      `--print-to-pdf=${pdf}`,
      pathToFileURL(html).href,
    ],
    { stdio: "ignore" },
  );
  return pdf;
}

export function renderWriter(text, dir, stem, style = STYLES.middle) {
  const html = join(dir, `${stem}.html`);
  writeFileSync(html, tableHtml(text, style));
  // Writer proper (Writer/Web's export leaves headings out of the PDF).
  return sofficePdf(html, dir, stem, "writer-out", [
    "--infilter=HTML (StarWriter)",
    "--convert-to",
    "pdf:writer_pdf_Export",
  ]);
}

/** Converts a file to `<dir>/<stem>.pdf` with headless LibreOffice, in a profile of its own. */
function sofficePdf(input, dir, stem, outName, convert) {
  const out = join(dir, outName);
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, "soffice-profile")).href}`,
      "--headless",
      ...convert,
      "--outdir",
      out,
      input,
    ],
    { stdio: "ignore" },
  );
  const produced = readdirSync(out).find((f) => f === `${stem}.pdf`);
  if (!produced) throw new Error(`LibreOffice produced no PDF for ${stem}`);
  const pdf = join(dir, `${stem}.pdf`);
  renameSync(join(out, produced), pdf);
  return pdf;
}

export async function tableXlsx(text, file, style = STYLES.middle) {
  const t = parseTabForm(text);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目支出绩效目标表", {
    pageSetup: {
      paperSize: 9,
      orientation: style.orientation ?? "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: "5:5",
    },
    headerFooter: { oddFooter: "&C第 &P 页，共 &N 页" },
  });
  const fontPt = style.xlsxFontPt ?? 10;
  const font = { name: "Noto Sans CJK SC", size: fontPt };
  ws.columns = style.xlsxWidths.map((width) => ({ width }));
  ws.mergeCells("A1:G1");
  Object.assign(ws.getCell("A1"), {
    value: t.title,
    font: { ...font, size: 18, bold: true },
    alignment: { horizontal: "center", vertical: "middle" },
  });
  ws.getRow(1).height = 34;
  ws.mergeCells("A3:E3");
  Object.assign(ws.getCell("A3"), {
    value: `部门名称：${t.department}`,
    font: { ...font, size: 11 },
  });
  Object.assign(ws.getCell("G3"), {
    value: `单位：${t.moneyUnit}`,
    font: { ...font, size: 11 },
    alignment: { horizontal: "right" },
  });
  const border = { style: "thin", color: { argb: "FF000000" } };
  const borders = { top: border, left: border, bottom: border, right: border };
  const header = ws.getRow(5);
  t.header.forEach((h, i) => {
    Object.assign(header.getCell(i + 1), {
      value: h,
      font: { ...font, bold: true },
      border: borders,
      alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    });
  });
  // LibreOffice does not size wrapped rows of an imported .xlsx, so estimate each row's height the way
  // Excel's "autofit" would have left it: glyph widths of Noto Sans CJK at 10pt, a little slack.
  const colPt = ws.columns.map((c) => c.width * 7.1 - 6);
  const textPt = (s) =>
    [...s].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2000 ? 0.56 : 1) * fontPt, 0);
  const lineCount = (s, i) => (s === "" ? 1 : Math.ceil((textPt(s) * 1.04) / colPt[i]));
  t.rows.forEach((r, k) => {
    const row = ws.getRow(6 + k);
    row.height = Math.max(...r.map((c, i) => lineCount(c, i))) * 1.46 * fontPt + 5;
    const bold = r[5] === "" && r[6] === "";
    r.forEach((c, i) => {
      const num = i >= 1 && i <= 4;
      Object.assign(row.getCell(i + 1), {
        // amounts stay text so the cell shows exactly the tab form's digits
        value: c,
        font: { ...font, bold },
        border: borders,
        alignment: num
          ? { horizontal: "right", vertical: style.valign }
          : { horizontal: "left", vertical: style.valign, wrapText: true },
      });
    });
  });
  await wb.xlsx.writeFile(file);
}

export async function renderCalc(text, dir, stem, style = STYLES.middle) {
  const xlsx = join(dir, `${stem}.xlsx`);
  await tableXlsx(text, xlsx, style);
  return sofficePdf(xlsx, dir, stem, "soffice-out", ["--convert-to", "pdf"]);
}
