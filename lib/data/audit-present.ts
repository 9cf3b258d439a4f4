import "server-only";
import { inArray } from "drizzle-orm";
import type { Route } from "next";
import type { Executor } from "../../db";
import { users } from "../../db/schema";
import {
  auditActionLabel,
  auditEntityLabel,
  auditEntityType,
  auditFieldLabel,
  formatAuditValue,
  ID_FIELDS,
  isHiddenField,
} from "../audit-labels";
import { t } from "../i18n/messages";
import { importMessage, skipMessage } from "../import/messages";
import { parseFilters } from "../search/filters";
import type { AuditEntry } from "./audit-log";
import { describeFilters } from "./export-labels";
import { readSkipped } from "./import-batches";
import { recordNames, type RecordName } from "./record-names";

/**
 * Audit entries as the admin's page shows them: who (by name), what was done
 * to which record (named, with a link), and each field by its label with its
 * value as the record's screen writes it — ids as the names of what they point
 * to, export filters in words. The API keeps returning the stored entries.
 */
export type AuditValue = { text: string; href?: Route | null };
export type AuditFieldRow = { field: string; label: string; before: AuditValue | null; after: AuditValue | null };
export type PresentedAuditEntry = {
  id: number;
  at: string;
  who: string;
  whoEmail: string | null;
  action: string;
  actionLabel: string;
  /** The kind of record ("Recommendation"), one label for every key it is stored under. */
  entityLabel: string;
  entityType: string;
  entityId: number | null;
  record: RecordName | null;
  /** "created": only values after; "removed": only values before; "changed": both. */
  shape: "created" | "changed" | "removed";
  fields: AuditFieldRow[];
};

type IdRefs = Map<string, Set<number>>;

function collectIds(entries: AuditEntry[]): { records: IdRefs; values: IdRefs } {
  const records: IdRefs = new Map();
  const values: IdRefs = new Map();
  const add = (map: IdRefs, kind: string, id: unknown) => {
    if (typeof id !== "number") return;
    if (!map.has(kind)) map.set(kind, new Set());
    map.get(kind)!.add(id);
  };
  for (const e of entries) {
    if (e.entityId !== null) add(records, auditEntityType(e.entity) ?? e.entity, e.entityId);
    for (const c of e.changes) {
      const kind = ID_FIELDS[c.field];
      if (kind) {
        add(values, kind, c.before);
        add(values, kind, c.after);
      }
    }
  }
  return { records, values };
}

function lookupAll(db: Executor, refs: IdRefs): Map<string, Map<number, RecordName>> {
  const out = new Map<string, Map<number, RecordName>>();
  for (const [kind, ids] of refs) out.set(kind, recordNames(db, kind, [...ids]));
  return out;
}

export function presentAuditEntries(db: Executor, entries: AuditEntry[]): PresentedAuditEntry[] {
  const { records, values } = collectIds(entries);
  const recordNamesByKind = lookupAll(db, records);
  const valueNames = lookupAll(db, values);
  const userIds = [...new Set(entries.map((e) => e.userId).filter((id): id is number => id !== null))];
  const people = new Map(
    userIds.length
      ? db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(inArray(users.id, userIds))
          .all()
          .map((u) => [u.id, u.name])
      : [],
  );

  const value = (entity: string, field: string, raw: unknown): AuditValue | null => {
    if (raw === null || raw === undefined || raw === "" || (Array.isArray(raw) && raw.length === 0)) return null;
    const kind = ID_FIELDS[field];
    if (kind && typeof raw === "number") {
      const named = valueNames.get(kind)?.get(raw);
      return named ? { text: named.name, href: named.href } : { text: t("audit.missingRecord", { id: raw }) };
    }
    if (field === "filters" && typeof raw === "string") {
      const words = describeFilters(db, parseFilters(new URLSearchParams(raw)));
      return { text: words.length ? words.map((w) => `${w.label}: ${w.value}`).join("; ") : t("audit.noFilters") };
    }
    if (field === "history" && raw && typeof raw === "object") return { text: importHistory(raw) };
    if (field === "skippedRows" && Array.isArray(raw)) return { text: skippedRowsText(raw) };
    if (entity === "settings" && field === "logo" && typeof raw === "object") return { text: logoText(raw) };
    const text = formatAuditValue(entity, field, raw);
    return text ? { text } : null;
  };

  return entries.map((e) => {
    const type = auditEntityType(e.entity) ?? e.entity;
    const shape = e.before == null ? "created" : e.after == null ? "removed" : "changed";
    const fields = e.changes
      .filter((c) => !isHiddenField(c.field))
      .map((c) => ({
        field: c.field,
        label: auditFieldLabel(type, c.field),
        before: value(type, c.field, c.before),
        after: value(type, c.field, c.after),
      }))
      // A created record lists what it was created with: nothing to say about empty fields.
      .filter((f) => f.before !== null || f.after !== null);
    return {
      id: e.id,
      at: e.at,
      who: e.userId === null ? t("audit.system") : (people.get(e.userId) ?? e.userEmail ?? t("audit.formerUser")),
      whoEmail: e.userId === null ? null : e.userEmail,
      action: e.action,
      actionLabel: auditActionLabel(e.action),
      entityLabel: auditEntityLabel(e.entity),
      entityType: type,
      entityId: e.entityId,
      record: e.entityId === null ? null : (recordNamesByKind.get(type)?.get(e.entityId) ?? null),
      shape,
      fields,
    };
  });
}

/** "3 statuses, 2 state responses" — the history an import of the tracker's own CSV added. */
function importHistory(raw: object): string {
  const h = raw as Partial<Record<"assessments" | "responses" | "grades" | "links", number>>;
  return (["assessments", "responses", "grades", "links"] as const)
    .filter((k) => (h[k] ?? 0) > 0)
    .map((k) => t(`import.history.${k}`, { count: h[k]! }))
    .join(", ");
}

/**
 * A line for each row an import left out, with why, in the import wizard's own words
 * (app/(app)/import/_components/skipped-rows.tsx): "Line 4: Duplicate of line 2." The page keeps the line breaks.
 */
function skippedRowsText(raw: unknown[]): string {
  return raw
    .flatMap(readSkipped)
    .map((row) => importMessage("at.line", { line: row.line, detail: skipMessage(row) }))
    .join("\n");
}

/** "PNG image, 502 bytes": the settings keep a logo's type and size in the log, never its bytes. */
function logoText(raw: object): string {
  const logo = raw as { type?: unknown; bytes?: unknown };
  const type = typeof logo.type === "string" ? logo.type.replace(/^image\//, "").toUpperCase() : "";
  return t("audit.logo", { type, count: typeof logo.bytes === "number" ? logo.bytes : 0 });
}

/** The record a history view is about, named; null when it no longer exists. */
export function auditRecordName(db: Executor, entity: string, id: number): RecordName | null {
  return recordNames(db, auditEntityType(entity) ?? entity, [id]).get(id) ?? null;
}
