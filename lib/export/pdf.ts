/**
 * The state report as a PDF: cover, executive summary (figures, status
 * chart, the longest outstanding chains, rejected and overdue
 * recommendations), the recommendations grouped by status (most serious
 * first, lib/export/report/sections.ts) and the reiteration chains, with a footer and page
 * numbers on every page after the cover. Pages are buffered so "Page n of N"
 * can be written once the total is known; a report is a few hundred rows at
 * most, so holding its pages is fine (the spreadsheet exports are the ones
 * that stream row by row).
 */
import { Readable } from "node:stream";
import PDFDocument from "pdfkit";
import { drawChains } from "./report/chains";
import { drawCover } from "./report/cover";
import {
  COLORS,
  contentWidth,
  FONTS,
  font,
  left,
  makeContext,
  PAGE,
  registerFonts,
  type Doc,
  type ReportContext,
} from "./report/layout";
import { drawHighlights } from "./report/highlights";
import { drawBodyChart, drawSummary } from "./report/summary";
import { drawTable } from "./report/table";
import type { ReportData } from "./types";

function buildReport(data: ReportData): Doc {
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    // Our own font from the start, so pdfkit never loads its Helvetica metrics from disk.
    font: FONTS.regular,
    lang: data.locale ?? "en-GB",
    displayTitle: true,
    autoFirstPage: true,
  });
  registerFonts(doc);
  const ctx = makeContext(doc, data);
  doc.info.Title = ctx.title;
  doc.info.Author = data.branding?.organisationName ?? "Treaty Tracker";
  doc.info.Subject = ctx.title;
  doc.info.CreationDate = data.generatedAt;

  drawCover(ctx);
  doc.addPage();
  drawSummary(ctx);
  drawHighlights(ctx);
  drawBodyChart(ctx);
  drawTable(ctx);
  drawChains(ctx);
  drawFooters(ctx);
  doc.end();
  return doc;
}

function drawFooters(ctx: ReportContext) {
  const { doc, m } = ctx;
  const range = doc.bufferedPageRange();
  const pages = range.count;
  for (let i = range.start + 1; i < range.start + pages; i++) {
    doc.switchToPage(i);
    // The footer sits in the bottom margin; lift the margin so pdfkit does not start a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 40;
    const x = left(doc);
    const width = contentWidth(doc);
    doc
      .moveTo(x, y - 6)
      .lineTo(x + width, y - 6)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    const organisation = ctx.data.branding?.organisationName;
    const footer = organisation
      ? m("report.footerOrg", { organisation, title: ctx.title })
      : m("report.footer", { title: ctx.title });
    font(doc, "regular", 7.5, COLORS.muted).text(footer, x, y, {
      width: width - 90,
      lineBreak: false,
      ellipsis: true,
    });
    font(doc, "regular", 7.5, COLORS.muted).text(
      m("report.page", { page: i - range.start + 1, pages }),
      x + width - 90,
      y,
      { width: 90, align: "right", lineBreak: false },
    );
    doc.page.margins.bottom = bottomMargin;
  }
}

/** The whole report in memory, for tests and for attaching to an e-mail. */
export function renderStateReportPdf(data: ReportData): Promise<Buffer> {
  const doc = buildReport(data);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

/** The report as a web stream, for a route handler: `new Response(stateReportPdfStream(data))`. */
export function stateReportPdfStream(data: ReportData): ReadableStream<Uint8Array> {
  return Readable.toWeb(buildReport(data)) as unknown as ReadableStream<Uint8Array>;
}
