import ical, { ICalCalendarMethod } from "ical-generator";
import { t } from "../i18n/messages";
import type { CalendarEvent } from "./kinds";
import { nextDay, periodOf } from "./periods";

/**
 * An iCalendar (RFC 5545) feed of calendar events, for Outlook, Google and Apple
 * calendars to subscribe to. Every event is an all-day event: a full date is that
 * day; a date recorded only to the month or the year spans that whole month or
 * year (DTEND is the day after, as RFC 5545 has it), and its description says so.
 * UIDs are the events' stable keys, so a refreshed feed updates events in place.
 */
export function calendarIcs(events: CalendarEvent[], opts: { name: string; baseUrl: string; now?: Date }): string {
  const host = new URL(opts.baseUrl).hostname || "treaty-tracker";
  const calendar = ical({
    name: opts.name,
    prodId: { company: "Treaty Tracker", product: "calendar", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    // Subscribed calendars refresh about this often.
    ttl: 6 * 60 * 60,
  });
  for (const e of events) {
    const p = periodOf(e.date);
    if (!p) continue;
    const precision =
      p.precision === "month"
        ? t("calendar.detail.precisionMonth", { date: e.date })
        : p.precision === "year"
          ? t("calendar.detail.precisionYear", { date: e.date })
          : null;
    calendar.createEvent({
      id: `${e.key}@${host}`,
      allDay: true,
      start: new Date(`${p.start}T00:00:00Z`),
      end: new Date(`${nextDay(p.end)}T00:00:00Z`),
      stamp: opts.now ?? new Date(),
      summary: e.overdue ? t("calendar.overduePrefix", { title: e.title }) : e.title,
      description: [e.detail, precision].filter(Boolean).join("\n\n") || null,
      url: `${opts.baseUrl}${e.href}`,
      categories: [{ name: t(`calendar.kind.${e.kind}`) }],
    });
  }
  return calendar.toString();
}

export function icsResponse(body: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `inline; filename="${fileName}"`,
      "cache-control": "private, max-age=300",
    },
  });
}
