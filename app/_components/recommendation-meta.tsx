import { recommendationReference, recommendingStatesText } from "@/lib/recommendation-title";

export type RecommendationMetaFacts = {
  bodyCode: string;
  symbol: string | null;
  paragraph: string | null;
  uprSession?: number | null;
  year: number | null;
  stateName?: string;
  recommendingStates?: string[];
};

/**
 * The line above a recommendation in a list: body, how it is cited, who made
 * it (UPR), the state and the year — only what is known, no placeholders. The
 * year is left out when the reference already says it ("UPR session 7 (2010)").
 */
export function RecommendationMeta({ r, className = "" }: { r: RecommendationMetaFacts; className?: string }) {
  const reference = recommendationReference(r);
  const by = recommendingStatesText(r.recommendingStates ?? []);
  const yearInReference = !r.symbol && !!r.uprSession;
  const parts = [by, r.stateName, yearInReference || !r.year ? null : String(r.year)].filter(Boolean);
  return (
    <p className={`flex flex-wrap items-center gap-x-2 gap-y-0.5 text-xs text-slate-500 ${className}`}>
      <span className="rounded bg-brand px-1.5 py-0.5 font-mono font-semibold text-white">{r.bodyCode}</span>
      {reference && <span className={r.symbol ? "font-mono" : undefined}>{reference}</span>}
      {parts.map((p, i) => (
        <span key={i}>
          <span aria-hidden="true">· </span>
          {p}
        </span>
      ))}
    </p>
  );
}
