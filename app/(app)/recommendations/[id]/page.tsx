import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/app/_components/ui/card";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { getRequestContext, signedInContext, type RequestContext } from "@/lib/context";
import { getRecommendationStory } from "@/lib/data/recommendation-story";
import { formatPartialDate } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { STANCE_LABELS, STATUS_LABELS } from "@/lib/labels";
import { recommendationTitle } from "@/lib/recommendation-title";
import { OutstandingCallout } from "./outstanding-callout";
import { StoryTimeline } from "./story-timeline";
import { EvidenceList } from "./evidence-list";
import { Workbench } from "./workbench";
import { historyEditing } from "./history-editing";
import { PlanCard } from "./_plan/plan-card";
import { FollowButton } from "../../_components/watch/follow-button";
import { getRecommendationState } from "@/lib/data/state-pages";
import { LikelyEarlierVersions } from "./likely-earlier-versions";
import { reiterationCandidates } from "@/lib/data/reiteration-candidates";
import { ArchiveRecommendation } from "./archive-recommendation";
import { can } from "@/lib/auth/policy";
import { setRecommendationArchivedAction } from "../actions";

type Props = { params: Promise<{ id: string }> };

function load({ db }: RequestContext, idParam: string) {
  const id = Number(idParam);
  if (!Number.isInteger(id) || id <= 0) return null;
  return getRecommendationStory(db, id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = load(await getRequestContext(), (await params).id);
  return { title: story ? recommendationTitle(story) : "Recommendation not found" };
}

export default async function RecommendationPage({ params }: Props) {
  const ctx = await signedInContext();
  const { actor } = ctx;
  const story = load(ctx, (await params).id);
  if (!story) notFound();
  const symbol = story.document?.symbol;
  const paragraph = story.paragraph
    ? t("story.paragraph", { paragraph: story.paragraph })
    : t("story.paragraphUnknown");
  const latestResponse = story.responses.at(-1);
  // Correcting and withdrawing recorded facts: editors and admins only (lib/auth/policy.ts).
  const editing = can(actor, "response", "update") ? historyEditing(ctx, story) : null;

  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/recommendations" className="hover:underline">
          Recommendations
        </Link>
        <span aria-hidden="true"> / </span>
        <Link href={`/states/${story.state.code}`} className="hover:underline">
          {story.state.name}
        </Link>
        <span aria-hidden="true"> / </span>
        <Link href={`/bodies/${story.body.code}`} className="hover:underline">
          {story.body.name}
        </Link>
      </nav>

      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="rounded bg-brand px-2 py-0.5 font-mono text-xs font-semibold text-white">
            {story.body.code}
          </span>
          <span className="font-mono text-slate-700">{symbol ?? story.document?.title ?? ""}</span>
          <span className="text-slate-500">· {paragraph}</span>
          {story.archived && (
            <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">Archived</span>
          )}
        </div>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-semibold text-slate-900 sm:text-3xl">{recommendationTitle(story)}</h1>
          <FollowButton ctx={ctx} target={{ recommendationId: story.id }} name={recommendationTitle(story)} />
          {can(actor, "recommendation", "update") && (
            <div className="no-print flex items-center gap-2" data-testid="editor-controls">
              {!story.archived && (
                <Link
                  href={`/recommendations/${story.id}/edit`}
                  className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white"
                >
                  Edit
                </Link>
              )}
              {/* Who may archive and restore: lib/auth/policy.ts (the data layer and the API check it too). */}
              {can(actor, "recommendation", story.archived ? "restore" : "archive") && (
                <ArchiveRecommendation
                  action={setRecommendationArchivedAction.bind(null, story.id, !story.archived)}
                  version={story.version}
                  archived={story.archived}
                />
              )}
            </div>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge status={story.status} size="lg" />
          {story.statusDate && (
            <span className="text-sm text-slate-500">assessed {formatPartialDate(story.statusDate)}</span>
          )}
        </div>
      </header>

      <OutstandingCallout story={story} />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="The recommendation">
            <blockquote className="border-l-4 border-brand pl-4 text-lg leading-relaxed text-slate-800">
              {story.text}
            </blockquote>
            {(story.themes.length > 0 || story.affectedPersons.length > 0) && (
              <ul className="mt-4 flex flex-wrap gap-2" aria-label="Themes and affected persons">
                {[...story.themes, ...story.affectedPersons, ...story.sdgs].map((tag) => (
                  <li key={tag} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs text-slate-700">
                    {tag}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="The story, cycle after cycle">
            <StoryTimeline story={story} controls={story.archived ? undefined : editing?.controls} />
          </Card>
          <PlanCard
            ctx={ctx}
            recommendationId={story.id}
            actions={story.actions}
            state={getRecommendationState(ctx.db, story.id)}
            editable={can(actor, "action", "create") && !story.archived}
          />
          <Card title={`Evidence (${story.evidence.length})`}>
            <EvidenceList items={story.evidence} controls={story.archived ? undefined : editing?.controls} />
          </Card>
          {can(actor, "reiteration", "create") && !story.archived && (
            <LikelyEarlierVersions id={story.id} candidates={reiterationCandidates(ctx.db, story.id)} />
          )}
          {can(actor, "recommendation", "update") && !story.archived && <Workbench ctx={ctx} story={story} />}
          {editing?.archived}
        </div>

        <aside className="space-y-6">
          <Card title="At a glance">
            <dl className="space-y-3 text-sm">
              <div>
                <dt className="text-slate-500">State</dt>
                <dd>
                  <Link className="font-medium hover:underline" href={`/states/${story.state.code}`}>
                    {story.state.name}
                  </Link>
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">Body</dt>
                <dd>
                  <Link className="font-medium hover:underline" href={`/bodies/${story.body.code}`}>
                    {story.body.name}
                  </Link>
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">Current status</dt>
                <dd className="font-medium">{story.status ? STATUS_LABELS[story.status] : "Not assessed yet"}</dd>
              </div>
              <div>
                <dt className="text-slate-500">Latest state response</dt>
                <dd className="font-medium">
                  {latestResponse && latestResponse.type === "response"
                    ? `${STANCE_LABELS[latestResponse.stance]} (${formatPartialDate(latestResponse.date)})`
                    : "No response recorded"}
                </dd>
              </div>
              {story.uprPositionRaw && (
                <div>
                  <dt className="text-slate-500">UPR position</dt>
                  <dd className="font-medium">{story.uprPositionRaw}</dd>
                </div>
              )}
              {story.recommendingStates.length > 0 && (
                <div>
                  <dt className="text-slate-500">Recommending states</dt>
                  <dd>{story.recommendingStates.join(", ")}</dd>
                </div>
              )}
            </dl>
          </Card>
          <Card title="Reiteration chain">
            <ol className="space-y-2 text-sm">
              {story.chain.map((link) => (
                <li key={link.id} className="flex items-start gap-2">
                  <StatusDot status={link.status} />
                  {link.id === story.id ? (
                    <span className="font-medium" aria-current="true">
                      {link.symbol ?? "—"}
                      {link.paragraph ? `, para. ${link.paragraph}` : ""} ({link.year ?? "?"}) — this one
                    </span>
                  ) : (
                    <div>
                      <Link href={`/recommendations/${link.id}`} className="text-brand hover:underline">
                        {link.symbol ?? "—"}
                        {link.paragraph ? `, para. ${link.paragraph}` : ""} ({link.year ?? "?"})
                      </Link>
                      {!story.archived && editing?.linkControls.get(link.id)}
                    </div>
                  )}
                </li>
              ))}
            </ol>
          </Card>
        </aside>
      </div>
    </article>
  );
}

function StatusDot({ status }: { status: string | null }) {
  return (
    <span
      aria-hidden="true"
      className="mt-1.5 inline-block h-2.5 w-2.5 shrink-0 rounded-full"
      style={{ background: `var(--status-${status ?? "none"})` }}
    />
  );
}
