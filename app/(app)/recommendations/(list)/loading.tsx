import { Bone, CardBones, PageSkeleton } from "@/app/_components/ui/skeleton";
import { t } from "@/lib/i18n/messages";

/** While a search runs: the heading, the search bar, the facets and a few result cards as placeholders. */
export default function RecommendationsLoading() {
  return (
    <PageSkeleton label={t("site.loading.list")}>
      <div className="space-y-2">
        <Bone className="h-8 w-56" />
        <Bone className="h-4 w-32" />
      </div>
      <Bone className="h-16 w-full rounded-xl" />
      <div className="grid gap-5 lg:grid-cols-[18rem_1fr]">
        <div className="hidden lg:block">
          <CardBones lines={8} />
        </div>
        <div className="space-y-3">
          {Array.from({ length: 4 }, (_, i) => (
            <CardBones key={i} lines={2} />
          ))}
        </div>
      </div>
    </PageSkeleton>
  );
}
