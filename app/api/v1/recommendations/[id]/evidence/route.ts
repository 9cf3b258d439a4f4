import { childCreate } from "@/lib/api/resources";
import { attachEvidence } from "@/lib/data/evidence";

export const POST = childCreate(["evidence", "attach"], attachEvidence);
