"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { Route } from "next";
import type { BarShapeProps } from "recharts";
import { useLocale } from "next-intl";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { wrapWords } from "./wrap";

export type StatusSeries = { key: string; label: string; color: string };
/** `label` is the axis label (short: CCPR); `fullLabel`, when given, names the group in tables and tooltips. */
export type StackRow = {
  key: string;
  label: string;
  fullLabel?: string;
  total: number;
  values: Record<string, number>;
  hrefs: Record<string, Route>;
  names: Record<string, string>;
};

/** A bar segment that is a link to the list of exactly the recommendations it counts. */
function linkedSegment(series: string) {
  function Segment(props: BarShapeProps) {
    const row = props.payload as StackRow;
    const { x, y, width, height } = props;
    if (!row.values[series] || !width || !height) return <g />;
    return (
      <a href={row.hrefs[series]} aria-label={row.names[series]} data-segment={`${row.key}:${series}`}>
        <rect
          x={x}
          y={y}
          width={Math.max(width, 0)}
          height={Math.max(height, 0)}
          fill={props.fill}
          stroke="#fff"
          strokeWidth={1}
        />
      </a>
    );
  }
  return Segment;
}

const LINE = 13;

/** A category tick whose name wraps onto as many lines as it needs, right-aligned against the axis. */
function wrappedTick(chars: number) {
  function Tick(props: { x?: number | string; y?: number | string; payload?: { value: string } }) {
    const lines = wrapWords(String(props.payload?.value ?? ""), chars);
    const y = Number(props.y ?? 0) - ((lines.length - 1) * LINE) / 2;
    return (
      <text x={Number(props.x ?? 0)} y={y} textAnchor="end" fontSize={12} fill="#4b5563" dominantBaseline="middle">
        {lines.map((line, i) => (
          <tspan key={i} x={Number(props.x ?? 0)} dy={i === 0 ? 0 : LINE}>
            {line}
          </tspan>
        ))}
      </text>
    );
  }
  return Tick;
}

/**
 * Stacked bars of statuses per group (body, theme, year). `orientation`
 * "rows" draws one horizontal bar per group (long names read well at 375 px);
 * "columns" one vertical bar per group (years). `share` stacks to 100 %.
 */
export function StatusStackChart({
  rows,
  series,
  orientation,
  share = false,
  categoryWidth = 64,
}: {
  rows: StackRow[];
  series: StatusSeries[];
  orientation: "rows" | "columns";
  share?: boolean;
  categoryWidth?: number;
}) {
  const locale = useLocale();
  const used = series.filter((s) => rows.some((r) => r.values[s.key] > 0));
  const horizontal = orientation === "rows";
  const chars = Math.floor(categoryWidth / 7);
  // Each row as tall as its wrapped name needs.
  const rowHeight = Math.max(34, ...rows.map((r) => wrapWords(r.label, chars).length * LINE + 10));
  const height = horizontal ? Math.max(140, rows.length * rowHeight + 70) : 300;
  const top = used[used.length - 1];
  const tick = (v: number) => (share ? formatPercent(v, locale) : formatNumber(v, locale));
  const valueAxis = {
    type: "number" as const,
    tickFormatter: tick,
    allowDecimals: false,
    domain: share ? [0, 1] : undefined,
    fontSize: 12,
  };
  const categoryAxis = { type: "category" as const, dataKey: "label", fontSize: 12, interval: 0 as const };
  return (
    <BarChart
      responsive
      style={{ width: "100%", height }}
      data={rows}
      layout={horizontal ? "vertical" : "horizontal"}
      stackOffset={share ? "expand" : undefined}
      accessibilityLayer
      margin={{ top: share ? 18 : 4, right: 12, bottom: 4, left: 4 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={!horizontal} vertical={horizontal} />
      {horizontal ? (
        <>
          <XAxis {...valueAxis} />
          <YAxis {...categoryAxis} width={categoryWidth} tick={wrappedTick(chars)} />
        </>
      ) : (
        <>
          {/* Many years: ticks are thinned to those that fit without overlapping, first and last kept. */}
          <XAxis {...categoryAxis} interval="preserveStartEnd" minTickGap={6} />
          <YAxis {...valueAxis} width={48} />
        </>
      )}
      <Tooltip
        formatter={(value, name, item) => {
          const row = item.payload as StackRow;
          const n = Number(value);
          return [
            t(
              "site.chart.stackTooltip",
              { share: formatPercent(row.total ? n / row.total : 0, locale), count: n },
              locale,
            ),
            name,
          ];
        }}
        labelFormatter={(label, payload) =>
          (payload?.[0]?.payload as StackRow | undefined)?.fullLabel ?? String(label as string | number)
        }
      />
      {/* In status order, not alphabetical; dark text, since a light status colour (not assessed) is unreadable as text.
          Our own list: recharts' default names each swatch "<status> legend icon", in English. */}
      <Legend wrapperStyle={{ fontSize: 12 }} content={<StatusLegend series={used} />} />
      {used.map((s) => (
        <Bar
          key={s.key}
          dataKey={(r: StackRow) => r.values[s.key]}
          name={s.label}
          stackId="status"
          fill={s.color}
          isAnimationActive={false}
          shape={linkedSegment(s.key)}
          // Shares stack to 100 % whatever the count: each column says how many it stands for.
          label={share && s === top ? columnTotal(rows, locale) : undefined}
        />
      ))}
    </BarChart>
  );
}

function StatusLegend({ series }: { series: StatusSeries[] }) {
  return (
    <ul className="mt-1 flex flex-wrap justify-center gap-x-3 gap-y-1" style={{ color: "#1c2430" }}>
      {series.map((s) => (
        <li key={s.key} className="inline-flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-2.5 w-2.5" style={{ background: s.color }} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

/** "n = 1" above a share column, so 100 % of one recommendation does not read like 100 % of many. */
function columnTotal(rows: StackRow[], locale: string) {
  function Total(props: { x?: number | string; width?: number | string; index?: number }) {
    const row = rows[props.index ?? 0];
    // Too narrow a column (fifty years at 375 px) leaves the count to the tooltip and the table.
    if (!row || Number(props.width ?? 0) < 22) return null;
    const x = Number(props.x ?? 0) + Number(props.width ?? 0) / 2;
    return (
      <text x={x} y={12} textAnchor="middle" fontSize={10} fill="#4b5563">
        {t("chart.columnTotal", { count: row.total }, locale)}
      </text>
    );
  }
  return Total;
}
