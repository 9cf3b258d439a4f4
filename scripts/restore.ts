/**
 * `npm run restore -- FILE`: puts a backup in place of DATABASE_PATH, with the
 * app stopped (lib/backup/restore.ts says what it checks and in which order).
 * Exit codes: 0 restored, 1 refused (nothing changed), 2 usage.
 */
import path from "node:path";
import { BackupError } from "../lib/backup/backup";
import { restoreDatabase } from "../lib/backup/restore";
import { readConfig } from "../lib/config";
import { t } from "../lib/i18n/messages";
import { printCounts } from "./lib/print-counts";

function main(): number {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0].startsWith("-")) {
    console.error(t("restore.usage"));
    return 2;
  }
  const cfg = readConfig();
  try {
    const report = restoreDatabase(args[0], cfg.databasePath);
    console.log(t("restore.done", { backup: path.resolve(args[0]), file: cfg.databasePath }));
    console.log(report.keptAs ? t("restore.keptAs", { file: report.keptAs }) : t("restore.nothingKept"));
    if (report.migrated > 0) console.log(t("restore.migrated", { count: report.migrated }));
    console.log(t("restore.rows"));
    printCounts(report.counts);
    console.log(t("restore.startAgain"));
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(error.message);
    return 1;
  }
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
