import { childCreate } from "@/lib/api/resources";
import { attachEvidence } from "@/lib/data/evidence";
import { parseEvidenceAttach } from "@/lib/validation/evidence";

export const POST = childCreate(["evidence", "attach"], parseEvidenceAttach, attachEvidence);
