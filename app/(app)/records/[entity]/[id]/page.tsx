import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/app/_components/ui/card";
import { RecordForm } from "@/app/_components/records/record-form";
import { displayValue } from "@/app/_components/records/field-defs";
import { can } from "@/lib/auth/policy";
import { getRequestContext, signedInContext, type RequestContext } from "@/lib/context";
import { saveRecordAction, setArchivedAction } from "../../actions";
import { entityConfig, recordTitle } from "../../registry";
import { ArchiveButton } from "./archive-button";
import { RecordHistoryLink } from "@/app/_components/record-history-link";
import { t } from "@/lib/i18n/messages";

type Props = {
  params: Promise<{ entity: string; id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

function load(ctx: RequestContext, entity: string, id: string) {
  const cfg = entityConfig(entity);
  const n = Number(id);
  if (!cfg || !Number.isInteger(n) || n <= 0) return null;
  const record = cfg.get(ctx.db, n);
  return record ? { cfg, record } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { entity, id } = await params;
  const ctx = await getRequestContext();
  const found = load(ctx, entity, id);
  return { title: found ? recordTitle(found.cfg, ctx.db, found.record) : t("work.records.notFound", {}, ctx.locale) };
}

export default async function RecordPage({ params, searchParams }: Props) {
  const ctx = await signedInContext();
  const { entity, id } = await params;
  const found = load(ctx, entity, id);
  if (!found) notFound();
  const { cfg, record } = found;
  const sp = await searchParams;
  const canEdit = can(ctx.actor, cfg.policy, "update");
  const fields = cfg.fields(ctx, "edit");
  const title = recordTitle(cfg, ctx.db, record);

  return (
    <div className="space-y-5">
      <nav aria-label={t("work.story.breadcrumb")} className="text-sm text-slate-500">
        <Link href="/records" className="hover:underline">
          {t("work.records.title")}
        </Link>{" "}
        /{" "}
        <Link href={`/records/${entity}`} className="hover:underline">
          {cfg.plural}
        </Link>{" "}
        / {title}
      </nav>
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="min-w-0 break-words text-2xl font-semibold text-slate-900">{title}</h1>
        <div className="flex flex-wrap items-center gap-3">
          {record.archived && (
            <span className="rounded bg-amber-100 px-2 py-1 text-sm font-medium text-amber-900">
              {t("work.records.archived")}
            </span>
          )}
          <RecordHistoryLink actor={ctx.actor} entity={cfg.auditEntity} id={record.id} />
        </div>
      </header>
      {sp.created && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("records.created", { what: cfg.label })}
        </p>
      )}
      <Card>
        {canEdit && !record.archived ? (
          <RecordForm
            fields={fields}
            record={record}
            action={saveRecordAction.bind(null, entity, record.id)}
            submitLabel={t("work.records.save")}
            testId="record-form"
          />
        ) : (
          <dl className="grid gap-3 sm:grid-cols-2">
            {fields.map((f) => (
              <div key={f.name}>
                <dt className="text-sm text-slate-500">{f.label}</dt>
                <dd className="whitespace-pre-line">{displayValue(f, record[f.name], ctx.locale) || "—"}</dd>
              </div>
            ))}
          </dl>
        )}
      </Card>
      {canEdit && (
        <ArchiveButton
          action={setArchivedAction.bind(null, entity, record.id, !record.archived)}
          version={record.version}
          label={record.archived ? cfg.restoreLabel : cfg.archiveLabel}
          note={record.archived ? "" : t("work.records.archiveNote")}
        />
      )}
    </div>
  );
}
