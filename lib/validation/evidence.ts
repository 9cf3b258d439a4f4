import { z } from "zod";
import { EVIDENCE_KINDS } from "../../db/schema/enums";
import {
  enumOf,
  flag,
  idRef,
  optionalPastPartialDate,
  optionalRef,
  optionalText,
  requiredText,
  urlField,
  parseInput,
  versionField,
} from "./common";

/** A dated fact with a source: a court decision, an incident, a law, an article. */
const evidenceFields = {
  kind: enumOf(EVIDENCE_KINDS),
  title: requiredText(500),
  date: optionalPastPartialDate,
  summary: optionalText(20_000),
  stateId: optionalRef("state"),
  sourceDocumentId: optionalRef("document"),
  sourceUrl: urlField.nullable().optional(),
  /** Shown on the public portal; evidence names victims and witnesses, so it is private unless marked. */
  public: flag.optional(),
};
export const evidenceCreateSchema = z.object(evidenceFields);
export const evidenceUpdateSchema = z.object(evidenceFields).partial().extend({ version: versionField });
/** Attach an existing evidence item to a recommendation. */
export const evidenceLinkSchema = z.object({ evidenceId: idRef("evidence") });

/** What attaching evidence takes: an existing item (`{ evidenceId }`) or a new one described in the same body. */
export type EvidenceAttachInput = z.input<typeof evidenceLinkSchema> | z.input<typeof evidenceCreateSchema>;
export type EvidenceAttach = z.output<typeof evidenceLinkSchema> | z.output<typeof evidenceCreateSchema>;

/**
 * A body naming `evidenceId` is a link and is checked as one only; anything else is a new item. (A z.union
 * would report both schemas' problems for a bad link.)
 */
export function parseEvidenceAttach(input: unknown): EvidenceAttach {
  return input && typeof input === "object" && "evidenceId" in input
    ? parseInput(evidenceLinkSchema, input)
    : parseInput(evidenceCreateSchema, input);
}
export type EvidenceCreateInput = z.input<typeof evidenceCreateSchema>;
export type EvidenceUpdateInput = z.input<typeof evidenceUpdateSchema>;
