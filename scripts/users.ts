/**
 * Users CLI (README "Adding users"):
 *   npm run users -- add --email E --name N --role admin|editor|viewer   (password on stdin)
 *   npm run users -- list
 *   npm run users -- token --email E [--label L] [--expires YYYY-MM-DD]   (token printed last)
 *   npm run users -- tokens --email E                                     (id, created, last used, expiry)
 *   npm run users -- revoke --email E [--token ID]                        (one or all; ends sessions too)
 *   npm run users -- passwd --email E                                     (new password on stdin; ends sessions)
 */
import { parseArgs } from "node:util";
import { CLI_BUSY_TIMEOUT_MS, openDatabase } from "../db";
import { ROLES, type Role } from "../db/schema/enums";
import { readConfig } from "../lib/config";
import { AppError } from "../lib/errors";
import {
  createApiToken,
  createUser,
  listApiTokens,
  listUsers,
  parseExpiryDate,
  revokeApiTokens,
  setPassword,
} from "../lib/data/users";
import { SYSTEM_ACTOR } from "../lib/auth/roles";
import { formatDateTime } from "../lib/i18n/format";

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Password (then Enter, Ctrl-D): ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      label: { type: "string" },
      expires: { type: "string" },
      token: { type: "string" },
    },
    allowPositionals: false,
  });
  const db = openDatabase(readConfig().databasePath, { busyTimeoutMs: CLI_BUSY_TIMEOUT_MS });

  switch (command) {
    case "add": {
      if (!values.email) fail("Missing --email.");
      if (!values.role || !ROLES.includes(values.role as Role)) fail(`--role must be one of: ${ROLES.join(", ")}.`);
      const password = await readStdin();
      const user = await createUser(db, {
        email: values.email,
        name: values.name ?? values.email,
        role: values.role as Role,
        password,
      });
      console.log(`Created ${user.role} ${user.email} (id ${user.id}).`);
      break;
    }
    case "list": {
      const rows = listUsers(db);
      if (rows.length === 0) console.log("No users yet.");
      for (const u of rows)
        console.log(
          `${String(u.id).padStart(4)}  ${u.role.padEnd(6)}  ${u.email}  ${u.name}${u.disabled ? "  (disabled)" : ""}`,
        );
      break;
    }
    case "token": {
      if (!values.email) fail("Missing --email.");
      const expiresAt = values.expires ? parseExpiryDate(values.expires) : null;
      const token = createApiToken(db, values.email, values.label ?? null, SYSTEM_ACTOR, expiresAt);
      console.log(
        `New API token for ${values.email}. It is shown only now; send it as "Authorization: Bearer <token>".`,
      );
      if (expiresAt) console.log(`It stops working at ${formatDateTime(expiresAt)} (${expiresAt.toISOString()}).`);
      console.log(token);
      break;
    }
    case "tokens": {
      if (!values.email) fail("Missing --email.");
      const rows = listApiTokens(db, SYSTEM_ACTOR, values.email);
      if (rows.length === 0) console.log(`No API tokens for ${values.email}.`);
      const when = (d: Date | null, none: string) => (d ? formatDateTime(d) : none);
      const now = Date.now();
      for (const t of rows) {
        const state = t.revokedAt
          ? `revoked ${when(t.revokedAt, "")}`
          : t.expiresAt && t.expiresAt.getTime() <= now
            ? "expired"
            : "active";
        console.log(
          [
            `id ${t.id}`,
            `created ${when(t.createdAt, "")}`,
            `last used ${when(t.lastUsedAt, "never")}`,
            `expires ${when(t.expiresAt, "never")}`,
            state,
            ...(t.label ? [`label ${t.label}`] : []),
          ].join("  "),
        );
      }
      break;
    }
    case "revoke": {
      if (!values.email) fail("Missing --email.");
      let tokenId: number | undefined;
      if (values.token !== undefined) {
        if (!/^\d{1,15}$/.test(values.token)) fail("--token must be a token id, as `tokens --email E` lists them.");
        tokenId = Number(values.token);
      }
      const result = revokeApiTokens(db, SYSTEM_ACTOR, { email: values.email, tokenId });
      console.log(
        `Revoked ${result.revoked} API token${result.revoked === 1 ? "" : "s"} of ${result.email}; ` +
          `ended ${result.sessionsEnded} browser session${result.sessionsEnded === 1 ? "" : "s"}.`,
      );
      break;
    }
    case "passwd": {
      if (!values.email) fail("Missing --email.");
      await setPassword(db, values.email, await readStdin());
      console.log(`Password changed for ${values.email}.`);
      break;
    }
    default:
      fail(
        "Usage: npm run users -- add --email E --name N --role admin|editor|viewer | list | token --email E " +
          "[--expires YYYY-MM-DD] | tokens --email E | revoke --email E [--token ID] | passwd --email E",
      );
  }
  db.$client.close();
}

main().catch((e: unknown) =>
  fail(e instanceof AppError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)),
);
