/**
 * The one reading of "today" for rules that depend on the date: "no fact from
 * the future", what is overdue, how many years something has been outstanding.
 * UTC, as ISO text, so SQL (dates are stored as ISO text) and TypeScript agree.
 *
 * Tests fix it with `fixClock("2026-03-15")` (and `fixClock(null)` to let it
 * run again), or with vitest's fake timers: both are read here.
 */
let fixed: string | null = null;

/** Pins today's date (YYYY-MM-DD) for tests; null releases it. */
export function fixClock(isoDate: string | null): void {
  if (isoDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(isoDate))
    throw new Error(`fixClock: ${isoDate} is not YYYY-MM-DD`);
  fixed = isoDate;
}

/** Today as YYYY-MM-DD (UTC). */
export function todayIso(): string {
  return fixed ?? new Date().toISOString().slice(0, 10);
}

/**
 * The clock a query is built against: today (YYYY-MM-DD) for what is overdue,
 * the year "N years without implementation" is counted to. Injectable so that
 * tests and frozen share links do not depend on the day they run.
 */
export type Clock = { today: string; year: number };

/** The clock now (todayIso()), or as of `now`. */
export function clockAt(now?: Date): Clock {
  const today = now ? now.toISOString().slice(0, 10) : todayIso();
  return { today, year: Number(today.slice(0, 4)) };
}

/** This year (UTC), the year "N years without implementation" is counted to. */
export function currentYear(): number {
  return Number(todayIso().slice(0, 4));
}

/**
 * Whether a date as precise as its source ("2026", "2026-05", "2026-05-14")
 * names a time after today. A partial date is after today only when all of the
 * period it names is: "2026" is not in the future during 2026.
 */
export function isAfterToday(partialIso: string, today = todayIso()): boolean {
  return partialIso > today.slice(0, partialIso.length);
}
