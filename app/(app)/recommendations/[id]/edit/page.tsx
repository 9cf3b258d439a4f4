import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/app/_components/ui/card";
import { RecordForm } from "@/app/_components/records/record-form";
import { RoleRequired } from "@/app/_components/ui/role-required";
import { can, roleFor } from "@/lib/auth/policy";
import { requestLocale, signedInContext } from "@/lib/context";
import { t } from "@/lib/i18n/messages";
import { getRecommendationDTO } from "@/lib/data/recommendations-write";
import { recommendationTitle } from "@/lib/recommendation-title";
import { updateRecommendationAction } from "../../actions";
import { recommendationFields } from "../../recommendation-fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: t("work.form.editTitle", {}, await requestLocale()) };
}

export default async function EditRecommendationPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await signedInContext();
  if (!can(ctx.actor, "recommendation", "update"))
    return <RoleRequired needed={roleFor("recommendation", "update")} current={ctx.actor.role} />;
  const id = Number((await params).id);
  const rec = Number.isInteger(id) && id > 0 ? getRecommendationDTO(ctx.db, id) : null;
  if (!rec) notFound();
  return (
    <div className="space-y-5">
      <nav aria-label={t("work.story.breadcrumb")} className="text-sm text-slate-500">
        <Link href="/recommendations" className="hover:underline">
          {t("work.story.breadcrumbList")}
        </Link>{" "}
        /{" "}
        <Link href={`/recommendations/${id}`} className="hover:underline">
          {recommendationTitle(rec)}
        </Link>{" "}
        / {t("work.form.editCrumb")}
      </nav>
      <h1 className="text-2xl font-semibold text-slate-900">{t("work.form.editTitle")}</h1>
      <Card>
        <RecordForm
          fields={recommendationFields(ctx, rec.stateId)}
          record={rec}
          action={updateRecommendationAction.bind(null, id)}
          submitLabel={t("work.form.save")}
          testId="recommendation-form"
        />
      </Card>
    </div>
  );
}
