import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/app/_components/ui/card";
import { RecordForm } from "@/app/_components/records/record-form";
import { RoleRequired } from "@/app/_components/ui/role-required";
import { can, roleFor } from "@/lib/auth/policy";
import { requestLocale, signedInContext } from "@/lib/context";
import { t } from "@/lib/i18n/messages";
import { SentenceWith, SLOT } from "@/app/_components/ui/sentence-with";
import { createRecommendationAction } from "../actions";
import { recommendationFields } from "../recommendation-fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: t("work.form.newTitle", {}, await requestLocale()) };
}

export default async function NewRecommendationPage() {
  const ctx = await signedInContext();
  if (!can(ctx.actor, "recommendation", "create"))
    return <RoleRequired needed={roleFor("recommendation", "create")} current={ctx.actor.role} />;
  return (
    <div className="space-y-5">
      <nav aria-label={t("work.story.breadcrumb")} className="text-sm text-slate-500">
        <Link href="/recommendations" className="hover:underline">
          {t("work.story.breadcrumbList")}
        </Link>{" "}
        / {t("work.form.newCrumb")}
      </nav>
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">{t("work.form.newTitle")}</h1>
        <p className="text-slate-600">
          <SentenceWith
            text={t("work.form.newIntro", { link: SLOT })}
            slot={
              <Link className="text-brand underline" href="/records">
                {t("work.form.newIntroLink")}
              </Link>
            }
          />
        </p>
      </header>
      <Card>
        <RecordForm
          fields={recommendationFields(ctx)}
          action={createRecommendationAction}
          submitLabel={t("work.form.create")}
          testId="recommendation-form"
        />
      </Card>
    </div>
  );
}
