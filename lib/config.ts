import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { LOCALES, type Locale } from "./i18n/locales";

/**
 * Runtime configuration, validated once. Importable from plain Node (scripts,
 * tests) as well as from Next.js server code. Every message names its variable.
 */
const flag = (name: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return undefined;
      if (["1", "true", "yes", "on"].includes(v.toLowerCase())) return true;
      if (["0", "false", "no", "off"].includes(v.toLowerCase())) return false;
      ctx.addIssue({ code: "custom", message: `${name} must be 1 or 0 (got "${v}")` });
      return z.NEVER;
    });

const envSchema = z
  .object({
    DATABASE_PATH: z.string().min(1, "DATABASE_PATH must not be empty").default("data/tracker.db"),
    PORT: z.coerce
      .number({ message: "PORT must be a number" })
      .int("PORT must be a whole number")
      .min(1, "PORT must be between 1 and 65535")
      .max(65535, "PORT must be between 1 and 65535")
      .default(3000),
    HOSTNAME: z.string().min(1, "HOSTNAME must not be empty").default("0.0.0.0"),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    ADMIN_EMAIL: z.email("ADMIN_EMAIL must be an email address").optional(),
    ADMIN_PASSWORD: z.string().min(8, "ADMIN_PASSWORD must be at least 8 characters").optional(),
    SEED_DEMO: flag("SEED_DEMO"),
    NEXTAUTH_URL: z
      .string()
      .regex(/^https?:\/\/[^\s/]+/i, "NEXTAUTH_URL must be the public address, e.g. https://tracker.example.org")
      .optional(),
    SMTP_URL: z
      .string()
      .regex(
        /^smtps?:\/\/[^\s/]+/i,
        "SMTP_URL must be an smtp:// or smtps:// address, e.g. smtp://user:pass@mail.example.org:587",
      )
      .optional(),
    MAIL_FROM: z
      .string()
      .regex(
        /^([^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/,
        'MAIL_FROM must be an e-mail address, e.g. tracker@example.org or "Treaty Tracker <tracker@example.org>"',
      )
      .optional(),
    DIGEST_SCHEDULE: z.enum(["on", "off"], { message: "DIGEST_SCHEDULE must be on or off" }).optional(),
    BACKUP_DIR: z.string().min(1, "BACKUP_DIR must not be empty").optional(),
    BACKUP_KEEP: z.coerce
      .number({ message: "BACKUP_KEEP must be a number" })
      .int("BACKUP_KEEP must be a whole number")
      .min(1, "BACKUP_KEEP must be at least 1")
      .max(1000, "BACKUP_KEEP must be at most 1000")
      .default(7),
    TRUST_PROXY: flag("TRUST_PROXY"),
    PUBLIC_PORTAL: flag("PUBLIC_PORTAL"),
    DEFAULT_LOCALE: z
      .string()
      .transform((v) => v.trim().toLowerCase())
      .pipe(z.enum(LOCALES, { message: `DEFAULT_LOCALE must be one of ${LOCALES.join(", ")}` }))
      .default("en"),
  })
  .refine((e) => !e.ADMIN_PASSWORD || e.ADMIN_EMAIL, {
    message: "ADMIN_PASSWORD is set but ADMIN_EMAIL is not: set both or neither",
    path: ["ADMIN_EMAIL"],
  })
  .refine((e) => !e.SMTP_URL || e.MAIL_FROM, {
    message: "SMTP_URL is set but MAIL_FROM is not: set the sender address digests are mailed from",
    path: ["MAIL_FROM"],
  });

export type AppConfig = {
  databasePath: string;
  dataDir: string;
  port: number;
  hostname: string;
  adminEmail?: string;
  adminPassword?: string;
  seedDemo?: boolean;
  /** NEXTAUTH_URL without a trailing slash, when set: the origin of links in mail and feeds. */
  publicUrl?: string;
  /** Where digests are mailed through; unset = nothing is mailed. */
  smtpUrl?: string;
  mailFrom?: string;
  /** Whether `npm start` sends due digests and reminders itself (DIGEST_SCHEDULE=off leaves it to cron). */
  digestSchedule: boolean;
  /** Scheduled backups go here (absolute); unset: none. */
  backupDir?: string;
  /** How many scheduled backups are kept; older ones are deleted. */
  backupKeep: number;
  /** Whether X-Forwarded-Host / -Proto / -For come from a reverse proxy we trust. */
  trustProxy: boolean;
  /** The public portal (/public), share links (/s/…) and embeds (/embed/…); PUBLIC_PORTAL=0 answers 404 there. */
  publicPortal: boolean;
  /** The language of a visitor whose profile, cookie and browser name none the tracker speaks. */
  defaultLocale: Locale;
};

export class ConfigError extends Error {}

export function readConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  // Blank values from a shell (`PORT= npm start`) mean "use the default".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const databasePath = path.resolve(e.DATABASE_PATH);
  return {
    databasePath,
    dataDir: path.dirname(databasePath),
    port: e.PORT,
    hostname: e.HOSTNAME,
    adminEmail: e.ADMIN_EMAIL?.toLowerCase(),
    adminPassword: e.ADMIN_PASSWORD,
    seedDemo: e.SEED_DEMO,
    publicUrl: e.NEXTAUTH_URL?.replace(/\/+$/, ""),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    digestSchedule: e.DIGEST_SCHEDULE !== "off",
    backupDir: e.BACKUP_DIR ? path.resolve(e.BACKUP_DIR) : undefined,
    backupKeep: e.BACKUP_KEEP,
    trustProxy: e.TRUST_PROXY ?? false,
    publicPortal: e.PUBLIC_PORTAL ?? true,
    defaultLocale: e.DEFAULT_LOCALE,
  };
}

let cached: AppConfig | undefined;
export function config(): AppConfig {
  cached ??= readConfig();
  return cached;
}

/**
 * AUTH_SECRET, or a secret generated on first run and kept beside the
 * database (mode 0600) so sessions survive restarts. data/ is git-ignored.
 */
export function authSecret(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.AUTH_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32)
      throw new ConfigError("Invalid configuration:\n  - AUTH_SECRET must be at least 32 characters");
    return fromEnv;
  }
  const file = path.join(config().dataDir, ".auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const secret = randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      // Another process wrote it first; use theirs.
      return fs.readFileSync(file, "utf8").trim();
    }
  }
}
