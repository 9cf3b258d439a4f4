import type { Metadata } from "next";
import Link from "next/link";
import { StatusBar } from "@/app/_components/ui/status-bar";
import { getRequestContext, signedInContext } from "@/lib/context";
import { listBodiesWithCounts } from "@/lib/data/state-pages";
import { BODY_KIND_LABELS } from "@/lib/labels";
import { t } from "@/lib/i18n/messages";
import { bodyName } from "@/lib/i18n/place-names";

export async function generateMetadata(): Promise<Metadata> {
  await getRequestContext();
  return { title: t("site.bodies.title") };
}

export default async function BodiesPage() {
  const { db } = await signedInContext();
  const bodies = listBodiesWithCounts(db);
  return (
    <div className="space-y-6">
      <nav aria-label={t("site.breadcrumb")} className="text-sm text-slate-500">
        <Link href="/states" className="hover:underline">
          {t("site.states.title")}
        </Link>{" "}
        / {t("site.bodies.title")}
      </nav>
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">{t("site.bodies.title")}</h1>
        <p className="text-slate-600">{t("site.bodies.intro")}</p>
      </header>
      <ul className="grid gap-4 md:grid-cols-2" data-testid="body-list">
        {bodies.map((b) => (
          <li key={b.code} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <div className="flex items-baseline justify-between gap-2">
              <Link href={`/bodies/${b.code}`} className="font-semibold text-brand hover:underline">
                {bodyName(b.code, b.name)}
              </Link>
              <span className="font-mono text-sm text-slate-500">{b.code}</span>
            </div>
            <p className="mb-3 text-sm text-slate-600">
              {BODY_KIND_LABELS[b.kind as keyof typeof BODY_KIND_LABELS]} ·{" "}
              {t("count.recommendations", { count: b.total })} · {t("count.states", { count: b.states })}
            </p>
            <StatusBar counts={b.counts} hrefFor={(status) => `/recommendations?body=${b.code}&status=${status}`} />
          </li>
        ))}
      </ul>
    </div>
  );
}
