import Link from "next/link";
import { t } from "@/lib/i18n/messages";
import { importMessage, skipMessage } from "@/lib/import/messages";
import type { SkippedRow } from "@/lib/import/types";

/** The page lists this many; the count of the rest is given. */
export const MAX_SHOWN_SKIPPED = 100;

/** Each row not imported, with why: "Line 14: Duplicate of line 12." (a recommendation already there is linked). */
export function SkippedRows({ rows, total, testId }: { rows: SkippedRow[]; total: number; testId: string }) {
  if (total === 0) return null;
  const shown = rows.slice(0, MAX_SHOWN_SKIPPED);
  return (
    <div className="space-y-2" data-testid={testId}>
      <h3 className="text-sm font-medium text-slate-900">{t("work.import.skippedRows.title", { count: total })}</h3>
      <ul className="max-h-96 space-y-1 overflow-auto text-sm text-slate-700">
        {shown.map((row, i) => {
          const sentence = importMessage("at.line", { line: row.line, detail: skipMessage(row) });
          const id = row.params?.id;
          return (
            <li key={`${row.line}-${i}`} data-reason={row.reason}>
              {id !== undefined ? (
                <Link href={`/recommendations/${id}`} className="text-brand hover:underline">
                  {sentence}
                </Link>
              ) : (
                sentence
              )}
            </li>
          );
        })}
      </ul>
      {total > shown.length && (
        <p className="text-sm text-slate-600">{t("work.import.skippedRows.more", { count: total - shown.length })}</p>
      )}
    </div>
  );
}
