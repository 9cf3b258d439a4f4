import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { requireUser } from "@/lib/auth/session";
import { listLongestOutstanding, summariseStates } from "@/lib/data/overview";
import { t } from "@/lib/i18n/messages";
import { recommendationTitle } from "@/lib/recommendation-title";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  await requireUser();
  const db = getDb();
  const states = summariseStates(db);
  const items = listLongestOutstanding(db, 10);

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">Dashboard</h1>
        <p className="text-slate-600">Where the UN&apos;s recommendations stand, and for how long they have gone unanswered.</p>
      </header>

      {states.length === 0 ? (
        <EmptyState title="No recommendations tracked yet">Import a UPR Info or UHRI file, or add a recommendation, to see it here.</EmptyState>
      ) : (
        <section aria-label="States" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {states.map((s) => (
            <Link key={s.code} href={`/states/${s.code}`} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm hover:border-brand">
              <p className="text-sm font-medium text-slate-500">{s.code}</p>
              <h2 className="text-lg font-semibold text-slate-900">{s.name}</h2>
              <p className="mt-2 text-sm text-slate-700">{t("count.recommendations", { count: s.total })}</p>
              <p className="text-sm text-slate-700">{t("dashboard.notImplemented", { count: s.notImplemented ?? 0 })}</p>
              {s.oldest ? <p className="text-sm text-slate-700">{t("dashboard.oldestOpen", { year: s.oldest })}</p> : null}
            </Link>
          ))}
        </section>
      )}

      <Card title="Longest outstanding" actions={<Link href="/recommendations" className="text-sm text-brand hover:underline">All recommendations →</Link>}>
        {items.length === 0 ? (
          <EmptyState title="Nothing outstanding">Every tracked recommendation is implemented, or none is tracked yet.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="tracked-list">
            {items.map((r) => (
              <li key={r.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center">
                <div className="flex-1">
                  <Link href={`/recommendations/${r.id}`} className="font-medium text-brand hover:underline">
                    {recommendationTitle(r)} — {r.stateName}, {r.bodyCode}
                  </Link>
                  <p className="text-xs text-slate-500">
                    <span className="font-mono">{r.symbol ?? "—"}</span>
                    {r.chainStartYear && r.status !== "implemented" ? <> · {t("story.outstandingSince", { year: r.chainStartYear })}</> : null}
                  </p>
                </div>
                <StatusBadge status={r.status} size="sm" />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
