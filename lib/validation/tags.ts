import { z } from "zod";
import { TAG_KINDS } from "../../db/schema/enums";
import { enumOf, requiredText, versionField } from "./common";

/** Themes, affected persons and SDG targets, curated by admins. */
export const tagCreateSchema = z.object({ kind: enumOf(TAG_KINDS), name: requiredText(200) });
export const tagUpdateSchema = z.object({ name: requiredText(200).optional(), version: versionField });
export type TagCreateInput = z.input<typeof tagCreateSchema>;
export type TagUpdateInput = z.input<typeof tagUpdateSchema>;
