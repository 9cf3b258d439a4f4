import type { Route } from "next";
import type { StatusGroup } from "@/lib/data/dashboard";
import type { StatusKey } from "@/lib/domain/status-counts";
import { t } from "@/lib/i18n/messages";
import { STATUS_ORDER, statusLabel } from "@/lib/labels";
import { STATUS_COLORS } from "@/lib/status-colors";
import type { StackRow, StatusSeries } from "./status-stack-chart";

/**
 * Statuses in the app's display order with their shared colours (lib/status-colors.ts), labelled
 * in the reader's language: a function, since a module constant would be read once, in English.
 */
export function statusSeries(): StatusSeries[] {
  return STATUS_ORDER.map((k) => ({ key: k, label: statusLabel(k), color: STATUS_COLORS[k] }));
}

/** A grouped status count as chart data: values, a link and an accessible name per segment. */
export function toStackRows(
  groups: StatusGroup[],
  hrefFor: (group: StatusGroup, status: StatusKey) => Route,
): StackRow[] {
  return groups.map((g) => {
    const values: Record<string, number> = {};
    const hrefs: Record<string, Route> = {};
    const names: Record<string, string> = {};
    for (const k of STATUS_ORDER) {
      values[k] = g.counts[k];
      hrefs[k] = hrefFor(g, k);
      names[k] = t("dashboard.segmentIn", { group: g.label, label: statusLabel(k), count: g.counts[k] });
    }
    return { key: g.key, label: g.label, total: g.total, values, hrefs, names };
  });
}
