import { childCreate } from "@/lib/api/resources";
import { createResponse } from "@/lib/data/responses";

export const POST = childCreate(["response", "create"], createResponse);
