import { t } from "@/lib/i18n/messages";

const button =
  "inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium " +
  "text-slate-700 hover:bg-slate-50";

/** Downloads of a public view: the CSV of its rows and, for one state, its PDF report. */
export function PublicExportLinks({ query, state }: { query: string; state?: string | null }) {
  const qs = query ? `?${query}` : "";
  return (
    <div className="no-print flex flex-wrap items-center gap-2" data-testid="export-buttons">
      <a href={`/public/export/recommendations.csv${qs}`} download className={button}>
        {t("public.downloadCsv")}
      </a>
      {state && (
        <a href={`/public/export/report.pdf?state=${state}`} download className={button}>
          {t("public.downloadPdf")}
        </a>
      )}
    </div>
  );
}
