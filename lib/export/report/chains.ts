/**
 * Reiteration chains: for every recommendation that repeats an earlier one, a
 * timeline from the first review cycle that raised it to today's status, under
 * an "Outstanding since <year>" badge (the year is computed from the chain, not typed).
 */
import { formatPartialDate } from "../../i18n/format";
import { t } from "../../i18n/messages";
import { STATUS_COLORS } from "../../status-colors";
import { formatRef } from "../cells";
import type { RecommendationRef, ReportRecommendation } from "../types";
import { clip, COLORS, contentWidth, ensureSpace, font, left, sectionHeading, type ReportContext } from "./layout";
import { statusLabel } from "../../labels";
import { OUTSTANDING_COLOR } from "./table";

export function drawChains(ctx: ReportContext) {
  const { doc, m, data } = ctx;
  // Every chain the selection holds, as the summary's "Reiterated" counts them: include=assessed
  // leaves the not assessed out of the groups only (lib/data/report.ts, `matching`).
  const chained = (data.matching ?? data.recommendations)
    .filter((r) => r.chain.length > 0)
    .sort((a, b) => (a.outstandingSince ?? 9999) - (b.outstandingSince ?? 9999));
  doc.y += 24;
  sectionHeading(ctx, m("report.chains"), m("report.chainsIntro"));
  if (chained.length === 0) {
    font(doc, "regular", 9.5, COLORS.muted).text(m("report.chainsNone"), left(doc), doc.y);
    return;
  }
  for (const rec of chained) drawChain(ctx, rec);
}

export function drawChain(ctx: ReportContext, rec: ReportRecommendation) {
  const { doc, locale, m } = ctx;
  ensureSpace(doc, 130);
  const x0 = left(doc);
  const width = contentWidth(doc);
  let y = doc.y + 4;

  if (rec.outstandingSince !== null) {
    const badge = t("story.outstandingSince", { year: rec.outstandingSince }, locale);
    font(doc, "bold", 8.5);
    const badgeWidth = doc.widthOfString(badge) + 16;
    doc.roundedRect(x0, y, badgeWidth, 17, 8.5).fill(OUTSTANDING_COLOR);
    font(doc, "bold", 8.5, "#ffffff").text(badge, x0 + 8, y + 3.5, { lineBreak: false });
    font(doc, "bold", 10, COLORS.ink).text(clip(rec.title, 90), x0 + badgeWidth + 10, y + 2, {
      width: width - badgeWidth - 10,
      lineBreak: false,
      ellipsis: true,
    });
  } else {
    font(doc, "bold", 10, COLORS.ink).text(clip(rec.title, 110), x0, y + 2, {
      width,
      lineBreak: false,
      ellipsis: true,
    });
  }
  y += 30;

  // Timeline: every earlier recommendation, this one, then its status today.
  const steps: { ref: RecommendationRef; date: string | null }[] = [
    ...rec.chain.map((r) => ({ ref: r, date: r.date ?? null })),
    { ref: rec, date: rec.date },
  ];
  const statusKey = rec.status ?? "none";
  const nodes = steps.length + 1;
  const spacing = width / nodes;
  const lineY = y + 6;
  doc
    .moveTo(x0 + spacing / 2, lineY)
    .lineTo(x0 + spacing * (nodes - 0.5), lineY)
    .lineWidth(2)
    .strokeColor(COLORS.rule)
    .stroke();
  let bottom = lineY;
  steps.forEach((step, i) => {
    const cx = x0 + spacing * (i + 0.5);
    doc.circle(cx, lineY, 5.5).fill(COLORS.brand);
    font(doc, "bold", 8, COLORS.ink).text(
      formatPartialDate(step.date, locale) || "—",
      cx - spacing / 2 + 4,
      lineY + 11,
      { width: spacing - 8, align: "center" },
    );
    font(doc, "regular", 7.5, COLORS.muted).text(formatRef(step.ref, locale), cx - spacing / 2 + 4, doc.y + 1, {
      width: spacing - 8,
      align: "center",
    });
    bottom = Math.max(bottom, doc.y);
  });
  const cx = x0 + spacing * (nodes - 0.5);
  doc.circle(cx, lineY, 7).fill(STATUS_COLORS[statusKey]);
  font(doc, "bold", 8, COLORS.ink).text(
    m("report.chainNow", { status: statusLabel(statusKey) }),
    cx - spacing / 2 + 4,
    lineY + 11,
    { width: spacing - 8, align: "center" },
  );
  if (rec.statusDate)
    font(doc, "regular", 7.5, COLORS.muted).text(
      formatPartialDate(rec.statusDate, locale),
      cx - spacing / 2 + 4,
      doc.y + 1,
      { width: spacing - 8, align: "center" },
    );
  bottom = Math.max(bottom, doc.y);

  doc.y = bottom + 14;
  doc
    .moveTo(x0, doc.y)
    .lineTo(x0 + width, doc.y)
    .lineWidth(0.5)
    .strokeColor(COLORS.rule)
    .stroke();
  doc.y += 12;
}
