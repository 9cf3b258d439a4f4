import { childCreate } from "@/lib/api/resources";
import { dismissReiterationCandidate } from "@/lib/data/reiteration-dismissals";
import { dismissalCreateSchema } from "@/lib/validation/suggestions";

/** POST {earlierId, note?}: "that one is not an earlier version of this one" — never suggested again. */
export const POST = childCreate(["dismissal", "create"], dismissalCreateSchema, dismissReiterationCandidate);
