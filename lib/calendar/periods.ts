/**
 * Calendar arithmetic on the tracker's partial ISO dates ("2014", "2014-07",
 * "2014-07-29"). A partial date names a whole period; on the calendar it is
 * shown as that period — a band over the month grid, an all-day event spanning
 * the month or year in an .ics feed — never padded into a day nobody recorded.
 * Deadlines are due at the END of the period (lib/deadlines.ts).
 */
export type Precision = "year" | "month" | "day";
export type Period = {
  precision: Precision;
  /** First day, YYYY-MM-DD. */ start: string;
  /** Last day. */ end: string;
};

const pad = (n: number) => String(n).padStart(2, "0");
export const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The period a partial date names, or null for something that is not one. */
export function periodOf(value: string | null | undefined): Period | null {
  const m = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value) : null;
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) return { precision: "day", start: value!, end: value! };
  if (m[2]) {
    const month = Number(m[2]);
    return { precision: "month", start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(lastDayOfMonth(y, month))}` };
  }
  return { precision: "year", start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
}

/** Whether a period and the range [from, to] (full dates) share a day. */
export function overlaps(p: Period, from: string | undefined, to: string | undefined): boolean {
  return (!from || p.end >= from) && (!to || p.start <= to);
}

/** The day after a full date (an .ics all-day event ends on the day after its last day). */
export function nextDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Whole days from `today` to `day` (negative when it has passed). */
export function daysBetween(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export const monthKey = (y: number, m: number) => `${y}-${pad(m)}`;

/** "2026-12" → { year, month } or null. */
export function parseMonth(value: string | undefined): { year: number; month: number } | null {
  const m = value ? /^(\d{4})-(\d{2})$/.exec(value) : null;
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  return { year: Number(m[1]), month: Number(m[2]) };
}

export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const d = new Date(Date.UTC(year, month - 1 + by, 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/**
 * The weeks of a month grid, Monday first (ISO 8601, as in most of the tracker's users'
 * countries): each week is seven full dates, the days of the neighbouring months included.
 */
export function monthGrid(year: number, month: number): string[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const offset = (first.getUTCDay() + 6) % 7;
  const start = Date.UTC(year, month - 1, 1 - offset);
  const days = lastDayOfMonth(year, month);
  const weeks = Math.ceil((offset + days) / 7);
  return Array.from({ length: weeks }, (_, w) =>
    Array.from({ length: 7 }, (_, d) => new Date(start + (w * 7 + d) * 86_400_000).toISOString().slice(0, 10)),
  );
}
