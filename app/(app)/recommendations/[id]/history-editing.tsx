import Link from "next/link";
import { RecordForm } from "@/app/_components/records/record-form";
import type { FieldDef } from "@/app/_components/records/field-defs";
import { Card } from "@/app/_components/ui/card";
import type { SignedInContext } from "@/lib/context";
import type { RecommendationStory } from "@/lib/data/recommendation-story";
import {
  getRecommendationHistory,
  type HistoryAssessment,
  type HistoryEvidence,
  type HistoryGrade,
  type HistoryKind,
  type HistoryLink,
  type HistoryResponse,
} from "@/lib/data/recommendation-history";
import { formatRef } from "@/lib/export/cells";
import { formatPartialDate } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { EVIDENCE_KIND_LABELS, STANCE_LABELS, STATUS_LABELS } from "@/lib/labels";
import { correctHistoryAction, setHistoryArchivedAction } from "../history-actions";
import { assessmentFields, evidenceFields, gradeFields, responseFields } from "../recommendation-fields";
import { ArchiveControl, EditDisclosure, RestoreButton } from "@/app/_components/records/history-controls";

/** "Rejects / does not recognise, 2 April 2024: “The law does not …”" — how a confirmation names a record. */
/** A history row with its kind, so `describe` reads each kind's own fields. */
type Described =
  | { kind: "response"; r: HistoryResponse }
  | { kind: "grade"; r: HistoryGrade }
  | { kind: "assessment"; r: HistoryAssessment }
  | { kind: "evidence"; r: HistoryEvidence }
  | { kind: "reiteration"; r: HistoryLink };

function describe(d: Described) {
  const cut = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
  const dated = (what: string, date: string, quote: string | null) =>
    quote
      ? t("work.describe.datedQuote", { what, date: formatPartialDate(date), quote: cut(quote) })
      : t("work.describe.dated", { what, date: formatPartialDate(date) });
  switch (d.kind) {
    case "response": {
      const x = d.r;
      return dated(STANCE_LABELS[x.stance], x.date, x.quote);
    }
    case "grade": {
      const x = d.r;
      return dated(x.grade, x.date, null);
    }
    case "assessment": {
      const x = d.r;
      return dated(STATUS_LABELS[x.status], x.date, x.rationale);
    }
    case "evidence": {
      const x = d.r;
      const kindLabel = EVIDENCE_KIND_LABELS[x.kind];
      return x.date
        ? t("work.describe.evidenceDated", { title: x.title, kind: kindLabel, date: formatPartialDate(x.date) })
        : t("work.describe.evidence", { title: x.title, kind: kindLabel });
    }
    case "reiteration": {
      const x = d.r;
      return x.year ? t("work.describe.link", { ref: formatRef(x), year: x.year }) : formatRef(x);
    }
  }
}

type Correctable = Exclude<HistoryKind, "reiteration">;

export type HistoryEditing = {
  /** Controls under each timeline entry and evidence item, keyed `${type}-${id}`. */
  controls: Map<string, React.ReactNode>;
  /** "Remove reiteration link" beside each recommendation this one is linked to directly, keyed by its id. */
  linkControls: Map<number, React.ReactNode>;
  archived: React.ReactNode;
};

/**
 * Everything an editor uses to correct or withdraw what is recorded: an edit
 * form (the record as saved, with its version) and an archive control with a
 * confirmation naming the record, for each response, grade, assessment,
 * evidence item and reiteration link; and the "Archived" card with Restore.
 * Only for those the access policy lets correct history; viewers never get it.
 */
export function historyEditing(ctx: SignedInContext, story: RecommendationStory): HistoryEditing {
  const history = getRecommendationHistory(ctx.db, ctx.actor, story.id);
  const near = { stateId: story.stateId, bodyId: story.bodyId };
  const controls = new Map<string, React.ReactNode>();
  const linkControls = new Map<number, React.ReactNode>();
  const archive = (kind: HistoryKind, r: { id: number; version: number }, record: string) => (
    <ArchiveControl
      label={t(`history.archive.${kind}`)}
      question={t(`history.confirm.${kind}`, { record })}
      confirm={kind === "reiteration" ? t("history.confirm.yesRemove") : t("history.confirm.yesArchive")}
      action={setHistoryArchivedAction.bind(null, kind, r.id, story.id, true)}
      version={r.version}
    />
  );
  const row = (kind: Correctable, r: { id: number; version: number }, record: string, form: React.ReactNode) => (
    <div className="no-print mt-2" data-testid={`controls-${kind}-${r.id}`}>
      <EditDisclosure label={t(`history.edit.${kind}`)} beside={archive(kind, r, record)}>
        {form}
      </EditDisclosure>
    </div>
  );
  const correct = (kind: Correctable, id: number) => correctHistoryAction.bind(null, kind, id, story.id, near);

  const addControls = <R extends { id: number; version: number; archived: boolean }>(
    kind: Correctable,
    records: R[],
    fields: FieldDef[],
    describeRow: (r: R) => string,
  ) => {
    for (const r of records.filter((x) => !x.archived))
      controls.set(
        `${kind}-${r.id}`,
        row(
          kind,
          r,
          describeRow(r),
          <RecordForm
            fields={fields}
            record={r}
            action={correct(kind, r.id)}
            submitLabel={t("history.save")}
            testId={`edit-${kind}-${r.id}`}
          />,
        ),
      );
  };
  addControls("response", history.responses, responseFields(ctx, near), (r) => describe({ kind: "response", r }));
  addControls("grade", history.grades, gradeFields(ctx, near), (r) => describe({ kind: "grade", r }));
  addControls("assessment", history.assessments, assessmentFields(ctx, story.stateId), (r) =>
    describe({ kind: "assessment", r }),
  );
  addControls("evidence", history.evidence, evidenceFields(), (r) => describe({ kind: "evidence", r }));
  for (const l of history.links.filter((x) => !x.archived))
    linkControls.set(
      l.otherId,
      <div className="no-print mt-1" data-testid={`controls-reiteration-${l.id}`}>
        {archive("reiteration", l, describe({ kind: "reiteration", r: l }))}
      </div>,
    );

  const entry = (kind: HistoryKind, x: { id: number; version: number }, text: string) => ({
    kind,
    id: x.id,
    version: x.version,
    text,
  });
  const archivedRows = [
    ...history.responses
      .filter((x) => x.archived)
      .map((x) => entry("response", x, describe({ kind: "response", r: x }))),
    ...history.grades.filter((x) => x.archived).map((x) => entry("grade", x, describe({ kind: "grade", r: x }))),
    ...history.assessments
      .filter((x) => x.archived)
      .map((x) => entry("assessment", x, describe({ kind: "assessment", r: x }))),
    ...history.evidence
      .filter((x) => x.archived)
      .map((x) => entry("evidence", x, describe({ kind: "evidence", r: x }))),
    ...history.links
      .filter((x) => x.archived)
      .map((x) =>
        entry(
          "reiteration",
          x,
          t(x.otherIsEarlier ? "history.linkTo" : "history.linkFrom", {
            record: describe({ kind: "reiteration", r: x }),
          }),
        ),
      ),
  ];
  const archived = (
    <Card
      title={t("history.archivedSection")}
      className="no-print"
      actions={
        <Link href="/admin/archive" className="text-sm text-brand hover:underline">
          {t("history.binLink")}
        </Link>
      }
    >
      <p className="mb-3 text-sm text-slate-600">{t("history.archivedIntro")}</p>
      {archivedRows.length === 0 ? (
        <p className="text-sm text-slate-500">{t("history.archivedNone")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="archived-history">
          {archivedRows.map((r) => (
            <li key={`${r.kind}-${r.id}`} className="flex flex-col gap-2 py-2 sm:flex-row sm:items-center">
              <p className="flex-1 text-sm text-slate-700">
                <span className="font-medium text-slate-900">{t(`history.kind.${r.kind}`)}</span>
                {" · "}
                {r.text}
              </p>
              <RestoreButton
                label={t(`history.restore.${r.kind}`)}
                action={setHistoryArchivedAction.bind(null, r.kind, r.id, story.id, false)}
                version={r.version}
              />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
  return { controls, linkControls, archived };
}
