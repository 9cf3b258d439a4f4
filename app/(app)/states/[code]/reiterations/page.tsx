import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { can } from "@/lib/auth/policy";
import { getRequestContext, signedInContext } from "@/lib/context";
import { reiterationQueue } from "@/lib/data/reiteration-queue";
import { getStateByCode } from "@/lib/data/state-pages";
import { t } from "@/lib/i18n/messages";
import { stateName } from "@/lib/i18n/place-names";
import { CandidateActions } from "../../../_components/suggestions/candidate-actions";
import { SuggestionAnnouncer } from "../../../_components/suggestions/announcer";
import { CandidateSummary, SourceLine } from "../../../_components/suggestions/candidate-summary";

type Props = { params: Promise<{ code: string }> };
export const dynamic = "force-dynamic";

/** More than this on one page is more than anyone reviews at once; linking or dismissing brings up the rest. */
const SHOWN = 50;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const state = getStateByCode((await getRequestContext()).db, (await params).code);
  return {
    title: state
      ? t("suggestions.queueTitle", { state: stateName(state.code, state.name) })
      : t("site.states.notFound"),
  };
}

/** The review queue of one state: every unlinked recommendation with a strong earlier candidate. */
export default async function ReiterationQueuePage({ params }: Props) {
  const { db, actor } = await signedInContext();
  // Acting on the queue is an editor's work; viewers read the same through the API.
  if (!can(actor, "dismissal", "create")) notFound();
  const state = getStateByCode(db, (await params).code);
  if (!state) notFound();
  const queue = reiterationQueue(db, state.id);
  const shown = queue.items.slice(0, SHOWN);
  const name = stateName(state.code, state.name);
  return (
    <div className="space-y-6">
      <nav aria-label={t("site.breadcrumb")} className="text-sm text-slate-500">
        <Link href="/states" className="hover:underline">
          {t("site.states.title")}
        </Link>{" "}
        <span aria-hidden="true">/</span>{" "}
        <Link href={`/states/${state.code}`} className="hover:underline">
          {name}
        </Link>{" "}
        <span aria-hidden="true">/</span> {t("suggestions.queueLink")}
      </nav>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-slate-900">{t("suggestions.queueTitle", { state: name })}</h1>
        <p className="max-w-3xl text-slate-600">{t("suggestions.queueIntro")}</p>
        <p className="text-sm font-medium text-slate-800" data-testid="queue-count">
          {t("suggestions.queueCount", { count: queue.items.length, unlinked: queue.unlinked })}
        </p>
      </header>
      <SuggestionAnnouncer>
        {shown.length === 0 ? (
          <EmptyState title={t("suggestions.queueEmpty")}>{t("suggestions.queueEmptyHint")}</EmptyState>
        ) : (
          <ol className="space-y-4" data-testid="reiteration-queue">
            {shown.map(({ recommendation: r, candidate: c }) => (
              <li key={r.id} data-testid="queue-item">
                <Card>
                  <div className="grid gap-4 md:grid-cols-2">
                    <div className="min-w-0 space-y-1.5">
                      <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">
                        {t("suggestions.queueLater")}
                      </h2>
                      <SourceLine
                        bodyCode={r.bodyCode}
                        symbol={r.symbol}
                        paragraph={r.paragraph}
                        year={r.year}
                        cycleOrdinal={r.ordinal}
                      />
                      <p className="line-clamp-4 text-sm text-slate-900">
                        <Link href={`/recommendations/${r.id}`} className="hover:underline">
                          {r.subject ?? r.text}
                        </Link>
                      </p>
                    </div>
                    <div className="min-w-0 space-y-1.5 md:border-l md:border-slate-100 md:pl-4">
                      <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">
                        {t("suggestions.queueEarlier")}
                      </h2>
                      <CandidateSummary candidate={c} />
                    </div>
                  </div>
                  <div className="mt-4 border-t border-slate-100 pt-3">
                    <CandidateActions id={r.id} earlierId={c.id} label={r.subject ?? r.text.slice(0, 60)} />
                  </div>
                </Card>
              </li>
            ))}
          </ol>
        )}
      </SuggestionAnnouncer>
      {queue.items.length > shown.length && (
        <p className="text-sm text-slate-600">
          {t("suggestions.queueMore", { count: queue.items.length - shown.length })}
        </p>
      )}
    </div>
  );
}
