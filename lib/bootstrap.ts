import type { DB } from "../db";
import { ensureBodies, isEmpty, seedFoundingCase } from "../db/seed";
import { seedUprDemo } from "../db/seed/upr-demo";
import { config, type AppConfig } from "./config";
import { generatePassword } from "./auth/password";
import { countUsers, createUser } from "./data/users";

export type BootstrapReport = {
  admin?: { email: string; password?: string; fromEnv: boolean };
  seeded: boolean;
};

/**
 * What start-up does to a database after migrating it: standard bodies, the
 * first admin on a database with no users, and the demo data on an empty one
 * (unless SEED_DEMO=0): the founding case and Kazakhstan's UPR recommendations.
 * Running it again changes nothing.
 */
export async function bootstrap(db: DB, cfg: AppConfig = config()): Promise<BootstrapReport> {
  const report: BootstrapReport = { seeded: false };
  const emptyBefore = isEmpty(db);
  ensureBodies(db);
  if (countUsers(db) === 0) {
    const email = cfg.adminEmail ?? "admin@localhost";
    const password = cfg.adminPassword ?? generatePassword();
    await createUser(db, { email, name: "Administrator", role: "admin", password });
    report.admin = { email, password: cfg.adminPassword ? undefined : password, fromEnv: !!cfg.adminPassword };
  }
  if (emptyBefore && cfg.seedDemo !== false) {
    seedFoundingCase(db);
    await seedUprDemo(db);
    report.seeded = true;
  }
  return report;
}
