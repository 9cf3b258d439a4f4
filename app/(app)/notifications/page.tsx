import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/app/_components/ui/card";
import { getRequestContext, signedInContext } from "@/lib/context";
import { listFollows } from "@/lib/data/follows";
import { listNotifications, NOTIFICATIONS_PAGE } from "@/lib/data/notifications";
import { formatDateTime } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { notificationText } from "@/lib/notify/text";
import { MarkAllRead } from "./mark-all-read";

export async function generateMetadata(): Promise<Metadata> {
  await getRequestContext();
  return { title: t("notifications.title") };
}

type Props = { searchParams: Promise<{ page?: string }> };

export default async function NotificationsPage({ searchParams }: Props) {
  const ctx = await signedInContext();
  const page = Math.max(1, Math.min(10_000, Number((await searchParams).page) || 1));
  const { rows, total, unread } = listNotifications(ctx.db, ctx.actor, { page });
  const pages = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE));
  const followsSomething = rows.length > 0 || listFollows(ctx.db, ctx.actor).length > 0;
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t("notifications.title")}</h1>
          <p className="text-slate-600">{t("notifications.intro")}</p>
        </div>
        {unread > 0 && <MarkAllRead />}
      </header>
      {rows.length === 0 ? (
        <EmptyState title={t("notifications.empty")}>
          {followsSomething ? t("notifications.emptyFollowing") : t("notifications.emptyFollowNothing")}
        </EmptyState>
      ) : (
        <ol
          className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm"
          data-testid="notifications"
        >
          {rows.map((n) => (
            <li
              key={n.id}
              className={`flex gap-3 px-4 py-3 ${n.read ? "" : "bg-brand-soft/40"}`}
              data-testid="notification"
              data-kind={n.kind}
            >
              <span
                aria-hidden="true"
                className={`mt-1.5 inline-block h-2.5 w-2.5 shrink-0 rounded-full ${n.read ? "bg-slate-300" : "bg-[#d55e00]"}`}
              />
              <div className="min-w-0 flex-1">
                <Link href={n.href} className="text-sm text-slate-900 hover:underline">
                  {!n.read && <span className="sr-only">{t("notifications.unread")}: </span>}
                  {notificationText(n)}
                </Link>
                {n.createdAt && (
                  <p className="mt-0.5 text-xs text-slate-500">{formatDateTime(new Date(n.createdAt))}</p>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {pages > 1 && (
        <nav aria-label={t("pager.pageOf", { page, pages })} className="flex gap-3 text-sm">
          {page > 1 && (
            <Link className="text-brand hover:underline" href={`/notifications?page=${page - 1}`}>
              ← {t("notifications.newer")}
            </Link>
          )}
          <span className="text-slate-500">{t("pager.pageOf", { page, pages })}</span>
          {page < pages && (
            <Link className="text-brand hover:underline" href={`/notifications?page=${page + 1}`}>
              {t("notifications.older")} →
            </Link>
          )}
        </nav>
      )}
      <p className="text-sm">
        <Link href="/account" className="text-brand hover:underline">
          {t("notifications.manage")}
        </Link>
      </p>
    </div>
  );
}
