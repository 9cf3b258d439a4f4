import "server-only";
import { and, count, desc, eq, inArray, isNull, like, or, type SQL } from "drizzle-orm";
import type { Executor } from "../../db";
import { bodies, documents, recommendations, states } from "../../db/schema";
import { STATUSES, type Status } from "../../db/schema/enums";

/**
 * A plain filtered list for GET /api/v1/recommendations while the search
 * module (lib/data/search.ts, issue 2) is not there yet; it reads only the
 * indexed derived columns.
 */
export type BasicRecommendationFilters = { state?: string[]; body?: string[]; status?: Status[]; cycleId?: number; q?: string; archived?: boolean; page?: number; per?: number };

export function listRecommendationsBasic(db: Executor, f: BasicRecommendationFilters) {
  const where: SQL[] = [];
  if (!f.archived) where.push(isNull(recommendations.archivedAt));
  if (f.state?.length) where.push(inArray(states.code, f.state));
  if (f.body?.length) where.push(inArray(bodies.code, f.body));
  const statuses = f.status?.filter((s) => (STATUSES as readonly string[]).includes(s));
  if (statuses?.length) where.push(inArray(recommendations.status, statuses));
  if (f.cycleId) where.push(eq(recommendations.cycleId, f.cycleId));
  if (f.q) where.push(or(like(recommendations.text, `%${f.q}%`), like(recommendations.subject, `%${f.q}%`))!);
  const cond = where.length ? and(...where) : undefined;
  const per = f.per ?? 50;
  const page = f.page ?? 1;
  const base = () =>
    db.select({
      id: recommendations.id, symbol: documents.symbol, paragraph: recommendations.paragraph, subject: recommendations.subject, text: recommendations.text,
      status: recommendations.status, latestStance: recommendations.latestStance, latestGrade: recommendations.latestGrade, year: recommendations.year,
      chainStartYear: recommendations.chainStartYear, cycleId: recommendations.cycleId, state: states.code, body: bodies.code, version: recommendations.version,
    })
      .from(recommendations)
      .innerJoin(states, eq(states.id, recommendations.stateId))
      .innerJoin(bodies, eq(bodies.id, recommendations.bodyId))
      .leftJoin(documents, eq(documents.id, recommendations.documentId));
  const rows = base().where(cond).orderBy(desc(recommendations.year), desc(recommendations.id)).limit(per).offset((page - 1) * per).all();
  const total = db
    .select({ n: count() })
    .from(recommendations)
    .innerJoin(states, eq(states.id, recommendations.stateId))
    .innerJoin(bodies, eq(bodies.id, recommendations.bodyId))
    .where(cond)
    .get()!.n;
  return { rows, total, page, per };
}
