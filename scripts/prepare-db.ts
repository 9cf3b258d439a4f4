/**
 * Migrates DATABASE_PATH and (unless --no-seed) bootstraps it: `npm run db:migrate`, `npm run db:seed`.
 */
import { openDatabase } from "../db";
import { bootstrap } from "../lib/bootstrap";
import { readConfig } from "../lib/config";
import { printBootstrap } from "./lib/print-bootstrap";

async function main() {
  const cfg = readConfig();
  const db = openDatabase(cfg.databasePath);
  console.log(`Database ready at ${cfg.databasePath} (migrations applied).`);
  if (!process.argv.includes("--no-seed")) printBootstrap(await bootstrap(db, cfg), cfg);
  db.$client.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
