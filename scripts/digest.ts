/**
 * `npm run digest [--dry-run] [--now ISO]` — mails the digests that are due (for cron),
 * after making the deadline reminders due by then. `--dry-run` prints the mails and
 * writes nothing; `--now` runs as if it were that moment (e.g. 2026-12-07T06:00:00Z).
 */
import { openDatabase } from "../db";
import { ConfigError, readConfig } from "../lib/config";
import { localeOf } from "../lib/i18n/locales";
import { t } from "../lib/i18n/messages";
import { describeReport, runDigests } from "../lib/notify/run";

async function main() {
  // Before the configuration is read (it may be what is wrong), DEFAULT_LOCALE as the environment gives it.
  const early = localeOf(process.env.DEFAULT_LOCALE) ?? "en";
  const args = process.argv.slice(2);
  const dryRun = args.includes("--dry-run");
  const at = args.indexOf("--now");
  let now: Date | undefined;
  if (at >= 0) {
    now = new Date(args[at + 1] ?? "");
    if (Number.isNaN(now.getTime())) {
      console.error(t("files.mail.cli.nowNeedsDate", { value: args[at + 1] ?? "" }, early));
      process.exit(2);
    }
  }
  const unknown = args.filter((a, i) => a !== "--dry-run" && a !== "--now" && !(at >= 0 && i === at + 1));
  if (unknown.length) {
    console.error(t("files.mail.cli.unknownArgument", { argument: unknown[0] }, early));
    process.exit(2);
  }
  let cfg;
  try {
    cfg = readConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const db = openDatabase(cfg.databasePath);
  const report = await runDigests(db, cfg, { now, dryRun });
  db.$client.close();
  for (const line of describeReport(report, cfg.defaultLocale)) console.log(line);
  process.exit(report.failed.length ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
