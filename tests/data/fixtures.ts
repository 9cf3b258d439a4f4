import { count } from "drizzle-orm";
import type { DB } from "@/db";
import { auditLog, users } from "@/db/schema";
import type { Role } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/roles";
import { createBody } from "@/lib/data/bodies";
import { createCycle } from "@/lib/data/cycles";
import { createDocument } from "@/lib/data/documents";
import { createRecommendation } from "@/lib/data/recommendations-write";
import { createState } from "@/lib/data/states";

/** One real user row per role, so audit entries can point at them. */
export function actors(db: DB): Record<Role, Actor> {
  const make = (role: Role): Actor => {
    const row = db
      .insert(users)
      .values({ email: `${role}@example.org`, name: `The ${role}`, role, passwordHash: "not-used-in-these-tests" })
      .returning()
      .get();
    return { id: row.id, email: row.email, name: row.name, role };
  };
  return { admin: make("admin"), editor: make("editor"), viewer: make("viewer") };
}

export const auditCount = (db: DB) => db.select({ n: count() }).from(auditLog).get()!.n;

/** Kazakhstan before the Human Rights Committee, two cycles (2011 and 2016), one recommendation in each. */
export function foundingCase(db: DB, editor: Actor) {
  const kaz = createState(db, editor, { code: "KAZ", name: "Kazakhstan" });
  const ccpr = createBody(db, editor, {
    code: "CCPR",
    name: "Human Rights Committee",
    kind: "treaty_body",
    treaty: "ICCPR (1966)",
  });
  const cycle1 = createCycle(db, editor, { stateId: kaz.id, bodyId: ccpr.id, ordinal: 1, adoptionDate: "2011-07" });
  const cycle2 = createCycle(db, editor, { stateId: kaz.id, bodyId: ccpr.id, ordinal: 2, adoptionDate: "2016-07" });
  const co1 = createDocument(db, editor, {
    symbol: "CCPR/C/KAZ/CO/1",
    title: "Concluding observations (2011)",
    kind: "concluding_observations",
    date: "2011-08-19",
    cycleId: cycle1.id,
  });
  const co2 = createDocument(db, editor, {
    symbol: "CCPR/C/KAZ/CO/2",
    title: "Concluding observations (2016)",
    kind: "concluding_observations",
    date: "2016-08-09",
    cycleId: cycle2.id,
  });
  const rec1 = createRecommendation(db, editor, {
    cycleId: cycle1.id,
    documentId: co1.id,
    paragraph: "23",
    text: "The State party should recognise conscientious objection to military service.",
    themes: ["Freedom of thought"],
  });
  const rec2 = createRecommendation(db, editor, {
    cycleId: cycle2.id,
    documentId: co2.id,
    paragraph: "46",
    text: "The State party should take all measures necessary to ensure the legal recognition of conscientious objection.",
    isFollowUp: true,
    followUpDeadline: "2018-07",
  });
  return { kaz, ccpr, cycle1, cycle2, co1, co2, rec1, rec2 };
}
