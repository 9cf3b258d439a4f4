import type { StatusKey } from "./domain/status-counts";

/**
 * One colour per implementation status — the single source of truth for charts,
 * the PDF report and any legend (app/globals.css mirrors these as --status-* CSS
 * variables for Tailwind; keep the two in step).
 *
 * Okabe & Ito's "Color Universal Design" palette (https://jfly.uni-koeln.de/color/),
 * chosen because its hues stay distinguishable with protanopia, deuteranopia and
 * tritanopia and in greyscale print: bluish green for implemented, sky blue for
 * partial progress, vermillion for not implemented, reddish purple for regressed
 * (a different hue from vermillion, not a darker red, so it survives red-green
 * deficiency), neutral greys for "no information" and "not assessed". Colour is
 * never the only cue: every chart also carries labels or a legend with counts.
 */
export const STATUS_COLORS: Record<StatusKey, string> = {
  implemented: "#009e73",
  partially_implemented: "#56b4e9",
  not_implemented: "#d55e00",
  regressed: "#cc79a7",
  no_information: "#8c8c8c",
  none: "#d4d4d4",
};

/** Text colour with enough contrast on each status fill (for labels printed inside a bar or chip). */
export const STATUS_TEXT_COLORS: Record<StatusKey, string> = {
  implemented: "#062a1f",
  partially_implemented: "#0b2a3a",
  not_implemented: "#ffffff",
  regressed: "#2a0f22",
  no_information: "#111111",
  none: "#1c2430",
};

/** Brand colours used by reports beside the status palette. */
export const BRAND_COLORS = {
  brand: "#1f3a5f",
  brandSoft: "#e8eef6",
  ink: "#1c2430",
  muted: "#5b6675",
  rule: "#d5dbe3",
} as const;
