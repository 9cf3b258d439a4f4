import type { Metadata } from "next";
import Link from "next/link";
import { getRequestContext, signedInContext } from "@/lib/context";
import { todayIso } from "@/lib/domain/clock";
import { listCalendarEvents } from "@/lib/data/calendar";
import { getFilterOptions } from "@/lib/data/dashboard";
import { t } from "@/lib/i18n/messages";
import { stateName } from "@/lib/i18n/place-names";
import { CalendarFilters } from "./_components/calendar-filters";
import { ListView } from "./_components/list-view";
import { MonthView } from "./_components/month-view";
import { calendarHref, parseCalendarView, rangeOf } from "./_components/params";

export async function generateMetadata(): Promise<Metadata> {
  await getRequestContext();
  return { title: t("calendar.pageTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The list view shows at most this many events at once. */
const LIST_LIMIT = 2_000;

export default async function CalendarPage({ searchParams }: Props) {
  const { db, actor } = await signedInContext();
  const today = todayIso();
  const view = parseCalendarView(await searchParams, today);
  const { events, truncated } = listCalendarEvents(
    db,
    {
      ...rangeOf(view),
      state: view.state,
      body: view.body,
      kind: view.kind,
      ...(view.mine && actor.id !== null ? { followedBy: actor.id } : {}),
      limit: view.view === "list" ? LIST_LIMIT : undefined,
    },
    today,
  );
  const options = getFilterOptions(db);
  const tab = (active: boolean) =>
    `rounded-md px-3 py-1.5 text-sm ${active ? "bg-brand-soft font-medium text-brand" : "text-slate-600 hover:bg-slate-100"}`;

  return (
    <div className="space-y-5">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div className="max-w-3xl">
          <h1 className="text-2xl font-semibold text-slate-900">{t("calendar.pageTitle")}</h1>
          <p className="text-slate-600">{t("calendar.intro")}</p>
        </div>
        <nav aria-label={t("calendar.views")} className="flex gap-1 rounded-lg border border-slate-200 bg-white p-1">
          <Link
            href={calendarHref(view, { view: "month" })}
            aria-current={view.view === "month" ? "page" : undefined}
            className={tab(view.view === "month")}
          >
            {t("calendar.view.month")}
          </Link>
          <Link
            href={calendarHref(view, { view: "list", from: `${today.slice(0, 4)}-01`, to: `${today.slice(0, 4)}-12` })}
            aria-current={view.view === "list" ? "page" : undefined}
            className={tab(view.view === "list")}
          >
            {t("calendar.view.list")}
          </Link>
        </nav>
      </header>

      <CalendarFilters view={view} states={options.states} bodies={options.bodies} />

      <p className="text-sm text-slate-600" aria-live="polite">
        {t("calendar.count", { count: events.length })}
        {" · "}
        <Link href="/account#calendar-feed" className="text-brand hover:underline">
          {t("calendar.subscribe")}
        </Link>
        {view.state.length === 1 && (
          <>
            {" · "}
            <a href={`/api/v1/states/${view.state[0]}/calendar.ics`} className="text-brand hover:underline">
              {t("calendar.subscribeState", {
                state: stateName(
                  view.state[0],
                  options.states.find((s) => s.code === view.state[0])?.name ?? view.state[0],
                ),
              })}
            </a>
          </>
        )}
      </p>
      {truncated && (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("calendar.truncated", { count: events.length })}
        </p>
      )}

      {view.view === "month" ? (
        <MonthView view={view} events={events} today={today} />
      ) : (
        <ListView view={view} events={events} today={today} />
      )}
      <p className="text-xs text-slate-500">{t("calendar.partialNote")}</p>
    </div>
  );
}
