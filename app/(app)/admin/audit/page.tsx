import type { Metadata, Route } from "next";
import Link from "next/link";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { RoleRequired } from "@/app/_components/ui/role-required";
import { can, roleFor } from "@/lib/auth/policy";
import { signedInContext } from "@/lib/context";
import { auditFilterOptions, listAuditLog, parseAuditQuery } from "@/lib/data/audit-log";
import { auditRecordName, presentAuditEntries } from "@/lib/data/audit-present";
import { auditEntityLabel } from "@/lib/audit-labels";
import { t } from "@/lib/i18n/messages";
import { AuditEntryItem } from "./audit-entry";
import { AuditFilterForm } from "./audit-filter-form";

export async function generateMetadata(): Promise<Metadata> {
  await signedInContext();
  return { title: t("audit.title") };
}

type SP = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const PER = 50;
const KEYS = ["user", "entity", "entityId", "action", "q", "from", "to", "page"] as const;

/**
 * The audit log for admins, and the history of one record (`?entity=…&entityId=…`,
 * linked from every record page): who did what to which record, in words.
 */
export default async function AuditPage({ searchParams }: { searchParams: Promise<SP> }) {
  const { db, actor } = await signedInContext();
  // Not for editors or viewers: answer as if the page did not exist.
  if (!can(actor, "audit", "read")) return <RoleRequired needed={roleFor("audit", "read")} current={actor.role} />;
  const sp = await searchParams;
  // The API's filters (one schema); a value that does not parse is left out, not refused.
  const query = Object.fromEntries(KEYS.flatMap((k) => (one(sp[k]) ? [[k, one(sp[k])]] : [])));
  const filters = { ...parseAuditQuery(query, { lenient: true }), per: PER };
  const page = filters.page ?? 1;
  const { data, total } = listAuditLog(db, actor, filters);
  const entries = presentAuditEntries(db, data);
  const options = auditFilterOptions(db, actor);
  const pages = Math.max(1, Math.ceil(total / PER));
  const subject =
    filters.entity && filters.entityId
      ? {
          type: auditEntityLabel(filters.entity),
          record: auditRecordName(db, filters.entity, filters.entityId),
          id: filters.entityId,
        }
      : null;
  const pageHref = (p: number): Route => {
    const q = new URLSearchParams(
      KEYS.flatMap((k) => (k === "page" ? [] : one(sp[k]) ? [[k, one(sp[k])!]] : [])).concat([["page", String(p)]]),
    );
    return `/admin/audit?${q}`;
  };

  return (
    <div className="space-y-6">
      <nav aria-label={t("admin.breadcrumb")} className="text-sm text-slate-500">
        <Link href="/admin" className="hover:underline">
          {t("audit.breadcrumbAdmin")}
        </Link>{" "}
        /{" "}
        {subject ? (
          <Link href="/admin/audit" className="hover:underline">
            {t("audit.title")}
          </Link>
        ) : (
          t("audit.title")
        )}
      </nav>
      {subject ? (
        <header className="space-y-1" data-testid="record-history">
          <h1 className="text-2xl font-semibold text-slate-900">{t("audit.historyTitle")}</h1>
          <p className="break-words text-slate-700">
            {subject.type}:{" "}
            {subject.record?.href ? (
              <Link href={subject.record.href} className="font-medium text-brand hover:underline">
                {subject.record.name}
              </Link>
            ) : (
              (subject.record?.name ?? t("audit.missingRecord", { id: subject.id }))
            )}
          </p>
          <p className="text-sm">
            <Link href="/admin/audit" className="text-brand hover:underline">
              {t("audit.wholeLog")}
            </Link>
          </p>
        </header>
      ) : (
        <h1 className="text-2xl font-semibold text-slate-900">{t("audit.title")}</h1>
      )}
      <AuditFilterForm filters={filters} options={options} />

      <Card title={t("audit.entries", { count: total })}>
        {entries.length === 0 ? (
          <EmptyState title={subject ? t("audit.noneForRecord") : t("audit.none")} />
        ) : (
          <ol className="divide-y divide-slate-100" data-testid="audit-entries">
            {entries.map((e) => (
              <AuditEntryItem key={e.id} e={e} />
            ))}
          </ol>
        )}
        {pages > 1 && (
          <nav aria-label={t("admin.pages")} className="mt-4 flex flex-wrap gap-3 text-sm">
            {page > 1 && (
              <Link href={pageHref(page - 1)} className="text-brand hover:underline">
                {t("audit.newer")}
              </Link>
            )}
            <span>{t("pager.pageOf", { page, pages })}</span>
            {page < pages && (
              <Link href={pageHref(page + 1)} className="text-brand hover:underline">
                {t("audit.older")}
              </Link>
            )}
          </nav>
        )}
      </Card>
    </div>
  );
}
