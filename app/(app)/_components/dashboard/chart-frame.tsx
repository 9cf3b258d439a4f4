"use client";

import { useLocale } from "next-intl";
import { useId, useState } from "react";
import { t } from "@/lib/i18n/messages";

/**
 * A chart card with its "Show as table" alternative. Both are in the page
 * (the table is only hidden), so the numbers are there for screen readers,
 * for people who prefer tables, and without JavaScript.
 */
export function ChartFrame({
  title,
  unit,
  chart,
  table,
  note,
  testId,
}: {
  title: string;
  unit: string;
  chart: React.ReactNode;
  table: React.ReactNode;
  note?: React.ReactNode;
  testId: string;
}) {
  const locale = useLocale();
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      data-testid={testId}
      className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 print:break-inside-avoid print:shadow-none"
    >
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={id} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          <p className="text-xs text-slate-500">{unit}</p>
        </div>
        <button
          type="button"
          aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}
          className="no-print rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50"
        >
          {asTable ? t("site.chart.showChart", {}, locale) : t("site.chart.showTable", {}, locale)}
        </button>
      </div>
      <div hidden={asTable}>{chart}</div>
      <div hidden={!asTable} className="overflow-x-auto">
        {table}
      </div>
      {note ? <p className="mt-2 text-xs text-slate-500">{note}</p> : null}
    </section>
  );
}
