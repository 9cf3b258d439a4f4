import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { can } from "@/lib/auth/policy";
import { signedInContext } from "@/lib/context";
import { auditFilterOptions, listAuditLog, parseAuditQuery } from "@/lib/data/audit-log";
import { formatDateTime } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { notFound } from "next/navigation";

export const metadata: Metadata = { title: "Audit log" };

type SP = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const PER = 50;

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SP> }) {
  const { db, actor } = await signedInContext();
  // Not for editors or viewers: answer as if the page did not exist.
  if (!can(actor, "audit", "read")) notFound();
  const sp = await searchParams;
  // The API's filters (one schema); a value that does not parse is left out, not refused.
  const query = Object.fromEntries(
    ["user", "entity", "entityId", "from", "to", "page"].flatMap((k) => (one(sp[k]) ? [[k, one(sp[k])]] : [])),
  );
  const filters = { ...parseAuditQuery(query, { lenient: true }), per: PER };
  const page = filters.page ?? 1;
  const { data, total } = listAuditLog(db, actor, filters);
  const { users, entities } = auditFilterOptions(db, actor);
  const pages = Math.max(1, Math.ceil(total / PER));
  const pageHref = (p: number) => {
    const q = new URLSearchParams(
      Object.entries({ ...sp, page: String(p) }).flatMap(([k, v]) => (v ? [[k, String(v)]] : [])),
    );
    return `/admin/audit?${q}`;
  };

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/admin" className="hover:underline">
          Admin
        </Link>{" "}
        / Audit log
      </nav>
      <h1 className="text-2xl font-semibold text-slate-900">Audit log</h1>
      <form
        className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-6"
        method="get"
      >
        <label className="text-sm sm:col-span-2">
          User
          <select
            name="user"
            defaultValue={filters.user ?? ""}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
          >
            <option value="">Everyone</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.email}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Record type
          <select
            name="entity"
            defaultValue={filters.entity ?? ""}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
          >
            <option value="">All</option>
            {entities.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Record id
          <input
            name="entityId"
            inputMode="numeric"
            defaultValue={filters.entityId ?? ""}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
          />
        </label>
        <label className="text-sm">
          From
          <input
            type="date"
            name="from"
            defaultValue={filters.from ?? ""}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
          />
        </label>
        <label className="text-sm">
          To
          <input
            type="date"
            name="to"
            defaultValue={filters.to ?? ""}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
          />
        </label>
        <div className="flex gap-2 sm:col-span-6">
          <button className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white">Filter</button>
          <Link href="/admin/audit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
            Clear
          </Link>
        </div>
      </form>

      <Card title={t("audit.entries", { count: total })}>
        {data.length === 0 ? (
          <EmptyState title="No entries match these filters" />
        ) : (
          <ol className="divide-y divide-slate-100" data-testid="audit-entries">
            {data.map((e) => (
              <li key={e.id} className="py-3">
                <p className="text-sm">
                  <span className="font-medium">{e.userEmail ?? "system"}</span>{" "}
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs">{e.action}</span>{" "}
                  <span className="text-slate-700">
                    {e.entity}
                    {e.entityId ? ` #${e.entityId}` : ""}
                  </span>{" "}
                  <time className="text-slate-500" dateTime={e.at}>
                    {formatDateTime(new Date(e.at))}
                  </time>
                </p>
                {e.changes.length > 0 && (
                  <table className="mt-2 w-full table-fixed text-left text-xs">
                    <thead>
                      <tr className="text-slate-500">
                        <th className="w-1/5 py-1">Field</th>
                        <th className="py-1">Before</th>
                        <th className="py-1">After</th>
                      </tr>
                    </thead>
                    <tbody>
                      {e.changes.map((c) => (
                        <tr key={c.field} className="align-top">
                          <td className="py-1 font-mono">{c.field}</td>
                          <td className="break-words py-1 text-red-800">
                            <del>{show(c.before)}</del>
                          </td>
                          <td className="break-words py-1 text-green-800">
                            <ins className="no-underline">{show(c.after)}</ins>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </li>
            ))}
          </ol>
        )}
        {pages > 1 && (
          <nav aria-label="Pages" className="mt-4 flex gap-3 text-sm">
            {page > 1 && (
              <Link href={pageHref(page - 1)} className="text-brand hover:underline">
                ← Newer
              </Link>
            )}
            <span>{t("pager.pageOf", { page, pages })}</span>
            {page < pages && (
              <Link href={pageHref(page + 1)} className="text-brand hover:underline">
                Older →
              </Link>
            )}
          </nav>
        )}
      </Card>
    </div>
  );
}
