import "server-only";
import type { z } from "zod";
import { eq } from "drizzle-orm";
import type { DB, Executor } from "../../db";
import { organisationSettings, type LogoType, type OrganisationSettingsRow } from "../../db/schema";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { ConflictError } from "../errors";
import { formatBytes } from "../i18n/format";
import { parseInput } from "../validation/common";
import { vmsg } from "../validation/messages";
import { LOGO_MAX_BYTES, settingsUpdateSchema } from "../validation/settings";
import { writeAudit } from "./audit";
import { entityLabel, fieldError, iso, updateVersioned, writeTx } from "./write-helpers";

/** Who runs this tracker, as reports and exports name it; the logo travels as bytes with its type. */
export type Branding = {
  organisationName: string | null;
  disclaimer: string | null;
  logo: { bytes: Buffer; type: LogoType } | null;
};

/** The settings form's view: no logo bytes, only whether there is one; version 0 until first saved. */
export type SettingsDTO = {
  organisationName: string | null;
  disclaimer: string | null;
  logo: { type: LogoType; bytes: number } | null;
  version: number;
  updatedAt: string | null;
};

const ROW_ID = 1;

const toDTO = (r: OrganisationSettingsRow | undefined): SettingsDTO => ({
  organisationName: r?.organisationName ?? null,
  disclaimer: r?.disclaimer ?? null,
  logo: r?.logo && r.logoType ? { type: r.logoType, bytes: r.logo.length } : null,
  version: r?.version ?? 0,
  updatedAt: iso(r?.updatedAt),
});

const rowOf = (db: Executor) => db.select().from(organisationSettings).where(eq(organisationSettings.id, ROW_ID)).get();

/**
 * What every report and export prints on its cover and footer. Not a guarded
 * read: whoever may download a report sees whose report it is.
 */
export function getBranding(db: Executor): Branding {
  const r = rowOf(db);
  return {
    organisationName: r?.organisationName ?? null,
    disclaimer: r?.disclaimer ?? null,
    logo: r?.logo && r.logoType ? { bytes: Buffer.from(r.logo), type: r.logoType } : null,
  };
}

/** The settings as the admin form edits them. */
export function getSettings(db: Executor, actor: Actor | null | undefined): SettingsDTO {
  assertCan(actor, "settings", "read");
  return toDTO(rowOf(db));
}

/** The image type the file's first bytes declare (PNG's signature, JPEG's SOI marker), whatever its name says. */
export function logoTypeOf(bytes: Uint8Array): LogoType | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((b, i) => bytes[i] === b)) return "image/png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  return null;
}

function checkLogo(bytes: Uint8Array): LogoType {
  if (bytes.length === 0) fieldError("logo", vmsg("settings.logoEmpty"));
  if (bytes.length > LOGO_MAX_BYTES)
    fieldError(
      "logo",
      vmsg("settings.logoTooLarge", { size: formatBytes(bytes.length), max: formatBytes(LOGO_MAX_BYTES) }),
    );
  const type = logoTypeOf(bytes);
  if (!type) fieldError("logo", vmsg("settings.logoType"));
  return type;
}

/**
 * Saves the name, disclaimer and (optionally) a new logo or its removal, with
 * the version check (409 on a stale form) and the audit entry in one
 * transaction. The first save inserts the row; a second "first save" racing it
 * finds the row there and is refused like any stale edit.
 */
export function updateSettings(
  db: DB,
  actor: Actor | null | undefined,
  input: z.input<typeof settingsUpdateSchema>,
  logo?: Uint8Array | null,
): SettingsDTO {
  const who = assertCan(actor, "settings", "update");
  const data = parseInput(settingsUpdateSchema, input);
  const logoType = logo && logo.length ? checkLogo(logo) : null;
  const values: Partial<typeof organisationSettings.$inferInsert> = {
    organisationName: data.organisationName || null,
    disclaimer: data.disclaimer || null,
    updatedById: who.id,
  };
  if (logoType) Object.assign(values, { logo: Buffer.from(logo!), logoType });
  else if (data.removeLogo) Object.assign(values, { logo: null, logoType: null });
  return writeTx(db, (tx) => {
    const before = rowOf(tx);
    let after: OrganisationSettingsRow;
    if (!before) {
      if (data.version !== 0)
        throw new ConflictError(vmsg("write.conflict", { entity: entityLabel("settings") }), toDTO(before));
      after = tx
        .insert(organisationSettings)
        .values({ id: ROW_ID, ...values })
        .returning()
        .get();
    } else {
      after = updateVersioned(tx, organisationSettings, "settings", ROW_ID, data.version, values, toDTO);
    }
    const dto = toDTO(after);
    writeAudit(tx, who, before ? "update" : "create", "settings", ROW_ID, before ? toDTO(before) : null, dto);
    return dto;
  });
}
