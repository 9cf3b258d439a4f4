/**
 * The executive summary's stories after its figures: the longest outstanding
 * and reiterated chains (as timelines), the recommendations the state
 * rejected, and the overdue follow-ups — a few of each by name, the rest
 * counted (lib/export/report/sections.ts chooses them).
 */
import { formatPartialDate } from "../../i18n/format";
import { formatRef } from "../cells";
import type { ReportRecommendation } from "../types";
import { drawChain } from "./chains";
import { clip, COLORS, contentWidth, ensureSpace, font, left, type ReportContext } from "./layout";
import { HIGHLIGHTS_SHOWN, reportHighlights } from "./sections";
import type { ExportMessageKey } from "../messages";

export function drawHighlights(ctx: ReportContext) {
  const h = reportHighlights(ctx.data);
  subheading(ctx, "report.longest", "report.longestIntro");
  if (h.longest.length === 0) none(ctx, "report.longestNone");
  for (const rec of h.longest.slice(0, HIGHLIGHTS_SHOWN)) drawChain(ctx, rec);
  more(ctx, h.longest.length);

  subheading(ctx, "report.rejected");
  if (h.rejected.length === 0) none(ctx, "report.rejectedNone");
  for (const rec of h.rejected.slice(0, HIGHLIGHTS_SHOWN)) item(ctx, rec, true);
  more(ctx, h.rejected.length);

  subheading(ctx, "report.overdue", "report.overdueIntro");
  if (h.overdue.length === 0) none(ctx, "report.overdueNone");
  for (const rec of h.overdue.slice(0, HIGHLIGHTS_SHOWN)) item(ctx, rec, false);
  more(ctx, h.overdue.length);
}

function subheading(ctx: ReportContext, key: ExportMessageKey, intro?: ExportMessageKey) {
  const { doc, m } = ctx;
  doc.y += 20;
  ensureSpace(doc, 90);
  font(doc, "bold", 12, COLORS.brand).text(m(key), left(doc), doc.y, { width: contentWidth(doc) });
  if (intro)
    font(doc, "regular", 8.5, COLORS.muted).text(m(intro), left(doc), doc.y + 2, {
      width: contentWidth(doc),
      lineGap: 1,
    });
  doc.y += 8;
}

function none(ctx: ReportContext, key: ExportMessageKey) {
  font(ctx.doc, "regular", 9, COLORS.muted).text(ctx.m(key), left(ctx.doc), ctx.doc.y, {
    width: contentWidth(ctx.doc),
  });
}

function more(ctx: ReportContext, total: number) {
  if (total <= HIGHLIGHTS_SHOWN) return;
  font(ctx.doc, "italic", 8.5, COLORS.muted).text(
    ctx.m("report.andMore", { count: total - HIGHLIGHTS_SHOWN }),
    left(ctx.doc),
    ctx.doc.y + 2,
    { width: contentWidth(ctx.doc) },
  );
}

/** One recommendation on two or three lines: its title, where it comes from, and (rejected) the state's words. */
function item(ctx: ReportContext, rec: ReportRecommendation, withResponse: boolean) {
  const { doc, locale } = ctx;
  ensureSpace(doc, 60);
  const x = left(doc);
  const width = contentWidth(doc);
  font(doc, "bold", 9, COLORS.ink).text(clip(rec.title, 160), x, doc.y + 4, { width, link: rec.url ?? undefined });
  const where = [formatRef(rec, locale), rec.bodyCode, formatPartialDate(rec.date, locale)].filter(Boolean);
  font(doc, "regular", 7.5, COLORS.muted).text(where.join("  ·  "), x, doc.y + 1, { width });
  if (withResponse && rec.stanceQuote)
    font(doc, "italic", 8, COLORS.ink).text(`“${clip(rec.stanceQuote, 260)}”`, x, doc.y + 2, { width });
  if (withResponse && rec.stanceDate)
    font(doc, "regular", 7.5, COLORS.muted).text(formatPartialDate(rec.stanceDate, locale), x, doc.y + 1, { width });
  doc.y += 4;
}
