import { EmptyState } from "@/app/_components/ui/card";
import type { EvidenceDTO } from "@/lib/data/recommendation-story";
import { formatPartialDate } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { EVIDENCE_KIND_LABELS } from "@/lib/labels";
import { SentenceWith, SLOT } from "@/app/_components/ui/sentence-with";

export function EvidenceList({
  items,
  controls,
  showVisibility = false,
}: {
  items: EvidenceDTO[];
  /** Editors only: "Edit evidence" and "Archive evidence" for each item, keyed `evidence-${id}`. */
  controls?: Map<string, React.ReactNode>;
  /** Signed-in pages: whether each item is marked public (evidence can name victims). */
  showVisibility?: boolean;
}) {
  if (items.length === 0)
    return <EmptyState title={t("work.evidence.emptyTitle")}>{t("work.evidence.emptyBody")}</EmptyState>;
  return (
    <ul className="space-y-4" data-testid="evidence-list">
      {items.map((e) => (
        <li key={e.id} className="rounded-lg border border-slate-200 p-4">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">
            {e.date
              ? t("work.evidence.kindOn", { kind: EVIDENCE_KIND_LABELS[e.kind], date: formatPartialDate(e.date) })
              : EVIDENCE_KIND_LABELS[e.kind]}
          </p>
          <h3 className="mt-1 font-medium text-slate-900">{e.title}</h3>
          {showVisibility && (
            <p
              className={`mt-1 inline-block rounded px-2 py-0.5 text-xs font-medium ${
                e.public ? "bg-sky-100 text-sky-900" : "bg-slate-100 text-slate-700"
              }`}
              data-testid="evidence-visibility"
            >
              {e.public ? t("work.evidence.markedPublic") : t("work.evidence.private")}
            </p>
          )}
          {e.summary && <p className="mt-1 text-sm leading-relaxed text-slate-700">{e.summary}</p>}
          <p className="mt-2 text-xs text-slate-500">
            <SentenceWith
              text={t("work.evidence.source", { source: SLOT })}
              slot={
                e.sourceUrl ? (
                  <a className="text-brand underline" href={e.sourceUrl} target="_blank" rel="noreferrer">
                    {e.source?.title ?? e.sourceUrl}
                  </a>
                ) : (
                  (e.source?.title ?? "—")
                )
              }
            />
          </p>
          {controls?.get(`evidence-${e.id}`)}
        </li>
      ))}
    </ul>
  );
}
