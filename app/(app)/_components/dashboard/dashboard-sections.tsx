import { Suspense } from "react";
import type { DashboardFilters } from "@/lib/data/dashboard";
import { ByInstitution, FollowUpGrades, StateResponses, YearsOutstanding } from "./follow-up-sections";
import { KpiCards } from "./kpi-cards";
import { ChartSkeleton, KpiSkeleton } from "./skeletons";
import { chartTitle, type DashboardChart } from "./titles";
import { StatusByBody, StatusByTheme, StatusByYear, StatusDistribution } from "./status-sections";

const CHARTS: { key: DashboardChart; Section: (p: { filters: DashboardFilters }) => Promise<React.ReactNode> }[] = [
  { key: "status", Section: StatusDistribution },
  { key: "body", Section: StatusByBody },
  { key: "year", Section: StatusByYear },
  { key: "years", Section: YearsOutstanding },
  { key: "theme", Section: StatusByTheme },
  { key: "stances", Section: StateResponses },
  { key: "grades", Section: FollowUpGrades },
  { key: "institutions", Section: ByInstitution },
];

/**
 * The key figures and the charts for a set of filters — the whole dashboard
 * (`/`) or one state's (`/states/KAZ`, with `omit` for what that page already shows).
 * Each part streams in behind its own skeleton.
 */
export function DashboardSections({ filters, omit = [] }: { filters: DashboardFilters; omit?: DashboardChart[] }) {
  return (
    <div className="space-y-4" data-testid="dashboard">
      <Suspense fallback={<KpiSkeleton />}>
        <KpiCards filters={filters} />
      </Suspense>
      <div className="grid gap-4 lg:grid-cols-2 print:grid-cols-1">
        {CHARTS.filter((c) => !omit.includes(c.key)).map(({ key, Section }) => (
          <Suspense key={key} fallback={<ChartSkeleton title={chartTitle(key)} />}>
            <Section filters={filters} />
          </Suspense>
        ))}
      </div>
    </div>
  );
}
