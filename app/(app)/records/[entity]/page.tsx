import type { Metadata } from "next";
import Link from "next/link";
import { toText } from "@/lib/to-text";
import { notFound } from "next/navigation";
import { EmptyState } from "@/app/_components/ui/card";
import { can } from "@/lib/auth/policy";
import { requestLocale, signedInContext } from "@/lib/context";
import { t } from "@/lib/i18n/messages";
import { entityConfig } from "../registry";

type Props = { params: Promise<{ entity: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: entityConfig((await params).entity)?.plural ?? t("work.records.title", {}, locale) };
}

const PER = 50;

export default async function RecordListPage({ params, searchParams }: Props) {
  const ctx = await signedInContext();
  const { entity } = await params;
  const cfg = entityConfig(entity);
  if (!cfg) notFound();
  const sp = await searchParams;
  const page = Math.max(1, Number(sp.page) || 1);
  const archived = sp.archived === "1";
  const { rows, total } = cfg.list(ctx.db, { q: sp.q || undefined, archived, page, per: PER });
  const names = cfg.names(ctx.db, rows);
  const canEdit = can(ctx.actor, cfg.policy, "create");
  const pages = Math.max(1, Math.ceil(total / PER));

  return (
    <div className="space-y-5">
      <nav aria-label={t("work.story.breadcrumb")} className="text-sm text-slate-500">
        <Link href="/records" className="hover:underline">
          {t("work.records.title")}
        </Link>{" "}
        / {cfg.plural}
      </nav>
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{cfg.plural}</h1>
          <p className="text-slate-600">{cfg.description}</p>
        </div>
        {canEdit && (
          <Link
            href={`/records/${entity}/new`}
            className="rounded-md bg-brand px-3 py-2 text-sm font-medium text-white"
          >
            {cfg.newLabel}
          </Link>
        )}
      </header>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <label className="text-sm">
          {t("work.records.search")}
          <input
            name="q"
            defaultValue={sp.q ?? ""}
            className="mt-1 block rounded-md border border-slate-300 px-3 py-1.5"
          />
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="archived" value="1" defaultChecked={archived} />{" "}
          {t("work.records.includeArchived")}
        </label>
        <button className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
          {t("work.records.apply")}
        </button>
      </form>
      {rows.length === 0 ? (
        <EmptyState title={cfg.noneFound}>{canEdit ? t("work.records.createHint") : null}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm" data-testid="record-table">
            <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
              <tr>
                <th className="px-4 py-2 font-medium">{cfg.nameHeader}</th>
                {cfg.columns.map((c) => (
                  <th key={c.name} className="px-4 py-2 font-medium">
                    {c.label}
                  </th>
                ))}
                <th className="px-4 py-2">
                  <span className="sr-only">{t("work.records.status")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id} className="align-top">
                  {/* The record's name as recorded: the registry is where it is edited, so it is never translated. */}
                  <td className="min-w-48 px-4 py-2" translate={names.get(r.id) ? "no" : undefined}>
                    <Link className="font-medium text-brand hover:underline" href={`/records/${entity}/${r.id}`}>
                      {names.get(r.id) || t("work.records.number", { id: String(r.id) })}
                    </Link>
                  </td>
                  {cfg.columns.map((c) => (
                    <td key={c.name} className="px-4 py-2 whitespace-nowrap">
                      {(c.format ? c.format(r[c.name]) : toText(r[c.name])) || ""}
                    </td>
                  ))}
                  <td className="px-4 py-2 text-xs text-amber-800">{r.archived ? t("work.records.archived") : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label={t("work.list.pages")} className="flex gap-3 text-sm">
          {page > 1 && (
            <Link className="text-brand" href={`?${new URLSearchParams({ ...sp, page: String(page - 1) })}`}>
              {t("work.list.previous")}
            </Link>
          )}
          <span>{t("pager.pageOf", { page, pages })}</span>
          {page < pages && (
            <Link className="text-brand" href={`?${new URLSearchParams({ ...sp, page: String(page + 1) })}`}>
              {t("work.list.next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
