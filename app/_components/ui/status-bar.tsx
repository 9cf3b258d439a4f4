import type { Route } from "next";
import Link from "next/link";
import { STATUS_ORDER, statusLabel } from "@/lib/labels";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { StatusCounts } from "@/lib/domain/status-counts";
import { t } from "@/lib/i18n/messages";

/**
 * A stacked bar of statuses with its numbers written out beside it (the
 * text is the accessible alternative). `hrefFor` links each segment to the
 * recommendations it counts.
 */
export function StatusBar({
  counts,
  hrefFor,
  showLegend = true,
}: {
  counts: StatusCounts;
  hrefFor?: (status: string) => Route;
  showLegend?: boolean;
}) {
  const total = STATUS_ORDER.reduce((a, k) => a + (counts[k] ?? 0), 0);
  if (total === 0) return <p className="text-sm text-slate-500">{t("work.status.none")}</p>;
  const parts = STATUS_ORDER.filter((k) => (counts[k] ?? 0) > 0);
  return (
    <div>
      <div className="flex h-3 w-full overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
        {parts.map((k) => (
          <span key={k} style={{ width: `${((counts[k] ?? 0) / total) * 100}%`, background: `var(--status-${k})` }} />
        ))}
      </div>
      {showLegend && (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
          {parts.map((k) => {
            const text = t("work.status.legend", {
              label: statusLabel(k),
              count: formatNumber(counts[k] ?? 0),
              share: formatPercent((counts[k] ?? 0) / total),
            });
            return (
              <li key={k} className="flex items-center gap-1.5">
                <span
                  aria-hidden="true"
                  className="inline-block h-2.5 w-2.5 rounded-full"
                  style={{ background: `var(--status-${k})` }}
                />
                {hrefFor ? (
                  <Link href={hrefFor(k)} className="hover:underline">
                    {text}
                  </Link>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
