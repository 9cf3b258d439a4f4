import type { RecommendationStory } from "@/lib/data/recommendation-story";
import { t } from "@/lib/i18n/messages";

/**
 * The headline a donor reads first: since when the ask has gone unanswered,
 * computed from the reiteration chain (chain_start_year), never typed in.
 */
export function OutstandingCallout({ story }: { story: RecommendationStory }) {
  if (story.status === "implemented" || story.chainStartYear == null) return null;
  const years = new Date().getUTCFullYear() - story.chainStartYear;
  const cycles = new Set(story.chain.map((c) => c.cycleOrdinal));
  for (const e of story.timeline) if (e.type === "document") cycles.add(e.cycleOrdinal);
  return (
    <section
      aria-label="Outstanding"
      className="flex flex-col gap-4 rounded-xl bg-brand p-5 text-white shadow-sm sm:flex-row sm:items-center"
    >
      <div className="flex-1">
        <p className="text-2xl font-semibold sm:text-3xl" data-testid="outstanding-since">
          {t("story.outstandingSince", { year: story.chainStartYear })}
        </p>
        <p className="mt-1 text-white/80">{t("story.yearsOutstanding", { count: years })}</p>
      </div>
      <div className="flex gap-6 text-center">
        <div>
          <p className="text-3xl font-bold">{cycles.size}</p>
          <p className="text-xs uppercase tracking-wide text-white/70">
            {t("story.cyclesUnit", { count: cycles.size })}
          </p>
        </div>
      </div>
    </section>
  );
}
