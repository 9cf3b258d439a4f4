import { childCreate } from "@/lib/api/resources";
import { addReiteration } from "@/lib/data/reiterations";
import { reiterationCreateSchema } from "@/lib/validation/recommendations";

export const POST = childCreate(["reiteration", "create"], reiterationCreateSchema, addReiteration);
