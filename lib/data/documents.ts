import "server-only";
import type { z } from "zod";
import { and, count, desc, eq, isNull, like, or, type SQL } from "drizzle-orm";
import type { DB, Executor, Tx } from "../../db";
import { bodies, documents, reviewCycles, states, type DocumentRow } from "../../db/schema";
import type { DocumentKind } from "../../db/schema/enums";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { isUnDocumentKind, parseUnSymbol } from "../un-symbol";
import { blankToNull, parseInput, type VersionInput } from "../validation/common";
import { documentCreateSchema, documentUpdateSchema } from "../validation/documents";
import { vmsg } from "../validation/messages";
import { writeAudit } from "./audit";
import { refreshDocumentRecommendations } from "./refresh";
import type { ListOptions } from "./states";
import {
  assertVersion,
  checkRefs,
  entityLabel,
  fieldError,
  findOr404,
  iso,
  setArchived,
  updateVersioned,
  writeTx,
} from "./write-helpers";

export type DocumentDTO = Omit<DocumentRow, "createdAt" | "updatedAt" | "archivedAt"> & {
  archived: boolean;
  updatedAt: string | null;
};

export const toDocumentDTO = (r: DocumentRow): DocumentDTO => {
  const { createdAt: _c, updatedAt, archivedAt, ...rest } = r;
  return { ...rest, archived: archivedAt != null, updatedAt: iso(updatedAt) };
};

export type DocumentListOptions = ListOptions & { kind?: DocumentKind; stateId?: number; cycleId?: number };

export function listDocuments(db: Executor, opts: DocumentListOptions = {}): { rows: DocumentDTO[]; total: number } {
  const where: SQL[] = [];
  if (!opts.archived) where.push(isNull(documents.archivedAt));
  if (opts.kind) where.push(eq(documents.kind, opts.kind));
  if (opts.stateId) where.push(eq(documents.stateId, opts.stateId));
  if (opts.cycleId) where.push(eq(documents.cycleId, opts.cycleId));
  if (opts.q) where.push(or(like(documents.symbol, `%${opts.q}%`), like(documents.title, `%${opts.q}%`))!);
  const per = opts.per ?? 100;
  const cond = where.length ? and(...where) : undefined;
  const rows = db
    .select()
    .from(documents)
    .where(cond)
    .orderBy(desc(documents.date), desc(documents.id))
    .limit(per)
    .offset(((opts.page ?? 1) - 1) * per)
    .all();
  return { rows: rows.map(toDocumentDTO), total: db.select({ n: count() }).from(documents).where(cond).get()!.n };
}

export function getDocument(db: Executor, id: number): DocumentDTO | null {
  const row = db.select().from(documents).where(eq(documents.id, id)).get();
  return row ? toDocumentDTO(row) : null;
}

type DocumentValues = {
  symbol: string | null;
  title: string;
  kind: DocumentKind;
  date: string | null;
  url: string | null;
  publisher: string | null;
  cycleId: number | null;
  stateId: number | null;
  bodyId: number | null;
};

/**
 * Settles the columns a document will have: the symbol in canonical spelling,
 * state / body filled in from the symbol or the cycle when not chosen, and a
 * field message when the symbol names another state or body than the one chosen.
 */
function resolve(tx: Tx, d: ReturnType<typeof documentCreateSchema.parse>, exceptId?: number): DocumentValues {
  const v: DocumentValues = {
    symbol: blankToNull(d.symbol),
    title: d.title,
    kind: d.kind,
    date: blankToNull(d.date),
    url: blankToNull(d.url),
    publisher: blankToNull(d.publisher),
    cycleId: blankToNull(d.cycleId),
    stateId: blankToNull(d.stateId),
    bodyId: blankToNull(d.bodyId),
  };
  checkRefs(tx, [
    { field: "cycleId", table: reviewCycles, id: v.cycleId, what: "review cycle" },
    { field: "stateId", table: states, id: v.stateId, what: "state" },
    { field: "bodyId", table: bodies, id: v.bodyId, what: "body" },
  ]);
  if (v.cycleId) {
    const cycle = tx.select().from(reviewCycles).where(eq(reviewCycles.id, v.cycleId)).get()!;
    v.stateId ??= cycle.stateId;
    v.bodyId ??= cycle.bodyId;
  }
  if (v.symbol && isUnDocumentKind(v.kind)) {
    const parsed = parseUnSymbol(v.symbol);
    if (parsed.ok) {
      v.symbol = parsed.value.symbol;
      if (parsed.value.stateCode) {
        const symbolState = tx.select().from(states).where(eq(states.code, parsed.value.stateCode)).get();
        if (v.stateId == null) v.stateId = symbolState?.id ?? null;
        else if (symbolState?.id !== v.stateId) {
          const chosen = tx.select().from(states).where(eq(states.id, v.stateId)).get();
          fieldError(
            "symbol",
            vmsg("symbol.stateMismatch", {
              symbolState: parsed.value.stateCode,
              chosenState: chosen?.code ?? String(v.stateId),
            }),
          );
        }
      }
      const symbolBody = tx.select().from(bodies).where(eq(bodies.code, parsed.value.bodyCode)).get();
      if (v.bodyId == null) v.bodyId = symbolBody?.id ?? null;
      else if (symbolBody && symbolBody.id !== v.bodyId) {
        const chosen = tx.select().from(bodies).where(eq(bodies.id, v.bodyId)).get();
        fieldError(
          "symbol",
          vmsg("symbol.bodyMismatch", {
            symbolBody: parsed.value.bodyCode,
            chosenBody: chosen?.code ?? String(v.bodyId),
          }),
        );
      }
    }
  }
  if (v.symbol) {
    const clash = tx.select({ id: documents.id }).from(documents).where(eq(documents.symbol, v.symbol)).get();
    if (clash && clash.id !== exceptId)
      fieldError(
        "symbol",
        vmsg("write.duplicate", { entity: entityLabel("document"), field: "symbol", value: v.symbol }),
      );
  }
  return v;
}

export function createDocument(
  db: DB,
  actor: Actor | null | undefined,
  input: z.input<typeof documentCreateSchema>,
): DocumentDTO {
  const who = assertCan(actor, "document", "create");
  const data = parseInput(documentCreateSchema, input);
  return writeTx(db, (tx) => {
    const row = tx.insert(documents).values(resolve(tx, data)).returning().get();
    const dto = toDocumentDTO(row);
    writeAudit(tx, who, "create", "document", row.id, null, dto);
    return dto;
  });
}

export function updateDocument(
  db: DB,
  actor: Actor | null | undefined,
  id: number,
  input: z.input<typeof documentUpdateSchema>,
): DocumentDTO {
  const who = assertCan(actor, "document", "update");
  const patch = parseInput(documentUpdateSchema, input);
  return writeTx(db, (tx) => {
    const before = findOr404(tx, documents, "document", id);
    assertVersion("document", before, patch.version, toDocumentDTO(before));
    // The whole record is re-checked so cross-field rules (a UN kind needs a symbol) hold after a partial edit.
    const { version, ...changes } = patch;
    const merged = parseInput(documentCreateSchema, {
      ...toDocumentDTO(before),
      ...Object.fromEntries(Object.entries(changes).filter(([, x]) => x !== undefined)),
    });
    const row = updateVersioned(tx, documents, "document", id, version, resolve(tx, merged, id), toDocumentDTO);
    refreshDocumentRecommendations(tx, id);
    const dto = toDocumentDTO(row);
    writeAudit(tx, who, "update", "document", id, toDocumentDTO(before), dto);
    return dto;
  });
}

const archiveSpec = { table: documents, entity: "document", toDTO: toDocumentDTO, policy: "document" as const };
export const archiveDocument = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, true);
export const restoreDocument = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, false);
