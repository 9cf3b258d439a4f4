import "server-only";
import { cache } from "react";
import { getRequestContext, type RequestContext } from "@/lib/context";
import {
  getByInstitution,
  getStatusByTheme,
  getStatusCube,
  getSummary,
  getYearsOutstanding,
  type DashboardFilters,
} from "@/lib/data/dashboard";
import { clockAt } from "@/lib/domain/clock";

/*
 * The sections of one page render share a clock and run each aggregate once:
 * the summary feeds the KPI cards, the status, stance and grade charts and the
 * year chart's note; one body × year × status pass feeds two charts; the
 * years-outstanding counts feed a KPI card and a chart. React's cache()
 * lasts one server request; filters are keyed by their JSON.
 */
const clock = cache(() => clockAt());
const keyed = <T>(get: (db: RequestContext["db"], f: DashboardFilters) => T) => {
  const byKey = cache(async (key: string) => get((await getRequestContext()).db, JSON.parse(key) as DashboardFilters));
  return (f: DashboardFilters) => byKey(JSON.stringify(f));
};

export const summaryOf = keyed((db, f) => getSummary(db, f, clock()));
export const statusCubeOf = keyed((db, f) => getStatusCube(db, f, clock()));
export const byThemeOf = keyed((db, f) => getStatusByTheme(db, f, clock()));
export const yearsOutstandingOf = keyed((db, f) => getYearsOutstanding(db, f, clock()));
export const byInstitutionOf = keyed((db, f) => getByInstitution(db, f, clock()));
