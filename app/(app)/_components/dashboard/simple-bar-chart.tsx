"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { Route } from "next";
import type { BarShapeProps } from "recharts";
import { useLocale } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";

/** `label` is the axis label; `fullLabel`, when given, is the table's (e.g. "0–4" on the axis, "0–4 years" in the table). */
export type SimpleBar = {
  key: string;
  label: string;
  fullLabel?: string;
  n: number;
  color: string;
  href?: Route;
  name: string;
};

function LinkedBar(props: BarShapeProps) {
  const bar = props.payload as SimpleBar;
  const { x, y, width, height } = props;
  if (!bar.n || !width || !height) return <g />;
  const rect = <rect x={x} y={y} width={Math.max(width, 0)} height={Math.max(height, 0)} fill={bar.color} />;
  return bar.href ? (
    <a href={bar.href} aria-label={bar.name} data-segment={bar.key}>
      {rect}
    </a>
  ) : (
    rect
  );
}

/**
 * One bar per category, each in its own colour (a status colour, or the brand
 * colour where the categories are not statuses), each a link to its list.
 */
export function SimpleBarChart({
  bars,
  orientation,
  categoryWidth = 120,
}: {
  bars: SimpleBar[];
  orientation: "rows" | "columns";
  categoryWidth?: number;
}) {
  const locale = useLocale();
  const horizontal = orientation === "rows";
  const height = horizontal ? Math.max(140, bars.length * 34 + 50) : 260;
  // Room for the widest value label beyond the longest bar ("319" was cut at the edge).
  const labelChars = Math.max(1, ...bars.map((b) => formatNumber(b.n, locale).length));
  const labelRoom = labelChars * 8 + 12;
  const valueAxis = {
    type: "number" as const,
    tickFormatter: (v: number) => formatNumber(v, locale),
    allowDecimals: false,
    fontSize: 12,
  };
  const categoryAxis = { type: "category" as const, dataKey: "label", fontSize: 12, interval: 0 as const };
  // The tallest bar's label sits above it inside the plot, not past its edge.
  const valueDomain: [number, (max: number) => number] = [0, (max: number) => Math.ceil(max * 1.08)];
  return (
    <BarChart
      responsive
      style={{ width: "100%", height }}
      data={bars}
      layout={horizontal ? "vertical" : "horizontal"}
      accessibilityLayer
      margin={{ top: horizontal ? 8 : 22, right: horizontal ? labelRoom : 16, bottom: 4, left: 4 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={!horizontal} vertical={horizontal} />
      {horizontal ? (
        <>
          <XAxis {...valueAxis} domain={valueDomain} />
          <YAxis {...categoryAxis} width={categoryWidth} />
        </>
      ) : (
        <>
          <XAxis {...categoryAxis} />
          <YAxis {...valueAxis} width={48} domain={valueDomain} />
        </>
      )}
      <Tooltip formatter={(value) => [t("site.chart.barTooltip", { count: Number(value) }, locale)]} />
      <Bar
        dataKey="n"
        isAnimationActive={false}
        shape={LinkedBar}
        label={{
          position: horizontal ? "right" : "top",
          fontSize: 12,
          fill: "#1c2430",
          formatter: (v: unknown) => (Number(v) ? formatNumber(Number(v), locale) : ""),
        }}
      />
    </BarChart>
  );
}
