import { collection } from "@/lib/api/resources";
import { listRecommendationsBasic } from "@/lib/data/recommendation-list";
import { createRecommendation } from "@/lib/data/recommendations-write";
import type { Status } from "@/db/schema/enums";

const many = (v: string | string[] | undefined) => (v === undefined ? undefined : (Array.isArray(v) ? v : v.split(",")).map((x) => x.trim()).filter(Boolean));

/** GET ?state=KAZ&body=CCPR&status=not_implemented&cycleId=&q=&page=&per= · POST a new recommendation. */
const routes = collection({
  list: (db, o) => listRecommendationsBasic(db, o),
  create: createRecommendation,
  createRole: "editor",
  filters: (q) => ({
    state: many(q.state)?.map((s) => s.toUpperCase()),
    body: many(q.body)?.map((s) => s.toUpperCase()),
    status: many(q.status) as Status[] | undefined,
    cycleId: typeof q.cycleId === "string" && /^\d+$/.test(q.cycleId) ? Number(q.cycleId) : undefined,
  }),
});
export const GET = routes.GET;
export const POST = routes.POST;
