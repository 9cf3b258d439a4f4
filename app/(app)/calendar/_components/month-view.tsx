import Link from "next/link";
import { EmptyState } from "@/app/_components/ui/card";
import type { CalendarEvent } from "@/lib/calendar/kinds";
import { monthGrid, monthKey, periodOf, shiftMonth } from "@/lib/calendar/periods";
import { formatDayOfMonth, formatPartialDate, weekdayNames } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { EventItem } from "./event-item";
import { calendarHref, type CalendarView } from "./params";

/**
 * A month as a table (days under weekday headers, Monday first) on wide screens and
 * as a list of the days that have something on narrow ones. Events recorded only to
 * the month or the year sit in bands above the grid.
 */
export function MonthView({ view, events, today }: { view: CalendarView; events: CalendarEvent[]; today: string }) {
  const key = monthKey(view.year, view.month);
  const monthName = formatPartialDate(key);
  const prev = shiftMonth(view.year, view.month, -1);
  const next = shiftMonth(view.year, view.month, 1);
  const byDay = new Map<string, CalendarEvent[]>();
  const monthBand: CalendarEvent[] = [];
  const yearBand: CalendarEvent[] = [];
  for (const e of events) {
    const p = periodOf(e.date)!;
    if (p.precision === "year") yearBand.push(e);
    else if (p.precision === "month") monthBand.push(e);
    else byDay.set(e.date, [...(byDay.get(e.date) ?? []), e]);
  }
  const weeks = monthGrid(view.year, view.month);
  const names = weekdayNames();
  const longNames = weekdayNames(undefined, "long");
  const [ty, tm] = today.split("-").map(Number);

  return (
    <section aria-labelledby="calendar-month" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="calendar-month" className="text-xl font-semibold text-slate-900">
          {monthName}
        </h2>
        <nav aria-label={t("calendar.views")} className="flex items-center gap-1 text-sm">
          <Link
            href={calendarHref(view, prev)}
            className="rounded-md border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50"
            aria-label={t("calendar.previousMonth", { month: formatPartialDate(monthKey(prev.year, prev.month)) })}
          >
            ‹
          </Link>
          <Link
            href={calendarHref(view, { year: ty, month: tm })}
            className="rounded-md border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50"
          >
            {t("calendar.thisMonth")}
          </Link>
          <Link
            href={calendarHref(view, next)}
            className="rounded-md border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50"
            aria-label={t("calendar.nextMonth", { month: formatPartialDate(monthKey(next.year, next.month)) })}
          >
            ›
          </Link>
        </nav>
      </div>

      {yearBand.length > 0 && (
        <Band title={t("calendar.duringYear", { year: view.year })} events={yearBand} testId="band-year" />
      )}
      {monthBand.length > 0 && (
        <Band title={t("calendar.duringMonth", { month: monthName })} events={monthBand} testId="band-month" />
      )}

      {events.length === 0 && (
        <EmptyState title={t("calendar.empty")}>
          {view.mine ? t("calendar.emptyMine") : t("calendar.emptyMonth", { month: monthName })}
        </EmptyState>
      )}

      <table
        className="hidden w-full table-fixed border-collapse rounded-xl bg-white text-left shadow-sm sm:table"
        data-testid="month-grid"
      >
        <caption className="sr-only">{t("calendar.monthCaption", { month: monthName })}</caption>
        <thead>
          <tr>
            {names.map((n, i) => (
              <th
                key={n}
                scope="col"
                className="border border-slate-200 bg-slate-50 px-2 py-1.5 text-xs font-semibold text-slate-600"
              >
                <abbr title={longNames[i]} className="no-underline">
                  {n}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                const inMonth = day.startsWith(key);
                const isToday = day === today;
                const list = inMonth ? (byDay.get(day) ?? []) : [];
                return (
                  <td
                    key={day}
                    aria-current={isToday ? "date" : undefined}
                    className={`h-28 border border-slate-200 p-1 align-top ${inMonth ? "" : "bg-slate-50"} ${
                      isToday ? "ring-2 ring-inset ring-brand" : ""
                    }`}
                  >
                    <div
                      className={`mb-1 text-right text-xs ${inMonth ? "font-medium text-slate-700" : "text-slate-400"}`}
                    >
                      {isToday && <span className="sr-only">{t("calendar.today")}: </span>}
                      {formatDayOfMonth(day)}
                    </div>
                    {list.length > 0 && (
                      <ul className="space-y-0.5">
                        {list.map((e) => (
                          <EventItem key={e.key} e={e} compact />
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>

      {/* Narrow screens: the days that have something, in order. */}
      <ol className="space-y-3 sm:hidden" data-testid="month-agenda">
        {[...byDay.entries()].map(([day, list]) => (
          <li
            key={day}
            className="rounded-lg border border-slate-200 bg-white p-3"
            aria-current={day === today ? "date" : undefined}
          >
            <p className="text-sm font-semibold text-slate-900">{formatPartialDate(day)}</p>
            <ul className="mt-1 space-y-1">
              {list.map((e) => (
                <EventItem key={e.key} e={e} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Band({ title, events, testId }: { title: string; events: CalendarEvent[]; testId: string }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-3" data-testid={testId}>
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</p>
      <ul className="mt-1 space-y-1">
        {events.map((e) => (
          <EventItem key={e.key} e={e} />
        ))}
      </ul>
    </div>
  );
}
