import "server-only";
import type { z } from "zod";
import { and, count, desc, eq, isNull, like, or, type SQL } from "drizzle-orm";
import type { DB, Executor, Tx } from "../../db";
import { documents, evidence, recommendationEvidence, states, type EvidenceRow } from "../../db/schema";
import type { EvidenceKind } from "../../db/schema/enums";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { blankToNull, parseInput, type VersionInput } from "../validation/common";
import {
  evidenceCreateSchema,
  evidenceUpdateSchema,
  parseEvidenceAttach,
  type EvidenceAttachInput,
} from "../validation/evidence";
import { writeAudit } from "./audit";
import { notifyFollowers, notifyStateFollowers } from "./notifications";
import { openRecommendation } from "./history-helpers";
import type { ListOptions } from "./states";
import {
  assertVersion,
  checkRefs,
  findOr404,
  iso,
  sentOnly,
  setArchived,
  updateVersioned,
  writeTx,
} from "./write-helpers";

export type EvidenceItemDTO = Omit<EvidenceRow, "createdAt" | "updatedAt" | "archivedAt"> & {
  archived: boolean;
  updatedAt: string | null;
};
export const toEvidenceDTO = (r: EvidenceRow): EvidenceItemDTO => {
  const { createdAt: _c, updatedAt, archivedAt, ...rest } = r;
  return { ...rest, archived: archivedAt != null, updatedAt: iso(updatedAt) };
};

export function listEvidence(
  db: Executor,
  opts: ListOptions & { stateId?: number; kind?: EvidenceKind } = {},
): { rows: EvidenceItemDTO[]; total: number } {
  const where: SQL[] = [];
  if (!opts.archived) where.push(isNull(evidence.archivedAt));
  if (opts.stateId) where.push(eq(evidence.stateId, opts.stateId));
  if (opts.kind) where.push(eq(evidence.kind, opts.kind));
  if (opts.q) where.push(or(like(evidence.title, `%${opts.q}%`), like(evidence.summary, `%${opts.q}%`))!);
  const per = opts.per ?? 100;
  const cond = where.length ? and(...where) : undefined;
  const rows = db
    .select()
    .from(evidence)
    .where(cond)
    .orderBy(desc(evidence.date), desc(evidence.id))
    .limit(per)
    .offset(((opts.page ?? 1) - 1) * per)
    .all();
  return { rows: rows.map(toEvidenceDTO), total: db.select({ n: count() }).from(evidence).where(cond).get()!.n };
}

export function getEvidence(db: Executor, id: number): EvidenceItemDTO | null {
  const row = db.select().from(evidence).where(eq(evidence.id, id)).get();
  return row ? toEvidenceDTO(row) : null;
}

type Parsed = Partial<ReturnType<typeof evidenceCreateSchema.parse>>;
const clearable = <T>(v: T | "" | null | undefined) => (v === undefined ? undefined : blankToNull(v));
const columnsOf = (d: Parsed) =>
  sentOnly({
    kind: d.kind,
    title: d.title,
    date: clearable(d.date),
    summary: clearable(d.summary),
    stateId: clearable(d.stateId),
    sourceDocumentId: clearable(d.sourceDocumentId),
    sourceUrl: clearable(d.sourceUrl),
    public: d.public,
  });

function checkEvidenceRefs(tx: Tx, d: Parsed) {
  checkRefs(tx, [
    { field: "stateId", table: states, id: blankToNull(d.stateId), what: "state" },
    { field: "sourceDocumentId", table: documents, id: blankToNull(d.sourceDocumentId), what: "document" },
  ]);
}

function insertEvidence(tx: Tx, who: Actor, data: ReturnType<typeof evidenceCreateSchema.parse>): EvidenceItemDTO {
  checkEvidenceRefs(tx, data);
  const row = tx
    .insert(evidence)
    .values({ ...columnsOf(data), kind: data.kind, title: data.title, createdById: who.id })
    .returning()
    .get();
  const dto = toEvidenceDTO(row);
  writeAudit(tx, who, "create", "evidence", row.id, null, dto);
  return dto;
}

export function createEvidence(
  db: DB,
  actor: Actor | null | undefined,
  input: z.input<typeof evidenceCreateSchema>,
): EvidenceItemDTO {
  const who = assertCan(actor, "evidence", "create");
  const data = parseInput(evidenceCreateSchema, input);
  return writeTx(db, (tx) => {
    const dto = insertEvidence(tx, who, data);
    // Evidence recorded for a state, on no recommendation yet: its state's followers hear of it.
    if (dto.stateId) notifyStateFollowers(tx, who, dto.stateId, dto.id, dto.title);
    return dto;
  });
}

/**
 * Attaches evidence to a recommendation: an existing item (`{ evidenceId }`)
 * or a new one described in the same body, created and linked in one transaction.
 */
export function attachEvidence(
  db: DB,
  actor: Actor | null | undefined,
  recommendationId: number,
  input: EvidenceAttachInput,
): EvidenceItemDTO & { linked: boolean } {
  const who = assertCan(actor, "evidence", "attach");
  const data = parseEvidenceAttach(input);
  const existing = "evidenceId" in data ? data : null;
  const created = "evidenceId" in data ? null : data;
  return writeTx(db, (tx) => {
    openRecommendation(tx, recommendationId);
    let item: EvidenceItemDTO;
    if (existing) {
      checkRefs(tx, [{ field: "evidenceId", table: evidence, id: existing.evidenceId, what: "evidence item" }]);
      item = toEvidenceDTO(findOr404(tx, evidence, "evidence", existing.evidenceId));
    } else item = insertEvidence(tx, who, created!);
    const already = tx
      .select()
      .from(recommendationEvidence)
      .where(
        and(
          eq(recommendationEvidence.recommendationId, recommendationId),
          eq(recommendationEvidence.evidenceId, item.id),
        ),
      )
      .get();
    if (!already) {
      tx.insert(recommendationEvidence).values({ recommendationId, evidenceId: item.id }).run();
      writeAudit(tx, who, "link", "recommendation", recommendationId, null, { evidenceId: item.id });
      notifyFollowers(tx, who, "evidence", recommendationId, item.id, item.title);
    }
    return { ...item, linked: !already };
  });
}

export function updateEvidence(
  db: DB,
  actor: Actor | null | undefined,
  id: number,
  input: z.input<typeof evidenceUpdateSchema>,
): EvidenceItemDTO {
  const who = assertCan(actor, "evidence", "update");
  const data = parseInput(evidenceUpdateSchema, input);
  return writeTx(db, (tx) => {
    const before = findOr404(tx, evidence, "evidence", id);
    assertVersion("evidence", before, data.version, toEvidenceDTO(before));
    checkEvidenceRefs(tx, data);
    const row = updateVersioned(tx, evidence, "evidence", id, data.version, columnsOf(data), toEvidenceDTO);
    const dto = toEvidenceDTO(row);
    writeAudit(tx, who, "update", "evidence", id, toEvidenceDTO(before), dto);
    return dto;
  });
}

const archiveSpec = { table: evidence, entity: "evidence", toDTO: toEvidenceDTO, policy: "evidence" as const };
export const archiveEvidence = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, true);
export const restoreEvidence = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, false);
