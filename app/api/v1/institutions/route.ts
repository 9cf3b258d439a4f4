import { collection } from "@/lib/api/resources";
import { createInstitution, listInstitutions } from "@/lib/data/institutions";
import { institutionCreateSchema } from "@/lib/validation/institutions";

const num = (v: string | string[] | undefined) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : undefined);
const code = (v: string | string[] | undefined) => (typeof v === "string" && /^[A-Za-z]{3}$/.test(v) ? v : undefined);
const routes = collection({
  policy: "institution",
  list: listInstitutions,
  body: institutionCreateSchema,
  create: createInstitution,
  filters: (q) => ({ stateId: num(q.stateId), stateCode: code(q.state) }),
});
export const GET = routes.GET;
export const POST = routes.POST;
