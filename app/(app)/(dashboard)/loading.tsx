import { Bone, CardBones, PageSkeleton } from "@/app/_components/ui/skeleton";
import { t } from "@/lib/i18n/messages";

/** While the dashboard's figures are counted: its heading, key figures and charts as placeholders. */
export default function DashboardLoading() {
  return (
    <PageSkeleton label={t("site.loading.dashboard")}>
      <div className="space-y-2">
        <Bone className="h-8 w-48" />
        <Bone className="h-4 w-full max-w-2xl" />
      </div>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        {Array.from({ length: 5 }, (_, i) => (
          <Bone key={i} className="h-28 rounded-xl" />
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <CardBones tall lines={1} />
        <CardBones tall lines={1} />
      </div>
    </PageSkeleton>
  );
}
