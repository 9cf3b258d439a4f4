import Link from "next/link";
import { listPath } from "@/app/(app)/_components/dashboard/links";
import type { FacetCounts } from "@/lib/search/types";
import {
  filtersToQueryString,
  MULTI_FACETS,
  toggleFacetValue,
  type MultiFacet,
  type SearchFilters,
} from "@/lib/search/filters";
import { t } from "@/lib/i18n/messages";
import { facetTitle, valueLabel } from "./facet-panel";

/** Chips for what narrows the list, each with a link that removes it — the way to relax an empty result. */
export function ActiveFilters({ filters, counts }: { filters: SearchFilters; counts: FacetCounts }) {
  const chips: { key: string; label: string; href: string }[] = [];
  if (filters.q)
    chips.push({
      key: "q",
      label: t("work.chips.query", { q: filters.q }),
      href: filtersToQueryString({ ...filters, q: undefined, page: 1 }),
    });
  // Per facet, so each value keeps its facet's type on the way back to toggleFacetValue.
  const facetChips = <K extends MultiFacet>(facet: K) => {
    const values: SearchFilters[K][number][] = filters[facet];
    for (const value of values) {
      const known = (counts[facet] as { value: string | number; label: string; count: number }[]).find(
        (v) => v.value === value,
      );
      chips.push({
        key: `${facet}-${value}`,
        label: t("work.chips.facet", {
          facet: facetTitle(facet),
          value: valueLabel(facet, known ?? { value, label: String(value), count: 0 }),
        }),
        href: filtersToQueryString(toggleFacetValue(filters, facet, value)),
      });
    }
  };
  for (const facet of MULTI_FACETS) facetChips(facet);
  if (filters.from !== undefined || filters.to !== undefined) {
    chips.push({
      key: "years",
      // Years as strings: handed numbers, the ICU formatter groups thousands ("2,011").
      label: t("work.chips.years", {
        from: filters.from === undefined ? t("work.chips.open") : String(filters.from),
        to: filters.to === undefined ? t("work.chips.open") : String(filters.to),
      }),
      href: filtersToQueryString({ ...filters, from: undefined, to: undefined, page: 1 }),
    });
  }
  const flags = {
    reiterated: t("work.flag.reiterated"),
    overdue: t("work.flag.overdue"),
    noresponse: t("work.flag.noresponse"),
    outstanding: t("work.flag.outstanding"),
  } as const;
  for (const [k, label] of Object.entries(flags) as [keyof typeof flags, string][]) {
    if (filters[k]) chips.push({ key: k, label, href: filtersToQueryString({ ...filters, [k]: false, page: 1 }) });
  }
  if (chips.length === 0) return null;
  return (
    <ul className="flex flex-wrap items-center gap-2" aria-label={t("work.chips.label")} data-testid="active-filters">
      {chips.map((c) => (
        <li key={c.key}>
          <Link
            href={`${listPath(filters)}${c.href}`}
            className="inline-flex items-center gap-1 rounded-full border border-brand/30 bg-brand-soft px-3 py-1 text-sm text-brand hover:bg-white"
          >
            {c.label} <span aria-hidden="true">×</span>
            <span className="sr-only">{t("work.chips.remove")}</span>
          </Link>
        </li>
      ))}
      <li>
        <Link href={listPath(filters)} className="text-sm text-slate-600 underline">
          {t("work.chips.clearAll")}
        </Link>
      </li>
    </ul>
  );
}
