import type { DigestFrequency } from "../../db/schema/enums";

/**
 * Digest periods. A day's digest falls due at 06:00 UTC, a week's on Monday at
 * 06:00 UTC; the period a run serves is the latest one already due. Its key
 * ("daily:2026-12-01", "weekly:2026-W49") is unique per user in the database,
 * so a period is mailed once however often `npm run digest` runs.
 */
export const DIGEST_HOUR_UTC = 6;
const DAY = 86_400_000;

export type DigestPeriod = {
  key: string;
  dueAt: Date;
  /** How far back the first digest of a user looks. */ lengthMs: number;
};

/** ISO 8601 week ("2026-W49") of a UTC date. */
export function isoWeek(d: Date): string {
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 4 - (thursday.getUTCDay() || 7));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / DAY + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

export function digestPeriod(frequency: Exclude<DigestFrequency, "none">, now: Date): DigestPeriod {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DIGEST_HOUR_UTC);
  if (frequency === "daily") {
    const dueAt = new Date(now.getTime() >= today ? today : today - DAY);
    return { key: `daily:${dueAt.toISOString().slice(0, 10)}`, dueAt, lengthMs: DAY };
  }
  const monday = today - ((now.getUTCDay() + 6) % 7) * DAY;
  const dueAt = new Date(now.getTime() >= monday ? monday : monday - 7 * DAY);
  return { key: `weekly:${isoWeek(dueAt)}`, dueAt, lengthMs: 7 * DAY };
}
