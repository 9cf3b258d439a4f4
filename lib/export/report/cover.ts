/** Cover page: title, filters, date generated, method note and sources credited. */
import { STATUS_COLORS } from "../../status-colors";
import { COLORS, contentWidth, font, formatGeneratedDate, left, type ReportContext } from "./layout";

export function drawCover(ctx: ReportContext) {
  const { doc, data, m } = ctx;
  const x = left(doc);
  const width = contentWidth(doc);

  // Brand band with the title, as tall as the title needs.
  font(doc, "bold", 24);
  const titleHeight = doc.heightOfString(ctx.title, { width: width - 20, lineGap: 2 });
  const generatedY = 112 + titleHeight + 14;
  const bandHeight = Math.max(240, generatedY + 40);
  doc.rect(0, 0, doc.page.width, bandHeight).fill(COLORS.brand);
  doc.rect(x, 78, 28, 4).fill(STATUS_COLORS.not_implemented);
  font(doc, "bold", 9, "#c9d6e8").text(`TREATY TRACKER  ·  ${m("report.kicker").toUpperCase()}`, x, 92, {
    width,
    characterSpacing: 1.2,
    lineBreak: false,
  });
  font(doc, "bold", 24, "#ffffff").text(ctx.title, x, 112, { width: width - 20, lineGap: 2 });
  font(doc, "regular", 11, "#c9d6e8").text(m("report.generated", { date: formatGeneratedDate(ctx) }), x, generatedY, {
    width,
  });
  drawBranding(ctx, bandHeight);

  // Filters box.
  let y = bandHeight + 40;
  font(doc, "bold", 11, COLORS.brand).text(m("report.filters"), x, y);
  y = doc.y + 6;
  const rows = data.filters.length ? data.filters : [{ label: "", value: m("report.noFilters") }];
  const labelWidth = 110;
  const valueWidth = width - labelWidth - 28;
  const heights = rows.map((f) => {
    font(doc, "bold", 9);
    const labelHeight = doc.heightOfString(f.label || " ", { width: labelWidth - 10 });
    font(doc, "regular", 10.5);
    return Math.max(labelHeight, doc.heightOfString(f.value, { width: valueWidth }) - 1) + 6;
  });
  const boxTop = y;
  const boxHeight = heights.reduce((a, b) => a + b, 0) + 14;
  doc.roundedRect(x, boxTop, width, boxHeight, 6).fill(COLORS.brandSoft);
  y = boxTop + 10;
  rows.forEach((f, i) => {
    if (f.label) font(doc, "bold", 9, COLORS.muted).text(f.label, x + 14, y + 1, { width: labelWidth - 10 });
    font(doc, "regular", 10.5, COLORS.ink).text(f.value, x + 14 + labelWidth, y, { width: valueWidth });
    y += heights[i];
  });

  // Method note.
  y = boxTop + boxHeight + 28;
  font(doc, "bold", 11, COLORS.brand).text(m("report.about"), x, y);
  font(doc, "regular", 9.5, COLORS.ink).text(m("report.method"), x, doc.y + 6, { width, lineGap: 2 });
  const disclaimer = data.branding?.disclaimer;
  if (disclaimer) {
    font(doc, "bold", 11, COLORS.brand).text(m("report.disclaimer"), x, doc.y + 16);
    font(doc, "regular", 9.5, COLORS.ink).text(disclaimer, x, doc.y + 6, { width, lineGap: 2 });
  }

  // Sources credited, anchored to the foot of the cover.
  const sourcesHeight = 24 + data.sources.reduce((h, s) => h + measureSource(ctx, s) + 4, 0);
  y = Math.max(doc.y + 28, doc.page.height - doc.page.margins.bottom - sourcesHeight);
  doc
    .moveTo(x, y)
    .lineTo(x + width, y)
    .lineWidth(0.5)
    .strokeColor(COLORS.rule)
    .stroke();
  font(doc, "bold", 9, COLORS.brand).text(m("report.sources"), x, y + 8);
  y = doc.y + 4;
  for (const s of data.sources) {
    font(doc, "regular", 8.5, COLORS.ink).text(s.title, x, y, { width, continued: Boolean(s.url) });
    if (s.url) font(doc, "regular", 8.5, COLORS.muted).text(`  ${s.url}`, { link: s.url });
    y = doc.y + 4;
  }
}

function measureSource(ctx: ReportContext, s: { title: string; url?: string | null }): number {
  font(ctx.doc, "regular", 8.5);
  return ctx.doc.heightOfString(s.url ? `${s.title}  ${s.url}` : s.title, {
    width: ctx.doc.page.width - 2 * ctx.doc.page.margins.left,
  });
}

/**
 * "Prepared by …" at the foot of the band, with the organisation's logo on a
 * white tile at its right. A stored file that passed the signature check but
 * cannot be decoded is left out rather than failing the whole report.
 */
function drawBranding(ctx: ReportContext, bandHeight: number) {
  const { doc, data, m } = ctx;
  const branding = data.branding;
  if (!branding) return;
  const x = left(doc);
  const width = contentWidth(doc);
  const logoBox = { w: 120, h: 56 };
  if (branding.logo) {
    const lx = x + width - logoBox.w;
    const ly = 24;
    // pdfkit's openImage (untyped in @types/pdfkit) decodes without drawing, so a bad file draws nothing at all.
    const opened = (() => {
      try {
        return (doc as unknown as { openImage(src: Buffer): unknown }).openImage(Buffer.from(branding.logo.bytes));
      } catch {
        return null;
      }
    })();
    if (opened) {
      doc.roundedRect(lx - 6, ly - 6, logoBox.w + 12, logoBox.h + 12, 4).fill("#ffffff");
      doc.image(opened as Buffer, lx, ly, { fit: [logoBox.w, logoBox.h], align: "center", valign: "center" });
    }
  }
  if (branding.organisationName)
    font(doc, "bold", 10, "#ffffff").text(
      m("report.preparedBy", { organisation: branding.organisationName }),
      x,
      bandHeight - 28,
      { width, lineBreak: false, ellipsis: true },
    );
}
