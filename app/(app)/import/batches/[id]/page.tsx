import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { RoleRequired } from "@/app/_components/ui/role-required";
import { can, roleFor } from "@/lib/auth/policy";
import { requestLocale, signedInContext } from "@/lib/context";
import { getImportBatch, listBatchRecommendations } from "@/lib/data/import-batches";
import { formatDateTime } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { IMPORT_FORMATS, type ImportFormat } from "@/lib/import/types";
import { recommendationTitle } from "@/lib/recommendation-title";
import { RecommendationMeta } from "@/app/_components/recommendation-meta";
import { RecordHistoryLink } from "@/app/_components/record-history-link";
import { filtersToQueryString } from "@/lib/search/filters";
import { FORMAT_LABELS } from "../../_lib/labels";
import { SummaryFacts } from "../../_components/summary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: t("work.import.title", {}, await requestLocale()) };
}
export const dynamic = "force-dynamic";

const PER_PAGE = 50;
type SP = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const posInt = (v: string | undefined) => (v && /^\d{1,9}$/.test(v) ? Number(v) : undefined);

/**
 * One import: its summary and the recommendations it created (50 a page),
 * plus the wider view on /recommendations (the search filters have no batch
 * filter, so that link shows the same States and bodies).
 */
export default async function ImportBatchPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SP>;
}) {
  const { db, actor } = await signedInContext();
  if (!can(actor, "import", "read")) return <RoleRequired needed={roleFor("import", "read")} current={actor.role} />;
  const id = posInt((await params).id);
  const batch = id ? getImportBatch(db, id) : null;
  if (!batch) notFound();
  const sp = await searchParams;
  const requested = posInt(one(sp.page)) ?? 1;
  const { data, total } = listBatchRecommendations(db, batch.id, requested, PER_PAGE);
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  const page = Math.min(requested, pages);
  const rows = page === requested ? data : listBatchRecommendations(db, batch.id, page, PER_PAGE).data;
  const wider: Route | null =
    batch.stateCodes.length > 0
      ? `/recommendations${filtersToQueryString({ state: batch.stateCodes, body: batch.bodyCodes })}`
      : null;
  const format = (IMPORT_FORMATS as readonly string[]).includes(batch.format)
    ? FORMAT_LABELS[batch.format as ImportFormat]
    : batch.format;

  return (
    <div className="space-y-6">
      <nav aria-label={t("work.story.breadcrumb")} className="text-sm text-slate-500">
        <Link href="/import" className="hover:underline">
          {t("work.import.batch.crumb")}
        </Link>{" "}
        / {t("work.import.recent.number", { id: String(batch.id) })}
      </nav>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-slate-900">
          {t("import.batchTitle", { id: String(batch.id), fileName: batch.fileName })}
        </h1>
        <p className="text-slate-600">
          {t("work.import.batch.formatBy", {
            format,
            by: t("import.batchBy", {
              user: batch.userName ?? batch.userEmail ?? t("work.import.recent.system"),
              date: formatDateTime(batch.createdAt * 1000),
            }),
          })}
        </p>
        <RecordHistoryLink actor={actor} entity="import_batch" id={batch.id} />
      </header>
      <Card title={t("work.import.batch.summary")}>
        <SummaryFacts batch={batch} />
        {batch.firstImportId !== null && (
          <p className="mt-3 text-sm text-slate-700" data-testid="reimport-note">
            <Link href={`/import/batches/${batch.firstImportId}`} className="text-brand hover:underline">
              {t("import.reimport", { id: String(batch.firstImportId) })}
            </Link>
          </p>
        )}
      </Card>
      <Card
        title={t("count.recommendations", { count: total })}
        actions={
          wider && (
            <Link href={wider} className="text-sm text-brand hover:underline" data-testid="wider-view">
              {t("work.import.batch.wider")}
            </Link>
          )
        }
      >
        {rows.length === 0 ? (
          <EmptyState title={t("work.import.batch.noneTitle")}>
            {batch.firstImportId !== null ? t("work.import.batch.allThere") : t("work.import.batch.allSkipped")}
          </EmptyState>
        ) : (
          <ol
            className="divide-y divide-slate-100"
            data-testid="batch-recommendations"
            start={(page - 1) * PER_PAGE + 1}
          >
            {rows.map((r) => (
              <li key={r.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0">
                  <RecommendationMeta r={r} />
                  {r.archived && (
                    <p className="text-xs font-medium text-slate-700">{t("work.import.batch.archived")}</p>
                  )}
                  <Link href={`/recommendations/${r.id}`} className="mt-1 block font-medium text-brand hover:underline">
                    {recommendationTitle(r)}
                  </Link>
                </div>
                <StatusBadge status={r.status} size="sm" />
              </li>
            ))}
          </ol>
        )}
        {pages > 1 && (
          <nav aria-label={t("work.list.pages")} className="mt-4 flex gap-3 text-sm">
            {page > 1 && (
              <Link href={`/import/batches/${batch.id}?page=${page - 1}`} className="text-brand hover:underline">
                {t("work.list.previous")}
              </Link>
            )}
            <span>{t("pager.pageOf", { page, pages })}</span>
            {page < pages && (
              <Link href={`/import/batches/${batch.id}?page=${page + 1}`} className="text-brand hover:underline">
                {t("work.list.next")}
              </Link>
            )}
          </nav>
        )}
      </Card>
    </div>
  );
}
