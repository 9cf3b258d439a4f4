import { childCreate } from "@/lib/api/resources";
import { createResponse } from "@/lib/data/responses";
import { responseCreateSchema } from "@/lib/validation/responses";

export const POST = childCreate(["response", "create"], responseCreateSchema, createResponse);
