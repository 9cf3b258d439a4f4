import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StatusBar } from "@/app/_components/ui/status-bar";
import { publicContext } from "@/lib/context";
import { getSummary } from "@/lib/data/dashboard";
import { getPublishedState } from "@/lib/data/public";
import { stateName } from "@/lib/i18n/place-names";
import { t } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: true } };

type Props = { params: Promise<{ code: string }> };

/**
 * One published state's headline chart — where its recommendations stand — for an iframe on
 * another site (only /embed/* may be framed: next.config.ts). Its one link opens the public page in the top window.
 */
export default async function EmbedState({ params }: Props) {
  const { db } = await publicContext();
  const state = getPublishedState(db, (await params).code);
  if (!state) notFound();
  const summary = getSummary(db, { state: [state.code], body: [], theme: [], publishedOnly: true });
  return (
    <main className="space-y-2 p-3" data-testid="embed">
      <h1 className="text-base font-semibold text-slate-900">
        {t("embed.title", { state: stateName(state.code, state.name), count: summary.total })}
      </h1>
      <StatusBar counts={summary.counts} />
      <p className="text-xs text-slate-500">
        <a href={`/public/states/${state.code}`} target="_top" className="text-brand underline">
          {t("embed.more", { app: t("app.name") })}
        </a>
      </p>
    </main>
  );
}
