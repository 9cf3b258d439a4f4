import type { Route } from "next";
import Link from "next/link";
import type { DashboardFilters } from "@/lib/data/dashboard";
import { summaryOf, yearsOutstandingOf } from "./data";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { STATUS_ORDER, statusLabel } from "@/lib/labels";
import { kpiLinks } from "./chart-data";
import { listHref } from "./links";

const shareClass =
  "flex h-full items-start gap-2 rounded-lg border border-slate-200 bg-white p-3 hover:border-brand print:break-inside-avoid";

const kpiClass =
  "flex flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand print:break-inside-avoid print:shadow-none";

function Kpi({
  label,
  value,
  detail,
  href,
  testId,
}: {
  label: string;
  value: string;
  detail: string;
  href: Route;
  testId: string;
}) {
  return (
    <Link href={href} data-testid={testId} className={kpiClass}>
      <span className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</span>
      <span className="mt-1 text-2xl font-semibold tabular-nums text-slate-900" data-testid={`${testId}-value`}>
        {value}
      </span>
      <span className="mt-auto pt-1 text-xs text-slate-600">{detail}</span>
    </Link>
  );
}

const share = (n: number, total: number) => (total ? formatPercent(n / total) : t("site.dashboard.noValue"));

/**
 * The headline numbers. Two queries: the summary (one pass, conditional sums)
 * and the per-year counts behind the median years outstanding.
 */
export async function KpiCards({ filters }: { filters: DashboardFilters }) {
  const s = await summaryOf(filters);
  const years = await yearsOutstandingOf(filters);
  const links = kpiLinks(filters);
  const of = (count: number) => t("dashboard.ofTotal", { count, total: s.total });
  return (
    <div className="space-y-3">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        <Kpi
          testId="kpi-total"
          label={t("site.kpi.total")}
          value={formatNumber(s.total)}
          detail={t("dashboard.kpi.totalDetail")}
          href={links.total}
        />
        <Kpi
          testId="kpi-responded"
          label={t("site.kpi.responded")}
          value={share(s.responded, s.total)}
          detail={of(s.responded)}
          href={links.responded}
        />
        <Kpi
          testId="kpi-reiterated"
          label={t("site.kpi.reiterated")}
          value={formatNumber(s.reiterated)}
          detail={t("dashboard.kpi.reiteratedDetail")}
          href={links.reiterated}
        />
        <Kpi
          testId="kpi-median"
          label={t("site.kpi.median")}
          value={years.median === null ? t("site.dashboard.noValue") : t("dashboard.years", { count: years.median })}
          detail={t("dashboard.kpi.medianDetail", { count: years.total })}
          href={links.outstanding}
        />
        <Kpi
          testId="kpi-overdue"
          label={t("site.kpi.overdue")}
          value={formatNumber(s.overdue)}
          detail={t("dashboard.kpi.overdueDetail")}
          href={links.overdue}
        />
      </div>
      <ul aria-label={t("site.kpi.shares")} className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
        {STATUS_ORDER.map((k) => (
          <li key={k}>
            <Link href={listHref(filters, { status: [k] })} data-testid={`share-${k}`} className={shareClass}>
              <span
                aria-hidden="true"
                className="mt-1 inline-block h-3 w-3 shrink-0 rounded-sm"
                style={{ background: `var(--status-${k})` }}
              />
              <span className="min-w-0">
                <span className="block text-xs text-slate-600">{statusLabel(k)}</span>
                <span className="block text-lg font-semibold tabular-nums text-slate-900">
                  {share(s.counts[k], s.total)}
                </span>
                <span className="block text-xs text-slate-500" data-testid={`share-${k}-count`}>
                  {of(s.counts[k])}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
