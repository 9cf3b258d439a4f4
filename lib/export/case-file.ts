/**
 * One recommendation's case file as a PDF: what it asks, the facts at a glance,
 * its whole story (the recommendations it repeats, the state's responses, the
 * Committee's grades, the organisation's assessments, evidence, actions) and
 * the evidence with its sources. The same fonts, colours and footer as the
 * state report (lib/export/report/layout.ts); pure like the other writers:
 * lib/data/case-file.ts maps the story page's DTO onto CaseFileData, already
 * in words and with only what that page shows.
 */
import { Readable } from "node:stream";
import PDFDocument from "pdfkit";
import { formatPartialDate } from "../i18n/format";
import { exportMessage, type ExportMessageKey } from "./messages";
import { COLORS, contentWidth, ensureSpace, font, FONTS, left, PAGE, registerFonts, type Doc } from "./report/layout";
import type { ReportBranding } from "./types";

export type CaseFileEntry = {
  date: string | null;
  /** What kind of event, in words ("State response"). */
  kind: string;
  title: string;
  quote?: string | null;
  detail?: string | null;
  /** Who recorded it, in words ("Assessed by …"). */
  note?: string | null;
  /** The source, in words (a document symbol, a title). */
  source?: string | null;
  url?: string | null;
};

export type CaseFileData = {
  title: string;
  /** The text the title does not already say (lib/recommendation-title.ts), or null when it says it all. */
  text: string | null;
  /** "Outstanding since 2011 · 15 years without implementation", or what is known instead. */
  callout: string | null;
  facts: { label: ExportMessageKey; value: string }[];
  timeline: CaseFileEntry[];
  evidence: CaseFileEntry[];
  url?: string | null;
  generatedAt: Date;
  locale: string;
  branding?: ReportBranding;
};

function build(data: CaseFileData): Doc {
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    font: FONTS.regular,
    lang: data.locale,
    displayTitle: true,
  });
  registerFonts(doc);
  const m = (key: ExportMessageKey, params: Record<string, string | number> = {}) =>
    exportMessage(key, params, data.locale);
  doc.info.Title = data.title;
  doc.info.Author = data.branding?.organisationName ?? "Treaty Tracker";
  doc.info.CreationDate = data.generatedAt;
  const x = left(doc);
  const width = contentWidth(doc);

  // Heading band.
  font(doc, "bold", 18);
  const titleHeight = doc.heightOfString(data.title, { width, lineGap: 2 });
  const bandHeight = 96 + titleHeight;
  doc.rect(0, 0, doc.page.width, bandHeight).fill(COLORS.brand);
  const kicker = data.branding?.organisationName
    ? `${m("caseFile.kicker").toUpperCase()}  ·  ${data.branding.organisationName}`
    : `TREATY TRACKER  ·  ${m("caseFile.kicker").toUpperCase()}`;
  font(doc, "bold", 9, "#c9d6e8").text(kicker, x, 36, { width, characterSpacing: 1, lineBreak: false, ellipsis: true });
  font(doc, "bold", 18, "#ffffff").text(data.title, x, 56, { width, lineGap: 2, link: data.url ?? undefined });
  const generated = new Intl.DateTimeFormat(data.locale, { dateStyle: "long" }).format(data.generatedAt);
  font(doc, "regular", 9.5, "#c9d6e8").text(m("report.generated", { date: generated }), x, doc.y + 8, { width });
  doc.y = bandHeight + 24;

  if (data.callout) {
    font(doc, "bold", 10.5);
    const h = doc.heightOfString(data.callout, { width: width - 24 }) + 16;
    const top = doc.y;
    doc.roundedRect(x, top, width, h, 5).fill("#a94400");
    font(doc, "bold", 10.5, "#ffffff").text(data.callout, x + 12, top + 8, { width: width - 24 });
    doc.y = top + h + 16;
  }

  if (data.text) {
    heading(doc, m("caseFile.text"));
    font(doc, "regular", 10, COLORS.ink).text(data.text, x, doc.y, { width, lineGap: 2 });
    doc.y += 14;
  }

  heading(doc, m("caseFile.facts"));
  for (const f of data.facts) {
    ensureSpace(doc, 30);
    const top = doc.y;
    font(doc, "bold", 8.5, COLORS.muted).text(m(f.label), x, top, { width: 130 });
    const labelBottom = doc.y;
    font(doc, "regular", 9.5, COLORS.ink).text(f.value, x + 140, top, { width: width - 140 });
    doc.y = Math.max(doc.y, labelBottom) + 4;
  }
  doc.y += 10;

  heading(doc, m("caseFile.timeline"));
  if (!data.timeline.length) muted(doc, m("caseFile.timelineNone"));
  for (const e of data.timeline) entry(doc, e, data.locale, m);
  doc.y += 10;

  heading(doc, m("caseFile.evidence"));
  if (!data.evidence.length) muted(doc, m("caseFile.evidenceNone"));
  for (const e of data.evidence) entry(doc, e, data.locale, m);

  if (data.branding?.disclaimer) {
    doc.y += 16;
    heading(doc, m("report.disclaimer"));
    font(doc, "regular", 8.5, COLORS.muted).text(data.branding.disclaimer, x, doc.y, { width });
  }
  footers(doc, data, m);
  doc.end();
  return doc;
}

function heading(doc: Doc, text: string) {
  ensureSpace(doc, 60);
  font(doc, "bold", 12.5, COLORS.brand).text(text, left(doc), doc.y, { width: contentWidth(doc) });
  doc.y += 6;
}

function muted(doc: Doc, text: string) {
  font(doc, "regular", 9, COLORS.muted).text(text, left(doc), doc.y, { width: contentWidth(doc) });
}

/** One dated event: the date in a left column, then what happened, the state's words, and the source. */
function entry(
  doc: Doc,
  e: CaseFileEntry,
  locale: string,
  m: (k: ExportMessageKey, p?: Record<string, string>) => string,
) {
  ensureSpace(doc, 54);
  const x = left(doc);
  const dateWidth = 86;
  const w = contentWidth(doc) - dateWidth;
  const top = doc.y;
  font(doc, "bold", 8.5, COLORS.ink).text(formatPartialDate(e.date, locale) || "—", x, top, { width: dateWidth - 8 });
  font(doc, "bold", 7.5, COLORS.muted).text(e.kind, x + dateWidth, top, { width: w });
  font(doc, "bold", 9.5, COLORS.ink).text(e.title, x + dateWidth, doc.y + 1, { width: w });
  if (e.quote) font(doc, "italic", 9, COLORS.ink).text(`“${e.quote}”`, x + dateWidth, doc.y + 2, { width: w });
  if (e.detail) font(doc, "regular", 9, COLORS.ink).text(e.detail, x + dateWidth, doc.y + 2, { width: w });
  if (e.note) font(doc, "regular", 8, COLORS.muted).text(e.note, x + dateWidth, doc.y + 2, { width: w });
  if (e.source)
    font(doc, "regular", 8, COLORS.muted).text(m("caseFile.source", { source: e.source }), x + dateWidth, doc.y + 2, {
      width: w,
    });
  if (e.url)
    font(doc, "regular", 8, COLORS.muted).text(m("caseFile.online", { url: e.url }), x + dateWidth, doc.y + 1, {
      width: w,
      link: e.url,
    });
  doc.y += 10;
}

function footers(
  doc: Doc,
  data: CaseFileData,
  m: (k: ExportMessageKey, p?: Record<string, string | number>) => string,
) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 40;
    const x = left(doc);
    const width = contentWidth(doc);
    const organisation = data.branding?.organisationName;
    const footer = organisation
      ? m("report.footerOrg", { organisation, title: data.title })
      : m("report.footer", { title: data.title });
    font(doc, "regular", 7.5, COLORS.muted).text(footer, x, y, { width: width - 90, lineBreak: false, ellipsis: true });
    font(doc, "regular", 7.5, COLORS.muted).text(
      m("report.page", { page: i - range.start + 1, pages: range.count }),
      x + width - 90,
      y,
      { width: 90, align: "right", lineBreak: false },
    );
    doc.page.margins.bottom = bottomMargin;
  }
}

export function renderCaseFilePdf(data: CaseFileData): Promise<Buffer> {
  const doc = build(data);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

export function caseFilePdfStream(data: CaseFileData): ReadableStream<Uint8Array> {
  return Readable.toWeb(build(data)) as unknown as ReadableStream<Uint8Array>;
}
