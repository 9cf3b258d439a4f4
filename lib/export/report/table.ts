/**
 * The table of recommendations: reference and text, status, latest state response,
 * evidence. Rows are measured before drawing so none is split across pages, and the
 * header row is repeated at the top of every page the table runs onto.
 */
import { formatPartialDate } from "../../i18n/format";
import { t } from "../../i18n/messages";
import { EVIDENCE_KIND_LABELS, GRADE_LABELS, STANCE_LABELS } from "../../labels";
import { STATUS_COLORS } from "../../status-colors";
import { recommendingStatesText } from "../../recommendation-title";
import { formatRef } from "../cells";
import type { ReportRecommendation } from "../types";
import {
  bottomLimit,
  clip,
  COLORS,
  contentWidth,
  ensureSpace,
  font,
  left,
  sectionHeading,
  type FontName,
  type ReportContext,
} from "./layout";
import { reportCycleLabel, reportGroups } from "./sections";
import { statusLabel } from "../../labels";

type Block = {
  font: FontName;
  size: number;
  color: string;
  text: string;
  gap?: number;
  swatch?: string;
  link?: string | null;
};
const PAD = 5;
/** A darker vermillion than the "not implemented" fill, readable as small text on white. */
export const OUTSTANDING_COLOR = "#a94400";
const MAX_EVIDENCE = 3;

export function drawTable(ctx: ReportContext) {
  const { doc, m, data } = ctx;
  // Runs on below the summary when a good part of the page is left, else on a new page.
  doc.y += 24;
  ensureSpace(doc, 260);
  sectionHeading(ctx, m("report.byStatus"));
  if (data.notAssessedLeftOut)
    font(doc, "italic", 8.5, COLORS.muted).text(
      m("report.notAssessedLeftOut", { count: data.notAssessedLeftOut }),
      left(doc),
      doc.y,
      { width: contentWidth(doc) },
    );
  if (data.recommendations.length === 0) {
    font(doc, "regular", 10, COLORS.muted).text(m("report.noRecommendations"), left(doc), doc.y);
    return;
  }
  const widths = columnWidths(contentWidth(doc));
  for (const group of reportGroups(data)) {
    doc.y += 14;
    ensureSpace(doc, 120);
    const y = doc.y;
    doc.rect(left(doc), y + 2, 9, 9).fill(STATUS_COLORS[group.status]);
    font(doc, "bold", 11, COLORS.ink).text(
      m("report.groupHeading", { status: statusLabel(group.status), count: group.recommendations.length }),
      left(doc) + 14,
      y,
      { width: contentWidth(doc) - 14 },
    );
    doc.y += 4;
    drawRows(ctx, group.recommendations, widths);
  }
}

function drawRows(ctx: ReportContext, recs: ReportRecommendation[], widths: number[]) {
  const { doc } = ctx;
  drawHeader(ctx, widths);
  recs.forEach((rec, i) => {
    const cells = rowCells(ctx, rec);
    const height = Math.max(...cells.map((c, j) => measure(ctx, c, widths[j] - 2 * PAD))) + 2 * PAD;
    if (doc.y + height > bottomLimit(doc)) {
      doc.addPage();
      drawHeader(ctx, widths);
    }
    const top = doc.y;
    if (i % 2 === 1) doc.rect(left(doc), top, contentWidth(doc), height).fill("#f6f8fb");
    let x = left(doc);
    cells.forEach((blocks, j) => {
      drawBlocks(ctx, blocks, x + PAD, top + PAD, widths[j] - 2 * PAD);
      x += widths[j];
    });
    doc
      .moveTo(left(doc), top + height)
      .lineTo(left(doc) + contentWidth(doc), top + height)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    doc.y = top + height;
  });
}

function columnWidths(total: number): number[] {
  const shares = [0.37, 0.2, 0.23, 0.2];
  return shares.map((s) => s * total);
}

function drawHeader(ctx: ReportContext, widths: number[]) {
  const { doc, m } = ctx;
  const labels = [
    m("report.col.recommendation"),
    m("report.col.status"),
    m("report.col.response"),
    m("report.col.evidence"),
  ];
  const top = doc.y;
  const height = 20;
  doc.rect(left(doc), top, contentWidth(doc), height).fill(COLORS.brand);
  let x = left(doc);
  labels.forEach((label, j) => {
    font(doc, "bold", 8.5, "#ffffff").text(label, x + PAD, top + 5, { width: widths[j] - 2 * PAD, lineBreak: false });
    x += widths[j];
  });
  doc.y = top + height;
}

function rowCells(ctx: ReportContext, rec: ReportRecommendation): Block[][] {
  const { m, locale } = ctx;
  const date = (d: string | null) => formatPartialDate(d, locale);
  const meta = [formatRef(rec, locale), rec.bodyCode, reportCycleLabel(rec.cycle, locale), date(rec.date)]
    .filter(Boolean)
    .join("  ·  ");

  const recommendation: Block[] = [
    { font: "bold", size: 8.5, color: COLORS.ink, text: rec.title, gap: 1, link: rec.url },
    { font: "regular", size: 7, color: COLORS.muted, text: meta, gap: 3 },
  ];
  const recommendedBy = recommendingStatesText(rec.recommendingStates, locale);
  if (recommendedBy)
    recommendation.push({ font: "regular", size: 7, color: COLORS.muted, text: recommendedBy, gap: 3 });
  if (rec.rest)
    recommendation.push({ font: "regular", size: 7.5, color: COLORS.ink, text: clip(rec.rest, 520), gap: 3 });
  if (rec.outstandingSince !== null) {
    recommendation.push({
      font: "bold",
      size: 7.5,
      color: OUTSTANDING_COLOR,
      text: t("story.outstandingSince", { year: rec.outstandingSince }, locale),
    });
  }

  const statusKey = rec.status ?? "none";
  const status: Block[] = [
    {
      font: "bold",
      size: 8,
      color: COLORS.ink,
      text: statusLabel(statusKey),
      swatch: STATUS_COLORS[statusKey],
      gap: 1,
    },
  ];
  if (rec.statusDate)
    status.push({
      font: "regular",
      size: 7,
      color: COLORS.muted,
      text: m("report.statusOn", { date: date(rec.statusDate) }),
      gap: 3,
    });
  if (rec.grade)
    status.push({
      font: "regular",
      size: 7,
      color: COLORS.ink,
      text: m("report.grade", { grade: rec.gradeAsWritten ?? rec.grade, meaning: GRADE_LABELS[rec.grade] }),
    });

  const response: Block[] = rec.stance
    ? [
        { font: "bold", size: 8, color: COLORS.ink, text: STANCE_LABELS[rec.stance], gap: 1 },
        ...(rec.stanceDate
          ? [{ font: "regular" as const, size: 7, color: COLORS.muted, text: date(rec.stanceDate), gap: 3 }]
          : []),
        ...(rec.stanceQuote
          ? [{ font: "italic" as const, size: 7.5, color: COLORS.ink, text: `“${clip(rec.stanceQuote, 320)}”` }]
          : []),
      ]
    : [{ font: "regular", size: 7.5, color: COLORS.muted, text: m("report.noResponse") }];

  const shown = rec.evidence.slice(0, MAX_EVIDENCE);
  const evidence: Block[] = shown.length
    ? shown.flatMap((e): Block[] => [
        {
          font: "regular",
          size: 6.5,
          color: COLORS.muted,
          text: [date(e.date), EVIDENCE_KIND_LABELS[e.kind]].filter(Boolean).join(" · "),
        },
        { font: "regular", size: 7, color: COLORS.ink, text: clip(e.title, 140), gap: 4, link: e.url },
      ])
    : [{ font: "regular", size: 7.5, color: COLORS.muted, text: m("report.noEvidence") }];
  if (rec.evidence.length > MAX_EVIDENCE) {
    evidence.push({
      font: "italic",
      size: 7,
      color: COLORS.muted,
      text: m("report.moreEvidence", { count: rec.evidence.length - MAX_EVIDENCE }),
    });
  }
  return [recommendation, status, response, evidence];
}

const SWATCH = 11;

function measure(ctx: ReportContext, blocks: Block[], width: number): number {
  return blocks.reduce((h, b) => {
    font(ctx.doc, b.font, b.size);
    return h + ctx.doc.heightOfString(b.text, { width: b.swatch ? width - SWATCH : width }) + (b.gap ?? 0);
  }, 0);
}

function drawBlocks(ctx: ReportContext, blocks: Block[], x: number, y: number, width: number) {
  const { doc } = ctx;
  for (const b of blocks) {
    const indent = b.swatch ? SWATCH : 0;
    if (b.swatch) doc.rect(x, y + 2.5, 7, 7).fill(b.swatch);
    font(doc, b.font, b.size, b.color).text(b.text, x + indent, y, {
      width: width - indent,
      link: b.link ?? undefined,
    });
    y = doc.y + (b.gap ?? 0);
  }
}
