import { UPR_POSITIONS, type UprPosition } from "../../db/schema/enums";
import { labelLookup, normalise } from "../tracker-csv/vocabulary";

/**
 * Position wording seen in sources. Cycle-1 data says Accepted / Rejected
 * (domain.md); UPR Info relabelled "Rejected" as "Noted"; OHCHR lists say
 * Supported / Noted and "Supported/Noted" for a split answer.
 */
const POSITIONS: Record<string, UprPosition> = {
  supported: "supported",
  accepted: "supported",
  noted: "noted",
  rejected: "noted",
  "supported/noted": "supported_noted",
  "supported / noted": "supported_noted",
  "partially supported": "supported_noted",
  "partially accepted": "supported_noted",
};

export const POSITION_WORDS = "Supported, Noted, Supported/Noted, Accepted, Rejected";

/** The tracker's own labels in every language («Поддерживает», «Принимает к сведению»), built on first use. */
let ownLabels: Map<string, UprPosition> | null = null;

export function uprPositionFor(raw: string): UprPosition | null {
  const words = raw.replace(/\s+/g, " ").trim().toLowerCase();
  if (Object.hasOwn(POSITIONS, words)) return POSITIONS[words];
  return (ownLabels ??= labelLookup("uprPosition", UPR_POSITIONS)).get(normalise(raw)) ?? null;
}
