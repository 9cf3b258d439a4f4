import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { getRequestContext, signedInContext } from "@/lib/context";
import { describeFilters } from "@/lib/data/export-labels";
import { listReportChoices, reportAssessedOnly, reportQueryString } from "@/lib/data/report";
import { t } from "@/lib/i18n/messages";
import { bodyName, stateName } from "@/lib/i18n/place-names";
import { filtersToSearchParams, MAX_YEAR, MIN_YEAR, parseFilters } from "@/lib/search/filters";

export async function generateMetadata(): Promise<Metadata> {
  await getRequestContext();
  return { title: t("site.reports.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Choose a state, bodies and a period; the form sends them here by GET (no
 * JavaScript needed) and we redirect to the printable report, whose path
 * names the state so the link can be bookmarked and shared.
 */
export default async function ReportsPage({ searchParams }: Props) {
  const { db } = await signedInContext();
  const raw = await searchParams;
  const filters = parseFilters(raw);
  if (raw.go && filters.state.length === 1) {
    redirect(
      `/reports/state/${filters.state[0]}${reportQueryString({ ...filters, state: [] }, reportAssessedOnly(raw))}`,
    );
  }
  const choices = listReportChoices(db);
  const chosenState = filters.state.length === 1 ? filters.state[0] : undefined;
  // What the form has no field for (a theme, a search, a status… from the dashboard or the list)
  // travels in hidden fields, so "Download PDF report" there keeps every filter.
  const kept = { ...filters, state: [], body: [], from: undefined, to: undefined, sort: undefined, dir: undefined };
  const keptParams = [...filtersToSearchParams(kept)].filter(([key]) => key !== "page" && key !== "per");
  const keptLabels = describeFilters(db, kept);

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">{t("site.reports.title")}</h1>
        <p className="max-w-3xl text-slate-600">{t("site.reports.intro")}</p>
      </header>

      {choices.states.length === 0 ? (
        <EmptyState title={t("site.reports.empty")} />
      ) : (
        <Card title={t("site.reports.newReport")}>
          <form method="get" action="/reports" className="space-y-5" data-testid="report-form">
            <input type="hidden" name="go" value="1" />
            {keptParams.map(([key, value]) => (
              <input key={`${key}=${value}`} type="hidden" name={key} value={value} />
            ))}
            {keptLabels.length > 0 && (
              <div className="text-sm text-slate-700" data-testid="report-kept-filters">
                <p>{t("site.reports.keptFilters")}</p>
                <ul className="mt-1 list-disc pl-5">
                  {keptLabels.map((f) => (
                    <li key={f.label}>{t("site.reports.keptFilter", { label: f.label, value: f.value })}</li>
                  ))}
                </ul>
              </div>
            )}
            <label htmlFor="report-state" className="block max-w-md text-sm font-medium text-slate-700">
              {t("site.reports.state")}
              <select
                id="report-state"
                name="state"
                required
                defaultValue={chosenState ?? ""}
                className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-2 font-normal"
              >
                <option value="" disabled>
                  {t("site.reports.chooseState")}
                </option>
                {choices.states.map((s) => (
                  <option key={s.code} value={s.code}>
                    {t("site.reports.stateOption", {
                      state: stateName(s.code, s.name),
                      recommendations: t("count.recommendations", { count: s.total }),
                    })}
                  </option>
                ))}
              </select>
            </label>

            <fieldset>
              <legend className="text-sm font-medium text-slate-700">
                {t("site.reports.bodies")}{" "}
                <span className="font-normal text-slate-500">{t("site.reports.bodiesHint")}</span>
              </legend>
              <div className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
                {choices.bodies.map((b) => (
                  <label key={b.code} className="flex items-start gap-2 text-sm text-slate-700">
                    <input
                      type="checkbox"
                      name="body"
                      value={b.code}
                      defaultChecked={filters.body.includes(b.code)}
                      className="mt-1"
                    />
                    <span>
                      <span className="font-medium">{b.code}</span>{" "}
                      <span className="text-slate-500">{bodyName(b.code, b.name)}</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>

            <fieldset className="flex flex-wrap items-end gap-3">
              <legend className="mb-1 text-sm font-medium text-slate-700">
                {t("site.reports.period")}{" "}
                <span className="font-normal text-slate-500">{t("site.reports.periodHint")}</span>
              </legend>
              <label htmlFor="report-from" className="text-sm text-slate-700">
                {t("site.reports.from")}
                <input
                  id="report-from"
                  name="from"
                  type="number"
                  inputMode="numeric"
                  min={MIN_YEAR}
                  max={MAX_YEAR}
                  defaultValue={filters.from}
                  placeholder={choices.years.min === null ? undefined : String(choices.years.min)}
                  className="mt-1 block w-28 rounded-md border border-slate-300 px-2 py-2"
                />
              </label>
              <label htmlFor="report-to" className="text-sm text-slate-700">
                {t("site.reports.to")}
                <input
                  id="report-to"
                  name="to"
                  type="number"
                  inputMode="numeric"
                  min={MIN_YEAR}
                  max={MAX_YEAR}
                  defaultValue={filters.to}
                  placeholder={choices.years.max === null ? undefined : String(choices.years.max)}
                  className="mt-1 block w-28 rounded-md border border-slate-300 px-2 py-2"
                />
              </label>
            </fieldset>

            <label className="flex items-start gap-2 text-sm text-slate-700">
              <input
                type="checkbox"
                name="include"
                value="assessed"
                defaultChecked={reportAssessedOnly(raw)}
                className="mt-1"
              />
              {t("report.includeAssessedOnly")}
            </label>

            <button className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white">
              {t("site.reports.show")}
            </button>
          </form>
        </Card>
      )}
    </div>
  );
}
