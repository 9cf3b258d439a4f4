/**
 * `npx tsx scripts/crash-test.ts [FILE] [--points 10]`: kills a CLI import with SIGKILL at
 * evenly spread moments of its run and checks, after each kill, that the database passes
 * `PRAGMA integrity_check` and holds either nothing of the file or all of it (the import is
 * one transaction: lib/data/import-batches.ts). Works on a throwaway database in the
 * system's temporary folder; never touches DATABASE_PATH. Exits non-zero on any failure.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";

const { values, positionals } = parseArgs({
  options: { points: { type: "string", default: "10" } },
  allowPositionals: true,
});
const file = path.resolve(positionals[0] ?? "tests/fixtures/real/upr-info-2008-2014/1-5.csv");
const points = Number(values.points);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-crash-"));
const db = path.join(dir, "tracker.db");
const importArgs = ["--conditions=react-server", "--import", "tsx", "scripts/import.ts", file];
const env = { ...process.env, DATABASE_PATH: db, SEED_DEMO: "0" };

function counts() {
  const c = new Database(db, { readonly: true });
  try {
    return {
      integrity: c.pragma("integrity_check", { simple: true }) as string,
      recommendations: (c.prepare("SELECT COUNT(*) FROM recommendations").pluck().get() as number) ?? 0,
      batches: (c.prepare("SELECT COUNT(*) FROM import_batches").pluck().get() as number) ?? 0,
    };
  } finally {
    c.close();
  }
}

function fresh() {
  for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f), { force: true });
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/prepare-db.ts"], {
    env,
    stdio: "ignore",
  });
  if (r.status !== 0) throw new Error("prepare-db failed");
}

function runImport(killAfterMs?: number): Promise<{ code: number | null; signal: string | null; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, importArgs, { env, stdio: "ignore" });
    const timer = killAfterMs === undefined ? null : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.on("exit", (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, ms: Date.now() - started });
    });
  });
}

async function main() {
  fresh();
  const empty = counts();
  const whole = await runImport();
  if (whole.code !== 0) throw new Error(`the uninterrupted import failed (exit ${whole.code})`);
  const full = counts();
  console.log(
    `${path.basename(file)}: uninterrupted import ${whole.ms} ms, ${full.recommendations - empty.recommendations} recommendations`,
  );
  let failures = 0;
  for (let i = 1; i <= points; i++) {
    fresh();
    const at = Math.round((whole.ms * i) / (points + 1));
    const run = await runImport(at);
    const after = counts();
    const nothing = after.recommendations === empty.recommendations && after.batches === empty.batches;
    const all = after.recommendations === full.recommendations && after.batches === full.batches;
    const ok = after.integrity === "ok" && (nothing || all);
    if (!ok) failures++;
    console.log(
      `kill at ${String(at).padStart(6)} ms (${run.signal ?? `exit ${run.code}`}): integrity ${after.integrity}, ` +
        `${nothing ? "nothing imported" : all ? "whole file imported" : `PARTIAL: ${after.recommendations} recommendations`}` +
        (ok ? "" : "  ← FAIL"),
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(
    failures ? `${failures} of ${points} kills left the database inconsistent` : `all ${points} kills: consistent`,
  );
  process.exit(failures ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
