import type { SignedInContext } from "@/lib/context";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { RecordForm } from "@/app/_components/records/record-form";
import type { ActionDTO } from "@/lib/data/actions";
import { isActionOverdue } from "@/lib/deadlines";
import { formatList, formatPartialDate } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { ACTION_STATUS_LABELS, INSTITUTION_KIND_LABELS } from "@/lib/labels";
import { ArchiveAction } from "./archive-action";
import { actionFields, progressFields } from "./fields";
import { addProgressAction, createActionAction, setActionArchivedAction, updateActionAction } from "./server";

type State = { id: number; name: string };

const STATUS_STYLE: Record<ActionDTO["status"], string> = {
  planned: "bg-slate-100 text-slate-800",
  in_progress: "bg-sky-50 text-sky-900",
  done: "bg-green-50 text-green-900",
  abandoned: "bg-amber-50 text-amber-900",
};

const summaryClass =
  "cursor-pointer list-none rounded-md px-2 py-1.5 text-sm font-medium text-brand hover:bg-slate-50 group-open:bg-slate-50";

function Disclosure({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <details className="group" data-testid={testId}>
      <summary className={summaryClass}>
        <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90">
          ›
        </span>
        {title}
      </summary>
      <div className="px-2 pb-2 pt-3">{children}</div>
    </details>
  );
}

function ActionItem({
  a,
  recommendationId,
  editable,
  ctx,
  state,
}: {
  a: ActionDTO;
  recommendationId: number;
  editable: boolean;
  ctx: SignedInContext;
  state: State;
}) {
  const overdue = isActionOverdue(a);
  return (
    <li className="rounded-lg border border-slate-200 p-4" data-testid="action">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-medium text-slate-900">{a.title}</h3>
        <span className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${STATUS_STYLE[a.status]}`}>
          {ACTION_STATUS_LABELS[a.status]}
        </span>
      </div>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-500">{t("actions.responsible")}</dt>
        <dd data-testid="action-institutions">
          {a.institutions.length
            ? formatList(
                a.institutions.map((i) =>
                  t("institution.withKind", { name: i.name, kind: INSTITUTION_KIND_LABELS[i.kind] }),
                ),
              )
            : t("actions.noInstitution")}
        </dd>
        {a.focalPointName && (
          <>
            <dt className="text-slate-500">{t("actions.focalPoint")}</dt>
            <dd>
              {a.focalPointContact
                ? t("actions.focalPointWithContact", { name: a.focalPointName, contact: a.focalPointContact })
                : a.focalPointName}
            </dd>
          </>
        )}
        <dt className="sr-only">{t("actions.field.dueDate")}</dt>
        <dd className="sm:col-span-2">
          {a.dueDate ? (
            <span
              className={`rounded px-2 py-0.5 text-xs ${overdue ? "bg-red-50 font-medium text-red-800" : "bg-slate-100 text-slate-700"}`}
            >
              {overdue
                ? t("actions.overdue", { date: formatPartialDate(a.dueDate) })
                : t("actions.due", { date: formatPartialDate(a.dueDate) })}
            </span>
          ) : (
            <span className="text-xs text-slate-500">{t("actions.noDue")}</span>
          )}
        </dd>
      </dl>
      {a.description && <p className="mt-2 whitespace-pre-line text-sm text-slate-700">{a.description}</p>}
      <h4 className="mt-3 text-xs font-semibold uppercase tracking-wide text-slate-500">{t("actions.progress")}</h4>
      {a.progress.length ? (
        <ol className="mt-1 space-y-1 text-sm">
          {a.progress.map((p) => (
            <li key={p.id}>
              <span className="font-medium">{formatPartialDate(p.date)}</span> — {p.note}
              {p.evidenceTitle && (
                <span className="text-slate-500"> · {t("actions.evidence", { title: p.evidenceTitle })}</span>
              )}
              {p.sourceUrl && (
                <>
                  {" · "}
                  <a href={p.sourceUrl} className="text-brand hover:underline" rel="noreferrer" target="_blank">
                    {t("actions.source")}
                  </a>
                </>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-1 text-sm text-slate-500">{t("actions.progressEmpty")}</p>
      )}
      {editable && (
        <div className="no-print mt-3 space-y-1 border-t border-slate-100 pt-2">
          <Disclosure title={t("actions.addProgress")}>
            <RecordForm
              fields={progressFields(ctx, state.id)}
              action={addProgressAction.bind(null, recommendationId, a.id)}
              submitLabel={t("actions.addProgressSubmit")}
              testId={`add-progress-${a.id}`}
            />
          </Disclosure>
          <Disclosure title={t("actions.edit")}>
            <RecordForm
              fields={actionFields(ctx, state)}
              record={a}
              action={updateActionAction.bind(null, recommendationId, a.id)}
              submitLabel={t("actions.editSubmit")}
              testId={`edit-action-${a.id}`}
            />
            <div className="mt-4">
              <ArchiveAction
                action={setActionArchivedAction.bind(null, recommendationId, a.id, true)}
                version={a.version}
                archived={false}
              />
            </div>
          </Disclosure>
        </div>
      )}
    </li>
  );
}

/** The recommendation's actions: who is to do what by when, how it is going; editors record and edit them here. */
export function PlanCard({
  ctx,
  recommendationId,
  actions,
  state,
  editable,
}: {
  ctx: SignedInContext;
  recommendationId: number;
  actions: ActionDTO[];
  state: State;
  editable: boolean;
}) {
  const fields = editable ? actionFields(ctx, state) : [];
  const noInstitutions = editable && !fields.find((f) => f.name === "institutionIds")?.options?.length;
  return (
    <Card title={t("actions.title")}>
      <div className="space-y-4" data-testid="actions-card">
        {actions.length ? (
          <ul className="space-y-3">
            {actions.map((a) => (
              <ActionItem
                key={a.id}
                a={a}
                recommendationId={recommendationId}
                editable={editable}
                ctx={ctx}
                state={state}
              />
            ))}
          </ul>
        ) : (
          <EmptyState title={t("actions.empty")}>{t("actions.emptyHint")}</EmptyState>
        )}
        {editable && (
          <div className="no-print">
            <Disclosure title={t("actions.add")} testId="add-action-disclosure">
              {noInstitutions && (
                <p className="mb-3 text-sm text-amber-900">{t("actions.noInstitutions", { state: state.name })}</p>
              )}
              <RecordForm
                fields={fields}
                record={{ status: "planned" }}
                action={createActionAction.bind(null, recommendationId)}
                submitLabel={t("actions.addSubmit")}
                testId="add-action"
              />
            </Disclosure>
          </div>
        )}
      </div>
    </Card>
  );
}
