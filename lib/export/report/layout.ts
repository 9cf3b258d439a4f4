/**
 * Shared page geometry, fonts and drawing helpers for the PDF state report.
 * Fonts are Noto Sans (Latin + Cyrillic; SIL OFL, lib/export/fonts/OFL.txt):
 * pdfkit's built-in Helvetica has no Cyrillic. They are read by absolute path
 * from process.cwd() because Next.js bundling does not keep __dirname.
 */
import path from "node:path";
import type PDFDocument from "pdfkit";
import { currentIntlLocale } from "../../i18n/current-locale";
import { stateName } from "../../i18n/place-names";
import { BRAND_COLORS } from "../../status-colors";
import { exportMessage, type ExportMessageKey } from "../messages";
import type { ReportData } from "../types";

export type Doc = InstanceType<typeof PDFDocument>;

export const FONT_DIR = path.join(process.cwd(), "lib", "export", "fonts");
export const FONTS = {
  regular: path.join(FONT_DIR, "NotoSans-Regular.ttf"),
  bold: path.join(FONT_DIR, "NotoSans-Bold.ttf"),
  italic: path.join(FONT_DIR, "NotoSans-Italic.ttf"),
} as const;
export type FontName = keyof typeof FONTS;

export const PAGE = { size: "A4" as const, margin: 50, top: 56, bottom: 64 };
export const COLORS = BRAND_COLORS;

export type ReportContext = {
  doc: Doc;
  data: ReportData;
  locale: string;
  title: string;
  m: (key: ExportMessageKey, params?: Record<string, string | number>) => string;
};

export function makeContext(doc: Doc, data: ReportData): ReportContext {
  const locale = data.locale ?? currentIntlLocale();
  const m = (key: ExportMessageKey, params: Record<string, string | number> = {}) => exportMessage(key, params, locale);
  // The cover and every footer name the state in the reader's language, as the web report does.
  const state = stateName(data.state.code, data.state.name, locale);
  return { doc, data, locale, m, title: m("report.title", { state }) };
}

export function registerFonts(doc: Doc) {
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);
}

export const left = (doc: Doc) => doc.page.margins.left;
export const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
export const bottomLimit = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

export function font(doc: Doc, name: FontName, size: number, color: string = COLORS.ink): Doc {
  // By path, not by registered name: pdfkit caches a font under the key it was first opened with,
  // and the constructor opened the regular face by path. A registered name whose face is already
  // open is re-parsed on EVERY call (pdfkit's early return skips its cache), which made a
  // 300-row report take 15 s instead of under one.
  return doc.font(FONTS[name]).fontSize(size).fillColor(color);
}

/** Starts a new page when the next block of `height` points would not fit. Returns true if it did. */
export function ensureSpace(doc: Doc, height: number): boolean {
  if (doc.y + height <= bottomLimit(doc)) return false;
  doc.addPage();
  return true;
}

export function sectionHeading(ctx: ReportContext, text: string, intro?: string) {
  const { doc } = ctx;
  ensureSpace(doc, 80);
  const x = left(doc);
  font(doc, "bold", 16, COLORS.brand).text(text, x, doc.y, { width: contentWidth(doc) });
  const ruleY = doc.y + 3;
  doc
    .moveTo(x, ruleY)
    .lineTo(x + 36, ruleY)
    .lineWidth(2.5)
    .strokeColor(COLORS.brand)
    .stroke();
  doc.y = ruleY + 10;
  if (intro) {
    font(doc, "regular", 9, COLORS.muted).text(intro, x, doc.y, { width: contentWidth(doc), lineGap: 1.5 });
    doc.y += 8;
  }
}

/** Cuts long free text at a word boundary so one table row never outgrows a page. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20)).trimEnd()}…`;
}

export function formatGeneratedDate(ctx: ReportContext): string {
  return new Intl.DateTimeFormat(ctx.locale, { dateStyle: "long" }).format(ctx.data.generatedAt);
}
