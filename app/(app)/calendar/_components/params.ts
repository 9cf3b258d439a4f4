import type { Route } from "next";
import { CALENDAR_KINDS, type CalendarKind } from "@/lib/calendar/kinds";
import { lastDayOfMonth, monthKey, parseMonth } from "@/lib/calendar/periods";

/**
 * The calendar page's URL: view, month (month view), from/to months (list view)
 * and the filters — the same names as GET /api/v1/calendar. Forgiving: a value
 * that does not parse is left out, as on the list page.
 */
export type CalendarView = {
  view: "month" | "list";
  year: number;
  month: number;
  /** List view range, YYYY-MM; undefined = open. */
  from?: string;
  to?: string;
  state: string[];
  body: string[];
  kind: CalendarKind[];
  mine: boolean;
};

type Raw = Record<string, string | string[] | undefined>;
const all = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).flatMap((x) => x.split(","));

export function parseCalendarView(raw: Raw, today: string): CalendarView {
  const [ty, tm] = today.split("-").map(Number);
  const month = parseMonth(typeof raw.month === "string" ? raw.month : undefined) ?? { year: ty, month: tm };
  const list = raw.view === "list";
  const range = (key: "from" | "to") => {
    const v = typeof raw[key] === "string" ? raw[key] : undefined;
    if (v === "") return undefined;
    return parseMonth(v) ? v : undefined;
  };
  const explicitRange = raw.from !== undefined || raw.to !== undefined;
  return {
    view: list ? "list" : "month",
    ...month,
    from: list ? (explicitRange ? range("from") : `${ty}-01`) : undefined,
    to: list ? (explicitRange ? range("to") : `${ty}-12`) : undefined,
    state: all(raw.state)
      .map((s) => s.trim().toUpperCase())
      .filter((s) => /^[A-Z]{3}$/.test(s)),
    body: all(raw.body)
      .map((s) => s.trim().toUpperCase())
      .filter((s) => /^[A-Z][A-Z0-9-]{0,19}$/.test(s)),
    kind: all(raw.kind).filter((k): k is CalendarKind => (CALENDAR_KINDS as readonly string[]).includes(k)),
    mine: ["1", "on", "true"].includes(String(raw.mine ?? "")),
  };
}

/** The full dates the view covers: a month's grid, or the list's months (open ends allowed). */
export function rangeOf(v: CalendarView): { from?: string; to?: string } {
  if (v.view === "month") {
    const m = monthKey(v.year, v.month);
    return { from: `${m}-01`, to: `${m}-${String(lastDayOfMonth(v.year, v.month)).padStart(2, "0")}` };
  }
  const end = (ym: string) => {
    const p = parseMonth(ym)!;
    return `${ym}-${String(lastDayOfMonth(p.year, p.month)).padStart(2, "0")}`;
  };
  return { from: v.from ? `${v.from}-01` : undefined, to: v.to ? end(v.to) : undefined };
}

/** A link to the calendar with some of the view changed. */
export function calendarHref(v: CalendarView, change: Partial<CalendarView> = {}): Route {
  const n = { ...v, ...change };
  const p = new URLSearchParams();
  if (n.view === "list") {
    p.set("view", "list");
    p.set("from", n.from ?? "");
    p.set("to", n.to ?? "");
  } else p.set("month", monthKey(n.year, n.month));
  for (const s of n.state) p.append("state", s);
  for (const b of n.body) p.append("body", b);
  for (const k of n.kind) p.append("kind", k);
  if (n.mine) p.set("mine", "1");
  return `/calendar?${p.toString()}`;
}
