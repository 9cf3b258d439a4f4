import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/app/_components/ui/card";
import { RecordForm } from "@/app/_components/records/record-form";
import { RoleRequired } from "@/app/_components/ui/role-required";
import { can, roleFor } from "@/lib/auth/policy";
import { signedInContext } from "@/lib/context";
import { createRecommendationAction } from "../actions";
import { recommendationFields } from "../recommendation-fields";

export const metadata: Metadata = { title: "New recommendation" };

export default async function NewRecommendationPage() {
  const ctx = await signedInContext();
  if (!can(ctx.actor, "recommendation", "create"))
    return <RoleRequired needed={roleFor("recommendation", "create")} current={ctx.actor.role} />;
  return (
    <div className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/recommendations" className="hover:underline">
          Recommendations
        </Link>{" "}
        / New
      </nav>
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">New recommendation</h1>
        <p className="text-slate-600">
          Pick its review cycle and source document; add them first under{" "}
          <Link className="text-brand underline" href="/records">
            Records
          </Link>{" "}
          if they are missing.
        </p>
      </header>
      <Card>
        <RecordForm
          fields={recommendationFields(ctx)}
          action={createRecommendationAction}
          submitLabel="Create recommendation"
          testId="recommendation-form"
        />
      </Card>
    </div>
  );
}
