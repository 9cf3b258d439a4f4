import { APP_LINKS, MaybeLink, type StoryLinks } from "@/app/_components/story-links";
import { Card } from "@/app/_components/ui/card";
import type { ChainLink } from "@/lib/data/chain";
import type { RecommendationStory } from "@/lib/data/recommendation-story";
import { t } from "@/lib/i18n/messages";
import { recommendationReference, recommendationTitle } from "@/lib/recommendation-title";

/** "CCPR/C/KAZ/CO/1, para. 23 (2011)", "UPR session 7 (2010)"; a link without any reference is named by its title. */
function chainLinkLabel(link: ChainLink): string {
  const reference = recommendationReference(link);
  if (!reference) return link.year ? `${recommendationTitle(link, 60)} (${link.year})` : recommendationTitle(link, 60);
  return link.symbol && link.year ? t("story.chainLink", { reference, year: link.year }) : reference;
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

/** The earlier and later recommendations this one belongs with; nothing is shown for a recommendation linked to none. */
export function ReiterationChainCard({
  story,
  linkControls,
  links = APP_LINKS,
}: {
  story: RecommendationStory;
  links?: StoryLinks;
  /** "Remove reiteration link" beside each directly linked recommendation, by its id (editors only). */
  linkControls?: Map<number, React.ReactNode>;
}) {
  if (story.chain.length < 2) return null;
  return (
    <Card title={t("story.chainTitle")}>
      <ol className="space-y-2 text-sm" data-testid="reiteration-chain">
        {story.chain.map((link) => (
          <li key={link.id} className="flex items-start gap-2">
            <StatusDot status={link.status} />
            {link.id === story.id ? (
              <span className="font-medium" aria-current="true">
                {t("story.chainThisOne", { link: chainLinkLabel(link) })}
              </span>
            ) : (
              <div>
                <MaybeLink href={links.recommendation(link.id)} className="text-brand hover:underline">
                  {chainLinkLabel(link)}
                </MaybeLink>
                {linkControls?.get(link.id)}
              </div>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}
