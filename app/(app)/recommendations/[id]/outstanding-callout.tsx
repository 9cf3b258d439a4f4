import type { RecommendationStory } from "@/lib/data/recommendation-story";
import { t } from "@/lib/i18n/messages";
import { STATUS_LABELS } from "@/lib/labels";

/**
 * The headline a donor reads first. Only an outstanding recommendation
 * (lib/domain/outstanding.ts) gets "Outstanding since YEAR" — computed from the
 * reiteration chain, never typed in; any other says what is known.
 */
export function OutstandingCallout({ story }: { story: RecommendationStory }) {
  if (story.outstandingSince === null || story.yearsOutstanding === null) return <KnownFacts story={story} />;
  const cycles = new Set(story.chain.map((c) => c.cycleOrdinal));
  for (const e of story.timeline) if (e.type === "document") cycles.add(e.cycleOrdinal);
  return (
    <section
      aria-label={t("work.story.outstandingLabel")}
      className="flex flex-col gap-4 rounded-xl bg-brand p-5 text-white shadow-sm sm:flex-row sm:items-center"
    >
      <div className="flex-1">
        <p className="text-2xl font-semibold sm:text-3xl" data-testid="outstanding-since">
          {t("story.outstandingSince", { year: story.outstandingSince })}
        </p>
        <p className="mt-1 text-white/80">{t("story.yearsOutstanding", { count: story.yearsOutstanding })}</p>
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

/** "Made in 2010 · not assessed yet", "Made in 2016 · Implemented": the facts recorded, nothing more. */
function KnownFacts({ story }: { story: RecommendationStory }) {
  const status = story.status ? STATUS_LABELS[story.status] : t("story.notAssessedYet");
  const text =
    story.year === null ? t("story.knownNoYear", { status }) : t("story.known", { year: story.year, status });
  return (
    <p
      className="rounded-xl border border-slate-200 bg-white px-5 py-3 text-slate-700 shadow-sm"
      data-testid="known-facts"
    >
      {text}
    </p>
  );
}
