import Link from "next/link";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import type { RecommendationListItem } from "@/lib/search/types";
import { t } from "@/lib/i18n/messages";
import { STANCE_LABELS } from "@/lib/labels";
import { recommendationTitle } from "@/lib/recommendation-title";

export function ResultItem({ r }: { r: RecommendationListItem }) {
  return (
    <li className="py-4" data-testid="result">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-x-2 text-xs text-slate-500">
            <span className="rounded bg-brand px-1.5 py-0.5 font-mono font-semibold text-white">{r.bodyCode}</span>
            <span className="font-mono">{r.symbol ?? "—"}</span>
            <span>{r.paragraph ? t("story.paragraph", { paragraph: r.paragraph }) : t("story.paragraphUnknown")}</span>
            <span>· {r.stateName}</span>
            {r.year && <span>· {r.year}</span>}
          </p>
          <Link href={`/recommendations/${r.id}`} className="mt-1 block font-medium text-brand hover:underline">
            {recommendationTitle(r)}
          </Link>
          <p className="mt-1 line-clamp-3 text-sm text-slate-700">
            {r.snippet
              ? r.snippet.map((s, i) =>
                  s.hit ? (
                    <mark key={i} className="rounded bg-yellow-100 px-0.5 text-slate-900">
                      {s.text}
                    </mark>
                  ) : (
                    <span key={i}>{s.text}</span>
                  ),
                )
              : r.text}
          </p>
          <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-slate-500">
            {r.latestStance && <span>{STANCE_LABELS[r.latestStance]}</span>}
            {r.latestGrade && <span>Grade {r.latestGrade}</span>}
            {r.reiteratesEarlier && <span className="font-medium text-slate-700">Reiterated</span>}
            {r.overdue && <span className="font-medium text-red-800">Follow-up overdue</span>}
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
