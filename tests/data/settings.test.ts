import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { getBranding, getSettings, logoTypeOf, updateSettings } from "@/lib/data/settings";
import { LOGO_MAX_BYTES } from "@/lib/validation/settings";
import { freshDb } from "../support/db";
import { actors } from "./fixtures";

let env: ReturnType<typeof freshDb>;
let who: ReturnType<typeof actors>;
beforeEach(() => {
  env = freshDb();
  who = actors(env.db);
});
afterEach(() => env.close());

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const thrown = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected the call to throw");
};

describe("organisation settings", () => {
  it("starts empty, is saved by an admin, versioned and audited", () => {
    expect(getBranding(env.db)).toEqual({ organisationName: null, disclaimer: null, logo: null });
    expect(getSettings(env.db, who.admin).version).toBe(0);
    const saved = updateSettings(
      env.db,
      who.admin,
      {
        organisationName: "  Kazakhstan Bureau for Human Rights ",
        disclaimer: "Not an official UN document.",
        version: 0,
      },
      PNG,
    );
    expect(saved).toMatchObject({
      organisationName: "Kazakhstan Bureau for Human Rights",
      disclaimer: "Not an official UN document.",
      logo: { type: "image/png", bytes: PNG.length },
      version: 1,
    });
    const branding = getBranding(env.db);
    expect(branding.logo?.type).toBe("image/png");
    expect(Buffer.compare(branding.logo!.bytes, PNG)).toBe(0);

    // A second save from the same (now stale) form is refused and changes nothing.
    expect(thrown(() => updateSettings(env.db, who.admin, { organisationName: "Other", version: 0 }))).toBeInstanceOf(
      ConflictError,
    );
    const next = updateSettings(env.db, who.admin, { organisationName: "KIBHR", version: 1 }, JPEG);
    expect(next).toMatchObject({
      organisationName: "KIBHR",
      disclaimer: null,
      logo: { type: "image/jpeg" },
      version: 2,
    });
    const removed = updateSettings(env.db, who.admin, { organisationName: "KIBHR", removeLogo: "true", version: 2 });
    expect(removed.logo).toBeNull();

    const entries = env.db.select().from(auditLog).where(eq(auditLog.entity, "settings")).all();
    expect(entries.map((e) => e.action)).toEqual(["create", "update", "update"]);
    expect(entries[1].after).toMatchObject({ organisationName: "KIBHR" });
  });

  it("is an admin's only: an editor can neither read the form nor save", () => {
    expect(thrown(() => getSettings(env.db, who.editor))).toBeInstanceOf(ForbiddenError);
    expect(thrown(() => updateSettings(env.db, who.editor, { organisationName: "X", version: 0 }))).toBeInstanceOf(
      ForbiddenError,
    );
    expect(getBranding(env.db).organisationName).toBeNull();
  });

  it("takes a logo by its first bytes, not its name, and refuses what is too large, saying why", () => {
    expect(logoTypeOf(PNG)).toBe("image/png");
    expect(logoTypeOf(JPEG)).toBe("image/jpeg");
    expect(logoTypeOf(Buffer.from("GIF89a"))).toBeNull();
    const gif = thrown(() => updateSettings(env.db, who.admin, { version: 0 }, Buffer.from("<svg></svg>")));
    expect(gif).toBeInstanceOf(ValidationError);
    expect((gif as ValidationError).fields.logo?.[0]).toMatch(/PNG or JPEG/);
    const big = Buffer.concat([PNG, Buffer.alloc(LOGO_MAX_BYTES)]);
    const tooLarge = thrown(() => updateSettings(env.db, who.admin, { version: 0 }, big));
    expect((tooLarge as ValidationError).fields.logo?.[0]).toMatch(/the limit is 500 kB/);
    expect(getSettings(env.db, who.admin).version).toBe(0);
  });
});
