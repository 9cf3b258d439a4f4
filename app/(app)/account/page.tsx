import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/app/_components/ui/card";
import { config } from "@/lib/config";
import { signedInContext } from "@/lib/context";
import { calendarFeedSince } from "@/lib/data/calendar-feeds";
import { listFollows } from "@/lib/data/follows";
import { getMe } from "@/lib/data/me";
import { formatDateTime } from "@/lib/i18n/format";
import { LOCALE_NAMES } from "@/lib/i18n/locales";
import { t } from "@/lib/i18n/messages";
import { ROLE_LABELS } from "@/lib/labels";
import { LanguageSwitcher } from "@/app/_components/language/language-switcher";
import { ShareLinkTable } from "@/app/_components/share/share-link-table";
import { listShareLinks, shareLinkFilterWords } from "@/lib/data/share-links";
import { FollowForm } from "../_components/watch/follow-form";
import { unfollowAction } from "../_components/watch/server";
import { DigestForm } from "./_sections/digest-section";
import { FeedControls } from "./_sections/feed-section";

export async function generateMetadata(): Promise<Metadata> {
  await signedInContext();
  return { title: t("account.title") };
}

/**
 * The user's own page, as sections that can grow (language, share links …):
 * the e-mail digest, the personal calendar feed, what they follow.
 */
export default async function AccountPage() {
  const ctx = await signedInContext();
  const me = getMe(ctx.db, ctx.actor);
  const since = calendarFeedSince(ctx.db, me.id);
  const follows = listFollows(ctx.db, ctx.actor);
  const myLinks = listShareLinks(ctx.db, ctx.actor);
  const mailReady = !!config().smtpUrl;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">{t("account.title")}</h1>
        <p className="text-slate-600">{t("account.intro")}</p>
        <p className="mt-1 text-sm text-slate-500">
          {t("account.signedInAs", { name: me.name, email: me.email, role: ROLE_LABELS[me.role] })}
        </p>
      </header>

      <section id="digest" aria-labelledby="digest-title">
        <Card title={<span id="digest-title">{t("account.digest.title")}</span>}>
          {!mailReady && (
            <p
              role="note"
              className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900"
              data-testid="no-smtp"
            >
              {t("account.digest.noSmtp")}
            </p>
          )}
          <DigestForm digest={me.digest} />
          <p className="mt-2 text-xs text-slate-500">{t("account.digest.to", { email: me.email })}</p>
        </Card>
      </section>

      <section id="language" aria-labelledby="language-title">
        <Card title={<span id="language-title">{t("admin.account.language.title")}</span>}>
          <p className="mb-3 text-sm text-slate-600">{t("admin.account.language.intro")}</p>
          <LanguageSwitcher current={ctx.locale} id="account-language" />
          <p className="mt-2 text-xs text-slate-500" data-testid="profile-language">
            {me.locale
              ? t("admin.account.language.kept", { language: LOCALE_NAMES[me.locale] })
              : t("admin.account.language.notKept")}
          </p>
        </Card>
      </section>

      <section id="share-links" aria-labelledby="share-links-title">
        <Card title={<span id="share-links-title">{t("share.listTitle")}</span>}>
          <ShareLinkTable links={myLinks} filterWords={shareLinkFilterWords(ctx.db, myLinks)} />
        </Card>
      </section>

      <section id="calendar-feed" aria-labelledby="feed-title">
        <Card title={<span id="feed-title">{t("account.feed.title")}</span>}>
          <p className="mb-3 text-sm text-slate-600">{t("account.feed.intro")}</p>
          <FeedControls since={since ? formatDateTime(since) : null} />
        </Card>
      </section>

      <section id="follows" aria-labelledby="follows-title">
        <Card title={<span id="follows-title">{t("account.follows.title")}</span>}>
          {follows.length === 0 ? (
            <p className="text-sm text-slate-600">{t("account.follows.none")}</p>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="follows">
              {follows.map((f) => {
                const name = f.state?.name ?? f.body?.name ?? f.recommendation?.title ?? "";
                return (
                  <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span className="text-sm">
                      <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">
                        {t(`account.follows.${f.kind}`)}
                      </span>
                      <Link href={f.href} className="text-brand hover:underline">
                        {name}
                      </Link>
                    </span>
                    <FollowForm following name={name} action={unfollowAction.bind(null, f.id)} />
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
      </section>
    </div>
  );
}
