/**
 * What a review cycle is called wherever one is listed or named (records
 * screens, the audit log, form choices): "Kazakhstan · CCPR · cycle 3
 * (2023–2025)", from the years of its report, session and adoption; a UPR
 * cycle also names its session ("Kazakhstan · UPR · cycle 2 (session 20, 2014)").
 */
import { currentIntlLocale } from "./i18n/current-locale";
import { t } from "./i18n/messages";
import { uprYearForSession } from "./import/upr-sessions";

export type CycleFacts = {
  stateName: string;
  bodyCode: string;
  ordinal: number;
  uprSession?: number | null;
  reportDate?: string | null;
  sessionDate?: string | null;
  adoptionDate?: string | null;
};

/** "2023–2025", "2025", or null when no date of the cycle is recorded. */
export function cycleYears(c: CycleFacts): string | null {
  const years = [c.reportDate, c.sessionDate, c.adoptionDate]
    .map((d) => (d ? Number(d.slice(0, 4)) : NaN))
    .filter((y) => Number.isInteger(y));
  if (!years.length) return null;
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}

export function cycleName(c: CycleFacts, locale = currentIntlLocale()): string {
  // A UPR session's year is known even when no date of the cycle is recorded.
  const years = cycleYears(c) ?? (c.uprSession ? String(uprYearForSession(c.uprSession)) : null);
  const when = c.uprSession ? t("cycle.whenUpr", { session: c.uprSession, years: years! }, locale) : years;
  const params = { state: c.stateName, body: c.bodyCode, ordinal: c.ordinal };
  return when ? t("cycle.name", { ...params, when }, locale) : t("cycle.nameNoDates", params, locale);
}
