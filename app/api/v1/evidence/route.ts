import { EVIDENCE_KINDS } from "@/lib/domain/enums";
import { collection } from "@/lib/api/resources";
import { createEvidence, listEvidence } from "@/lib/data/evidence";
import { evidenceCreateSchema } from "@/lib/validation/evidence";

const num = (v: string | string[] | undefined) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : undefined);
const routes = collection({
  policy: "evidence",
  list: listEvidence,
  body: evidenceCreateSchema,
  create: createEvidence,
  filters: (q) => ({
    stateId: num(q.stateId),
    kind: typeof q.kind === "string" && (EVIDENCE_KINDS as readonly string[]).includes(q.kind) ? q.kind : undefined,
  }),
});
export const GET = routes.GET;
export const POST = routes.POST;
