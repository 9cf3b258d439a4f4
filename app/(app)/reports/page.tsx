import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { signedInContext } from "@/lib/context";
import { listReportChoices, reportAssessedOnly, reportQueryString } from "@/lib/data/report";
import { t } from "@/lib/i18n/messages";
import { MAX_YEAR, MIN_YEAR, parseFilters } from "@/lib/search/filters";

export const metadata: Metadata = { title: "Reports" };

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

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">Reports</h1>
        <p className="max-w-3xl text-slate-600">
          A state report sets out where the UN&apos;s recommendations to one state stand: a cover with the filters and
          sources, summary figures and charts, every recommendation with its status, the state&apos;s latest response
          and the evidence, and the chains of recommendations raised again and again. Print it, or download it as a PDF
          to attach to a shadow report or a grant report.
        </p>
      </header>

      {choices.states.length === 0 ? (
        <EmptyState title="No recommendations are recorded yet, so there is nothing to report on." />
      ) : (
        <Card title="New state report">
          <form method="get" action="/reports" className="space-y-5" data-testid="report-form">
            <input type="hidden" name="go" value="1" />
            <label htmlFor="report-state" className="block max-w-md text-sm font-medium text-slate-700">
              State
              <select
                id="report-state"
                name="state"
                required
                defaultValue={chosenState ?? ""}
                className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-2 font-normal"
              >
                <option value="" disabled>
                  Choose a state…
                </option>
                {choices.states.map((s) => (
                  <option key={s.code} value={s.code}>
                    {s.name} — {t("count.recommendations", { count: s.total })}
                  </option>
                ))}
              </select>
            </label>

            <fieldset>
              <legend className="text-sm font-medium text-slate-700">
                Bodies <span className="font-normal text-slate-500">(none ticked: all bodies)</span>
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
                      <span className="font-medium">{b.code}</span> <span className="text-slate-500">{b.name}</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>

            <fieldset className="flex flex-wrap items-end gap-3">
              <legend className="mb-1 text-sm font-medium text-slate-700">
                Period{" "}
                <span className="font-normal text-slate-500">(years of the recommendations; empty: all years)</span>
              </legend>
              <label htmlFor="report-from" className="text-sm text-slate-700">
                From
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
                To
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

            <button className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white">Show the report</button>
          </form>
        </Card>
      )}
    </div>
  );
}
