import { openDatabase } from "../../db";
import type { AppConfig } from "../../lib/config";
import { describeReport, runDigests } from "../../lib/notify/run";

/** How often the server looks for due digests and reminders (each period is mailed once, whatever the rate). */
const EVERY_MS = 15 * 60 * 1000;
const FIRST_AFTER_MS = 60 * 1000;

/**
 * `npm start` sends due digests and makes deadline reminders itself, unless
 * DIGEST_SCHEDULE=off (for those who run `npm run digest` from cron instead).
 * It runs beside the Next.js server on its own connection; a failing run is
 * logged and the next one tries again.
 */
export function startDigestSchedule(cfg: AppConfig) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    const db = openDatabase(cfg.databasePath);
    try {
      const report = await runDigests(db, cfg);
      const quiet = !report.mailed.length && !report.failed.length && !report.reminders;
      if (!quiet) for (const line of describeReport(report)) console.log(`[digest] ${line}`);
    } catch (e) {
      console.error("[digest] run failed:", e);
    } finally {
      db.$client.close();
      running = false;
    }
  };
  setTimeout(() => void tick(), FIRST_AFTER_MS).unref();
  setInterval(() => void tick(), EVERY_MS).unref();
  console.log(
    `E-mail digests: ${cfg.smtpUrl ? "sent" : "not sent (SMTP_URL is not set)"}; reminders every 15 minutes (DIGEST_SCHEDULE=off to stop).`,
  );
}
