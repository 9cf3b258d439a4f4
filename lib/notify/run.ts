import type { DB } from "../../db";
import { authSecret, type AppConfig } from "../config";
import { configuredBaseUrl } from "../public-url";
import { sendDueDigests, type DigestReport } from "./digest";
import { smtpSender, type MailSender } from "./mailer";

/** `npm run digest` and the server's schedule: the digests due now, with this configuration. */
export function runDigests(
  db: DB,
  cfg: AppConfig,
  opts: { now?: Date; dryRun?: boolean; send?: MailSender | null } = {},
): Promise<DigestReport> {
  const send = opts.send !== undefined ? opts.send : cfg.smtpUrl ? smtpSender(cfg.smtpUrl, cfg.mailFrom!) : null;
  return sendDueDigests(db, {
    now: opts.now,
    dryRun: opts.dryRun,
    send,
    baseUrl: configuredBaseUrl(cfg),
    secret: authSecret(),
    defaultLocale: cfg.defaultLocale,
  });
}

/** The report as the CLI and the server log print it. */
export function describeReport(r: DigestReport): string[] {
  const lines: string[] = [];
  if (r.reminders) lines.push(`Deadline reminders made: ${r.reminders}.`);
  if (r.noSmtp && !r.dryRun) lines.push("SMTP_URL is not set: no digest was mailed.");
  for (const m of r.mailed) lines.push(`Mailed ${m.period} to ${m.email} (${m.items} items).`);
  for (const m of r.preview) lines.push(`Would mail "${m.subject}" to ${m.to}:`, "", m.text, "");
  for (const f of r.failed) lines.push(`Could not mail ${f.email}: ${f.error}`);
  if (r.empty) lines.push(`Nothing new or due for ${r.empty} user(s): no mail.`);
  if (!lines.length) lines.push("No digest is due.");
  return lines;
}
