import "server-only";
import type { z } from "zod";
import { eq } from "drizzle-orm";
import type { DB, Executor } from "../../db";
import { followUpGrades, type FollowUpGradeRow } from "../../db/schema";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { blankToNull, parseInput, type VersionInput } from "../validation/common";
import { gradeCreateSchema, gradeUpdateSchema, parseGrade } from "../validation/grades";
import { writeAudit } from "./audit";
import { notifyFollowers } from "./notifications";
import { refreshRecommendation } from "./derived";
import { checkDocumentRef, openRecommendation } from "./history-helpers";
import { assertVersion, findOr404, iso, sentOnly, setArchived, updateVersioned, writeTx } from "./write-helpers";

export type GradeDTO = Omit<FollowUpGradeRow, "createdAt" | "updatedAt" | "archivedAt"> & {
  archived: boolean;
  updatedAt: string | null;
};
export const toGradeDTO = (r: FollowUpGradeRow): GradeDTO => {
  const { createdAt: _c, updatedAt, archivedAt, ...rest } = r;
  return { ...rest, archived: archivedAt != null, updatedAt: iso(updatedAt) };
};

export function getGrade(db: Executor, id: number): GradeDTO | null {
  const row = db.select().from(followUpGrades).where(eq(followUpGrades.id, id)).get();
  return row ? toGradeDTO(row) : null;
}

/** The grade as written plus the letter charts use (see lib/validation/grades.ts for the mapping). */
function gradeColumns(written: string) {
  const parsed = parseGrade(written);
  // The schema already refused what parseGrade refuses; this keeps the types honest.
  if (!parsed.ok) throw new Error(parsed.message);
  return { gradeAsWritten: parsed.value.asWritten, gradeLetter: parsed.value.letter };
}

export function createGrade(
  db: DB,
  actor: Actor | null | undefined,
  recommendationId: number,
  input: z.input<typeof gradeCreateSchema>,
): GradeDTO {
  const who = assertCan(actor, "grade", "create");
  const data = parseInput(gradeCreateSchema, input);
  return writeTx(db, (tx) => {
    openRecommendation(tx, recommendationId);
    checkDocumentRef(tx, blankToNull(data.documentId));
    const row = tx
      .insert(followUpGrades)
      .values({
        recommendationId,
        date: data.date,
        ...gradeColumns(data.grade),
        documentId: blankToNull(data.documentId),
        notes: blankToNull(data.notes),
        createdById: who.id,
      })
      .returning()
      .get();
    refreshRecommendation(tx, recommendationId);
    const dto = toGradeDTO(row);
    writeAudit(tx, who, "create", "follow_up_grade", row.id, null, dto);
    notifyFollowers(tx, who, "grade", recommendationId, row.id, row.gradeAsWritten);
    return dto;
  });
}

export function updateGrade(
  db: DB,
  actor: Actor | null | undefined,
  id: number,
  input: z.input<typeof gradeUpdateSchema>,
): GradeDTO {
  const who = assertCan(actor, "grade", "update");
  const data = parseInput(gradeUpdateSchema, input);
  return writeTx(db, (tx) => {
    const before = findOr404(tx, followUpGrades, "follow_up_grade", id);
    assertVersion("follow_up_grade", before, data.version, toGradeDTO(before));
    if (data.documentId !== undefined) checkDocumentRef(tx, blankToNull(data.documentId));
    const values = sentOnly({
      date: data.date,
      ...(data.grade !== undefined ? gradeColumns(data.grade) : {}),
      documentId: data.documentId === undefined ? undefined : blankToNull(data.documentId),
      notes: data.notes === undefined ? undefined : blankToNull(data.notes),
    });
    const row = updateVersioned(tx, followUpGrades, "follow_up_grade", id, data.version, values, toGradeDTO);
    refreshRecommendation(tx, row.recommendationId);
    const dto = toGradeDTO(row);
    writeAudit(tx, who, "update", "follow_up_grade", id, toGradeDTO(before), dto);
    return dto;
  });
}

const archiveSpec = {
  table: followUpGrades,
  entity: "follow_up_grade",
  toDTO: toGradeDTO,
  policy: "grade" as const,
  after: (tx: Parameters<typeof refreshRecommendation>[0], row: FollowUpGradeRow) =>
    refreshRecommendation(tx, row.recommendationId),
};
export const archiveGrade = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, true);
export const restoreGrade = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, false);
