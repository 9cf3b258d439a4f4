import { and, count, eq } from "drizzle-orm";
import type { DB, Tx } from "../index";
import {
  appMeta,
  assessmentEvidence,
  assessments,
  bodies,
  documents,
  evidence,
  recommendationEvidence,
  recommendationTags,
  recommendations,
  reiterations,
  reviewCycles,
  stateResponses,
  states,
  tags,
} from "../schema";
import { refreshRecommendation } from "../../lib/data/derived";
import { writeAudit } from "../../lib/data/audit";
import { SYSTEM_ACTOR } from "../../lib/auth/roles";
import { BODIES } from "./bodies";
import { foundingCase } from "./founding-case";

/** Seeding writes: the write lock first, like every other write (lib/data/write-helpers.ts). */
const IMMEDIATE = { behavior: "immediate" } as const;

/** Inserts any of the standard bodies that are missing; never touches edited ones. */
export function ensureBodies(db: DB) {
  db.transaction((tx) => {
    for (const b of BODIES) tx.insert(bodies).values(b).onConflictDoNothing({ target: bodies.code }).run();
  }, IMMEDIATE);
}

export function isDemoSeeded(db: DB): boolean {
  return !!db.select().from(appMeta).where(eq(appMeta.key, "demo_seeded_at")).get();
}

export function isEmpty(db: DB): boolean {
  return db.select({ n: count() }).from(recommendations).get()!.n === 0 && !isDemoSeeded(db);
}

function upsertTag(tx: Tx, kind: "theme" | "affected_persons" | "sdg", name: string): number {
  tx.insert(tags).values({ kind, name }).onConflictDoNothing().run();
  return tx
    .select({ id: tags.id })
    .from(tags)
    .where(and(eq(tags.kind, kind), eq(tags.name, name)))
    .get()!.id;
}

/** Loads the founding case (db/seed/founding-case.ts) in one transaction, once. */
export function seedFoundingCase(db: DB) {
  const fc = foundingCase;
  db.transaction((tx) => {
    if (tx.select().from(appMeta).where(eq(appMeta.key, "demo_seeded_at")).get()) return;
    tx.insert(states).values(fc.state).onConflictDoNothing({ target: states.code }).run();
    // The demo's public portal shows the founding case (its source is a published article).
    tx.update(states).set({ published: true }).where(eq(states.code, fc.state.code)).run();
    const stateId = tx.select().from(states).where(eq(states.code, fc.state.code)).get()!.id;
    const bodyId = tx.select().from(bodies).where(eq(bodies.code, fc.body)).get()!.id;

    const docIds = new Map<string, number>();
    const src = fc.source;
    docIds.set(
      src.key,
      tx
        .insert(documents)
        .values({ title: src.title, kind: src.kind, publisher: src.publisher, date: src.date, url: src.url, stateId })
        .returning()
        .get().id,
    );

    const cycleIds = new Map<number, number>();
    for (const c of fc.cycles) {
      const { documents: docs, ...dates } = c;
      const cycle = tx
        .insert(reviewCycles)
        .values({ stateId, bodyId, ...dates })
        .returning()
        .get();
      cycleIds.set(c.ordinal, cycle.id);
      for (const d of docs) {
        const { key, ...doc } = d;
        docIds.set(
          key,
          tx
            .insert(documents)
            .values({ ...doc, cycleId: cycle.id, stateId, bodyId })
            .returning()
            .get().id,
        );
      }
    }

    const recIds = new Map<string, number>();
    for (const r of fc.recommendations) {
      const row = tx
        .insert(recommendations)
        .values({
          cycleId: cycleIds.get(r.cycle)!,
          documentId: docIds.get(r.document)!,
          paragraph: r.paragraph,
          subject: r.subject,
          text: r.text,
          stateId,
          bodyId,
        })
        .returning()
        .get();
      recIds.set(r.key, row.id);
      for (const t of r.themes)
        tx.insert(recommendationTags)
          .values({ recommendationId: row.id, tagId: upsertTag(tx, "theme", t) })
          .run();
    }
    for (const r of fc.recommendations) {
      if (!("reiterates" in r) || !r.reiterates) continue;
      tx.insert(reiterations)
        .values({
          recommendationId: recIds.get(r.key)!,
          earlierId: recIds.get(r.reiterates)!,
          kind: "reiterates",
          note: r.reiterationNote,
        })
        .run();
    }

    for (const s of fc.responses) {
      tx.insert(stateResponses)
        .values({
          recommendationId: recIds.get(s.recommendation)!,
          date: s.date,
          documentId: docIds.get(s.document)!,
          stance: s.stance,
          quote: s.quote,
          notes: s.notes,
        })
        .run();
    }

    const evIds = new Map<string, number>();
    for (const e of fc.evidence) {
      const row = tx
        .insert(evidence)
        .values({
          stateId,
          date: e.date,
          kind: e.kind,
          title: e.title,
          summary: e.summary,
          sourceDocumentId: docIds.get(src.key)!,
          sourceUrl: e.url,
          // Every item is taken from the published Forum 18 article, so showing it names no one anew.
          public: true,
        })
        .returning()
        .get();
      evIds.set(e.key, row.id);
    }
    for (const a of fc.assessments) {
      const row = tx
        .insert(assessments)
        .values({
          recommendationId: recIds.get(a.recommendation)!,
          date: a.date,
          status: a.status,
          rationale: a.rationale,
          authorName: a.author,
        })
        .returning()
        .get();
      for (const k of a.evidence) {
        tx.insert(assessmentEvidence)
          .values({ assessmentId: row.id, evidenceId: evIds.get(k)! })
          .run();
        tx.insert(recommendationEvidence)
          .values({ recommendationId: recIds.get(a.recommendation)!, evidenceId: evIds.get(k)! })
          .onConflictDoNothing()
          .run();
      }
    }

    for (const id of recIds.values()) refreshRecommendation(tx, id);
    tx.insert(appMeta).values({ key: "demo_seeded_at", value: new Date().toISOString() }).run();
    writeAudit(tx, SYSTEM_ACTOR, "seed", "demo", null, null, {
      recommendations: recIds.size,
      evidence: evIds.size,
      source: src.url,
    });
  }, IMMEDIATE);
}
