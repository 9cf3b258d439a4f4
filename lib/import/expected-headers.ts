/** The headers each table format reads, as the wizard offers them when an editor maps a column by hand. */
import { TRACKER_CSV_HEADERS } from "../tracker-csv/columns";
import type { ImportFormat } from "./types";
import { UHRI_HEADERS } from "./uhri";
import { UPR_INFO_HEADERS } from "./upr-info";

export function expectedHeaders(format: ImportFormat | null): string[] {
  if (format === "upr-info") return [...UPR_INFO_HEADERS];
  if (format === "uhri") return UHRI_HEADERS;
  if (format === "tracker-csv") return Object.values(TRACKER_CSV_HEADERS);
  // An OHCHR list is a Word table: its columns are found by their meaning, not mapped by hand.
  return [];
}
