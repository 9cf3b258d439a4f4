import Link from "next/link";
import type { ReiterationCandidate } from "@/lib/data/reiteration-candidates";
import { STRONG_SCORE } from "@/lib/data/reiteration-candidates";
import { t } from "@/lib/i18n/messages";

/** Where a recommendation comes from: "CCPR · CCPR/C/KAZ/CO/1 · para. 23 · 2011" (the cycle when no symbol is known). */
export function SourceLine({
  bodyCode,
  symbol,
  paragraph,
  year,
  cycleOrdinal,
}: {
  bodyCode: string;
  symbol: string | null;
  paragraph: string | null;
  year: number | null;
  cycleOrdinal: number;
}) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 text-xs text-slate-600">
      <span className="rounded bg-slate-800 px-1.5 py-0.5 font-mono font-semibold text-white">{bodyCode}</span>
      {symbol ? (
        <span className="font-mono">{symbol}</span>
      ) : (
        <span>{t("story.cycleLabel", { ordinal: cycleOrdinal })}</span>
      )}
      {paragraph && <span>{t("story.paragraph", { paragraph })}</span>}
      <span>{year ?? t("suggestions.noYear")}</span>
    </p>
  );
}

/** How sure the suggestion is, in words a person reads (the score itself is in the API). */
export function Strength({ candidate }: { candidate: ReiterationCandidate }) {
  const key =
    candidate.signal === "citation"
      ? "suggestions.strength.cited"
      : candidate.score >= STRONG_SCORE
        ? "suggestions.strength.strong"
        : "suggestions.strength.possible";
  const tone =
    candidate.signal === "citation"
      ? "bg-brand text-white"
      : candidate.score >= STRONG_SCORE
        ? "bg-emerald-100 text-emerald-900"
        : "bg-slate-100 text-slate-700";
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${tone}`}>{t(key)}</span>;
}

/** An earlier recommendation as a candidate: where from, its text, and why it was found. */
export function CandidateSummary({ candidate }: { candidate: ReiterationCandidate }) {
  return (
    <div className="min-w-0 space-y-1.5">
      <div className="flex flex-wrap items-center gap-2">
        <Strength candidate={candidate} />
        <SourceLine {...candidate} />
      </div>
      <p className="line-clamp-3 text-sm text-slate-800">
        <Link href={`/recommendations/${candidate.id}`} className="hover:underline">
          {candidate.subject ?? candidate.text}
        </Link>
      </p>
      <p className="text-xs text-slate-600" data-testid="candidate-reason">
        {candidate.reason}
        {candidate.alsoReasons.map((r) => (
          <span key={r} className="block">
            {r}
          </span>
        ))}
      </p>
    </div>
  );
}
