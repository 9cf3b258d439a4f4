import "server-only";
import type { z } from "zod";
import { eq } from "drizzle-orm";
import type { DB, Executor, Tx } from "../../db";
import { assessmentEvidence, assessments, evidence, type AssessmentRow } from "../../db/schema";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { ValidationError } from "../errors";
import { assessmentCreateSchema, assessmentUpdateSchema } from "../validation/assessments";
import { blankToNull, parseInput, type VersionInput } from "../validation/common";
import { vmsg } from "../validation/messages";
import { writeAudit } from "./audit";
import { notifyFollowers } from "./notifications";
import { refreshRecommendation } from "./derived";
import { openRecommendation } from "./history-helpers";
import {
  assertVersion,
  entityLabel,
  findOr404,
  iso,
  sentOnly,
  setArchived,
  updateVersioned,
  writeTx,
} from "./write-helpers";

export type AssessmentDTO = Omit<AssessmentRow, "createdAt" | "updatedAt" | "archivedAt"> & {
  archived: boolean;
  updatedAt: string | null;
  evidenceIds: number[];
};

function toAssessmentDTO(db: Executor, r: AssessmentRow): AssessmentDTO {
  const { createdAt: _c, updatedAt, archivedAt, ...rest } = r;
  const evidenceIds = db
    .select({ id: assessmentEvidence.evidenceId })
    .from(assessmentEvidence)
    .where(eq(assessmentEvidence.assessmentId, r.id))
    .all()
    .map((x) => x.id)
    .sort((a, b) => a - b);
  return { ...rest, archived: archivedAt != null, updatedAt: iso(updatedAt), evidenceIds };
}

export function getAssessment(db: Executor, id: number): AssessmentDTO | null {
  const row = db.select().from(assessments).where(eq(assessments.id, id)).get();
  return row ? toAssessmentDTO(db, row) : null;
}

/** Every picked evidence item must exist and not be archived; one message per bad id. */
function linkEvidence(tx: Tx, assessmentId: number, ids: number[]) {
  const unique = [...new Set(ids)];
  const problems: string[] = [];
  for (const id of unique) {
    const row = tx.select({ archivedAt: evidence.archivedAt }).from(evidence).where(eq(evidence.id, id)).get();
    if (!row) problems.push(vmsg("write.evidenceMissing", { id }));
    else if (row.archivedAt) problems.push(vmsg("write.archivedRef", { what: entityLabel("evidence item"), id }));
  }
  if (problems.length) throw new ValidationError(vmsg("form.invalid"), { evidenceIds: problems });
  tx.delete(assessmentEvidence).where(eq(assessmentEvidence.assessmentId, assessmentId)).run();
  if (unique.length)
    tx.insert(assessmentEvidence)
      .values(unique.map((evidenceId) => ({ assessmentId, evidenceId })))
      .run();
}

/** A new dated assessment; the latest one becomes the recommendation's status. */
export function createAssessment(
  db: DB,
  actor: Actor | null | undefined,
  recommendationId: number,
  input: z.input<typeof assessmentCreateSchema>,
): AssessmentDTO {
  const who = assertCan(actor, "assessment", "create");
  const data = parseInput(assessmentCreateSchema, input);
  return writeTx(db, (tx) => {
    openRecommendation(tx, recommendationId);
    const row = tx
      .insert(assessments)
      .values({
        recommendationId,
        date: data.date,
        status: data.status,
        rationale: data.rationale,
        authorId: who.id,
        authorName: blankToNull(data.authorName),
      })
      .returning()
      .get();
    linkEvidence(tx, row.id, data.evidenceIds ?? []);
    refreshRecommendation(tx, recommendationId);
    const dto = toAssessmentDTO(tx, row);
    writeAudit(tx, who, "create", "assessment", row.id, null, dto);
    notifyFollowers(tx, who, "assessment", recommendationId, row.id, row.status);
    return dto;
  });
}

export function updateAssessment(
  db: DB,
  actor: Actor | null | undefined,
  id: number,
  input: z.input<typeof assessmentUpdateSchema>,
): AssessmentDTO {
  const who = assertCan(actor, "assessment", "update");
  const data = parseInput(assessmentUpdateSchema, input);
  return writeTx(db, (tx) => {
    const beforeRow = findOr404(tx, assessments, "assessment", id);
    const before = toAssessmentDTO(tx, beforeRow);
    assertVersion("assessment", beforeRow, data.version, before);
    const values = sentOnly({
      date: data.date,
      status: data.status,
      rationale: data.rationale,
      authorName: data.authorName === undefined ? undefined : blankToNull(data.authorName),
    });
    const row = updateVersioned(tx, assessments, "assessment", id, data.version, values, (r) => toAssessmentDTO(tx, r));
    if (data.evidenceIds !== undefined) linkEvidence(tx, id, data.evidenceIds);
    refreshRecommendation(tx, row.recommendationId);
    const dto = toAssessmentDTO(tx, row);
    writeAudit(tx, who, "update", "assessment", id, before, dto);
    return dto;
  });
}

const archiveSpec = {
  table: assessments,
  entity: "assessment",
  policy: "assessment" as const,
  toDTO: (r: AssessmentRow) => {
    const { createdAt: _c, updatedAt, archivedAt, ...rest } = r;
    return { ...rest, archived: archivedAt != null, updatedAt: iso(updatedAt) };
  },
  after: (tx: Tx, row: AssessmentRow) => refreshRecommendation(tx, row.recommendationId),
};
export const archiveAssessment = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, true);
export const restoreAssessment = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, false);
