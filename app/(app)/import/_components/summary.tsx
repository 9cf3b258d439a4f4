import Link from "next/link";
import { Card } from "@/app/_components/ui/card";
import type { ImportBatchDetail } from "@/lib/data/import-batches";
import type { LikelyReiterations } from "@/lib/data/reiteration-queue";
import { formatNumber } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { importHistoryText } from "@/lib/import/history-text";
import { SkippedRows } from "./skipped-rows";

/** The four numbers of a committed import, as recorded with its batch. */
export function SummaryFacts({ batch }: { batch: ImportBatchDetail }) {
  const s = batch.summary;
  const items: [string, number | undefined, string][] = [
    [t("work.import.summary.created"), s.created, "summary-created"],
    [t("work.import.summary.updated"), s.updated, "summary-updated"],
    [t("work.import.summary.skipped"), s.skipped, "summary-skipped"],
    [t("work.import.summary.merged"), s.duplicatesMerged, "summary-merged"],
  ];
  return (
    <>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4" data-testid="import-summary">
        {items.map(([label, value, id]) => (
          <div key={id} className="rounded-lg border border-slate-200 bg-slate-50 p-3">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-2xl font-semibold text-slate-900" data-testid={id}>
              {value === undefined ? "—" : formatNumber(value)}
            </dd>
          </div>
        ))}
      </dl>
      {s.history && (
        <p className="mt-3 text-sm text-slate-700" data-testid="summary-history">
          {importHistoryText(s.history)}
        </p>
      )}
      {(s.keptEdits ?? 0) > 0 && (
        <div className="mt-3 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm" data-testid="summary-kept">
          <p className="font-medium text-amber-900">{t("import.keptEdits", { count: s.keptEdits ?? 0 })}</p>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1" data-testid="summary-kept-rows">
            {(s.keptEditRows ?? []).map((k) => (
              <li key={`${k.line}-${k.id}`}>
                <Link href={`/recommendations/${k.id}`} className="text-brand hover:underline">
                  {t("import.keptEditRow", { line: String(k.line), id: String(k.id) })}
                </Link>
              </li>
            ))}
          </ul>
          {(s.keptEditRows?.length ?? 0) < (s.keptEdits ?? 0) && (
            <p className="mt-1 text-amber-900">
              {t("import.keptEditsMore", { count: (s.keptEdits ?? 0) - (s.keptEditRows?.length ?? 0) })}
            </p>
          )}
        </div>
      )}
      {(s.skippedRowsTotal ?? 0) > 0 && (
        <div className="mt-3">
          <SkippedRows rows={s.skippedRows ?? []} total={s.skippedRowsTotal ?? 0} testId="summary-skipped-rows" />
        </div>
      )}
    </>
  );
}

/** Step 4. `likely`: per state, the imported recommendations with a strong earlier candidate (its review queue). */
export function ImportDone({ batch, likely }: { batch: ImportBatchDetail; likely: LikelyReiterations[] }) {
  // A re-import created nothing: its set is what the first import of the same file created.
  const setId = batch.summary.created === 0 && batch.firstImportId !== null ? batch.firstImportId : batch.id;
  // A file that created nothing and was never imported before (the tracker's own export, back in
  // the tracker it came from) has no set of its own to show.
  // (Updated rows keep the batch that created them, so only created rows make a set of this import's own.)
  const hasSet = setId !== batch.id || (batch.summary.created ?? 0) > 0;
  return (
    <Card title={t("import.doneTitle", { fileName: batch.fileName })}>
      <div className="space-y-4">
        <SummaryFacts batch={batch} />
        {batch.firstImportId !== null && (
          <p className="text-sm text-slate-700" data-testid="reimport-note">
            <Link href={`/import/batches/${batch.firstImportId}`} className="text-brand hover:underline">
              {t("import.reimport", { id: String(batch.firstImportId) })}
            </Link>
          </p>
        )}
        {likely.length > 0 && (
          <ul className="space-y-1 text-sm text-slate-700" data-testid="likely-reiterations">
            {likely.map((s) => (
              <li key={s.code}>
                <Link href={`/states/${s.code}/reiterations`} className="text-brand hover:underline">
                  {t("suggestions.importFound", { count: s.count, state: s.name })}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <div className="flex flex-wrap gap-3">
          {hasSet && (
            <Link
              href={`/import/batches/${setId}`}
              className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white"
            >
              {t("work.import.summary.seeSet")}
            </Link>
          )}
          <Link href="/import" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium">
            {t("work.import.summary.another")}
          </Link>
        </div>
      </div>
    </Card>
  );
}
