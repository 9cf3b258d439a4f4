import type { DB } from "../../db";
import { authSecret, type AppConfig } from "../config";
import { currentLocale } from "../i18n/current-locale";
import { INTL_LOCALES, localeOf } from "../i18n/locales";
import { t, type MessageKey } from "../i18n/messages";
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

/** The report as the CLI and the server log print it, in `locale` (the CLI: DEFAULT_LOCALE). */
export function describeReport(r: DigestReport, locale: string = currentLocale()): string[] {
  const say = (key: MessageKey, params: Record<string, string | number> = {}) =>
    t(key, params, INTL_LOCALES[localeOf(locale) ?? "en"]);
  const lines: string[] = [];
  if (r.reminders) lines.push(say("files.mail.run.reminders", { count: r.reminders }));
  if (r.noSmtp && !r.dryRun) lines.push(say("files.mail.run.noSmtp"));
  for (const m of r.mailed)
    lines.push(say("files.mail.run.mailed", { period: m.period, email: m.email, items: m.items }));
  for (const m of r.preview)
    lines.push(say("files.mail.run.wouldMail", { subject: m.subject, to: m.to }), "", m.text, "");
  for (const f of r.failed) lines.push(say("files.mail.run.failed", { email: f.email, error: f.error }));
  if (r.empty) lines.push(say("files.mail.run.empty", { count: r.empty }));
  if (!lines.length) lines.push(say("files.mail.run.nothingDue"));
  return lines;
}
