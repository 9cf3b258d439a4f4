import { afterEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db";
import { recommendations } from "@/db/schema";
import { SYSTEM_ACTOR } from "@/lib/auth/roles";
import { seedFoundingCase, ensureBodies } from "@/db/seed";
import { createAssessment } from "@/lib/data/assessments";
import { getSummary } from "@/lib/data/dashboard";
import { freshDb } from "../support/db";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const all = { state: [], body: [], theme: [] } as unknown as Parameters<typeof getSummary>[1];

describe("dashboard figures are remembered only while the data is unchanged", () => {
  it("a write through this connection is seen at once", () => {
    const t = freshDb();
    cleanups.push(t.close);
    ensureBodies(t.db);
    seedFoundingCase(t.db);
    const queries = vi.spyOn(t.db, "all");
    const before = getSummary(t.db, all);
    expect(getSummary(t.db, all)).toEqual(before);
    expect(queries).toHaveBeenCalledTimes(1); // the second view is served from memory
    const art22 = t.db
      .select()
      .from(recommendations)
      .where(eq(recommendations.subject, "Freedom of conscience: article 22 of the Constitution"))
      .get()!;
    createAssessment(t.db, SYSTEM_ACTOR, art22.id, { date: "2025-01", status: "implemented", rationale: "Test." });
    const after = getSummary(t.db, all);
    expect(after.counts.implemented).toBe(before.counts.implemented + 1);
  });

  it("a commit by another connection (an import CLI) is seen at once", () => {
    const t = freshDb();
    cleanups.push(t.close);
    ensureBodies(t.db);
    seedFoundingCase(t.db);
    const before = getSummary(t.db, all);
    const other = openDatabase(t.file);
    cleanups.push(() => other.$client.close());
    const art22 = other
      .select()
      .from(recommendations)
      .where(eq(recommendations.subject, "Freedom of conscience: article 22 of the Constitution"))
      .get()!;
    createAssessment(other, SYSTEM_ACTOR, art22.id, { date: "2025-01", status: "regressed", rationale: "Test." });
    expect(getSummary(t.db, all).counts.regressed).toBe(before.counts.regressed + 1);
  });
});
