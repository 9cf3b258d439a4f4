import Link from "next/link";
import type { AuditFieldRow, AuditValue, PresentedAuditEntry } from "@/lib/data/audit-present";
import { formatDateTime } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";

function Value({ v }: { v: AuditValue | null }) {
  if (!v) return <span className="text-slate-400">{t("audit.empty")}</span>;
  return v.href ? (
    <Link href={v.href} className="text-brand underline-offset-2 hover:underline">
      {v.text}
    </Link>
  ) : (
    <>{v.text}</>
  );
}

/** One field: its label, then what it held before and after (only after for a new record, only before for a removed one). */
function FieldRow({ f, shape }: { f: AuditFieldRow; shape: PresentedAuditEntry["shape"] }) {
  return (
    <div className="grid gap-x-4 gap-y-0.5 py-1.5 sm:grid-cols-[13rem_1fr]" data-testid="audit-field">
      <dt className="font-medium text-slate-600">{f.label}</dt>
      <dd className="min-w-0 whitespace-pre-line break-words text-slate-900">
        {shape === "changed" ? (
          <span className="flex flex-col gap-0.5 sm:flex-row sm:flex-wrap sm:items-baseline sm:gap-2">
            <del className="text-red-800">
              <span className="sr-only">{t("audit.before")} </span>
              <Value v={f.before} />
            </del>
            <span aria-hidden="true" className="hidden text-slate-400 sm:inline">
              →
            </span>
            <ins className="text-green-800 no-underline">
              <span className="sr-only">{t("audit.after")} </span>
              <Value v={f.after} />
            </ins>
          </span>
        ) : (
          <Value v={shape === "removed" ? f.before : f.after} />
        )}
      </dd>
    </div>
  );
}

/** Who did what to which record, when — then the fields it touched. */
export function AuditEntryItem({ e }: { e: PresentedAuditEntry }) {
  return (
    <li className="py-4" data-testid="audit-entry">
      <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
        <span className="font-medium text-slate-900">
          {e.who}
          {e.whoEmail && e.whoEmail !== e.who && (
            <span className="ml-1 text-xs font-normal text-slate-500">{e.whoEmail}</span>
          )}
        </span>
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700">{e.actionLabel}</span>
        <span className="min-w-0 break-words text-slate-700">
          {/* "Import: Import #2 …" says it twice: a name that starts with its kind stands alone. */}
          {e.record?.name.startsWith(e.entityLabel) ? "" : e.entityLabel}
          {e.record ? (
            <>
              {e.record.name.startsWith(e.entityLabel) ? "" : ": "}
              {e.record.href ? (
                <Link href={e.record.href} className="text-brand hover:underline" data-testid="audit-record-link">
                  {e.record.name}
                </Link>
              ) : (
                e.record.name
              )}
            </>
          ) : e.entityId !== null ? (
            <> {t("audit.missingRecord", { id: e.entityId })}</>
          ) : null}
        </span>
      </p>
      <p className="mt-0.5 text-xs text-slate-500">
        <time dateTime={e.at}>{formatDateTime(new Date(e.at))}</time>
      </p>
      {e.fields.length > 0 && (
        <dl className="mt-2 divide-y divide-slate-100 rounded-lg bg-slate-50 px-3 text-sm">
          {e.fields.map((f) => (
            <FieldRow key={f.field} f={f} shape={e.shape} />
          ))}
        </dl>
      )}
    </li>
  );
}
