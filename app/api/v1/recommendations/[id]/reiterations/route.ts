import { childCreate } from "@/lib/api/resources";
import { addReiteration } from "@/lib/data/reiterations";

export const POST = childCreate(["reiteration", "create"], addReiteration);
