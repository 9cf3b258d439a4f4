import { childCreate } from "@/lib/api/resources";
import { createGrade } from "@/lib/data/grades";

export const POST = childCreate(["grade", "create"], createGrade);
