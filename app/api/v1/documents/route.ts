import { DOCUMENT_KINDS } from "@/lib/domain/enums";
import { collection } from "@/lib/api/resources";
import { createDocument, listDocuments } from "@/lib/data/documents";
import { documentCreateSchema } from "@/lib/validation/documents";

const num = (v: string | string[] | undefined) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : undefined);
const routes = collection({
  policy: "document",
  list: listDocuments,
  body: documentCreateSchema,
  create: createDocument,
  filters: (q) => ({
    stateId: num(q.stateId),
    cycleId: num(q.cycleId),
    kind: typeof q.kind === "string" && (DOCUMENT_KINDS as readonly string[]).includes(q.kind) ? q.kind : undefined,
  }),
});
export const GET = routes.GET;
export const POST = routes.POST;
