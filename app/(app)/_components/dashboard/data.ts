import "server-only";
import { cache } from "react";
import { getDb } from "@/db";
import {
  getByInstitution,
  getStatusByTheme,
  getStatusCube,
  getSummary,
  getYearsOutstanding,
  systemClock,
  type DashboardFilters,
} from "@/lib/data/dashboard";

/*
 * The sections of one page render share a clock and run each aggregate once:
 * the summary feeds the KPI cards, the status, stance and grade charts and the
 * year chart's note; one body × year × status pass feeds two charts; the
 * years-outstanding counts feed a KPI card and a chart. React's cache()
 * lasts one server request; filters are keyed by their JSON.
 */
const clock = cache(() => systemClock());
const keyed = <T>(get: (f: DashboardFilters) => T) => {
  const byKey = cache((key: string) => get(JSON.parse(key) as DashboardFilters));
  return (f: DashboardFilters) => byKey(JSON.stringify(f));
};

export const summaryOf = keyed((f) => getSummary(getDb(), f, clock()));
export const statusCubeOf = keyed((f) => getStatusCube(getDb(), f, clock()));
export const byThemeOf = keyed((f) => getStatusByTheme(getDb(), f, clock()));
export const yearsOutstandingOf = keyed((f) => getYearsOutstanding(getDb(), f, clock()));
export const byInstitutionOf = keyed((f) => getByInstitution(getDb(), f, clock()));
