import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db";
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

export function documentOptions(db: Executor, stateId?: number, limit = 2000): Option[] {
  return db.all<Option>(sql`
    SELECT CAST(id AS TEXT) AS value, COALESCE(symbol || ' — ', '') || title || COALESCE(' (' || date || ')', '') AS label
    FROM documents WHERE archived_at IS NULL ${stateId ? sql`AND (state_id = ${stateId} OR state_id IS NULL)` : sql``}
    ORDER BY COALESCE(date, '') DESC, id DESC LIMIT ${limit}`);
}

export function evidenceOptions(db: Executor, stateId?: number, limit = 2000): Option[] {
  return db.all<Option>(sql`
    SELECT CAST(id AS TEXT) AS value, title || COALESCE(' (' || date || ')', '') AS label
    FROM evidence WHERE archived_at IS NULL ${stateId ? sql`AND (state_id = ${stateId} OR state_id IS NULL)` : sql``}
    ORDER BY COALESCE(date, '') DESC, id DESC LIMIT ${limit}`);
}
