/** Summary page: KPI tiles and two vector charts (status distribution, status by body). */
import { formatNumber, formatPercent } from "../../i18n/format";
import { STATUS_ORDER, statusLabel } from "../../labels";
import type { StatusCounts, StatusKey } from "../../domain/status-counts";
import { STATUS_COLORS, STATUS_TEXT_COLORS } from "../../status-colors";
import { COLORS, contentWidth, ensureSpace, font, left, sectionHeading, type ReportContext } from "./layout";

const total = (counts: StatusCounts) => STATUS_ORDER.reduce((sum, k) => sum + (counts[k] ?? 0), 0);

/** The executive summary's figures and status chart; lib/export/report/highlights.ts follows with the stories. */
export function drawSummary(ctx: ReportContext) {
  const { doc, m } = ctx;
  sectionHeading(ctx, m("report.execSummary"));
  drawKpis(ctx);
  doc.y += 26;
  chartTitle(ctx, m("report.statusChart"));
  drawStatusBar(ctx);
}

/** Status by body, after the stories: context, not the headline. */
export function drawBodyChart(ctx: ReportContext) {
  const { doc, m } = ctx;
  doc.y += 26;
  if (ctx.data.byBody.length > 0) {
    ensureSpace(doc, 60 + ctx.data.byBody.length * 24);
    chartTitle(ctx, m("report.bodyChart"));
    drawBodyBars(ctx);
  }
}

function chartTitle(ctx: ReportContext, text: string) {
  font(ctx.doc, "bold", 11, COLORS.ink).text(text, left(ctx.doc), ctx.doc.y);
  ctx.doc.y += 6;
}

function drawKpis(ctx: ReportContext) {
  const { doc, data, m, locale } = ctx;
  const { tracked, withResponse, reiterated, medianYearsOutstanding, rejected, overdue } = data.kpis;
  const share = (n: number) =>
    tracked > 0 ? m("report.kpi.shareOf", { share: formatPercent(n / tracked, locale) }) : "";
  const tiles = [
    { value: formatNumber(tracked, locale), label: m("report.kpi.tracked"), note: "" },
    { value: formatNumber(withResponse, locale), label: m("report.kpi.withResponse"), note: share(withResponse) },
    { value: formatNumber(reiterated, locale), label: m("report.kpi.reiterated"), note: share(reiterated) },
    {
      value:
        medianYearsOutstanding === null
          ? m("report.kpi.none")
          : formatNumber(medianYearsOutstanding, locale, { maximumFractionDigits: 1 }),
      label: m("report.kpi.median"),
      note: "",
    },
  ];
  if (rejected !== undefined)
    tiles.push({ value: formatNumber(rejected, locale), label: m("report.kpi.rejected"), note: share(rejected) });
  if (overdue !== undefined)
    tiles.push({ value: formatNumber(overdue, locale), label: m("report.kpi.overdue"), note: "" });
  const gap = 10;
  const perRow = 4;
  const width = (contentWidth(doc) - gap * (perRow - 1)) / perRow;
  const height = 86;
  const top = doc.y;
  tiles.forEach((tile, i) => {
    const x = left(doc) + (i % perRow) * (width + gap);
    const rowTop = top + Math.floor(i / perRow) * (height + gap);
    doc.roundedRect(x, rowTop, width, height, 5).fill(COLORS.brandSoft);
    doc.rect(x, rowTop, 3, height).fill(COLORS.brand);
    font(doc, "bold", 22, COLORS.brand).text(tile.value, x + 12, rowTop + 10, { width: width - 18, lineBreak: false });
    font(doc, "bold", 8.5, COLORS.ink).text(tile.label, x + 12, rowTop + 42, { width: width - 18 });
    if (tile.note) font(doc, "regular", 7.5, COLORS.muted).text(tile.note, x + 12, doc.y + 1, { width: width - 18 });
  });
  const rows = Math.ceil(tiles.length / perRow);
  doc.y = top + rows * height + (rows - 1) * gap;
}

/** One horizontal bar split into status segments, with a legend giving each label, count and share. */
function drawStatusBar(ctx: ReportContext) {
  const { doc, data, m, locale } = ctx;
  const x0 = left(doc);
  const width = contentWidth(doc);
  const sum = total(data.statusCounts);
  const top = doc.y;
  const height = 28;
  if (sum === 0) {
    doc.rect(x0, top, width, height).fill(STATUS_COLORS.none);
  } else {
    let x = x0;
    for (const key of STATUS_ORDER) {
      const n = data.statusCounts[key] ?? 0;
      if (n === 0) continue;
      const w = (n / sum) * width;
      doc.rect(x, top, w, height).fill(STATUS_COLORS[key]);
      const pct = formatPercent(n / sum, locale);
      font(doc, "bold", 8.5, STATUS_TEXT_COLORS[key]);
      if (doc.widthOfString(pct) + 8 < w) doc.text(pct, x, top + 9, { width: w, align: "center", lineBreak: false });
      x += w;
    }
    // Thin white separators keep adjacent segments apart in greyscale print.
    x = x0;
    for (const key of STATUS_ORDER) {
      const n = data.statusCounts[key] ?? 0;
      if (n === 0) continue;
      x += (n / sum) * width;
      if (x < x0 + width - 0.5)
        doc
          .moveTo(x, top)
          .lineTo(x, top + height)
          .lineWidth(1)
          .strokeColor("#ffffff")
          .stroke();
    }
  }
  doc.y = top + height + 10;
  drawLegend(
    ctx,
    STATUS_ORDER.map((key) => {
      const n = data.statusCounts[key] ?? 0;
      return {
        key,
        text: m("report.legendItem", {
          label: statusLabel(key),
          count: n,
          share: formatPercent(sum ? n / sum : 0, locale),
        }),
      };
    }),
  );
}

function drawLegend(ctx: ReportContext, items: { key: StatusKey; text: string }[], columns = 3) {
  const { doc } = ctx;
  const colWidth = contentWidth(doc) / columns;
  const top = doc.y;
  items.forEach((item, i) => {
    const x = left(doc) + (i % columns) * colWidth;
    const y = top + Math.floor(i / columns) * 15;
    doc.rect(x, y + 1.5, 9, 9).fill(STATUS_COLORS[item.key]);
    font(doc, "regular", 8.5, COLORS.ink).text(item.text, x + 14, y, { width: colWidth - 18, lineBreak: false });
  });
  doc.y = top + Math.ceil(items.length / columns) * 15;
}

/** One stacked bar per body, all on the same count scale, with the total at the end of each bar. */
function drawBodyBars(ctx: ReportContext) {
  const { doc, data, locale } = ctx;
  const labelWidth = 64;
  const x0 = left(doc) + labelWidth;
  const width = contentWidth(doc) - labelWidth - 36;
  const max = Math.max(1, ...data.byBody.map((b) => total(b.counts)));
  const tick = niceStep(max);
  const rowHeight = 22;
  const barHeight = 14;
  const top = doc.y + 4;
  const bottom = top + data.byBody.length * rowHeight;

  // Gridlines and their counts, behind the bars.
  for (let v = 0; v <= max; v += tick) {
    const x = x0 + (v / max) * width;
    doc
      .moveTo(x, top - 2)
      .lineTo(x, bottom)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    font(doc, "regular", 7, COLORS.muted).text(formatNumber(v, locale), x - 20, bottom + 3, {
      width: 40,
      align: "center",
      lineBreak: false,
    });
  }
  data.byBody.forEach((body, i) => {
    const y = top + i * rowHeight + (rowHeight - barHeight) / 2;
    font(doc, "bold", 8.5, COLORS.ink).text(body.bodyCode, left(doc), y + 2, {
      width: labelWidth - 8,
      lineBreak: false,
    });
    let x = x0;
    for (const key of STATUS_ORDER) {
      const w = ((body.counts[key] ?? 0) / max) * width;
      if (w <= 0) continue;
      doc.rect(x, y, w, barHeight).fill(STATUS_COLORS[key]);
      x += w;
    }
    font(doc, "regular", 8, COLORS.ink).text(formatNumber(total(body.counts), locale), x + 5, y + 2, {
      lineBreak: false,
    });
  });
  doc.y = bottom + 16;
}

/** A round tick step (1, 2, 5 × 10ⁿ) giving at most about six gridlines. */
function niceStep(max: number): number {
  const raw = max / 6;
  const pow = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  return [1, 2, 5, 10].map((f) => f * pow).find((s) => s >= raw) ?? pow * 10;
}
