import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db";

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

export function cycleOptions(db: Executor, stateId?: number): Option[] {
  return db.all<Option>(sql`
    SELECT CAST(c.id AS TEXT) AS value,
           s.code || ' · ' || b.code || ' · cycle ' || c.ordinal || COALESCE(' (' || substr(COALESCE(c.adoption_date, c.session_date, c.report_date), 1, 4) || ')', '') AS label
    FROM review_cycles c JOIN states s ON s.id = c.state_id JOIN bodies b ON b.id = c.body_id
    WHERE c.archived_at IS NULL ${stateId ? sql`AND c.state_id = ${stateId}` : sql``}
    ORDER BY s.name, b.code, c.ordinal`);
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
