import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/app/_components/ui/card";
import { RecordForm } from "@/app/_components/records/record-form";
import { RoleRequired } from "@/app/_components/ui/role-required";
import { can, roleFor } from "@/lib/auth/policy";
import { requestLocale, signedInContext } from "@/lib/context";
import { t } from "@/lib/i18n/messages";
import { saveRecordAction } from "../../actions";
import { entityConfig } from "../../registry";

type Props = { params: Promise<{ entity: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: entityConfig((await params).entity)?.newLabel ?? t("work.records.newCrumb", {}, locale) };
}

export default async function NewRecordPage({ params }: Props) {
  const ctx = await signedInContext();
  const { entity } = await params;
  const cfg = entityConfig(entity);
  if (!cfg) notFound();
  if (!can(ctx.actor, cfg.policy, "create"))
    return <RoleRequired needed={roleFor(cfg.policy, "create")} current={ctx.actor.role} />;
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
        / {t("work.records.newCrumb")}
      </nav>
      <h1 className="text-2xl font-semibold text-slate-900">{cfg.newLabel}</h1>
      <Card>
        <RecordForm
          fields={cfg.fields(ctx, "create")}
          action={saveRecordAction.bind(null, entity, null)}
          submitLabel={t("work.records.create")}
          testId="record-form"
        />
      </Card>
    </div>
  );
}
