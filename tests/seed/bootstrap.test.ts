import { afterEach, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { openDatabase, type DB } from "@/db";
import {
  assessments,
  auditLog,
  bodies,
  documents,
  evidence,
  recommendations,
  reviewCycles,
  stateResponses,
  users,
} from "@/db/schema";
import { bootstrap } from "@/lib/bootstrap";
import { readConfig } from "@/lib/config";
import { attemptSignIn } from "@/lib/data/sign-in";
import { freshDb } from "../support/db";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup() {
  const t = freshDb();
  cleanups.push(t.close);
  return t;
}
const n = (db: DB, table: SQLiteTable) => db.select({ n: count() }).from(table).get()!.n;

describe("start-up on an empty database", () => {
  it("creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD and seeds the founding case", async () => {
    const { db, file } = setup();
    const cfg = readConfig({ DATABASE_PATH: file, ADMIN_EMAIL: "Boss@Example.org", ADMIN_PASSWORD: "long-enough-pw" });
    const report = await bootstrap(db, cfg);
    expect(report.seeded).toBe(true);
    expect(report.admin).toEqual({ email: "boss@example.org", password: undefined, fromEnv: true });
    const signedIn = await attemptSignIn(db, "boss@example.org", "long-enough-pw", "127.0.0.1");
    expect(signedIn.ok && signedIn.user.role).toBe("admin");
    expect(n(db, bodies)).toBe(12);
    const byBody = db
      .select({ body: bodies.code, cycle: reviewCycles.uprSession, n: count() })
      .from(recommendations)
      .innerJoin(bodies, eq(bodies.id, recommendations.bodyId))
      .innerJoin(reviewCycles, eq(reviewCycles.id, recommendations.cycleId))
      .groupBy(bodies.code, reviewCycles.uprSession)
      .orderBy(bodies.code, reviewCycles.uprSession)
      .all();
    // The founding case, and Kazakhstan's UPR recommendations of sessions 7 (2010) and 20 (2014) from UPR Info.
    expect(byBody).toEqual([
      { body: "CCPR", cycle: null, n: 3 },
      { body: "UPR", cycle: 7, n: 129 },
      { body: "UPR", cycle: 20, n: 189 },
    ]);
    const co2 = db.select().from(documents).where(eq(documents.symbol, "CCPR/C/KAZ/CO/2")).get();
    expect(co2?.date).toBe("2016-07-11");
  });

  it("without ADMIN_* creates admin@localhost with a random password it reports once", async () => {
    const { db, file } = setup();
    const report = await bootstrap(db, readConfig({ DATABASE_PATH: file }));
    expect(report.admin?.email).toBe("admin@localhost");
    expect(report.admin?.password).toMatch(/^\S{12,}$/);
    expect((await attemptSignIn(db, "admin@localhost", report.admin!.password!, "127.0.0.1")).ok).toBe(true);
  });

  it("computes 'outstanding since 2011' from the reiteration chain and marks the case not implemented", async () => {
    const { db, file } = setup();
    await bootstrap(db, readConfig({ DATABASE_PATH: file }));
    const rec = db
      .select()
      .from(recommendations)
      .where(eq(recommendations.subject, "Conscientious objection and alternative civilian service"))
      .get()!;
    expect(rec.chainStartYear).toBe(2011);
    expect(rec.year).toBe(2016);
    expect(rec.status).toBe("not_implemented");
    expect(rec.latestStance).toBe("rejects");
    const reply = db.select().from(stateResponses).where(eq(stateResponses.recommendationId, rec.id)).get()!;
    expect(reply.date).toBe("2024-04-02");
    expect(reply.quote).toContain("The law does not directly recognise the right of an individual");
    const co1 = db.select().from(recommendations).where(eq(recommendations.paragraph, "23")).get()!;
    expect(co1.year).toBe(2011);
    // The article gives no paragraph numbers for CO/2: recorded as unknown, not guessed.
    expect(
      db
        .select()
        .from(recommendations)
        .where(eq(recommendations.year, 2016))
        .all()
        .every((r) => r.paragraph === null),
    ).toBe(true);
  });

  it("a restart on the same database keeps every row and seeds nothing twice", async () => {
    const { db, file } = setup();
    const cfg = readConfig({ DATABASE_PATH: file });
    await bootstrap(db, cfg);
    const before = [recommendations, evidence, assessments, users, auditLog, documents].map((t) => n(db, t));
    db.$client.close();
    const reopened = openDatabase(file);
    cleanups.push(() => reopened.$client.close());
    const report = await bootstrap(reopened, cfg);
    expect(report).toEqual({ seeded: false });
    expect([recommendations, evidence, assessments, users, auditLog, documents].map((t) => n(reopened, t))).toEqual(
      before,
    );
  });

  it("SEED_DEMO=0 leaves the database empty but still creates the admin and the bodies", async () => {
    const { db, file } = setup();
    const report = await bootstrap(db, readConfig({ DATABASE_PATH: file, SEED_DEMO: "0" }));
    expect(report.seeded).toBe(false);
    expect(n(db, recommendations)).toBe(0);
    expect(n(db, users)).toBe(1);
    expect(n(db, bodies)).toBe(12);
  });
});

describe("configuration", () => {
  it("names the variable that is wrong", async () => {
    expect(() => readConfig({ PORT: "eighty" })).toThrow(/PORT must be a number/);
    expect(() => readConfig({ PORT: "70000" })).toThrow(/PORT must be between 1 and 65535/);
    expect(() => readConfig({ ADMIN_EMAIL: "not-an-email" })).toThrow(/ADMIN_EMAIL must be an email address/);
    expect(() => readConfig({ SEED_DEMO: "maybe" })).toThrow(/SEED_DEMO must be 1 or 0/);
    expect(() => readConfig({ ADMIN_PASSWORD: "long-enough-pw" })).toThrow(
      /ADMIN_PASSWORD is set but ADMIN_EMAIL is not/,
    );
  });
  it("has defaults a new user needs no file for", async () => {
    const cfg = readConfig({});
    expect(cfg.port).toBe(3000);
    expect(cfg.databasePath.endsWith("data/tracker.db")).toBe(true);
  });
});
