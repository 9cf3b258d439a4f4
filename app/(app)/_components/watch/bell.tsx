import Link from "next/link";
import type { SignedInContext } from "@/lib/context";
import { unreadCount } from "@/lib/data/notifications";
import { formatNumber } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";

const countClass =
  "absolute -right-0.5 -top-0.5 min-w-[1.25rem] rounded-full bg-[#d55e00] px-1 text-center text-[11px] font-semibold leading-5 text-white";

/** The header's bell: a link to /notifications with the number of unread ones, said in words too. */
export function Bell({ ctx }: { ctx: SignedInContext }) {
  const n = ctx.actor.id === null ? 0 : unreadCount(ctx.db, ctx.actor.id);
  const label = n ? t("notifications.bell", { count: n }) : t("notifications.bellNone");
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      data-testid="bell"
      className="relative inline-flex h-9 w-9 items-center justify-center rounded-full text-slate-600 hover:bg-slate-100 hover:text-brand"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {n > 0 && (
        <span data-testid="bell-count" className={countClass}>
          {n > 99 ? "99+" : formatNumber(n)}
        </span>
      )}
    </Link>
  );
}
