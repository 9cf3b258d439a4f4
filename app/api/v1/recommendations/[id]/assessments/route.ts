import { childCreate } from "@/lib/api/resources";
import { createAssessment } from "@/lib/data/assessments";
import { assessmentCreateSchema } from "@/lib/validation/assessments";

export const POST = childCreate(["assessment", "create"], assessmentCreateSchema, createAssessment);
