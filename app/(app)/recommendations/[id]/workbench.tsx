import { Card } from "@/app/_components/ui/card";
import { RecordForm } from "@/app/_components/records/record-form";
import type { SignedInContext } from "@/lib/context";
import type { RecommendationStory } from "@/lib/data/recommendation-story";
import { t } from "@/lib/i18n/messages";
import { addToRecommendationAction } from "../actions";
import {
  assessmentFields,
  evidenceFields,
  gradeFields,
  linkEvidenceFields,
  reiterationFields,
  responseFields,
} from "../recommendation-fields";

const summaryClass =
  "cursor-pointer list-none rounded-md px-2 py-2 font-medium text-brand hover:bg-slate-50 group-open:bg-slate-50";

/**
 * "Record something new" for editors: each kind of history entry in its own
 * disclosure, added in place; the timeline above shows it after saving.
 */
export function Workbench({ ctx, story }: { ctx: SignedInContext; story: RecommendationStory }) {
  const near = { stateId: story.stateId, bodyId: story.bodyId };
  const add = (what: Parameters<typeof addToRecommendationAction>[2]) =>
    addToRecommendationAction.bind(null, story.id, near, what);
  const sections = [
    {
      key: "response",
      title: t("work.workbench.response.title"),
      fields: responseFields(ctx, near),
      submit: t("work.workbench.response.submit"),
    },
    {
      key: "assessment",
      title: t("work.workbench.assessment.title"),
      fields: assessmentFields(ctx, near.stateId),
      submit: t("work.workbench.assessment.submit"),
    },
    {
      key: "grade",
      title: t("work.workbench.grade.title"),
      fields: gradeFields(ctx, near),
      submit: t("work.workbench.grade.submit"),
    },
    {
      key: "evidence",
      title: t("work.workbench.evidence.title"),
      fields: evidenceFields(),
      submit: t("work.workbench.evidence.submit"),
    },
    {
      key: "linkEvidence",
      title: t("work.workbench.linkEvidence.title"),
      fields: linkEvidenceFields(ctx, near.stateId),
      submit: t("work.workbench.linkEvidence.submit"),
    },
    {
      key: "reiteration",
      title: t("work.workbench.reiteration.title"),
      fields: reiterationFields(story.id),
      submit: t("work.workbench.reiteration.submit"),
    },
  ] as const;
  return (
    <Card title={t("work.workbench.title")} className="no-print">
      <div className="divide-y divide-slate-100" data-testid="workbench">
        {sections.map((s) => (
          <details key={s.key} className="group py-2">
            <summary className={summaryClass}>
              <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90">
                ›
              </span>
              {s.title}
            </summary>
            <div className="px-2 pb-2 pt-3">
              <RecordForm fields={[...s.fields]} action={add(s.key)} submitLabel={s.submit} testId={`add-${s.key}`} />
            </div>
          </details>
        ))}
      </div>
    </Card>
  );
}
