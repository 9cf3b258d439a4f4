import "server-only";
import { applyThemeChoices, type ThemeChoice } from "./import-suggestions";
/**
 * The import as the wizard and the CLI run it: one function from
 * bytes to a committed batch, so both take exactly the same path, and the read
 * queries behind /import and /import/batches/[id].
 */
import { createHash } from "node:crypto";
import type { DB } from "../../db";
import type { Status } from "../../db/schema/enums";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { hasErrors, parseImportFile, type ImportFormat, type ParseResult } from "../import";
import { SKIP_REASONS, type SkipReason, type SkippedRow } from "../import/types";
import { commitImport, type CommitSummary } from "./import";

export type ImportRun = {
  parsed: ParseResult;
  sha256: string;
  /** Null when the file was refused (it has errors): nothing was written. */
  summary: CommitSummary | null;
};

export const sha256Of = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * Parses and, unless the file has errors, commits it in one transaction.
 * A refused file returns its report with summary null instead of throwing, so
 * callers can show every problem by line and column.
 */
export async function importFile(
  db: DB,
  actor: Actor,
  bytes: Uint8Array,
  fileName: string,
  /** `parsed`: the file's parse already done (the wizard keeps the one made in a worker at upload). */
  opts: { format?: ImportFormat; dryRun?: boolean; themes?: ThemeChoice; parsed?: ParseResult } = {},
): Promise<ImportRun> {
  assertCan(actor, "import", "run");
  const parsed = opts.parsed ?? (await parseImportFile(bytes, fileName, { format: opts.format }));
  const sha256 = sha256Of(bytes);
  if (!parsed.format || hasErrors(parsed)) return { parsed, sha256, summary: null };
  // Themes an editor chose in the preview (chips, or "Apply suggestions"); never without that choice.
  if (opts.themes) applyThemeChoices(db, parsed.records, opts.themes);
  const summary = commitImport(db, actor, parsed, { fileName, sha256, dryRun: opts.dryRun });
  return { parsed, sha256, summary };
}

export type BatchSummary = Partial<
  Pick<
    CommitSummary,
    | "created"
    | "updated"
    | "skipped"
    | "duplicatesMerged"
    | "history"
    | "keptEdits"
    | "keptEditRows"
    | "skippedRows"
    | "skippedRowsTotal"
  >
>;

export type ImportBatchRow = {
  id: number;
  fileName: string;
  format: string;
  sha256: string;
  userEmail: string | null;
  userName: string | null;
  /** Unix seconds. */
  createdAt: number;
  summary: BatchSummary;
};

const BATCH_COLUMNS = `b.id, b.file_name AS fileName, b.format, b.sha256, b.summary, b.created_at AS createdAt,
  u.email AS userEmail, u.name AS userName`;

type RawBatch = Omit<ImportBatchRow, "summary"> & { summary: string | null };

function readSummary(raw: string | null): BatchSummary {
  if (!raw) return {};
  try {
    const s = JSON.parse(raw) as Record<string, unknown>;
    const n = (v: unknown) => (typeof v === "number" ? v : undefined);
    const h = s.history as Record<string, unknown> | null | undefined;
    const history =
      h && typeof h === "object"
        ? {
            assessments: n(h.assessments) ?? 0,
            responses: n(h.responses) ?? 0,
            grades: n(h.grades) ?? 0,
            links: n(h.links) ?? 0,
          }
        : null;
    const kept = Array.isArray(s.keptEditRows) ? (s.keptEditRows as unknown[]) : [];
    const skippedRows = Array.isArray(s.skippedRows) ? (s.skippedRows as unknown[]).flatMap(readSkipped) : [];
    return {
      created: n(s.created),
      updated: n(s.updated),
      skipped: n(s.skipped),
      duplicatesMerged: n(s.duplicatesMerged),
      history,
      keptEdits: n(s.keptEdits),
      keptEditRows: kept.flatMap((k) => {
        const row = k as Record<string, unknown>;
        const line = n(row?.line);
        const id = n(row?.id);
        return line !== undefined && id !== undefined ? [{ line, id }] : [];
      }),
      skippedRows,
      skippedRowsTotal: n(s.skippedRowsTotal) ?? skippedRows.length,
    };
  } catch {
    return {};
  }
}

/** One stored skipped row, if it still has a reason this version knows (older batches stored none). */
export function readSkipped(value: unknown): SkippedRow[] {
  const row = value as Record<string, unknown> | null;
  if (!row || typeof row.line !== "number" || !(SKIP_REASONS as readonly unknown[]).includes(row.reason)) return [];
  const params: Record<string, string | number> = {};
  if (row.params && typeof row.params === "object")
    for (const [k, v] of Object.entries(row.params)) if (typeof v === "string" || typeof v === "number") params[k] = v;
  return [{ line: row.line, reason: row.reason as SkipReason, params }];
}

const toRow = (r: RawBatch): ImportBatchRow => ({ ...r, summary: readSummary(r.summary) });

/** The most recent imports, newest first. */
export function listImportBatches(db: DB, limit = 20): ImportBatchRow[] {
  const rows = db.$client
    .prepare(
      `SELECT ${BATCH_COLUMNS} FROM import_batches b LEFT JOIN users u ON u.id = b.user_id ORDER BY b.id DESC LIMIT ?`,
    )
    .all(limit) as RawBatch[];
  return rows.map(toRow);
}

export type ImportBatchDetail = ImportBatchRow & {
  /** The first earlier import of the same bytes: a re-import creates nothing, its recommendations are there. */
  firstImportId: number | null;
  stateCodes: string[];
  bodyCodes: string[];
};

export function getImportBatch(db: DB, id: number): ImportBatchDetail | null {
  const sqlite = db.$client;
  const raw = sqlite
    .prepare(`SELECT ${BATCH_COLUMNS} FROM import_batches b LEFT JOIN users u ON u.id = b.user_id WHERE b.id = ?`)
    .get(id) as RawBatch | undefined;
  if (!raw) return null;
  const firstImportId = sqlite
    .prepare("SELECT MIN(id) FROM import_batches WHERE sha256 = ? AND id < ?")
    .pluck()
    .get(raw.sha256, id) as number | null;
  // The scope of what this batch (or, for a re-import, the first import of the same file) created.
  const scopeId = firstImportId ?? id;
  const codes = (sqlCol: string, join: string) =>
    sqlite
      .prepare(`SELECT DISTINCT ${sqlCol} FROM recommendations r JOIN ${join} WHERE r.import_batch_id = ? ORDER BY 1`)
      .pluck()
      .all(scopeId) as string[];
  return {
    ...toRow(raw),
    firstImportId,
    stateCodes: codes("s.code", "states s ON s.id = r.state_id"),
    bodyCodes: codes("bo.code", "bodies bo ON bo.id = r.body_id"),
  };
}

export type BatchRecommendation = {
  id: number;
  symbol: string | null;
  paragraph: string | null;
  uprSession: number | null;
  subject: string | null;
  text: string;
  status: Status | null;
  stateName: string;
  bodyCode: string;
  year: number | null;
  archived: boolean;
};

/** The recommendations a batch created, in the order they were imported, one page at a time. */
export function listBatchRecommendations(
  db: DB,
  batchId: number,
  page: number,
  per = 50,
): { data: BatchRecommendation[]; total: number } {
  const sqlite = db.$client;
  const total = sqlite
    .prepare("SELECT COUNT(*) FROM recommendations WHERE import_batch_id = ?")
    .pluck()
    .get(batchId) as number;
  const rows = sqlite
    .prepare(
      `SELECT r.id, d.symbol, r.paragraph, c.upr_session AS uprSession, r.subject, r.text, r.status, s.name AS stateName,
         bo.code AS bodyCode, r.year, r.archived_at IS NOT NULL AS archived
       FROM recommendations r JOIN states s ON s.id = r.state_id JOIN bodies bo ON bo.id = r.body_id
       JOIN review_cycles c ON c.id = r.cycle_id LEFT JOIN documents d ON d.id = r.document_id
       WHERE r.import_batch_id = ? ORDER BY r.id LIMIT ? OFFSET ?`,
    )
    .all(batchId, per, (Math.max(1, page) - 1) * per) as (Omit<BatchRecommendation, "archived"> & {
    archived: number;
  })[];
  return { data: rows.map((r) => ({ ...r, archived: r.archived === 1 })), total };
}
