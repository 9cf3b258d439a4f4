import type { Route } from "next";
import Link from "next/link";
import type { DashboardFilters, FilterOptions } from "@/lib/data/dashboard";
import { t } from "@/lib/i18n/messages";
import { bodyName, stateName } from "@/lib/i18n/place-names";

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

const formClass =
  "no-print grid grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-3 lg:grid-cols-6 lg:items-end";

/**
 * A plain GET form: the filters live in the URL under the list's names, so a
 * link, a reload or the back button shows the same dashboard.
 */
export function FilterForm({
  filters,
  options,
  action = "/",
}: {
  filters: DashboardFilters;
  options: FilterOptions;
  action?: Route;
}) {
  const active =
    filters.state.length + filters.body.length + filters.theme.length + (filters.from ? 1 : 0) + (filters.to ? 1 : 0) >
    0;
  // Several values (from a shared link) show as a multiple select, so applying the form keeps them.
  const pick = (values: string[]) =>
    values.length > 1 ? { multiple: true, defaultValue: values } : { defaultValue: values[0] ?? "" };
  return (
    <form action={action} method="get" role="search" aria-label={t("site.filter.label")} className={formClass}>
      <div className="text-xs font-medium text-slate-700">
        <label htmlFor="dash-state">{t("site.filter.state")}</label>
        <select id="dash-state" name="state" {...pick(filters.state)} className={field}>
          <option value="">{t("site.filter.allStates")}</option>
          {options.states.map((s) => (
            <option key={s.code} value={s.code}>
              {stateName(s.code, s.name)}
            </option>
          ))}
        </select>
      </div>
      <div className="text-xs font-medium text-slate-700">
        <label htmlFor="dash-body">{t("site.filter.body")}</label>
        <select id="dash-body" name="body" {...pick(filters.body)} className={field}>
          <option value="">{t("site.filter.allBodies")}</option>
          {options.bodies.map((b) => (
            <option key={b.code} value={b.code}>
              {t("dashboard.bodyLabel", { code: b.code, name: bodyName(b.code, b.name) })}
            </option>
          ))}
        </select>
      </div>
      <div className="col-span-2 text-xs font-medium text-slate-700 sm:col-span-1">
        <label htmlFor="dash-theme">{t("site.filter.theme")}</label>
        <select id="dash-theme" name="theme" {...pick(filters.theme)} className={field}>
          <option value="">{t("site.filter.allThemes")}</option>
          {options.themes.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="text-xs font-medium text-slate-700">
        <label htmlFor="dash-from">{t("site.filter.from")}</label>
        <input
          id="dash-from"
          name="from"
          type="number"
          inputMode="numeric"
          min={1945}
          max={2100}
          placeholder={options.years.min ? String(options.years.min) : undefined}
          defaultValue={filters.from}
          className={field}
        />
      </div>
      <div className="text-xs font-medium text-slate-700">
        <label htmlFor="dash-to">{t("site.filter.to")}</label>
        <input
          id="dash-to"
          name="to"
          type="number"
          inputMode="numeric"
          min={1945}
          max={2100}
          placeholder={options.years.max ? String(options.years.max) : undefined}
          defaultValue={filters.to}
          className={field}
        />
      </div>
      <div className="col-span-2 flex items-center gap-3 sm:col-span-1">
        <button type="submit" className="rounded-md bg-brand px-3 py-2 text-sm font-medium text-white">
          {t("site.filter.apply")}
        </button>
        {active ? (
          <Link href={action} className="text-sm text-brand hover:underline">
            {t("site.filter.clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
