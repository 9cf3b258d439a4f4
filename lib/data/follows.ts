import "server-only";
import type { z } from "zod";
import { and, desc, eq } from "drizzle-orm";
import type { Route } from "next";
import type { DB, Executor } from "../../db";
import { bodies, follows, recommendations, states, type FollowRow } from "../../db/schema";
import { appHref } from "../app-href";
import type { Actor } from "../auth/roles";
import { NotFoundError } from "../errors";
import { recommendationTitle } from "../recommendation-title";
import { parseInput } from "../validation/common";
import { followCreateSchema } from "../validation/follows";
import { vmsg } from "../validation/messages";
import { writeAudit } from "./audit";
import { personalActor } from "./me";
import { entityLabel, fieldError, iso, writeTx } from "./write-helpers";

/**
 * What a user follows: states, bodies, recommendations. Following is the user's
 * own business (every role may), idempotent (following twice is one follow), and
 * undone by deleting the follow — it is a preference, not a record of fact.
 */
export type FollowTarget = { state: string } | { body: string } | { recommendationId: number };
export type FollowDTO = {
  id: number;
  kind: "state" | "body" | "recommendation";
  state?: { code: string; name: string };
  body?: { code: string; name: string };
  recommendation?: { id: number; title: string; stateCode: string; bodyCode: string };
  href: Route;
  createdAt: string | null;
};

function toDTO(db: Executor, f: FollowRow): FollowDTO {
  const base = { id: f.id, createdAt: iso(f.createdAt) };
  if (f.stateId) {
    const s = db.select({ code: states.code, name: states.name }).from(states).where(eq(states.id, f.stateId)).get()!;
    return { ...base, kind: "state", state: s, href: appHref(`/states/${s.code}`) };
  }
  if (f.bodyId) {
    const b = db.select({ code: bodies.code, name: bodies.name }).from(bodies).where(eq(bodies.id, f.bodyId)).get()!;
    return { ...base, kind: "body", body: b, href: appHref(`/bodies/${b.code}`) };
  }
  const r = db
    .select({
      id: recommendations.id,
      subject: recommendations.subject,
      text: recommendations.text,
      stateCode: states.code,
      bodyCode: bodies.code,
    })
    .from(recommendations)
    .innerJoin(states, eq(states.id, recommendations.stateId))
    .innerJoin(bodies, eq(bodies.id, recommendations.bodyId))
    .where(eq(recommendations.id, f.recommendationId!))
    .get()!;
  return {
    ...base,
    kind: "recommendation",
    recommendation: { id: r.id, title: recommendationTitle(r), stateCode: r.stateCode, bodyCode: r.bodyCode },
    href: appHref(`/recommendations/${r.id}`),
  };
}

/** The columns a target sets, checked to exist. */
function targetColumns(db: Executor, data: { state?: string; body?: string; recommendationId?: number }) {
  if (data.state) {
    const s = db.select({ id: states.id }).from(states).where(eq(states.code, data.state)).get();
    if (!s) fieldError("state", vmsg("write.missingRef", { what: entityLabel("state"), id: data.state }));
    return { stateId: s.id };
  }
  if (data.body) {
    const b = db.select({ id: bodies.id }).from(bodies).where(eq(bodies.code, data.body)).get();
    if (!b) fieldError("body", vmsg("write.missingRef", { what: entityLabel("body"), id: data.body }));
    return { bodyId: b.id };
  }
  const r = db
    .select({ id: recommendations.id })
    .from(recommendations)
    .where(eq(recommendations.id, data.recommendationId!))
    .get();
  if (!r)
    fieldError(
      "recommendationId",
      vmsg("write.missingRef", { what: entityLabel("recommendation"), id: data.recommendationId! }),
    );
  return { recommendationId: r.id };
}

function findFollow(db: Executor, userId: number, cols: ReturnType<typeof targetColumns>) {
  const [column, value] = Object.entries(cols)[0] as ["stateId" | "bodyId" | "recommendationId", number];
  return db
    .select()
    .from(follows)
    .where(and(eq(follows.userId, userId), eq(follows[column], value)))
    .get();
}

/** Follows the target; following it again answers the existing follow (`created: false`). */
export function follow(
  db: DB,
  actor: Actor | null | undefined,
  input: z.input<typeof followCreateSchema>,
): FollowDTO & { created: boolean } {
  const who = personalActor(actor);
  const data = parseInput(followCreateSchema, input);
  return writeTx(db, (tx) => {
    const cols = targetColumns(tx, data);
    const existing = findFollow(tx, who.id, cols);
    if (existing) return { ...toDTO(tx, existing), created: false };
    const row = tx
      .insert(follows)
      .values({ userId: who.id, ...cols })
      .returning()
      .get();
    const dto = toDTO(tx, row);
    writeAudit(tx, who, "follow", "follow", row.id, null, { ...cols, userId: who.id });
    return { ...dto, created: true };
  });
}

/** Stops following; only one's own follows (another user's id is simply not found). */
export function unfollow(db: DB, actor: Actor | null | undefined, id: number): { id: number; deleted: true } {
  const who = personalActor(actor);
  return writeTx(db, (tx) => {
    const row = tx
      .select()
      .from(follows)
      .where(and(eq(follows.id, id), eq(follows.userId, who.id)))
      .get();
    if (!row) throw new NotFoundError("Follow", id);
    const before = { stateId: row.stateId, bodyId: row.bodyId, recommendationId: row.recommendationId, userId: who.id };
    tx.delete(follows).where(eq(follows.id, id)).run();
    writeAudit(tx, who, "unfollow", "follow", id, before, null);
    return { id, deleted: true as const };
  });
}

export function listFollows(db: Executor, actor: Actor | null | undefined): FollowDTO[] {
  const who = personalActor(actor);
  return db
    .select()
    .from(follows)
    .where(eq(follows.userId, who.id))
    .orderBy(desc(follows.createdAt), desc(follows.id))
    .all()
    .map((f) => toDTO(db, f));
}

/** The user's follow of this target, if any (for the Follow / Following button). */
export function followOf(db: Executor, userId: number, target: FollowTarget): { id: number } | null {
  const cols =
    "state" in target
      ? (() => {
          const s = db.select({ id: states.id }).from(states).where(eq(states.code, target.state)).get();
          return s ? { stateId: s.id } : null;
        })()
      : "body" in target
        ? (() => {
            const b = db.select({ id: bodies.id }).from(bodies).where(eq(bodies.code, target.body)).get();
            return b ? { bodyId: b.id } : null;
          })()
        : { recommendationId: target.recommendationId };
  if (!cols) return null;
  const row = findFollow(db, userId, cols);
  return row ? { id: row.id } : null;
}
