import "server-only";
/**
 * Commits a parsed import (lib/import) in ONE transaction: finds or
 * creates states, bodies, review cycles, documents and tags, upserts
 * recommendations by their external key (a second import of the same file
 * creates nothing), writes recommending States and tags, one import_batches
 * row and one audit entry. Any failure rolls everything back.
 *
 * Speed: 41,066 UPR Info rows must import in ≤ 20 s on 2 cores, so the hot path
 * uses prepared statements on the same connection (they run inside the
 * transaction) and sets the derived columns of NEW rows directly — a new row
 * has no responses, grades, assessments or reiterations, so what
 * refreshRecommendation would compute is its cycle's state/body and its year
 * (tests/import/commit.test.ts checks the two agree). Updated rows go through
 * refreshRecommendation itself.
 *
 * The full-text index (migration 0001) is fed by a per-row AFTER INSERT
 * trigger, which cost ~14 s of the 41,066-row import here against ~1 s for one
 * INSERT … SELECT of the same rows; the similarity index (migration 0010) has a
 * trigger of the same kind. For a large import both triggers are dropped and
 * re-created around the inserts, inside the same transaction (SQLite DDL is
 * transactional, so a failure or a dry run restores them), with the new rows
 * indexed in one statement each.
 */
import type { DB } from "../../db";
import { BODIES } from "../../db/seed/bodies";
import type { BodyKind, DocumentKind, TagKind } from "../../db/schema/enums";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { ValidationError } from "../errors";
import { importMessage } from "../import/messages";
import { hasErrors, type ImportRecord, type ParseResult, type SkippedRow } from "../import/types";
import { SIMILARITY_FILL, SIMILARITY_INSERT_TRIGGER } from "../suggestions/index-sql";
import { parseUnSymbol } from "../un-symbol";
import { writeAudit } from "./audit";
import { writeTx } from "./write-helpers";
import { refreshRecommendation } from "./derived";
import { positionResponseWriter } from "./upr-position-responses";
import {
  sameRecommendationById,
  writeTrackerHistory,
  type TrackerHistoryCounts,
  type TrackerWritten,
} from "./import-tracker";

export type CommitOptions = { fileName: string; sha256: string; dryRun?: boolean };
export type CommitSummary = {
  created: number;
  updated: number;
  skipped: number;
  duplicatesMerged: number;
  batchId: number | null;
  dryRun: boolean;
  /** Tracker CSV only: status, response, grade and link rows added to the history. */
  history: TrackerHistoryCounts | null;
  /** UPR positions written (or corrected) as the state's responses (lib/data/upr-position-responses.ts). */
  positionResponses: number;
  /** Rows whose recommendation an editor changed since a file brought it in: left as the editor made it. */
  keptEdits: number;
  /** Which ones (the first MAX_LISTED_KEPT): the file's line and the recommendation. */
  keptEditRows: KeptEdit[];
  /** Rows not imported and why, the file's and the commit's (the first MAX_LISTED_SKIPPED, by line). */
  skippedRows: SkippedRow[];
  /** How many rows skippedRows would list without the cap. */
  skippedRowsTotal: number;
};
export type KeptEdit = { line: number; id: number };
/** Listed in the summary stored with the batch; beyond this only the count is kept. */
export const MAX_LISTED_KEPT = 500;
export const MAX_LISTED_SKIPPED = 500;

class DryRunRollback extends Error {}

export function commitImport(db: DB, actor: Actor, parsed: ParseResult, opts: CommitOptions): CommitSummary {
  assertCan(actor, "import", "run");
  if (!parsed.format || hasErrors(parsed)) {
    const count = parsed.issues.filter((i) => i.severity === "error").length;
    throw new ValidationError(importMessage("commit.refused", { count }));
  }
  let summary: CommitSummary | null = null;
  try {
    // IMMEDIATE: the write lock is taken before the first lookup, so a concurrent writer makes this
    // import wait its turn (busy timeout) instead of failing at its first write with SQLITE_BUSY_SNAPSHOT.
    writeTx(db, (tx) => {
      summary = writeAll(db, tx, actor, parsed, opts);
      if (opts.dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return summary!;
}

type Tx = Parameters<Parameters<DB["transaction"]>[0]>[0];

/** Above this many records the search and similarity indexes are filled in bulk (see the header comment). */
export const BULK_INDEX_THRESHOLD = 250;
const SEARCH_TRIGGER = "recommendation_search_ai";

function withBulkSearchIndex<T>(sqlite: DB["$client"], enabled: boolean, write: () => T): T {
  if (!enabled) return write();
  const triggerSql = sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck();
  const set = [
    {
      name: SEARCH_TRIGGER,
      fill: `INSERT INTO recommendation_search (rowid, text, subject, paragraph, symbol)
        SELECT id, text, subject, paragraph, symbol FROM recommendation_search_source WHERE id > ?`,
    },
    { name: SIMILARITY_INSERT_TRIGGER, fill: `${SIMILARITY_FILL} WHERE id > ?` },
  ]
    .map((t) => ({ ...t, sql: triggerSql.get(t.name) as string | undefined }))
    .filter((t): t is { name: string; fill: string; sql: string } => !!t.sql);
  if (!set.length) return write();
  const lastId = sqlite.prepare("SELECT COALESCE(MAX(id), 0) FROM recommendations").pluck().get() as number;
  for (const t of set) sqlite.exec(`DROP TRIGGER ${t.name}`);
  const result = write();
  for (const t of set) {
    sqlite.prepare(t.fill).run(lastId);
    sqlite.exec(t.sql);
  }
  return result;
}

function writeAll(db: DB, tx: Tx, actor: Actor, parsed: ParseResult, opts: CommitOptions): CommitSummary {
  return withBulkSearchIndex(db.$client, parsed.records.length > BULK_INDEX_THRESHOLD, () =>
    writeRecords(db, tx, actor, parsed, opts),
  );
}

function writeRecords(db: DB, tx: Tx, actor: Actor, parsed: ParseResult, opts: CommitOptions): CommitSummary {
  const sqlite = db.$client;
  const lookup = makeLookups(sqlite);
  const batchId = Number(
    sqlite
      .prepare("INSERT INTO import_batches (file_name, format, sha256, user_id) VALUES (?, ?, ?, ?)")
      .run(opts.fileName, parsed.format, opts.sha256, actor.id).lastInsertRowid,
  );
  const findRec = sqlite.prepare(
    `SELECT id, archived_at AS archivedAt, text, paragraph, document_id AS documentId, cycle_id AS cycleId,
      upr_position AS uprPosition, upr_position_raw AS uprPositionRaw, upr_position_source AS uprPositionSource,
      upr_action_category AS uprActionCategory, edited_since_import AS edited, subject,
      (SELECT group_concat(name, '; ') FROM (SELECT name FROM recommending_states x WHERE x.recommendation_id = r.id ORDER BY x.rowid))
        AS recommendingStates
    FROM recommendations r WHERE external_key = ?`,
  );
  const insertRec = sqlite.prepare(`INSERT INTO recommendations
    (cycle_id, document_id, paragraph, text, upr_position, upr_position_raw, upr_position_source, upr_action_category,
      external_key, import_batch_id, created_by_id, state_id, body_id, year, chain_start_year, subject)
    VALUES (@cycleId, @documentId, @paragraph, @text, @uprPosition, @uprPositionRaw, @uprPositionSource, @uprActionCategory,
      @externalKey, @batchId, @userId, @stateId, @bodyId, @year, @year, @subject)`);
  const updateRec =
    sqlite.prepare(`UPDATE recommendations SET cycle_id = @cycleId, document_id = @documentId, paragraph = @paragraph, text = @text,
    upr_position = @uprPosition, upr_position_raw = @uprPositionRaw, upr_position_source = @uprPositionSource,
    upr_action_category = @uprActionCategory, subject = CASE WHEN @hasSubject THEN @subject ELSE subject END,
    version = version + 1, updated_at = unixepoch() WHERE id = @id`);
  const clearStates = sqlite.prepare("DELETE FROM recommending_states WHERE recommendation_id = ?");
  const clearTags = sqlite.prepare("DELETE FROM recommendation_tags WHERE recommendation_id = ?");
  const addState = sqlite.prepare(
    "INSERT OR IGNORE INTO recommending_states (recommendation_id, name, state_id) VALUES (?, ?, ?)",
  );
  const addTag = sqlite.prepare("INSERT OR IGNORE INTO recommendation_tags (recommendation_id, tag_id) VALUES (?, ?)");

  const positions = positionResponseWriter(sqlite);
  let keptEdits = 0;
  const keptEditRows: KeptEdit[] = [];
  let positionResponses = 0;
  const isTracker = parsed.format === "tracker-csv";
  const sameById = sameRecommendationById(sqlite);
  const trackerRows: TrackerWritten[] = [];
  const unchanged = new Set<number>();
  // A tracker row the import otherwise leaves alone may still bring history (a newer status).
  const keepUnchangedForHistory = (id: number, record: ImportRecord) => {
    trackerRows.push({ id, record });
    unchanged.add(id);
  };

  let created = 0;
  let updated = 0;
  let skipped = parsed.stats.skipped;
  const skippedAtCommit: SkippedRow[] = [];
  // Unchanged tracker rows by id: listed as skipped unless their history grows (then they count as updated).
  const skippedUnchanged = new Map<number, SkippedRow>();
  const inTracker = (record: ImportRecord, id: number, archived: boolean) => {
    const row: SkippedRow = { line: record.line, reason: archived ? "archived" : "inTracker", params: { id } };
    skippedAtCommit.push(row);
    if (!archived) skippedUnchanged.set(id, row);
  };
  for (const record of parsed.records) {
    if (!record.stateCode) {
      skippedAtCommit.push({ line: record.line, reason: "noState", params: { state: record.stateName } });
      skipped++;
      continue;
    }
    const stateId = lookup.state(record.stateCode, record.stateName);
    const bodyId = lookup.body(record.bodyCode);
    const cycle = lookup.cycle(stateId, bodyId, record);
    const documentId = record.documentSymbol
      ? lookup.document(record.documentSymbol, record, stateId, bodyId, cycle.id)
      : null;
    const values = {
      cycleId: cycle.id,
      documentId,
      paragraph: record.paragraph,
      text: record.text,
      uprPosition: record.uprPosition,
      uprPositionRaw: record.uprPositionRaw,
      uprPositionSource: record.uprPositionSource,
      uprActionCategory: record.uprActionCategory,
      // The tracker's export carries the subject and the recommending states: a changed cell is a change.
      ...(isTracker
        ? {
            recommendingStates: record.recommendingStates.join("; ") || null,
            ...(record.tracker?.subject !== undefined ? { subject: record.tracker.subject } : {}),
          }
        : {}),
    };
    const existing = findRec.get(record.externalKey) as
      (typeof values & { id: number; archivedAt: number | null; edited: number }) | undefined;
    // The tracker's own export, back in the tracker it came from: the same recommendation, never a copy.
    const same = !existing && isTracker ? sameById(record) : undefined;
    if (same) {
      if (same.archivedAt === null) keepUnchangedForHistory(same.id, record);
      inTracker(record, same.id, same.archivedAt !== null);
      skipped++;
      continue;
    }
    let id: number;
    if (!existing) {
      const year = yearOf(record.documentDate) ?? cycle.year;
      id = Number(
        insertRec.run({
          ...values,
          subject: values.subject ?? null,
          externalKey: record.externalKey,
          batchId,
          userId: actor.id,
          stateId,
          bodyId,
          year,
        }).lastInsertRowid,
      );
      created++;
      if (record.uprPosition && positions.write(id, actor.id)) {
        positionResponses++;
        positions.refreshLatest(id);
      }
    } else if (existing.archivedAt !== null || sameValues(existing, values)) {
      // Unchanged (or archived on purpose by an editor): the import leaves it alone.
      if (isTracker && existing.archivedAt === null) keepUnchangedForHistory(existing.id, record);
      inTracker(record, existing.id, existing.archivedAt !== null);
      skipped++;
      continue;
    } else if (existing.edited) {
      // Changed in the tracker since a file brought it in: the editor's version stands, and the summary says so.
      keptEdits++;
      if (keptEditRows.length < MAX_LISTED_KEPT) keptEditRows.push({ line: record.line, id: existing.id });
      skippedAtCommit.push({ line: record.line, reason: "edited", params: { id: existing.id } });
      skipped++;
      continue;
    } else {
      id = existing.id;
      updateRec.run({ ...values, hasSubject: "subject" in values ? 1 : 0, subject: values.subject ?? null, id });
      clearStates.run(id);
      clearTags.run(id);
      updated++;
    }
    record.recommendingStates.forEach((name, i) => {
      const code = record.recommendingStateCodes[i];
      addState.run(id, name, code ? lookup.state(code, name) : null);
    });
    for (const [kind, names] of [
      ["theme", record.themes],
      ["affected_persons", record.affectedPersons],
      ["sdg", record.sdgs],
    ] as const) {
      for (const name of names) addTag.run(id, lookup.tag(kind, name));
    }
    if (existing) {
      if (record.uprPosition && positions.write(id, actor.id)) positionResponses++;
      refreshRecommendation(tx, id);
    }
    if (isTracker) trackerRows.push({ id, record });
  }
  let history: TrackerHistoryCounts | null = null;
  if (isTracker) {
    const written = writeTrackerHistory(sqlite, tx, actor, trackerRows, opts.fileName);
    history = written.counts;
    for (const id of written.touched) {
      refreshRecommendation(tx, id);
      // A recommendation the file left as it was, whose history grew, counts as updated.
      if (unchanged.delete(id)) {
        const row = skippedUnchanged.get(id);
        if (row) skippedAtCommit.splice(skippedAtCommit.indexOf(row), 1);
        skipped--;
        updated++;
      }
    }
  }
  const summary: CommitSummary = {
    created,
    updated,
    skipped,
    duplicatesMerged: parsed.stats.duplicateRowsMerged + parsed.stats.rowsMergedIntoGroups,
    batchId,
    dryRun: !!opts.dryRun,
    history,
    positionResponses,
    keptEdits,
    keptEditRows,
    ...listSkipped([...parsed.skippedRows, ...skippedAtCommit]),
  };
  const audited = { fileName: opts.fileName, format: parsed.format, sha256: opts.sha256, ...summary };
  sqlite.prepare("UPDATE import_batches SET summary = ? WHERE id = ?").run(JSON.stringify(audited), batchId);
  writeAudit(tx, actor, "import", "import_batch", batchId, null, audited);
  return summary;
}

/** The file's order (a stable sort keeps a line's own order), then the cap. */
function listSkipped(rows: SkippedRow[]): Pick<CommitSummary, "skippedRows" | "skippedRowsTotal"> {
  const sorted = [...rows].sort((a, b) => a.line - b.line);
  return { skippedRows: sorted.slice(0, MAX_LISTED_SKIPPED), skippedRowsTotal: sorted.length };
}

const sameValues = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  Object.keys(b).every((k) => (a[k] ?? null) === (b[k] ?? null));
const yearOf = (iso: string | null) => (iso ? Number(iso.slice(0, 4)) : null);

const BODY_KIND = (code: string): BodyKind =>
  code === "UPR" ? "upr" : code === "SP" ? "special_procedure" : "treaty_body";

function documentKindFor(symbol: string, bodyCode: string): DocumentKind {
  const parsed = parseUnSymbol(symbol);
  if (parsed.ok && parsed.value.documentKind) return parsed.value.documentKind;
  return bodyCode === "UPR" ? "upr_report" : "other";
}

/** Find-or-create caches for the reference rows an import touches. */
function makeLookups(sqlite: DB["$client"]) {
  const cache = new Map<string, number>();
  const cycles = new Map<string, { id: number; year: number | null }>();
  const memo = (key: string, find: () => number | undefined, create: () => number) => {
    let id = cache.get(key);
    if (id === undefined) {
      id = find() ?? create();
      cache.set(key, id);
    }
    return id;
  };
  const q = {
    findState: sqlite.prepare("SELECT id FROM states WHERE code = ?").pluck(),
    addState: sqlite.prepare("INSERT INTO states (code, name) VALUES (?, ?)"),
    findBody: sqlite.prepare("SELECT id FROM bodies WHERE code = ?").pluck(),
    addBody: sqlite.prepare("INSERT INTO bodies (code, name, kind, treaty) VALUES (?, ?, ?, ?)"),
    findCycle: sqlite.prepare(
      `SELECT id, substr(COALESCE(adoption_date, session_date, report_date), 1, 4) AS year
        FROM review_cycles WHERE state_id = ? AND body_id = ? AND ordinal = ?`,
    ),
    addCycle: sqlite.prepare(
      "INSERT INTO review_cycles (state_id, body_id, ordinal, upr_session, session_date) VALUES (?, ?, ?, ?, ?)",
    ),
    findDoc: sqlite.prepare("SELECT id FROM documents WHERE symbol = ?").pluck(),
    addDoc: sqlite.prepare(
      "INSERT INTO documents (symbol, title, kind, date, cycle_id, state_id, body_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ),
    findTag: sqlite.prepare("SELECT id FROM tags WHERE kind = ? AND name = ?").pluck(),
    addTag: sqlite.prepare("INSERT INTO tags (kind, name) VALUES (?, ?)"),
  };
  const rowid = (r: { lastInsertRowid: number | bigint }) => Number(r.lastInsertRowid);
  return {
    state: (code: string, name: string) =>
      memo(
        `s:${code}`,
        () => q.findState.get(code) as number | undefined,
        () => rowid(q.addState.run(code, name)),
      ),
    body: (code: string) =>
      memo(
        `b:${code}`,
        () => q.findBody.get(code) as number | undefined,
        () => {
          const known = BODIES.find((b) => b.code === code);
          return rowid(q.addBody.run(code, known?.name ?? code, known?.kind ?? BODY_KIND(code), known?.treaty ?? null));
        },
      ),
    cycle(stateId: number, bodyId: number, record: ImportRecord) {
      // Treaty-body cycles without a "CO/n" symbol fall back to the first cycle.
      const ordinal = record.cycleOrdinal ?? 1;
      const key = `${stateId}:${bodyId}:${ordinal}`;
      let cycle = cycles.get(key);
      if (!cycle) {
        const found = q.findCycle.get(stateId, bodyId, ordinal) as { id: number; year: string | null } | undefined;
        cycle = found
          ? { id: found.id, year: found.year ? Number(found.year) : null }
          : {
              id: rowid(
                q.addCycle.run(stateId, bodyId, ordinal, record.uprSession, record.year ? String(record.year) : null),
              ),
              year: record.year,
            };
        cycles.set(key, cycle);
      }
      return cycle;
    },
    document: (symbol: string, record: ImportRecord, stateId: number, bodyId: number, cycleId: number) =>
      memo(
        `d:${symbol}`,
        () => q.findDoc.get(symbol) as number | undefined,
        () =>
          rowid(
            q.addDoc.run(
              symbol,
              symbol,
              documentKindFor(symbol, record.bodyCode),
              record.documentDate,
              cycleId,
              stateId,
              bodyId,
            ),
          ),
      ),
    tag: (kind: TagKind, name: string) =>
      memo(
        `t:${kind}:${name}`,
        () => q.findTag.get(kind, name) as number | undefined,
        () => rowid(q.addTag.run(kind, name)),
      ),
  };
}
