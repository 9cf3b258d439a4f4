import { z } from "zod";
import { DOCUMENT_KINDS } from "../../db/schema/enums";
import { DOCUMENT_KIND_LABELS } from "../labels";
import { isUnDocumentKind, parseUnSymbol } from "../un-symbol";
import {
  enumOf,
  optionalPastPartialDate,
  optionalRef,
  optionalText,
  requiredText,
  urlField,
  versionField,
} from "./common";
import { vmsg } from "./messages";

const EXAMPLE_SYMBOL: Partial<Record<string, string>> = {
  state_report: "CCPR/C/KAZ/2",
  list_of_issues: "CCPR/C/KAZ/Q/2",
  list_of_issues_prior_to_reporting: "CCPR/C/KAZ/QPR/3",
  reply_to_list_of_issues: "CCPR/C/KAZ/Q/2/Add.1",
  concluding_observations: "CCPR/C/KAZ/CO/2",
  follow_up_report: "CCPR/C/KAZ/CO/2/Add.1",
  follow_up_assessment: "CCPR/C/128/3/Add.1",
  upr_report: "A/HRC/43/10",
  upr_addendum: "A/HRC/43/10/Add.1",
};

const documentFields = {
  symbol: optionalText(120),
  title: requiredText(500),
  kind: enumOf(DOCUMENT_KINDS),
  date: optionalPastPartialDate,
  url: urlField.nullable().optional(),
  publisher: optionalText(300),
  cycleId: optionalRef("review_cycle"),
  stateId: optionalRef("state"),
  bodyId: optionalRef("body"),
};

/**
 * UN documents need a well-formed symbol; a court decision, article, law,
 * shadow report or "other" needs none (and any reference it has is kept as written).
 */
export const documentCreateSchema = z.object(documentFields).superRefine((d, ctx) => {
  if (!isUnDocumentKind(d.kind)) return;
  if (!d.symbol) {
    ctx.addIssue({
      code: "custom",
      path: ["symbol"],
      message: vmsg("symbol.required", {
        kind: DOCUMENT_KIND_LABELS[d.kind],
        example: EXAMPLE_SYMBOL[d.kind] ?? "CCPR/C/KAZ/CO/2",
      }),
    });
    return;
  }
  const parsed = parseUnSymbol(d.symbol);
  if (!parsed.ok) ctx.addIssue({ code: "custom", path: ["symbol"], message: parsed.message });
});
export const documentUpdateSchema = z.object(documentFields).partial().extend({ version: versionField });
export type DocumentCreateInput = z.input<typeof documentCreateSchema>;
export type DocumentUpdateInput = z.input<typeof documentUpdateSchema>;
