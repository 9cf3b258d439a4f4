/**
 * Users CLI (README "Adding users"):
 *   npm run users -- add --email E --name N --role admin|editor|viewer   (password on stdin)
 *   npm run users -- list
 *   npm run users -- token --email E [--label L]                          (token printed last)
 *   npm run users -- passwd --email E                                     (new password on stdin)
 */
import { parseArgs } from "node:util";
import { CLI_BUSY_TIMEOUT_MS, openDatabase } from "../db";
import { ROLES, type Role } from "../db/schema/enums";
import { readConfig } from "../lib/config";
import { AppError } from "../lib/errors";
import { createApiToken, createUser, listUsers, setPassword } from "../lib/data/users";

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
    },
    allowPositionals: false,
  });
  const db = openDatabase(readConfig().databasePath, { busyTimeoutMs: CLI_BUSY_TIMEOUT_MS });

  switch (command) {
    case "add": {
      if (!values.email) fail("Missing --email.");
      if (!values.role || !ROLES.includes(values.role as Role)) fail(`--role must be one of: ${ROLES.join(", ")}.`);
      const password = await readStdin();
      const user = createUser(db, {
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
      const token = createApiToken(db, values.email, values.label ?? null);
      console.log(
        `New API token for ${values.email}. It is shown only now; send it as "Authorization: Bearer <token>".`,
      );
      console.log(token);
      break;
    }
    case "passwd": {
      if (!values.email) fail("Missing --email.");
      setPassword(db, values.email, await readStdin());
      console.log(`Password changed for ${values.email}.`);
      break;
    }
    default:
      fail(
        "Usage: npm run users -- add --email E --name N --role admin|editor|viewer | list | token --email E | passwd --email E",
      );
  }
  db.$client.close();
}

main().catch((e: unknown) =>
  fail(e instanceof AppError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)),
);
