import { Card } from "@/app/_components/ui/card";
import { StatusBar } from "@/app/_components/ui/status-bar";
import type { SharedFigures } from "@/lib/data/share-links";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { notAssessedLabel, STATUS_LABELS, STATUS_ORDER } from "@/lib/labels";

const label = (k: (typeof STATUS_ORDER)[number]) => (k === "none" ? notAssessedLabel() : STATUS_LABELS[k]);

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid={testId}>
      <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900" data-testid={`${testId}-value`}>
        {value}
      </p>
    </div>
  );
}

/**
 * A shared dashboard or state report's figures, with no link anywhere: the headline numbers,
 * where recommendations stand (a bar with its numbers written out) and the same by body, as
 * a table. Fed from a frozen link's snapshot or from today's queries — the same shape.
 */
export function SharedFiguresView({ figures }: { figures: SharedFigures }) {
  const { summary, cube, years } = figures;
  const share = (n: number) => (summary.total ? formatPercent(n / summary.total) : "—");
  return (
    <div className="space-y-4" data-testid="shared-figures">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        <Figure testId="kpi-total" label={t("share.kpiTotal")} value={formatNumber(summary.total)} />
        <Figure testId="kpi-responded" label={t("share.kpiResponded")} value={share(summary.responded)} />
        <Figure testId="kpi-reiterated" label={t("share.kpiReiterated")} value={formatNumber(summary.reiterated)} />
        <Figure
          testId="kpi-median"
          label={t("share.kpiMedian")}
          value={years.median === null ? "—" : t("dashboard.years", { count: years.median })}
        />
        <Figure testId="kpi-overdue" label={t("share.kpiOverdue")} value={formatNumber(summary.overdue)} />
      </div>
      <Card title={t("share.statusTitle")}>
        <StatusBar counts={summary.counts} />
      </Card>
      <Card title={t("share.byBodyTitle")}>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] text-left text-sm" data-testid="shared-by-body">
            <thead>
              <tr className="border-b border-slate-200 text-slate-600">
                <th scope="col" className="py-1 pr-3 font-medium">
                  {t("share.colBody")}
                </th>
                {STATUS_ORDER.map((k) => (
                  <th key={k} scope="col" className="py-1 pr-3 text-right font-medium">
                    {label(k)}
                  </th>
                ))}
                <th scope="col" className="py-1 text-right font-medium">
                  {t("share.colTotal")}
                </th>
              </tr>
            </thead>
            <tbody>
              {cube.byBody.map((b) => (
                <tr key={b.key} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {b.label}
                  </th>
                  {STATUS_ORDER.map((k) => (
                    <td key={k} className="py-1 pr-3 text-right tabular-nums">
                      {formatNumber(b.counts[k])}
                    </td>
                  ))}
                  <td className="py-1 text-right tabular-nums">{formatNumber(b.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
