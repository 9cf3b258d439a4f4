import { APP_LINKS, MaybeLink, type StoryLinks } from "@/app/_components/story-links";
import { Card } from "@/app/_components/ui/card";
import type { RecommendationStory } from "@/lib/data/recommendation-story";
import { formatPartialDate } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { STANCE_LABELS, STATUS_LABELS } from "@/lib/labels";
import { uprYearForSession } from "@/lib/import/upr-sessions";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The facts a reader looks for first; a fact not recorded is left out rather than shown as a dash. */
export function AtAGlance({ story, links = APP_LINKS }: { story: RecommendationStory; links?: StoryLinks }) {
  const latest = story.responses.at(-1);
  const session = story.cycle.uprSession;
  return (
    <Card title={t("glance.title")}>
      <dl className="space-y-3 text-sm" data-testid="at-a-glance">
        <Fact label={t("glance.state")}>
          <MaybeLink className="font-medium hover:underline" href={links.state(story.state.code)}>
            {story.state.name}
          </MaybeLink>
        </Fact>
        <Fact label={t("glance.body")}>
          <MaybeLink className="font-medium hover:underline" href={links.body(story.body.code)}>
            {story.body.name}
          </MaybeLink>
        </Fact>
        {session && (
          <Fact label={t("glance.review")}>
            {t("ref.uprSession", { session, year: story.year ?? uprYearForSession(session) })}
          </Fact>
        )}
        <Fact label={t("glance.status")}>
          <span className="font-medium">{story.status ? STATUS_LABELS[story.status] : t("glance.notAssessed")}</span>
        </Fact>
        <Fact label={t("glance.latestResponse")}>
          <span className="font-medium">
            {latest && latest.type === "response"
              ? t("glance.responseOn", { stance: STANCE_LABELS[latest.stance], date: formatPartialDate(latest.date) })
              : t("glance.noResponse")}
          </span>
        </Fact>
        {story.uprPositionRaw && (
          <Fact label={t("glance.uprPosition")}>
            <span className="font-medium">{story.uprPositionRaw}</span>
          </Fact>
        )}
        {story.recommendingStates.length > 0 && (
          <Fact label={t("glance.recommendingStates")}>{story.recommendingStates.join(", ")}</Fact>
        )}
        {story.uprActionCategory && (
          <Fact label={t("glance.actionCategory")}>
            {t("glance.actionCategoryValue", { category: story.uprActionCategory })}
          </Fact>
        )}
      </dl>
    </Card>
  );
}
