import "server-only";
import { bodyName, stateName } from "../i18n/place-names";
import { dismissalsOf } from "./reiteration-dismissals";
import { and, asc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db";
import {
  assessmentEvidence,
  assessments,
  bodies,
  documents,
  evidence,
  followUpGrades,
  recommendationEvidence,
  recommendations,
  recommendingStates,
  recommendationTags,
  reviewCycles,
  states,
  stateResponses,
  tags,
  users,
} from "../../db/schema";
import type { DocumentKind, EvidenceKind, GradeLetter, Stance, Status, TagKind } from "../../db/schema/enums";
import { listActionsForRecommendation, type ActionDTO, type ProgressDTO } from "./actions";
import { currentYear } from "../domain/clock";
import { outstandingSince, yearsOutstanding } from "../domain/outstanding";
import { listChain, type ChainLink } from "./chain";

export type DocumentRef = {
  id: number;
  symbol: string | null;
  title: string;
  kind: DocumentKind;
  date: string | null;
  url: string | null;
};
export type EvidenceDTO = {
  id: number;
  date: string | null;
  kind: EvidenceKind;
  title: string;
  summary: string | null;
  sourceUrl: string | null;
  source: DocumentRef | null;
  /** Marked for the public portal and share links; private otherwise. */
  public: boolean;
};
export type TimelineEvent =
  | { type: "recommendation"; date: string | null; link: ChainLink }
  | { type: "document"; date: string | null; document: DocumentRef; cycleOrdinal: number }
  | {
      type: "response";
      date: string;
      id: number;
      stance: Stance;
      quote: string | null;
      notes: string | null;
      document: DocumentRef | null;
    }
  | {
      type: "grade";
      date: string;
      id: number;
      gradeAsWritten: string;
      gradeLetter: GradeLetter;
      document: DocumentRef | null;
    }
  | {
      type: "assessment";
      date: string;
      id: number;
      status: Status;
      rationale: string;
      author: string | null;
      evidenceIds: number[];
    }
  | { type: "evidence"; date: string | null; evidence: EvidenceDTO }
  | { type: "action"; date: string; action: ActionDTO }
  | { type: "actionProgress"; date: string; progress: ProgressDTO; action: ActionDTO };

const docColumns = {
  id: documents.id,
  symbol: documents.symbol,
  title: documents.title,
  kind: documents.kind,
  date: documents.date,
  url: documents.url,
};

function docsById(db: Executor, ids: (number | null)[]): Map<number, DocumentRef> {
  const wanted = [...new Set(ids.filter((x): x is number => x != null))];
  if (!wanted.length) return new Map();
  return new Map(
    db
      .select(docColumns)
      .from(documents)
      .where(inArray(documents.id, wanted))
      .all()
      .map((d) => [d.id, d]),
  );
}

export type StoryOptions = {
  /**
   * The public portal's and share links' story (lib/domain/published.ts): no evidence that is
   * not marked public, no staff names (assessment authors), none of the NGO's own work plan
   * (actions), no dismissed suggestions. With `publishedOnly` too, null unless the state is
   * published and the recommendation live.
   */
  publicOnly?: boolean;
  publishedOnly?: boolean;
};

/** Everything the recommendation page and GET /api/v1/recommendations/{id} show, in one DTO. */
export function getRecommendationStory(db: Executor, id: number, opts: StoryOptions = {}) {
  const rec = db
    .select({
      r: recommendations,
      state: { code: states.code, name: states.name, published: states.published, archivedAt: states.archivedAt },
      body: { code: bodies.code, name: bodies.name },
      cycle: {
        id: reviewCycles.id,
        ordinal: reviewCycles.ordinal,
        uprSession: reviewCycles.uprSession,
        adoptionDate: reviewCycles.adoptionDate,
        followUpDeadline: reviewCycles.followUpDeadline,
        nextReportDue: reviewCycles.nextReportDue,
      },
    })
    .from(recommendations)
    .innerJoin(reviewCycles, eq(reviewCycles.id, recommendations.cycleId))
    .innerJoin(states, eq(states.id, recommendations.stateId))
    .innerJoin(bodies, eq(bodies.id, recommendations.bodyId))
    .where(eq(recommendations.id, id))
    .get();
  if (!rec) return null;
  const r = rec.r;
  if (opts.publishedOnly && (!rec.state.published || rec.state.archivedAt != null || r.archivedAt != null)) return null;
  const isPublic = !!(opts.publicOnly || opts.publishedOnly);

  const tagRows = db
    .select({ kind: tags.kind, name: tags.name })
    .from(recommendationTags)
    .innerJoin(tags, eq(tags.id, recommendationTags.tagId))
    .where(eq(recommendationTags.recommendationId, id))
    .orderBy(asc(tags.name))
    .all();
  const byKind = (k: TagKind) => tagRows.filter((x) => x.kind === k).map((x) => x.name);
  const recommending = db
    .select({ name: recommendingStates.name })
    .from(recommendingStates)
    .where(eq(recommendingStates.recommendationId, id))
    .orderBy(asc(recommendingStates.name))
    .all()
    .map((x) => x.name);

  const responses = db
    .select()
    .from(stateResponses)
    .where(and(eq(stateResponses.recommendationId, id), isNull(stateResponses.archivedAt)))
    .orderBy(asc(stateResponses.date), asc(stateResponses.id))
    .all();
  const grades = db
    .select()
    .from(followUpGrades)
    .where(and(eq(followUpGrades.recommendationId, id), isNull(followUpGrades.archivedAt)))
    .orderBy(asc(followUpGrades.date), asc(followUpGrades.id))
    .all();
  const assessmentRows = db
    .select({ a: assessments, authorUser: users.name })
    .from(assessments)
    .leftJoin(users, eq(users.id, assessments.authorId))
    .where(and(eq(assessments.recommendationId, id), isNull(assessments.archivedAt)))
    .orderBy(asc(assessments.date), asc(assessments.id))
    .all();
  const assessmentLinks = assessmentRows.length
    ? db
        .select()
        .from(assessmentEvidence)
        .where(
          inArray(
            assessmentEvidence.assessmentId,
            assessmentRows.map((x) => x.a.id),
          ),
        )
        .all()
    : [];
  const directEvidence = db
    .select({ id: recommendationEvidence.evidenceId })
    .from(recommendationEvidence)
    .where(eq(recommendationEvidence.recommendationId, id))
    .all();
  const evidenceIds = [...new Set([...directEvidence.map((x) => x.id), ...assessmentLinks.map((x) => x.evidenceId)])];
  const evidenceRows = evidenceIds.length
    ? db
        .select()
        .from(evidence)
        .where(
          and(
            inArray(evidence.id, evidenceIds),
            isNull(evidence.archivedAt),
            isPublic ? eq(evidence.public, true) : undefined,
          ),
        )
        .orderBy(asc(evidence.date))
        .all()
    : [];

  const fullChain = listChain(db, id);
  // Publicly, a chain shows only links that are public themselves (the same state, live).
  const shown = isPublic
    ? new Set(
        db
          .all<{ id: number }>(
            sql`SELECT id FROM recommendations WHERE id IN (${sql.join(
              [id, ...fullChain.map((c) => c.id)].map((x) => sql`${x}`),
              sql`, `,
            )}) AND state_id = ${r.stateId} AND archived_at IS NULL`,
          )
          .map((x) => x.id),
      )
    : null;
  const chain = shown ? fullChain.filter((c) => c.id === id || shown.has(c.id)) : fullChain;
  const actionList = isPublic ? [] : listActionsForRecommendation(db, id);
  // Documents of the later review cycles of the same state and body (e.g. a list of issues asking about progress).
  const lastCycleOrdinal = Math.max(rec.cycle.ordinal, ...chain.filter((c) => c.id !== id).map((c) => c.cycleOrdinal));
  const laterDocs = db
    .select({ ...docColumns, cycleOrdinal: reviewCycles.ordinal })
    .from(documents)
    .innerJoin(reviewCycles, eq(reviewCycles.id, documents.cycleId))
    .where(
      and(
        eq(reviewCycles.stateId, r.stateId),
        eq(reviewCycles.bodyId, r.bodyId),
        gt(reviewCycles.ordinal, lastCycleOrdinal),
        isNull(documents.archivedAt),
        sql`${documents.kind} <> 'concluding_observations'`,
      ),
    )
    .all();

  const docs = docsById(db, [
    r.documentId,
    ...responses.map((x) => x.documentId),
    ...grades.map((x) => x.documentId),
    ...evidenceRows.map((x) => x.sourceDocumentId),
  ]);
  const evidenceDTOs: EvidenceDTO[] = evidenceRows.map((e) => ({
    id: e.id,
    date: e.date,
    kind: e.kind,
    title: e.title,
    summary: e.summary,
    sourceUrl: e.sourceUrl,
    source: e.sourceDocumentId ? (docs.get(e.sourceDocumentId) ?? null) : null,
    public: e.public,
  }));

  const timeline: TimelineEvent[] = [
    // A UPR recommendation is dated by its session's year when no document date is held.
    ...chain.map((link) => ({
      type: "recommendation" as const,
      date: link.date ?? (link.year ? String(link.year) : null),
      link,
    })),
    // A reply already shown as a state response is not shown twice.
    ...laterDocs
      .filter((d) => !responses.some((x) => x.documentId === d.id))
      .map(({ cycleOrdinal, ...d }) => ({ type: "document" as const, date: d.date, document: d, cycleOrdinal })),
    ...responses.map((x) => ({
      type: "response" as const,
      date: x.date,
      id: x.id,
      stance: x.stance,
      quote: x.quote,
      notes: x.notes,
      document: x.documentId ? (docs.get(x.documentId) ?? null) : null,
    })),
    ...grades.map((x) => ({
      type: "grade" as const,
      date: x.date,
      id: x.id,
      gradeAsWritten: x.gradeAsWritten,
      gradeLetter: x.gradeLetter,
      document: x.documentId ? (docs.get(x.documentId) ?? null) : null,
    })),
    ...assessmentRows.map(({ a, authorUser }) => ({
      type: "assessment" as const,
      date: a.date,
      id: a.id,
      status: a.status,
      rationale: a.rationale,
      author: isPublic ? null : (a.authorName ?? authorUser),
      evidenceIds: assessmentLinks
        .filter((l) => l.assessmentId === a.id && (!isPublic || evidenceRows.some((e) => e.id === l.evidenceId)))
        .map((l) => l.evidenceId),
    })),
    // Undated evidence (a law in force) stays in the evidence list: it has no place on a timeline.
    ...evidenceDTOs.filter((e) => e.date).map((e) => ({ type: "evidence" as const, date: e.date, evidence: e })),
    // An action sits on the timeline at its due date; one without a due date is in the actions card only.
    ...actionList.filter((a) => a.dueDate).map((a) => ({ type: "action" as const, date: a.dueDate!, action: a })),
    ...actionList.flatMap((a) =>
      a.progress.map((p) => ({ type: "actionProgress" as const, date: p.date, progress: p, action: a })),
    ),
  ];
  // Partial dates sort by their prefix ("2023-11" before "2023-11-05").
  timeline.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));

  return {
    id: r.id,
    version: r.version,
    paragraph: r.paragraph,
    subject: r.subject,
    text: r.text,
    isFollowUp: r.isFollowUp,
    followUpDeadline: r.followUpDeadline,
    uprPosition: r.uprPosition,
    uprPositionRaw: r.uprPositionRaw,
    uprPositionSource: r.uprPositionSource,
    uprActionCategory: r.uprActionCategory,
    archived: r.archivedAt != null,
    year: r.year,
    status: r.status,
    statusDate: r.statusDate,
    latestStance: r.latestStance,
    latestGrade: r.latestGrade,
    chainStartYear: r.chainStartYear,
    reiteratedLater: r.reiteratedLater,
    reiteratesEarlier: r.reiteratesEarlier,
    // lib/domain/outstanding.ts: null unless the recommendation is outstanding.
    outstandingSince: outstandingSince(r),
    yearsOutstanding: yearsOutstanding(r, currentYear()),
    stateId: r.stateId,
    bodyId: r.bodyId,
    // Names in the reader's language; the API and forms get the recorded ones in English.
    state: { code: rec.state.code, name: stateName(rec.state.code, rec.state.name) },
    body: { code: rec.body.code, name: bodyName(rec.body.code, rec.body.name) },
    cycle: rec.cycle,
    document: r.documentId ? (docs.get(r.documentId) ?? null) : null,
    themes: byKind("theme"),
    affectedPersons: byKind("affected_persons"),
    sdgs: byKind("sdg"),
    recommendingStates: recommending,
    chain,
    responses: timeline.filter((e) => e.type === "response"),
    evidence: evidenceDTOs,
    actions: actionList,
    timeline,
    dismissedCandidates: isPublic ? [] : dismissalsOf(db, r.id),
  };
}
export type RecommendationStory = NonNullable<ReturnType<typeof getRecommendationStory>>;
