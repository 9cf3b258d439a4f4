import Link from "next/link";
import { Card, EmptyState } from "@/app/_components/ui/card";
import type { ImportBatchRow } from "@/lib/data/import-batches";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { IMPORT_FORMATS, type ImportFormat } from "@/lib/import/types";
import { t } from "@/lib/i18n/messages";
import { FORMAT_LABELS } from "../_lib/labels";

const formatLabel = (f: string) =>
  (IMPORT_FORMATS as readonly string[]).includes(f) ? FORMAT_LABELS[f as ImportFormat] : f;
const num = (v: number | undefined) => (v === undefined ? "—" : formatNumber(v));

export function RecentImports({ batches }: { batches: ImportBatchRow[] }) {
  return (
    <Card title={t("work.import.recent.title")}>
      {batches.length === 0 ? (
        <EmptyState title={t("work.import.recent.empty")} />
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="recent-imports">
            <thead className="text-slate-500">
              <tr>
                <th className="py-2 pr-3">{t("work.import.recent.import")}</th>
                <th className="py-2 pr-3">{t("work.import.recent.file")}</th>
                <th className="py-2 pr-3">{t("work.import.recent.format")}</th>
                <th className="py-2 pr-3">{t("work.import.recent.when")}</th>
                <th className="py-2 pr-3">{t("work.import.recent.by")}</th>
                <th className="py-2 pr-3 text-right">{t("work.import.recent.created")}</th>
                <th className="py-2 text-right">{t("work.import.recent.updated")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {batches.map((b) => (
                <tr key={b.id}>
                  <td className="py-2 pr-3">
                    <Link href={`/import/batches/${b.id}`} className="font-mono text-brand hover:underline">
                      {t("work.import.recent.number", { id: String(b.id) })}
                    </Link>
                  </td>
                  <td className="max-w-xs truncate py-2 pr-3" title={b.fileName}>
                    {b.fileName}
                  </td>
                  <td className="py-2 pr-3 text-slate-700">{formatLabel(b.format)}</td>
                  <td className="py-2 pr-3 text-slate-700">
                    <time dateTime={new Date(b.createdAt * 1000).toISOString()}>
                      {formatDateTime(b.createdAt * 1000)}
                    </time>
                  </td>
                  <td className="py-2 pr-3 text-slate-700">{b.userEmail ?? t("work.import.recent.system")}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{num(b.summary.created)}</td>
                  <td className="py-2 text-right tabular-nums">{num(b.summary.updated)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
