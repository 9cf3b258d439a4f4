/**
 * What a state report says, in the order it says it — shared by the PDF
 * (lib/export/pdf.ts) and the printable page (app/(app)/reports/state): an
 * executive summary (the longest outstanding chains, what the state rejected,
 * overdue follow-ups), then the recommendations grouped by status, most
 * serious first, "not assessed" last. Pure: it reorders ReportData, it adds no facts.
 */
import type { StatusKey } from "../../domain/status-counts";
import { exportMessage } from "../messages";
import type { ReportData, ReportRecommendation } from "../types";

/** Most serious first: what went backwards, what was not done, what was half done, … , what is not assessed yet. */
export const SEVERITY: readonly StatusKey[] = [
  "regressed",
  "not_implemented",
  "partially_implemented",
  "no_information",
  "implemented",
  "none",
];

export type ReportGroup = { status: StatusKey; recommendations: ReportRecommendation[] };

export type ReportHighlights = {
  /** Outstanding chains, the oldest first, each once (by its latest link in the selection). */
  longest: ReportRecommendation[];
  rejected: ReportRecommendation[];
  overdue: ReportRecommendation[];
};

/** How many of each the summary lists by name (the rest are in the groups below it). */
export const HIGHLIGHTS_SHOWN = 5;

/** The groups by status in SEVERITY order, empty ones left out; within a group the list's order is kept. */
export function reportGroups(data: ReportData): ReportGroup[] {
  const by = new Map<StatusKey, ReportRecommendation[]>();
  for (const r of data.recommendations) {
    const key = r.status ?? "none";
    by.set(key, [...(by.get(key) ?? []), r]);
  }
  return SEVERITY.filter((s) => by.has(s)).map((status) => ({ status, recommendations: by.get(status)! }));
}

export function reportHighlights(data: ReportData): ReportHighlights {
  // The summary speaks for the whole selection, as its figures do: "leave out not assessed" trims the groups only.
  const recs = data.matching ?? data.recommendations;
  // A link that a later one in this selection repeats is shown through that later link's chain.
  const repeatedHere = new Set(recs.flatMap((r) => r.chain.map((c) => c.id)));
  const longest = recs
    .filter((r) => r.outstandingSince !== null && r.chain.length > 0 && !repeatedHere.has(r.id))
    .sort((a, b) => a.outstandingSince! - b.outstandingSince! || b.chain.length - a.chain.length || a.id - b.id);
  return {
    longest,
    rejected: recs.filter((r) => r.stance === "rejects"),
    overdue: recs.filter((r) => r.overdue),
  };
}

/** Treaty-body cycles are ordinals ("Cycle 2"); UPR sessions already read as labels ("UPR session 7"). */
export function reportCycleLabel(cycle: string | null, locale: string): string {
  if (!cycle) return "";
  return /^\d+$/.test(cycle) ? exportMessage("report.cycleLabel", { cycle }, locale) : cycle;
}
