/**
 * `npm run backup -- FILE`: a consistent copy of DATABASE_PATH, safe while the
 * app runs (lib/backup/backup.ts). FILE is a new file, or a folder to put a
 * time-stamped copy in. Exit codes: 0 written and checked, 1 refused, 2 usage.
 */
import { backupDatabase, BackupError } from "../lib/backup/backup";
import { knownMigrations } from "../lib/backup/inventory";
import { readConfig } from "../lib/config";
import { formatNumber } from "../lib/i18n/format";
import { t } from "../lib/i18n/messages";
import { printCounts } from "./lib/print-counts";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0].startsWith("-")) {
    console.error(t("backup.usage"));
    return 2;
  }
  const cfg = readConfig();
  try {
    const report = await backupDatabase(cfg.databasePath, args[0]);
    const size = formatNumber(report.bytes / 1024 / 1024, undefined, { maximumFractionDigits: 1 });
    console.log(t("backup.done", { file: report.file, size }));
    console.log(t("backup.level", { applied: report.level.applied, known: knownMigrations().length }));
    console.log(t("backup.rows"));
    printCounts(report.counts);
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(error.message);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
