import Link from "next/link";
import type { DashboardFilters, FilterOptions } from "@/lib/data/dashboard";

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
  action?: string;
}) {
  const active =
    filters.state.length + filters.body.length + filters.theme.length + (filters.from ? 1 : 0) + (filters.to ? 1 : 0) >
    0;
  // Several values (from a shared link) show as a multiple select, so applying the form keeps them.
  const pick = (values: string[]) =>
    values.length > 1 ? { multiple: true, defaultValue: values } : { defaultValue: values[0] ?? "" };
  return (
    <form action={action} method="get" role="search" aria-label="Filter the dashboard" className={formClass}>
      <div className="text-xs font-medium text-slate-700">
        <label htmlFor="dash-state">State</label>
        <select id="dash-state" name="state" {...pick(filters.state)} className={field}>
          <option value="">All states</option>
          {options.states.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="text-xs font-medium text-slate-700">
        <label htmlFor="dash-body">Body</label>
        <select id="dash-body" name="body" {...pick(filters.body)} className={field}>
          <option value="">All bodies</option>
          {options.bodies.map((b) => (
            <option key={b.code} value={b.code}>
              {b.code} — {b.name}
            </option>
          ))}
        </select>
      </div>
      <div className="col-span-2 text-xs font-medium text-slate-700 sm:col-span-1">
        <label htmlFor="dash-theme">Theme</label>
        <select id="dash-theme" name="theme" {...pick(filters.theme)} className={field}>
          <option value="">All themes</option>
          {options.themes.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="text-xs font-medium text-slate-700">
        <label htmlFor="dash-from">From year</label>
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
        <label htmlFor="dash-to">To year</label>
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
          Apply
        </button>
        {active ? (
          <Link href={action} className="text-sm text-brand hover:underline">
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}
