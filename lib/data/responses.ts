import "server-only";
import type { z } from "zod";
import { eq } from "drizzle-orm";
import type { DB, Executor } from "../../db";
import { stateResponses, type StateResponseRow } from "../../db/schema";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { blankToNull, parseInput, type VersionInput } from "../validation/common";
import { responseCreateSchema, responseUpdateSchema } from "../validation/responses";
import { writeAudit } from "./audit";
import { notifyFollowers } from "./notifications";
import { refreshRecommendation } from "./derived";
import { checkDocumentRef, openRecommendation } from "./history-helpers";
import { assertVersion, findOr404, iso, sentOnly, setArchived, updateVersioned, writeTx } from "./write-helpers";

export type ResponseDTO = Omit<StateResponseRow, "createdAt" | "updatedAt" | "archivedAt"> & {
  archived: boolean;
  updatedAt: string | null;
};
export const toResponseDTO = (r: StateResponseRow): ResponseDTO => {
  const { createdAt: _c, updatedAt, archivedAt, ...rest } = r;
  return { ...rest, archived: archivedAt != null, updatedAt: iso(updatedAt) };
};

export function getResponse(db: Executor, id: number): ResponseDTO | null {
  const row = db.select().from(stateResponses).where(eq(stateResponses.id, id)).get();
  return row ? toResponseDTO(row) : null;
}

/** Records a new state response; earlier ones stay as they were (history is never overwritten). */
export function createResponse(
  db: DB,
  actor: Actor | null | undefined,
  recommendationId: number,
  input: z.input<typeof responseCreateSchema>,
): ResponseDTO {
  const who = assertCan(actor, "response", "create");
  const data = parseInput(responseCreateSchema, input);
  return writeTx(db, (tx) => {
    openRecommendation(tx, recommendationId);
    checkDocumentRef(tx, blankToNull(data.documentId));
    const row = tx
      .insert(stateResponses)
      .values({
        recommendationId,
        date: data.date,
        stance: data.stance,
        quote: blankToNull(data.quote),
        documentId: blankToNull(data.documentId),
        notes: blankToNull(data.notes),
        createdById: who.id,
      })
      .returning()
      .get();
    refreshRecommendation(tx, recommendationId);
    const dto = toResponseDTO(row);
    writeAudit(tx, who, "create", "state_response", row.id, null, dto);
    notifyFollowers(tx, who, "response", recommendationId, row.id, row.stance);
    return dto;
  });
}

/** Corrects a recorded response (a typo, a wrong date), from the version the user saw. */
export function updateResponse(
  db: DB,
  actor: Actor | null | undefined,
  id: number,
  input: z.input<typeof responseUpdateSchema>,
): ResponseDTO {
  const who = assertCan(actor, "response", "update");
  const data = parseInput(responseUpdateSchema, input);
  return writeTx(db, (tx) => {
    const before = findOr404(tx, stateResponses, "state_response", id);
    assertVersion("state_response", before, data.version, toResponseDTO(before));
    if (data.documentId !== undefined) checkDocumentRef(tx, blankToNull(data.documentId));
    const values = sentOnly({
      date: data.date,
      stance: data.stance,
      quote: data.quote === undefined ? undefined : blankToNull(data.quote),
      documentId: data.documentId === undefined ? undefined : blankToNull(data.documentId),
      notes: data.notes === undefined ? undefined : blankToNull(data.notes),
    });
    const row = updateVersioned(tx, stateResponses, "state_response", id, data.version, values, toResponseDTO);
    refreshRecommendation(tx, row.recommendationId);
    const dto = toResponseDTO(row);
    writeAudit(tx, who, "update", "state_response", id, toResponseDTO(before), dto);
    return dto;
  });
}

const archiveSpec = {
  table: stateResponses,
  entity: "state_response",
  toDTO: toResponseDTO,
  policy: "response" as const,
  after: (tx: Parameters<typeof refreshRecommendation>[0], row: StateResponseRow) =>
    refreshRecommendation(tx, row.recommendationId),
};
export const archiveResponse = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, true);
export const restoreResponse = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, false);
