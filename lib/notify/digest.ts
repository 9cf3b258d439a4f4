import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { DB } from "../../db";
import { digests, userPreferences, users } from "../../db/schema";
import type { DigestFrequency } from "../../db/schema/enums";
import { DUE_KINDS, type CalendarEvent } from "../calendar/kinds";
import { listCalendarEvents } from "../data/calendar";
import { generateDeadlineNotifications, notificationsBetween, type NotificationDTO } from "../data/notifications";
import { DEFAULT_DIGEST } from "../data/me";
import { formatDateTime, formatPartialDate } from "../i18n/format";
import { INTL_LOCALES, isLocale, type Locale } from "../i18n/locales";
import { t as translate, type MessageKey } from "../i18n/messages";
import { runWithLocale } from "../request-locale";
import type { Mail, MailSender } from "./mailer";
import { digestPeriod } from "./periods";
import { notificationText } from "./text";
import { unsubscribeUrl } from "./unsubscribe";

/**
 * The e-mail digest: for every user whose daily or weekly period is due, what is
 * new on what they follow (their notifications since their last digest) and what
 * is due soon (the calendar, 7 days ahead for a daily digest, 30 for a weekly
 * one), with absolute links. Nothing new and nothing due: no mail, and the
 * period is recorded as empty. A period is claimed in the database before its
 * mail is sent (unique per user and period), so two runs at once — cron and the
 * server's own schedule — never send it twice; a failed send gives the claim back.
 * Each mail is in its recipient's language: their profile's (user_preferences.locale),
 * else DEFAULT_LOCALE.
 */
export type DigestOptions = {
  now?: Date;
  dryRun?: boolean;
  /** Where mail goes; null when SMTP_URL is not set (nothing is mailed). */
  send: MailSender | null;
  baseUrl: string;
  /** Signs the unsubscribe links. */
  secret: string;
  /** The language of a recipient who has not chosen one (DEFAULT_LOCALE); English when not given. */
  defaultLocale?: Locale;
};

export type DigestReport = {
  mailed: { email: string; period: string; items: number }[];
  empty: number;
  failed: { email: string; error: string }[];
  reminders: number;
  noSmtp: boolean;
  dryRun: boolean;
  /** In a dry run: the mails that would go out. */
  preview: Mail[];
};

const HORIZON_DAYS = { daily: 7, weekly: 30 } as const;
const DAY = 86_400_000;

type Recipient = {
  id: number;
  email: string;
  name: string;
  digest: Exclude<DigestFrequency, "none">;
  /** The language the mail is written in. */
  locale: Locale;
};

function recipients(db: DB, defaultLocale: Locale): Recipient[] {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      digest: userPreferences.digest,
      locale: userPreferences.locale,
    })
    .from(users)
    .leftJoin(userPreferences, eq(userPreferences.userId, users.id))
    .where(isNull(users.disabledAt))
    .all()
    .map((u) => ({ ...u, digest: u.digest ?? DEFAULT_DIGEST, locale: isLocale(u.locale) ? u.locale : defaultLocale }))
    .filter((u): u is Recipient => u.digest !== "none");
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function composeDigest(
  user: Pick<Recipient, "id" | "email" | "name" | "digest"> & { locale?: Locale },
  news: NotificationDTO[],
  due: CalendarEvent[],
  window: { from: Date; to: Date },
  opts: Pick<DigestOptions, "baseUrl" | "secret">,
): Mail {
  const language = user.locale ?? "en";
  const locale = INTL_LOCALES[language]; // "ru-RU", "en-GB": how its dates are written
  // Every sentence, date and label of this mail in the recipient's language, not the server's.
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => translate(key, params, locale);
  // The heading chooses its plural by `count`: "What is due in the next 7 days", «Сроки в ближайшие 7 дней».
  const dueHeading = (days: number) => t("digest.due", { count: days, days });
  const link = (href: string) => `${opts.baseUrl}${href}`;
  const account = link("/account");
  const unsubscribe = unsubscribeUrl(opts.baseUrl, user.id, opts.secret);
  const subject = t(user.digest === "daily" ? "digest.subject.daily" : "digest.subject.weekly", {
    news: news.length,
    due: due.length,
    date: formatPartialDate(window.to.toISOString().slice(0, 10), locale),
  });
  const period = t("digest.period", {
    from: formatDateTime(window.from, locale),
    to: formatDateTime(window.to, locale),
  });
  const newLines = news.map((n) => ({ text: notificationText(n, locale), url: link(n.href) }));
  const dueLines = due.map((e) => ({
    text: t(e.overdue ? "digest.dueOverdue" : "digest.dueItem", {
      date: formatPartialDate(e.date, locale),
      title: e.title,
    }),
    url: link(e.href),
  }));
  const section = (title: string, lines: { text: string; url: string }[], none: string) => [
    title,
    ...(lines.length ? lines.flatMap((l) => [`- ${l.text}`, `  ${l.url}`]) : [none]),
    "",
  ];
  const text = [
    t("digest.greeting", { name: user.name }),
    "",
    period,
    "",
    ...section(t("digest.new"), newLines, t("digest.noneNew")),
    ...section(dueHeading(HORIZON_DAYS[user.digest]), dueLines, t("digest.noneDue")),
    t("digest.manage", { url: account }),
    t("digest.unsubscribe", { url: unsubscribe }),
  ].join("\n");
  const list = (lines: { text: string; url: string }[], none: string) =>
    lines.length
      ? `<ul>${lines.map((l) => `<li><a href="${escape(l.url)}">${escape(l.text)}</a></li>`).join("")}</ul>`
      : `<p>${escape(none)}</p>`;
  const manageLink = `<a href="${escape(account)}">${escape(t("digest.manageLink"))}</a>`;
  const unsubscribeLink = `<a href="${escape(unsubscribe)}">${escape(t("digest.unsubscribeLink"))}</a>`;
  const html = `<!doctype html><html lang="${language}"><body style="font-family: sans-serif; color: #1e293b; line-height: 1.5">
<p>${escape(t("digest.greeting", { name: user.name }))}</p>
<p style="color: #475569">${escape(period)}</p>
<h2 style="font-size: 16px">${escape(t("digest.new"))}</h2>
${list(newLines, t("digest.noneNew"))}
<h2 style="font-size: 16px">${escape(dueHeading(HORIZON_DAYS[user.digest]))}</h2>
${list(dueLines, t("digest.noneDue"))}
<p style="font-size: 13px; color: #475569">${manageLink} · ${unsubscribeLink}</p>
</body></html>`;
  return {
    to: user.email,
    subject,
    text,
    html,
    // RFC 8058 one-click unsubscribe: mail clients POST to this address.
    headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

/** Sends every digest that is due at `now` (and first makes the deadline reminders due by then). */
export async function sendDueDigests(db: DB, opts: DigestOptions): Promise<DigestReport> {
  const now = opts.now ?? new Date();
  const report: DigestReport = {
    mailed: [],
    empty: 0,
    failed: [],
    reminders: 0,
    noSmtp: !opts.send,
    dryRun: !!opts.dryRun,
    preview: [],
  };
  if (!opts.dryRun) report.reminders = generateDeadlineNotifications(db, now).created;
  if (!opts.send && !opts.dryRun) return report;
  const today = now.toISOString().slice(0, 10);
  for (const user of recipients(db, opts.defaultLocale ?? "en")) {
    const period = digestPeriod(user.digest, now);
    const seen = db
      .select({ id: digests.id })
      .from(digests)
      .where(and(eq(digests.userId, user.id), eq(digests.period, period.key)))
      .get();
    if (seen) continue;
    const last = db
      .select({ windowEnd: digests.windowEnd })
      .from(digests)
      .where(and(eq(digests.userId, user.id), sql`${digests.status} <> 'sending'`))
      .orderBy(desc(digests.windowEnd))
      .get();
    const window = { from: last?.windowEnd ?? new Date(now.getTime() - period.lengthMs), to: now };
    const news = notificationsBetween(db, user.id, window.from, window.to);
    const horizon = new Date(now.getTime() + HORIZON_DAYS[user.digest] * DAY).toISOString().slice(0, 10);
    // The events' titles are sentences too ("Action due — …"): built in the recipient's language.
    const due = runWithLocale(
      user.locale,
      () =>
        listCalendarEvents(db, { from: today, to: horizon, kind: [...DUE_KINDS], followedBy: user.id }, today).events,
    );
    const items = news.length + due.length;
    const row = { userId: user.id, period: period.key, windowStart: window.from, windowEnd: window.to, items };
    if (!items) {
      if (!opts.dryRun)
        db.insert(digests)
          .values({ ...row, status: "empty" })
          .onConflictDoNothing()
          .run();
      report.empty++;
      continue;
    }
    const mail = composeDigest(user, news, due, window, opts);
    if (opts.dryRun || !opts.send) {
      report.preview.push(mail);
      continue;
    }
    // Claim the period first: whoever inserts the row sends the mail.
    const claim = db
      .insert(digests)
      .values({ ...row, status: "sending" })
      .onConflictDoNothing()
      .returning()
      .get();
    if (!claim) continue;
    try {
      await opts.send(mail);
      db.update(digests).set({ status: "sent", sentAt: new Date() }).where(eq(digests.id, claim.id)).run();
      report.mailed.push({ email: user.email, period: period.key, items });
    } catch (e) {
      // Give the period back so the next run tries again.
      db.delete(digests).where(eq(digests.id, claim.id)).run();
      report.failed.push({ email: user.email, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return report;
}
