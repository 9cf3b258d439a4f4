import { Card } from "@/app/_components/ui/card";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { AtAGlance } from "@/app/(app)/recommendations/[id]/at-a-glance";
import { EvidenceList } from "@/app/(app)/recommendations/[id]/evidence-list";
import { OutstandingCallout } from "@/app/(app)/recommendations/[id]/outstanding-callout";
import { ReiterationChainCard } from "@/app/(app)/recommendations/[id]/reiteration-chain-card";
import { StoryTimeline } from "@/app/(app)/recommendations/[id]/story-timeline";
import type { RecommendationStory } from "@/lib/data/recommendation-story";
import { formatPartialDate } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import {
  HEADING_MAX,
  recommendationReference,
  recommendationTitle,
  recommendingStatesText,
  titleIsWholeText,
} from "@/lib/recommendation-title";
import type { StoryLinks } from "../story-links";

/**
 * A recommendation's story without any control: the public portal's page and a shared
 * link's. The story must come from getRecommendationStory with `publicOnly` (no private
 * evidence, no staff names, no work plan); `links` says where names may lead.
 */
export function ReadOnlyStory({ story, links }: { story: RecommendationStory; links: StoryLinks }) {
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
  return (
    <article className="space-y-6">
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm" data-testid="recommendation-reference">
          <span className="rounded bg-brand px-2 py-0.5 font-mono text-xs font-semibold text-white">
            {story.body.code}
          </span>
          {reference && <span className="font-mono text-slate-700">{reference}</span>}
          {recommendedBy && <span className="text-slate-600">· {recommendedBy}</span>}
        </div>
        <h1
          className={`min-w-0 font-semibold text-slate-900 ${title.length > 140 ? "text-xl sm:text-2xl" : "text-2xl sm:text-3xl"}`}
        >
          {title}
        </h1>
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge status={story.status} size="lg" />
          {story.statusDate && (
            <span className="text-sm text-slate-500">
              {t("story.assessedOn", { date: formatPartialDate(story.statusDate) })}
            </span>
          )}
        </div>
      </header>
      <OutstandingCallout story={story} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {(showText || tagList.length > 0) && (
            <Card title={t("public.theRecommendation")}>
              {showText && (
                <blockquote
                  className="border-l-4 border-brand pl-4 text-lg leading-relaxed text-slate-800"
                  data-testid="recommendation-text"
                >
                  {story.text}
                </blockquote>
              )}
              {tagList.length > 0 && (
                <ul className={`flex flex-wrap gap-2 ${showText ? "mt-4" : ""}`} aria-label={t("public.tags")}>
                  {tagList.map((tag) => (
                    <li key={tag} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs text-slate-700">
                      {tag}
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          )}
          <Card title={t("public.storyTitle")}>
            <StoryTimeline story={story} links={links} />
          </Card>
          <Card title={t("public.evidenceTitle", { count: story.evidence.length })}>
            {story.evidence.length ? (
              <EvidenceList items={story.evidence} />
            ) : (
              <p className="text-sm text-slate-600">{t("public.noEvidence")}</p>
            )}
          </Card>
        </div>
        <aside className="space-y-6">
          <AtAGlance story={story} links={links} />
          <ReiterationChainCard story={story} links={links} />
        </aside>
      </div>
    </article>
  );
}
