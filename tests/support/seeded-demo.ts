/**
 * The seeded demo (the founding case, Kazakhstan's UPR recommendations) for tests that read it.
 * The test file points DATABASE_PATH at a fresh folder in vi.hoisted, before anything opens the
 * database; these seed it there and remove the folder afterwards. Imported lazily, so the path
 * is read only once it is set.
 */
import fs from "node:fs";
import path from "node:path";

export async function seedDemo(): Promise<void> {
  const { getDb } = await import("@/db");
  const { bootstrap } = await import("@/lib/bootstrap");
  const { readConfig } = await import("@/lib/config");
  await bootstrap(
    getDb(),
    readConfig({
      DATABASE_PATH: process.env.DATABASE_PATH,
      ADMIN_EMAIL: "boss@example.org",
      ADMIN_PASSWORD: "long-enough-pw",
    }),
  );
}

export async function removeDemo(): Promise<void> {
  const { getDb } = await import("@/db");
  getDb().$client.close();
  fs.rmSync(path.dirname(process.env.DATABASE_PATH!), { recursive: true, force: true });
}
