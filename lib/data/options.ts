import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db";
import { t } from "../i18n/messages";
import { cycleNames } from "./record-names";

export type Option = { value: string; label: string };

/** Choices for form selects: small label/value pairs, active records only. */
export function stateOptions(db: Executor): Option[] {
  return db.all<Option>(
    sql`SELECT CAST(id AS TEXT) AS value, name || ' (' || code || ')' AS label FROM states WHERE archived_at IS NULL ORDER BY name`,
  );
}

export function bodyOptions(db: Executor): Option[] {
  return db.all<Option>(
    sql`SELECT CAST(id AS TEXT) AS value, code || ' — ' || name AS label FROM bodies WHERE archived_at IS NULL ORDER BY code`,
  );
}

/** Review cycles named as everywhere else (lib/cycle-name.ts): "Kazakhstan · CCPR · cycle 3 (2023–2025)". */
export function cycleOptions(db: Executor, stateId?: number): Option[] {
  const ids = db
    .all<{ id: number }>(
      sql`
    SELECT c.id FROM review_cycles c JOIN states s ON s.id = c.state_id JOIN bodies b ON b.id = c.body_id
    WHERE c.archived_at IS NULL ${stateId ? sql`AND c.state_id = ${stateId}` : sql``}
    ORDER BY s.name, b.code, c.ordinal`,
    )
    .map((r) => r.id);
  const names = cycleNames(db, ids);
  return ids.map((id) => ({ value: String(id), label: names.get(id)! }));
}

/**
 * Source documents. Given a recommendation's state and body, its own state's
 * and body's documents come first, then its state's other documents, then
 * those tied to no state, each newest first, under headings saying which.
 */
export function documentOptions(db: Executor, near?: { stateId: number; bodyId?: number }, limit = 2000): Option[] {
  const rank = near
    ? sql`CASE WHEN state_id = ${near.stateId} AND body_id = ${near.bodyId ?? -1} THEN 0 WHEN state_id = ${near.stateId} THEN 1 ELSE 2 END`
    : sql`0`;
  const rows = db.all<Option & { rank: number }>(sql`
    SELECT CAST(id AS TEXT) AS value, COALESCE(symbol || ' — ', '') || title || COALESCE(' (' || date || ')', '') AS label,
      ${rank} AS rank
    FROM documents WHERE archived_at IS NULL ${near ? sql`AND (state_id = ${near.stateId} OR state_id IS NULL)` : sql``}
    ORDER BY rank, COALESCE(date, '') DESC, id DESC LIMIT ${limit}`);
  if (!near) return rows.map(({ value, label }) => ({ value, label }));
  const groups = [
    near.bodyId ? t("options.documents.stateAndBody") : t("options.documents.state"),
    t("options.documents.state"),
    t("options.documents.noState"),
  ];
  return rows.map(({ value, label, rank: r }) => ({ value, label, group: groups[r] }));
}

export function evidenceOptions(db: Executor, stateId?: number, limit = 2000): Option[] {
  return db.all<Option>(sql`
    SELECT CAST(id AS TEXT) AS value, title || COALESCE(' (' || date || ')', '') AS label
    FROM evidence WHERE archived_at IS NULL ${stateId ? sql`AND (state_id = ${stateId} OR state_id IS NULL)` : sql``}
    ORDER BY COALESCE(date, '') DESC, id DESC LIMIT ${limit}`);
}

export type CodeName = { code: string; name: string };
/** States and bodies by their codes, for the import wizard's corrections of what a file was detected as. */
export function importChoices(db: Executor): { states: CodeName[]; bodies: CodeName[] } {
  return {
    states: db.all<CodeName>(sql`SELECT code, name FROM states WHERE archived_at IS NULL ORDER BY name`),
    bodies: db.all<CodeName>(sql`SELECT code, name FROM bodies WHERE archived_at IS NULL ORDER BY code`),
  };
}
