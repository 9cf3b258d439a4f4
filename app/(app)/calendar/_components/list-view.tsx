import Link from "next/link";
import { EmptyState } from "@/app/_components/ui/card";
import type { CalendarEvent } from "@/lib/calendar/kinds";
import { periodOf } from "@/lib/calendar/periods";
import { formatPartialDate } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { EventItem } from "./event-item";
import { calendarHref, type CalendarView } from "./params";

const field = "mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** Events in date order, grouped by month (year-only dates under their year). */
export function ListView({ view, events, today }: { view: CalendarView; events: CalendarEvent[]; today: string }) {
  const groups = new Map<string, CalendarEvent[]>();
  for (const e of events) {
    const p = periodOf(e.date)!;
    const group = p.precision === "year" ? e.date : e.date.slice(0, 7);
    groups.set(group, [...(groups.get(group) ?? []), e]);
  }
  const year = today.slice(0, 4);
  const [ty, tm] = today.split("-").map(Number);
  const in11 = new Date(Date.UTC(ty, tm - 1 + 11, 1)).toISOString().slice(0, 7);
  const presets = [
    { label: t("calendar.range.thisYear"), from: `${year}-01`, to: `${year}-12` },
    { label: t("calendar.range.next12"), from: today.slice(0, 7), to: in11 },
    { label: t("calendar.range.all"), from: undefined, to: undefined },
  ];
  const hidden = [
    ...view.state.map((v) => ["state", v]),
    ...view.body.map((v) => ["body", v]),
    ...view.kind.map((v) => ["kind", v]),
    ...(view.mine ? [["mine", "1"]] : []),
  ];
  return (
    <section aria-label={t("calendar.view.list")} className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        {/* Keyed by the range, so the month fields show it again after a preset link changes it. */}
        <form
          key={`${view.from}-${view.to}`}
          method="get"
          action="/calendar"
          className="flex flex-wrap items-end gap-3"
        >
          <input type="hidden" name="view" value="list" />
          {hidden.map(([k, v]) => (
            <input key={`${k}-${v}`} type="hidden" name={k} value={v} />
          ))}
          <label className="text-xs font-medium text-slate-700">
            {t("calendar.range.from")}
            <input type="month" name="from" defaultValue={view.from ?? ""} className={field} />
          </label>
          <label className="text-xs font-medium text-slate-700">
            {t("calendar.range.to")}
            <input type="month" name="to" defaultValue={view.to ?? ""} className={field} />
          </label>
          <button className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
            {t("calendar.range.show")}
          </button>
        </form>
        <ul className="flex flex-wrap gap-2 text-sm">
          {presets.map((p) => {
            const active = p.from === view.from && p.to === view.to;
            return (
              <li key={p.label}>
                <Link
                  href={calendarHref(view, { from: p.from, to: p.to })}
                  aria-current={active ? "true" : undefined}
                  className={`rounded-full border px-3 py-1 ${
                    active
                      ? "border-brand bg-brand-soft font-medium text-brand"
                      : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"
                  }`}
                >
                  {p.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
      {events.length === 0 ? (
        <EmptyState title={t("calendar.empty")}>
          {view.mine
            ? t("calendar.emptyMine")
            : t("calendar.emptyList", {
                from: view.from ? formatPartialDate(view.from) : "…",
                to: view.to ? formatPartialDate(view.to) : "…",
              })}
        </EmptyState>
      ) : (
        <ol className="space-y-5" data-testid="calendar-list">
          {[...groups.entries()].map(([group, list]) => (
            <li key={group}>
              <h2 className="border-b border-slate-200 pb-1 text-sm font-semibold uppercase tracking-wide text-slate-600">
                {formatPartialDate(group)}
              </h2>
              <ul className="mt-2 divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
                {list.map((e) => (
                  <li key={e.key} className="flex flex-col gap-1 px-3 py-2 sm:flex-row sm:items-start sm:gap-4">
                    <span className="w-40 shrink-0 text-sm tabular-nums text-slate-600">
                      {formatPartialDate(e.date)}
                    </span>
                    <ul className="min-w-0 flex-1">
                      <EventItem e={e} />
                    </ul>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
