import { blob, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { editable } from "./common";
import { users } from "./users";

export const LOGO_TYPES = ["image/png", "image/jpeg"] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

/**
 * The organisation that runs this tracker, as its reports and exports name it:
 * one row (id 1), written by an admin at /admin/settings (lib/data/settings.ts).
 */
export const organisationSettings = sqliteTable(
  "organisation_settings",
  {
    id: integer("id").primaryKey(),
    organisationName: text("organisation_name"),
    disclaimer: text("disclaimer"),
    logo: blob("logo", { mode: "buffer" }),
    logoType: text("logo_type", { enum: LOGO_TYPES }),
    updatedById: integer("updated_by_id").references(() => users.id),
    ...editable,
  },
  (t) => [index("organisation_settings_updated_by_idx").on(t.updatedById)],
);
export type OrganisationSettingsRow = typeof organisationSettings.$inferSelect;
