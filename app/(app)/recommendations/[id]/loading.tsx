import { Bone, CardBones, PageSkeleton } from "@/app/_components/ui/skeleton";
import { t } from "@/lib/i18n/messages";

/** While a recommendation's story is gathered: breadcrumb, heading, the story cards and the side column. */
export default function RecommendationLoading() {
  return (
    <PageSkeleton label={t("site.loading.recommendation")}>
      <Bone className="h-4 w-64" />
      <div className="space-y-3">
        <Bone className="h-5 w-72" />
        <Bone className="h-9 w-full max-w-3xl" />
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <CardBones lines={4} />
          <CardBones lines={6} />
        </div>
        <div className="space-y-6">
          <CardBones lines={3} />
        </div>
      </div>
    </PageSkeleton>
  );
}
