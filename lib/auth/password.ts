import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/**
 * Passwords are hashed with scrypt (a memory-hard KDF, built into Node, so no
 * native add-on to compile). Parameters travel with the hash so they can be
 * raised later without invalidating existing accounts: a hash made with weaker
 * ones is replaced at the next successful sign-in (`needsRehash`).
 *
 * The asynchronous scrypt runs on libuv's thread pool, so a sign-in never stops
 * the server answering other requests while the key is derived.
 */
const PRODUCTION_LOG2_N = 17;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

/**
 * The cost factor as log2(N). Tests may lower it with TEST_SCRYPT_LOG2_N (each hash at
 * N = 2^17 takes a few hundred milliseconds); it is honoured only when NODE_ENV is "test",
 * so a production server always hashes at full strength.
 */
export function scryptLog2N(env: Record<string, string | undefined> = process.env): number {
  const lowered = Number(env.TEST_SCRYPT_LOG2_N);
  if (env.NODE_ENV === "test" && Number.isInteger(lowered) && lowered >= 4 && lowered <= PRODUCTION_LOG2_N)
    return lowered;
  return PRODUCTION_LOG2_N;
}

/** scrypt needs 128·N·r bytes; Node's default ceiling (32 MB) is below that at N = 2^17. */
const maxmemFor = (n: number, r: number) => 128 * n * r + 16 * 1024 * 1024;

function derive(password: string, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFC"), salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const n = 2 ** scryptLog2N();
  const salt = randomBytes(16);
  const hash = await derive(password, salt, KEY_LENGTH, { N: n, r: R, p: P, maxmem: maxmemFor(n, R) });
  return ["scrypt", n, R, P, salt.toString("base64url"), hash.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const N = Number(n);
  const rr = Number(r);
  const actual = await derive(password, Buffer.from(salt, "base64url"), expected.length, {
    N,
    r: rr,
    p: Number(p),
    maxmem: maxmemFor(N, rr),
  });
  return timingSafeEqual(actual, expected);
}

/** Whether a stored hash was made with weaker parameters than a new one would be. */
export function needsRehash(stored: string): boolean {
  const [scheme, n, r, p] = stored.split("$");
  return scheme !== "scrypt" || Number(n) < 2 ** scryptLog2N() || Number(r) < R || Number(p) < P;
}

let dummy: Promise<string> | null = null;
/**
 * A hash to compare against when the email is unknown, so timing does not reveal which
 * part was wrong. Made on first use rather than at import, so loading this module costs nothing.
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(12).toString("hex"));
  return dummy;
}

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
