import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/app/_components/ui/card";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { getRequestContext, signedInContext, type RequestContext } from "@/lib/context";
import { getRecommendationStory } from "@/lib/data/recommendation-story";
import { formatPartialDate } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import {
  HEADING_MAX,
  recommendationReference,
  recommendationTitle,
  recommendingStatesText,
  titleIsWholeText,
} from "@/lib/recommendation-title";
import { OutstandingCallout } from "./outstanding-callout";
import { StoryTimeline } from "./story-timeline";
import { EvidenceList } from "./evidence-list";
import { Workbench } from "./workbench";
import { historyEditing } from "./history-editing";
import { AtAGlance } from "./at-a-glance";
import { RecordHistoryLink } from "@/app/_components/record-history-link";
import { ReiterationChainCard } from "./reiteration-chain-card";
import { PlanCard } from "./_plan/plan-card";
import { FollowButton } from "../../_components/watch/follow-button";
import { ShareButton } from "@/app/_components/share/share-button";
import { getRecommendationState } from "@/lib/data/state-pages";
import { LikelyEarlierVersions } from "./likely-earlier-versions";
import { reiterationCandidates } from "@/lib/data/reiteration-candidates";
import { ArchiveRecommendation } from "./archive-recommendation";
import { can } from "@/lib/auth/policy";
import { setRecommendationArchivedAction } from "../actions";
import { CaseFileButtons } from "./case-file-buttons";

type Props = { params: Promise<{ id: string }> };

function load({ db }: RequestContext, idParam: string) {
  const id = Number(idParam);
  if (!Number.isInteger(id) || id <= 0) return null;
  return getRecommendationStory(db, id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = load(await getRequestContext(), (await params).id);
  return { title: story ? recommendationTitle(story) : t("work.story.notFound") };
}

export default async function RecommendationPage({ params }: Props) {
  const ctx = await signedInContext();
  const { actor } = ctx;
  const story = load(ctx, (await params).id);
  if (!story) notFound();
  const reference = recommendationReference({
    symbol: story.document?.symbol ?? null,
    paragraph: story.paragraph,
    uprSession: story.cycle.uprSession,
    year: story.year,
  });
  const recommendedBy = recommendingStatesText(story.recommendingStates);
  const title = recommendationTitle(story, HEADING_MAX);
  const showText = !titleIsWholeText(story, HEADING_MAX);
  const tagList = [...story.themes, ...story.affectedPersons, ...story.sdgs];
  // Correcting and withdrawing recorded facts: editors and admins only (lib/auth/policy.ts).
  const editing = can(actor, "response", "update") ? historyEditing(ctx, story) : null;

  return (
    <article className="case-file space-y-6">
      <nav aria-label={t("work.story.breadcrumb")} className="text-sm text-slate-500">
        <Link href="/recommendations" className="hover:underline">
          {t("work.story.breadcrumbList")}
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
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm" data-testid="recommendation-reference">
          <span className="rounded bg-brand px-2 py-0.5 font-mono text-xs font-semibold text-white">
            {story.body.code}
          </span>
          {reference && (
            <span className={story.document?.symbol ? "font-mono text-slate-700" : "text-slate-700"}>{reference}</span>
          )}
          {!reference && story.document?.title && <span className="text-slate-700">{story.document.title}</span>}
          {recommendedBy && (
            <span className="text-slate-600">{t("work.story.recommendedBy", { states: recommendedBy })}</span>
          )}
          {story.archived && (
            <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
              {t("work.story.archived")}
            </span>
          )}
        </div>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1
            className={`min-w-0 font-semibold text-slate-900 ${title.length > 140 ? "text-xl sm:text-2xl" : "text-2xl sm:text-3xl"}`}
          >
            {title}
          </h1>
          <div className="no-print flex items-center gap-2">
            <FollowButton ctx={ctx} target={{ recommendationId: story.id }} name={recommendationTitle(story)} />
            {!story.archived && <ShareButton view="recommendation" recommendationId={story.id} />}
          </div>
          {can(actor, "recommendation", "update") && (
            <div className="no-print flex items-center gap-2" data-testid="editor-controls">
              {!story.archived && (
                <Link
                  href={`/recommendations/${story.id}/edit`}
                  className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white"
                >
                  {t("work.story.edit")}
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
            <span className="text-sm text-slate-500">
              {t("story.assessedOn", { date: formatPartialDate(story.statusDate) })}
            </span>
          )}
          <RecordHistoryLink actor={actor} entity="recommendation" id={story.id} />
          <CaseFileButtons id={story.id} />
        </div>
      </header>

      <OutstandingCallout story={story} />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2 print:col-span-3">
          {(showText || tagList.length > 0) && (
            <Card title={t("work.story.recommendationCard")}>
              {showText && (
                <blockquote
                  className="border-l-4 border-brand pl-4 text-lg leading-relaxed text-slate-800"
                  data-testid="recommendation-text"
                >
                  {story.text}
                </blockquote>
              )}
              {tagList.length > 0 && (
                <ul className={`flex flex-wrap gap-2 ${showText ? "mt-4" : ""}`} aria-label={t("work.story.tagsLabel")}>
                  {tagList.map((tag) => (
                    <li key={tag} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs text-slate-700">
                      {tag}
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          )}
          <Card title={t("work.story.storyCard")}>
            <StoryTimeline story={story} controls={story.archived ? undefined : editing?.controls} />
          </Card>
          <PlanCard
            ctx={ctx}
            recommendationId={story.id}
            actions={story.actions}
            state={getRecommendationState(ctx.db, story.id)}
            editable={can(actor, "action", "create") && !story.archived}
          />
          <Card title={t("work.story.evidenceCard", { count: story.evidence.length })}>
            <EvidenceList
              items={story.evidence}
              controls={story.archived ? undefined : editing?.controls}
              showVisibility
            />
          </Card>
          {/* Tools for editing stay on screen; a printed case file is the story only. */}
          <div className="no-print space-y-6">
            {can(actor, "reiteration", "create") && !story.archived && (
              <LikelyEarlierVersions id={story.id} candidates={reiterationCandidates(ctx.db, story.id)} />
            )}
            {can(actor, "recommendation", "update") && !story.archived && <Workbench ctx={ctx} story={story} />}
            {editing?.archived}
          </div>
        </div>

        <aside className="space-y-6">
          <AtAGlance story={story} />
          <ReiterationChainCard story={story} linkControls={story.archived ? undefined : editing?.linkControls} />
        </aside>
      </div>
    </article>
  );
}
