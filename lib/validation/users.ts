import { z } from "zod";
import { ROLES } from "../../db/schema/enums";
import { enumOf, flag, requiredText, versionField } from "./common";
import { lazyError, vmsg } from "./messages";

export const emailField = z
  .string({ error: () => vmsg("field.email") })
  .trim()
  .toLowerCase()
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, lazyError("field.email"));

export const userCreateSchema = z.object({
  email: emailField,
  name: requiredText(200),
  role: enumOf(ROLES),
  password: z
    .string({ error: () => vmsg("field.password") })
    .min(8, lazyError("field.password"))
    .max(200, lazyError("field.tooLong", { max: 200 })),
});
export const userUpdateSchema = z.object({
  name: requiredText(200).optional(),
  role: enumOf(ROLES).optional(),
  disabled: flag.optional(),
  version: versionField,
});
export type UserCreateInput = z.input<typeof userCreateSchema>;
export type UserUpdateInput = z.input<typeof userUpdateSchema>;
