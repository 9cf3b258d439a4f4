import Link from "next/link";
import type { ListPath } from "@/app/(app)/_components/dashboard/links";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import type { RecommendationListItem } from "@/lib/search/types";
import { t } from "@/lib/i18n/messages";
import { STANCE_LABELS } from "@/lib/labels";
import { recommendationTitle, textAfterTitle } from "@/lib/recommendation-title";
import { RecommendationMeta } from "@/app/_components/recommendation-meta";

/** One result: what it is, its title and — only what the title does not already say — its text. */
export function ResultItem({ r, base = "/recommendations" }: { r: RecommendationListItem; base?: ListPath }) {
  const rest = textAfterTitle(r);
  return (
    <li className="py-4" data-testid="result">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 flex-1">
          <RecommendationMeta r={r} />
          <Link href={`${base}/${r.id}`} className="mt-1 block font-medium text-brand hover:underline">
            {recommendationTitle(r)}
          </Link>
          {r.snippet ? (
            <p className="mt-1 line-clamp-3 text-sm text-slate-700" data-testid="result-snippet">
              {r.snippet.map((s, i) =>
                s.hit ? (
                  <mark key={i} className="rounded bg-yellow-100 px-0.5 text-slate-900">
                    {s.text}
                  </mark>
                ) : (
                  <span key={i}>{s.text}</span>
                ),
              )}
            </p>
          ) : (
            rest && <p className="mt-1 line-clamp-3 text-sm text-slate-700">{rest}</p>
          )}
          <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-slate-500">
            {r.latestStance && <span>{STANCE_LABELS[r.latestStance]}</span>}
            {r.latestGrade && <span>{t("work.result.grade", { grade: r.latestGrade })}</span>}
            {r.reiteratesEarlier && <span className="font-medium text-slate-700">{t("work.result.reiterated")}</span>}
            {r.overdue && <span className="font-medium text-red-800">{t("work.result.overdue")}</span>}
          </p>
        </div>
        <div className="flex shrink-0 flex-col items-start gap-1 sm:items-end">
          <StatusBadge status={r.status} size="sm" />
          {r.yearsOutstanding != null && r.chainStartYear != null && (
            <span className="text-xs text-slate-600">{t("story.outstandingSince", { year: r.chainStartYear })}</span>
          )}
        </div>
      </div>
    </li>
  );
}
