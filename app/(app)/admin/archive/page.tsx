import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { can } from "@/lib/auth/policy";
import { signedInContext } from "@/lib/context";
import { BIN_KINDS, listArchivedRecords, type BinKind, type BinRow } from "@/lib/data/archive-bin";
import { formatDateTime, formatPartialDate } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { ACTION_STATUS_LABELS, INSTITUTION_KIND_LABELS, STANCE_LABELS, STATUS_LABELS } from "@/lib/labels";
import { RestoreButton } from "@/app/_components/records/history-controls";
import { restoreArchivedAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  await signedInContext();
  return { title: t("admin.archive.title") };
}

type SP = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const PER = 50;

const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** What identifies an archived record, in words: its stance or status, date, text, and whose it is. */
function labelOf(r: BinRow): string {
  const labels: Partial<Record<BinKind, Record<string, string>>> = {
    response: STANCE_LABELS,
    assessment: STATUS_LABELS,
    action: ACTION_STATUS_LABELS,
    institution: INSTITUTION_KIND_LABELS,
  };
  const code = r.code ? (labels[r.kind]?.[r.code] ?? null) : null;
  const text = r.text
    ? r.kind === "response" || r.kind === "assessment"
      ? t("admin.archive.quoted", { text: clip(r.text) })
      : clip(r.text)
    : null;
  const what = [code, r.date ? formatPartialDate(r.date) : null, text].filter(Boolean).join(" · ");
  if (!r.ref) return what;
  return r.kind === "reiteration"
    ? t("bin.linkLabel", { later: r.ref, earlier: r.text ?? "?" })
    : t("bin.ofRecommendation", { what, ref: r.ref });
}

export default async function ArchivePage({ searchParams }: { searchParams: Promise<SP> }) {
  const { db, actor } = await signedInContext();
  // Editors and admins (lib/auth/policy.ts, "archive"); viewers: as if the page did not exist.
  if (!can(actor, "archive", "read")) notFound();
  const sp = await searchParams;
  const kindParam = one(sp.kind);
  const kind = BIN_KINDS.includes(kindParam as BinKind) ? (kindParam as BinKind) : undefined;
  const page = Math.max(1, Number(one(sp.page)) || 1);
  const { rows, total, counts } = listArchivedRecords(db, actor, { kind, page, per: PER });
  const pages = Math.max(1, Math.ceil(total / PER));
  const href = (k: BinKind | undefined, p = 1): Route => {
    const q = new URLSearchParams();
    if (k) q.set("kind", k);
    if (p > 1) q.set("page", String(p));
    const s = q.toString();
    return s ? `/admin/archive?${s}` : "/admin/archive";
  };
  const tabs = [undefined, ...BIN_KINDS.filter((k) => counts[k] > 0 || k === kind)];

  return (
    <div className="space-y-6">
      {can(actor, "user", "read") && (
        <nav aria-label={t("admin.breadcrumb")} className="text-sm text-slate-500">
          <Link href="/admin" className="hover:underline">
            {t("audit.breadcrumbAdmin")}
          </Link>{" "}
          / {t("bin.title")}
        </nav>
      )}
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">{t("bin.title")}</h1>
        <p className="text-slate-600">{t("bin.intro")}</p>
      </header>
      <nav aria-label={t("admin.archive.kinds")} className="flex flex-wrap gap-2 text-sm">
        {tabs.map((k) => {
          const n = k ? counts[k] : Object.values(counts).reduce((a, b) => a + b, 0);
          const current = k === kind;
          return (
            <Link
              key={k ?? "all"}
              href={href(k)}
              aria-current={current ? "page" : undefined}
              className={`rounded-full border px-3 py-1 ${current ? "border-brand bg-brand-soft font-medium text-brand" : "border-slate-300 bg-white text-slate-700 hover:border-brand"}`}
            >
              {k ? t(`bin.kind.${k}`) : t("bin.all")} <span className="tabular-nums text-slate-500">{n}</span>
            </Link>
          );
        })}
      </nav>
      <Card>
        {rows.length === 0 ? (
          <EmptyState title={t("bin.empty")} />
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="bin">
            {rows.map((r) => (
              <li
                key={`${r.kind}-${r.id}`}
                className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center"
                data-testid={`bin-${r.kind}-${r.id}`}
              >
                <div className="min-w-0 flex-1">
                  <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">
                    {t(`bin.kind.${r.kind}`)} · {t("bin.archivedOn", { date: formatDateTime(r.archivedAt * 1000) })}
                  </p>
                  <p className="mt-0.5 break-words text-sm text-slate-800">{labelOf(r)}</p>
                  {r.recommendationId && (
                    <Link
                      href={`/recommendations/${r.recommendationId}`}
                      className="text-xs text-brand hover:underline"
                    >
                      {t("bin.open")}
                    </Link>
                  )}
                </div>
                {r.canRestore ? (
                  <RestoreButton
                    label={t(`bin.restore.${r.kind}`)}
                    action={restoreArchivedAction.bind(null, r.kind, r.id)}
                    version={r.version}
                  />
                ) : (
                  <p className="text-xs text-slate-500">{t("bin.adminOnly")}</p>
                )}
              </li>
            ))}
          </ul>
        )}
        {pages > 1 && (
          <nav aria-label={t("admin.pages")} className="mt-4 flex items-center justify-between text-sm">
            {page > 1 ? <Link href={href(kind, page - 1)}>{t("admin.archive.previous")}</Link> : <span />}
            <span>{t("pager.pageOf", { page, pages })}</span>
            {page < pages ? <Link href={href(kind, page + 1)}>{t("admin.archive.next")}</Link> : <span />}
          </nav>
        )}
      </Card>
    </div>
  );
}
