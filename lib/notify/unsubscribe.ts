import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The digest's unsubscribe link works signed out: it carries the user's id and an
 * HMAC of it under the server's secret (AUTH_SECRET or data/.auth-secret), so
 * nobody can unsubscribe someone else by guessing ids. It does not expire — an
 * old e-mail's link must still work.
 */
const sign = (userId: number, secret: string) =>
  createHmac("sha256", secret).update(`digest-unsubscribe:${userId}`).digest("base64url");

export function unsubscribeUrl(baseUrl: string, userId: number, secret: string): string {
  return `${baseUrl}/unsubscribe?u=${userId}&t=${sign(userId, secret)}`;
}

/** The user id a link names, if its signature is right. */
export function verifyUnsubscribe(
  u: string | null | undefined,
  token: string | null | undefined,
  secret: string,
): number | null {
  if (!u || !token || !/^\d{1,15}$/.test(u)) return null;
  const expected = Buffer.from(sign(Number(u), secret));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given) ? Number(u) : null;
}
