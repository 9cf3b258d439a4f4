import { t } from "@/lib/i18n/messages";

/**
 * Loading placeholders shaped like what they stand for (style guide pattern 10).
 * `data-section-loading` lets a reader without JavaScript skip them
 * (app/_components/no-script-streaming.tsx).
 */
export function ChartSkeleton({ title }: { title: string }) {
  return (
    <div
      role="status"
      data-section-loading=""
      aria-label={t("dashboard.loading", { what: title })}
      className="min-w-0 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <p className="mb-3 text-base font-semibold text-slate-900">{title}</p>
      <div className="h-56 animate-pulse rounded-lg bg-slate-100" />
    </div>
  );
}

export function KpiSkeleton() {
  return (
    <div
      role="status"
      data-section-loading=""
      aria-label={t("site.dashboard.loadingKpis")}
      className="grid grid-cols-2 gap-3 lg:grid-cols-5"
    >
      {Array.from({ length: 5 }, (_, i) => (
        <div key={i} className="h-28 animate-pulse rounded-xl border border-slate-200 bg-white" />
      ))}
    </div>
  );
}
