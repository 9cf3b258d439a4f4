import { randomBytes, scryptSync, timingSafeEqual, createHash } from "node:crypto";

/**
 * Passwords are hashed with scrypt (a memory-hard KDF, built into Node, so no
 * native add-on to compile). Parameters travel with the hash so they can be
 * raised later without invalidating existing accounts.
 */
const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password.normalize("NFC"), salt, KEY_LENGTH, { N, r: R, p: P });
  return ["scrypt", N, R, P, salt.toString("base64url"), hash.toString("base64url")].join("$");
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const actual = scryptSync(password.normalize("NFC"), Buffer.from(salt, "base64url"), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(actual, expected);
}

/** A hash to compare against when the email is unknown, so timing does not reveal which part was wrong. */
export const DUMMY_HASH = hashPassword(randomBytes(12).toString("hex"));

export function generatePassword(): string {
  return randomBytes(12).toString("base64url");
}

/** API tokens: random, shown once, stored as SHA-256 (tokens are high-entropy, so no KDF is needed). */
export function generateApiToken(): string {
  return `tt_${randomBytes(24).toString("base64url")}`;
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
