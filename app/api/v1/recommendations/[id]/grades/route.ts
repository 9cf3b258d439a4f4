import { childCreate } from "@/lib/api/resources";
import { createGrade } from "@/lib/data/grades";
import { gradeCreateSchema } from "@/lib/validation/grades";

export const POST = childCreate(["grade", "create"], gradeCreateSchema, createGrade);
