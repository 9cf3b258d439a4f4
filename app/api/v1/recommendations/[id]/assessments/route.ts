import { childCreate } from "@/lib/api/resources";
import { createAssessment } from "@/lib/data/assessments";

export const POST = childCreate(["assessment", "create"], createAssessment);
