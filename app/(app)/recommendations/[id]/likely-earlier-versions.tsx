import { Card } from "@/app/_components/ui/card";
import type { ReiterationCandidate } from "@/lib/data/reiteration-candidates";
import { t } from "@/lib/i18n/messages";
import { CandidateActions } from "../../_components/suggestions/candidate-actions";
import { SuggestionAnnouncer } from "../../_components/suggestions/announcer";
import { CandidateSummary } from "../../_components/suggestions/candidate-summary";

/**
 * For editors: the earlier recommendations this one most likely repeats
 * (lib/data/reiteration-candidates.ts), each with why, linked or dismissed in one click.
 */
export function LikelyEarlierVersions({ id, candidates }: { id: number; candidates: ReiterationCandidate[] }) {
  return (
    <Card title={t("suggestions.sectionTitle")} className="no-print">
      <div data-testid="likely-earlier-versions">
        <SuggestionAnnouncer>
          {candidates.length === 0 ? (
            <p className="text-sm text-slate-600">{t("suggestions.none")}</p>
          ) : (
            <>
              <p className="mb-3 text-sm text-slate-600">{t("suggestions.sectionHint")}</p>
              <ol className="divide-y divide-slate-100">
                {candidates.map((c) => (
                  <li
                    key={c.id}
                    className="flex flex-col gap-3 py-3 sm:flex-row sm:items-start sm:justify-between"
                    data-testid="candidate"
                  >
                    <CandidateSummary candidate={c} />
                    <div className="shrink-0">
                      <CandidateActions id={id} earlierId={c.id} label={c.symbol ?? c.text.slice(0, 60)} />
                    </div>
                  </li>
                ))}
              </ol>
            </>
          )}
        </SuggestionAnnouncer>
      </div>
    </Card>
  );
}
