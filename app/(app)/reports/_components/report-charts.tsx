import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { currentIntlLocale } from "@/lib/i18n/current-locale";
import { bodyName } from "@/lib/i18n/place-names";
import { STATUS_ORDER, statusLabel } from "@/lib/labels";
import { STATUS_COLORS } from "@/lib/status-colors";
import type { StatusCounts } from "@/lib/domain/status-counts";
import { exportMessage } from "@/lib/export/messages";
import type { ReportData } from "@/lib/export/types";

const sum = (c: StatusCounts) => STATUS_ORDER.reduce((a, k) => a + c[k], 0);

/**
 * Vector charts (inline SVG, so they print sharp and scale) drawn on the
 * server from the report's counts. Colour is never the only cue: every chart
 * has a legend with counts and shares beside it, which is also its text
 * alternative.
 */
function StackedBar({ counts, height = 18 }: { counts: StatusCounts; height?: number }) {
  const total = sum(counts);
  let x = 0;
  return (
    <svg
      viewBox={`0 0 1000 ${height}`}
      preserveAspectRatio="none"
      className="block w-full"
      style={{ height }}
      aria-hidden="true"
    >
      <rect width="1000" height={height} rx="3" fill="#eef1f5" />
      {total > 0 &&
        STATUS_ORDER.filter((k) => counts[k] > 0).map((k) => {
          const w = (counts[k] / total) * 1000;
          const rect = <rect key={k} x={x} width={w} height={height} fill={STATUS_COLORS[k]} />;
          x += w;
          return rect;
        })}
    </svg>
  );
}

export function StatusChart({ data }: { data: ReportData }) {
  const locale = data.locale ?? currentIntlLocale();
  const total = sum(data.statusCounts);
  return (
    <figure className="break-inside-avoid">
      <figcaption className="mb-2 font-semibold text-slate-900">
        {exportMessage("report.statusChart", {}, locale)}
      </figcaption>
      <StackedBar counts={data.statusCounts} height={22} />
      <ul
        className="mt-3 grid grid-cols-2 gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-3"
        data-testid="status-legend"
      >
        {STATUS_ORDER.map((k) => (
          <li key={k} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block h-3 w-3 shrink-0 rounded-sm"
              style={{ background: STATUS_COLORS[k] }}
            />
            {exportMessage(
              "report.legendItem",
              {
                label: statusLabel(k),
                count: formatNumber(data.statusCounts[k], locale),
                share: formatPercent(total ? data.statusCounts[k] / total : 0, locale),
              },
              locale,
            )}
          </li>
        ))}
      </ul>
    </figure>
  );
}

export function BodyChart({ data }: { data: ReportData }) {
  const locale = data.locale ?? currentIntlLocale();
  if (data.byBody.length === 0) return null;
  const max = Math.max(...data.byBody.map((b) => sum(b.counts)));
  return (
    <figure className="break-inside-avoid">
      <figcaption className="mb-2 font-semibold text-slate-900">
        {exportMessage("report.bodyChart", {}, locale)}
      </figcaption>
      <table className="w-full text-sm">
        <tbody>
          {data.byBody.map((b) => {
            const total = sum(b.counts);
            return (
              <tr key={b.bodyCode}>
                <th
                  scope="row"
                  className="w-40 py-1 pr-3 text-left font-medium text-slate-800"
                  title={b.bodyName ? bodyName(b.bodyCode, b.bodyName, locale) : undefined}
                >
                  {b.bodyCode}
                </th>
                <td className="py-1">
                  <div style={{ width: `${Math.max(4, (total / max) * 100)}%` }}>
                    <StackedBar counts={b.counts} height={14} />
                  </div>
                </td>
                <td className="w-64 py-1 pl-3 text-xs text-slate-600">
                  <ul className="flex flex-wrap gap-x-2">
                    {STATUS_ORDER.filter((k) => b.counts[k] > 0).map((k) => (
                      <li key={k} className="flex items-center gap-1">
                        <span
                          aria-hidden="true"
                          className="inline-block h-2 w-2 rounded-sm"
                          style={{ background: STATUS_COLORS[k] }}
                        />
                        {exportMessage(
                          "report.legendItem",
                          {
                            label: statusLabel(k),
                            count: formatNumber(b.counts[k], locale),
                            share: formatPercent(b.counts[k] / total, locale),
                          },
                          locale,
                        )}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
