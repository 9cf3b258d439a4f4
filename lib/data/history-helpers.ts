import "server-only";
import type { Tx } from "../../db";
import { documents, recommendations } from "../../db/schema";
import { ValidationError } from "../errors";
import { vmsg } from "../validation/messages";
import { checkRefs, entityLabel, findOr404 } from "./write-helpers";

/** History can be added only to a recommendation that exists (404) and is not archived (400). */
export function openRecommendation(tx: Tx, id: number) {
  const rec = findOr404(tx, recommendations, "recommendation", id);
  if (rec.archivedAt) throw new ValidationError(vmsg("write.archivedRef", { what: entityLabel("recommendation"), id }));
  return rec;
}

export function checkDocumentRef(tx: Tx, id: number | null | undefined, field = "documentId") {
  checkRefs(tx, [{ field, table: documents, id, what: "document" }]);
}
