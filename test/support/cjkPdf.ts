/**
 * A one-page PDF whose Chinese text is set in a font it does not embed (STSong-Light, encoded
 * UniGB-UCS2-H), as older publishing tools write them: a reader needs pdf.js's character maps to
 * turn its codes into text. One line of text per entry, top to bottom. `locked`: the file says it
 * is encrypted with a password that is not the empty one (its check values match none), so a
 * reader asks for the password.
 */
export function cjkPdf(lines: string[], { locked = false } = {}): Buffer {
  const ucs2 = (text: string): string =>
    [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, "0")).join("");
  const content = [
    "BT /F1 12 Tf 40 550 Td 16 TL",
    ...lines.map((line) => `<${ucs2(line)}> Tj T*`),
    "ET",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>",
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
  ];
  if (locked)
    objects.push(
      `<< /Filter /Standard /V 1 /R 2 /O <${"a5".repeat(32)}> /U <${"5a".repeat(32)}> /P -4 >>`,
    );
  let pdf = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(pdf);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  const encrypt = locked
    ? ` /Encrypt ${objects.length} 0 R /ID [<${"0f".repeat(16)}> <${"0f".repeat(16)}>]`
    : "";
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}
