import type { UprPosition } from "../../db/schema/enums";

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

export function uprPositionFor(raw: string): UprPosition | null {
  return POSITIONS[raw.replace(/\s+/g, " ").trim().toLowerCase()] ?? null;
}
