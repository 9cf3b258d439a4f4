"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { sameOriginPath } from "@/lib/auth/callback-url";
import { getRequestContext } from "@/lib/context";
import { updateMe } from "@/lib/data/me";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";
import { enumOf } from "@/lib/validation/common";

const choiceSchema = z.object({ locale: enumOf(LOCALES), returnTo: z.string().max(2000).optional() });

/** A year: the choice outlives sessions, as a language choice should. */
const COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * The language switcher's action, for everyone: the choice goes into the NEXT_LOCALE cookie and,
 * for a signed-in user, into the profile too (audited through updateMe), so it follows them to
 * other devices and survives sign-out. Then back to the page the switcher was on.
 */
export async function chooseLanguageAction(form: FormData): Promise<void> {
  const parsed = choiceSchema.safeParse({
    locale: form.get("locale"),
    returnTo: form.get("returnTo") ?? undefined,
  });
  const back = sameOriginPath(
    parsed.data?.returnTo ?? (await headers()).get("referer")?.replace(/^https?:\/\/[^/]+/i, ""),
  );
  if (!parsed.success) redirect(back);
  const { locale } = parsed.data;
  const { db, actor } = await getRequestContext();
  if (actor?.id) updateMe(db, actor, { locale });
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: COOKIE_MAX_AGE_SECONDS,
    sameSite: "lax",
    httpOnly: false,
  });
  redirect(back);
}
