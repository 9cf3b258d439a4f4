/**
 * UPR Working Group sessions → review cycle and year. Cycles per domain.md:
 * sessions 1–12 cycle 1 (2008–2011), 13–26 cycle 2 (2012–2016), 27–40 cycle 3
 * (2017–2022), 41 on cycle 4. Years are when each session sat (OHCHR session
 * pages); session 36 sat in November 2020 after the COVID-19 postponement.
 */
const SESSION_YEAR: Record<number, number> = {
  1: 2008,
  2: 2008,
  3: 2008,
  4: 2009,
  5: 2009,
  6: 2009,
  7: 2010,
  8: 2010,
  9: 2010,
  10: 2011,
  11: 2011,
  12: 2011,
  13: 2012,
  14: 2012,
  15: 2013,
  16: 2013,
  17: 2013,
  18: 2014,
  19: 2014,
  20: 2014,
  21: 2015,
  22: 2015,
  23: 2015,
  24: 2016,
  25: 2016,
  26: 2016,
  27: 2017,
  28: 2017,
  29: 2018,
  30: 2018,
  31: 2018,
  32: 2019,
  33: 2019,
  34: 2019,
  35: 2020,
  36: 2020,
  37: 2021,
  38: 2021,
  39: 2021,
  40: 2022,
  41: 2022,
  42: 2023,
  43: 2023,
  44: 2023,
  45: 2024,
  46: 2024,
  47: 2024,
  48: 2025,
  49: 2025,
  50: 2025,
};

export const MAX_UPR_SESSION = 99;

export function uprCycleForSession(session: number): number {
  if (session <= 12) return 1;
  if (session <= 26) return 2;
  if (session <= 40) return 3;
  return 4;
}

/** Year the session sat; beyond the table, three sessions a year from session 50 (2025). */
export function uprYearForSession(session: number): number {
  return SESSION_YEAR[session] ?? 2025 + Math.ceil((session - 50) / 3);
}

/**
 * Human Rights Council session of an "A/HRC/25/5" symbol → the year it sat
 * (three regular sessions a year since HRC 4 in 2007: March, June, September).
 */
export function hrcSessionYear(symbol: string): number | null {
  const m = /^A\/HRC\/(\d+)\//.exec(symbol);
  if (!m) return null;
  const session = Number(m[1]);
  return session < 4 ? 2006 : 2006 + Math.floor((session - 1) / 3);
}

/** "1st", "2nd", "Second", "third" … → 1–9. */
export function ordinalFromWords(value: string): number | null {
  const digits = /^(\d+)/.exec(value);
  if (digits) return Number(digits[1]);
  const words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
  const i = words.indexOf(value.toLowerCase());
  return i >= 0 ? i + 1 : null;
}
