import Link from "next/link";
import { CALENDAR_KINDS } from "@/lib/calendar/kinds";
import { t } from "@/lib/i18n/messages";
import { stateName } from "@/lib/i18n/place-names";
import type { CalendarView } from "./params";

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

const formClass =
  "grid grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-3 lg:grid-cols-5 lg:items-end";

/** A plain GET form: the view lives in the URL, so a link or a reload shows the same calendar. */
export function CalendarFilters({
  view,
  states,
  bodies,
}: {
  view: CalendarView;
  states: { code: string; name: string }[];
  bodies: { code: string; name: string }[];
}) {
  const pick = (values: string[]) =>
    values.length > 1 ? { multiple: true, defaultValue: values } : { defaultValue: values[0] ?? "" };
  const active = view.state.length + view.body.length + view.kind.length > 0 || view.mine;
  return (
    <form method="get" action="/calendar" role="search" aria-label={t("calendar.filters")} className={formClass}>
      {view.view === "list" ? (
        <>
          <input type="hidden" name="view" value="list" />
          <input type="hidden" name="from" value={view.from ?? ""} />
          <input type="hidden" name="to" value={view.to ?? ""} />
        </>
      ) : (
        <input type="hidden" name="month" value={`${view.year}-${String(view.month).padStart(2, "0")}`} />
      )}
      <div className="text-xs font-medium text-slate-700">
        <label htmlFor="cal-state">{t("calendar.filter.state")}</label>
        <select id="cal-state" name="state" {...pick(view.state)} className={field}>
          <option value="">{t("calendar.filter.allStates")}</option>
          {states.map((s) => (
            <option key={s.code} value={s.code}>
              {stateName(s.code, s.name)}
            </option>
          ))}
        </select>
      </div>
      <div className="text-xs font-medium text-slate-700">
        <label htmlFor="cal-body">{t("calendar.filter.body")}</label>
        <select id="cal-body" name="body" {...pick(view.body)} className={field}>
          <option value="">{t("calendar.filter.allBodies")}</option>
          {bodies.map((b) => (
            <option key={b.code} value={b.code}>
              {b.code}
            </option>
          ))}
        </select>
      </div>
      <div className="col-span-2 text-xs font-medium text-slate-700 sm:col-span-1">
        <label htmlFor="cal-kind">{t("calendar.filter.kind")}</label>
        <select id="cal-kind" name="kind" {...pick(view.kind)} className={field}>
          <option value="">{t("calendar.filter.allKinds")}</option>
          {CALENDAR_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`calendar.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-700 lg:pb-2">
        <input type="checkbox" name="mine" value="1" defaultChecked={view.mine} className="h-4 w-4" />
        {t("calendar.filter.mine")}
      </label>
      <div className="col-span-2 flex items-center gap-3 sm:col-span-1">
        <button className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white">
          {t("calendar.filter.apply")}
        </button>
        {active && (
          <Link
            href={view.view === "list" ? "/calendar?view=list" : "/calendar"}
            className="text-sm text-slate-600 underline"
          >
            {t("calendar.filter.clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
