import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/app/_components/ui/card";
import { RecordForm } from "@/app/_components/records/record-form";
import { RoleRequired } from "@/app/_components/ui/role-required";
import { can, roleFor } from "@/lib/auth/policy";
import { signedInContext } from "@/lib/context";
import { saveRecordAction } from "../../actions";
import { entityConfig } from "../../registry";

type Props = { params: Promise<{ entity: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `New ${entityConfig((await params).entity)?.label.toLowerCase() ?? "record"}` };
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
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/records" className="hover:underline">
          Records
        </Link>{" "}
        /{" "}
        <Link href={`/records/${entity}`} className="hover:underline">
          {cfg.plural}
        </Link>{" "}
        / New
      </nav>
      <h1 className="text-2xl font-semibold text-slate-900">New {cfg.label.toLowerCase()}</h1>
      <Card>
        <RecordForm
          fields={cfg.fields(ctx, "create")}
          action={saveRecordAction.bind(null, entity, null)}
          submitLabel="Create"
          testId="record-form"
        />
      </Card>
    </div>
  );
}
