import { exportMessage } from "@/lib/export/messages";
import type { ReportData } from "@/lib/export/types";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { currentIntlLocale } from "@/lib/i18n/current-locale";
import { t } from "@/lib/i18n/messages";
import { stateName } from "@/lib/i18n/place-names";

/** The report's first page: title, when it was made, the filters that produced it, the method and the sources credited. */
export function ReportCover({ data }: { data: ReportData }) {
  const locale = data.locale ?? currentIntlLocale();
  const m = (key: Parameters<typeof exportMessage>[0], params: Record<string, string | number> = {}) =>
    exportMessage(key, params, locale);
  const generated = new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(data.generatedAt);
  return (
    <section className="report-cover break-after-page" aria-labelledby="report-title">
      <div className="rounded-xl bg-brand px-8 pb-8 pt-10 text-white print:rounded-none">
        <span aria-hidden="true" className="mb-3 block h-1 w-8" style={{ background: "#d55e00" }} />
        <p className="text-xs font-bold uppercase tracking-[0.15em] text-[#c9d6e8]">
          {t("site.reports.kicker", { kicker: m("report.kicker") }, locale)}
        </p>
        <h1 id="report-title" className="mt-3 text-3xl font-bold leading-tight">
          {m("report.title", { state: stateName(data.state.code, data.state.name, locale) })}
        </h1>
        <p className="mt-4 text-[#c9d6e8]" data-testid="report-generated">
          {m("report.generated", { date: generated })}
        </p>
        <Branding data={data} />
      </div>

      <h2 className="mt-8 text-sm font-bold uppercase tracking-wide text-brand">{m("report.filters")}</h2>
      <dl
        className="mt-2 grid grid-cols-[10rem_1fr] gap-x-4 gap-y-1.5 rounded-lg bg-brand-soft px-5 py-4 text-sm"
        data-testid="report-filters"
      >
        {data.filters.map((f) => (
          <div key={f.label} className="contents">
            <dt className="font-semibold text-slate-600">{f.label}</dt>
            <dd className="text-slate-900">{f.value}</dd>
          </div>
        ))}
      </dl>

      <h2 className="mt-8 text-sm font-bold uppercase tracking-wide text-brand">{m("report.about")}</h2>
      <p className="mt-2 max-w-3xl text-sm leading-relaxed text-slate-700">{m("report.method")}</p>

      {data.branding?.disclaimer && (
        <>
          <h2 className="mt-8 text-sm font-bold uppercase tracking-wide text-brand">{m("report.disclaimer")}</h2>
          <p className="mt-2 max-w-3xl text-sm leading-relaxed text-slate-700" data-testid="report-disclaimer">
            {data.branding.disclaimer}
          </p>
        </>
      )}

      <h2 className="mt-8 text-sm font-bold uppercase tracking-wide text-brand">{m("report.sources")}</h2>
      <ul className="mt-2 space-y-1 text-xs text-slate-700">
        {data.sources.map((s) => (
          <li key={s.title}>
            {s.title}
            {s.url && (
              <>
                {" "}
                <a href={s.url} className="break-all text-slate-500 underline">
                  {s.url}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "Prepared by …" and the logo, from the organisation settings (lib/data/settings.ts). */
function Branding({ data }: { data: ReportData }) {
  const b = data.branding;
  if (!b || (!b.organisationName && !b.logo)) return null;
  const locale = data.locale ?? currentIntlLocale();
  return (
    <div className="mt-6 flex flex-wrap items-center gap-4" data-testid="report-branding">
      {b.logo && (
        // A data: URL of the stored bytes; next/image cannot optimise it and need not.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={`data:${b.logo.type};base64,${Buffer.from(b.logo.bytes).toString("base64")}`}
          alt={b.organisationName ?? ""}
          className="h-14 w-auto max-w-[10rem] rounded bg-white p-1.5"
        />
      )}
      {b.organisationName && (
        <p className="font-semibold">
          {exportMessage("report.preparedBy", { organisation: b.organisationName }, locale)}
        </p>
      )}
    </div>
  );
}

/** The headline numbers, each with its share of the recommendations tracked. */
export function ReportKpis({ data }: { data: ReportData }) {
  const locale = data.locale ?? currentIntlLocale();
  const m = (key: Parameters<typeof exportMessage>[0], params: Record<string, string | number> = {}) =>
    exportMessage(key, params, locale);
  const { tracked, withResponse, reiterated, medianYearsOutstanding, rejected, overdue } = data.kpis;
  const share = (n: number) =>
    tracked > 0 ? m("report.kpi.shareOf", { share: formatPercent(n / tracked, locale) }) : "";
  const tiles = [
    { label: m("report.kpi.tracked"), value: formatNumber(tracked, locale), note: "" },
    { label: m("report.kpi.withResponse"), value: formatNumber(withResponse, locale), note: share(withResponse) },
    { label: m("report.kpi.reiterated"), value: formatNumber(reiterated, locale), note: share(reiterated) },
    {
      label: m("report.kpi.median"),
      value:
        medianYearsOutstanding === null
          ? m("report.kpi.none")
          : formatNumber(medianYearsOutstanding, locale, { maximumFractionDigits: 1 }),
      note: "",
    },
  ];
  if (rejected !== undefined)
    tiles.push({ label: m("report.kpi.rejected"), value: formatNumber(rejected, locale), note: share(rejected) });
  if (overdue !== undefined)
    tiles.push({ label: m("report.kpi.overdue"), value: formatNumber(overdue, locale), note: "" });
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 print:grid-cols-3" data-testid="report-kpis">
      {tiles.map((tile) => (
        <div
          key={tile.label}
          className="flex flex-col rounded-lg border border-slate-200 border-t-4 border-t-brand bg-white px-4 py-3"
        >
          <dt className="order-2 text-xs font-medium text-slate-600">{tile.label}</dt>
          <dd className="order-1 text-3xl font-bold text-brand">{tile.value}</dd>
          {tile.note && <dd className="order-3 text-xs text-slate-500">{tile.note}</dd>}
        </div>
      ))}
    </dl>
  );
}
