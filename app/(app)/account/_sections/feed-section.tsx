"use client";

import { useActionState } from "react";
import type { ActionState } from "@/app/_lib/action-state";
import { useLocale } from "next-intl";
import { t } from "@/lib/i18n/messages";
import { createFeedAction, revokeFeedAction } from "./server";

export function FeedControls({ since }: { since: string | null }) {
  const [created, create, creating] = useActionState(createFeedAction, { status: "idle" } as ActionState);
  const [revoked, revoke, revoking] = useActionState(revokeFeedAction, { status: "idle" } as ActionState);
  const locale = useLocale();
  const url = created.status === "success" ? created.values?.url : undefined;
  const live = url ? true : revoked.status === "success" ? false : since !== null;
  return (
    <div className="space-y-3">
      {url ? (
        <div className="rounded-lg border border-green-200 bg-green-50 p-3" data-testid="feed-url">
          <label htmlFor="feed-url" className="text-sm font-medium text-green-900">
            {t("account.feed.created", {}, locale)}
          </label>
          <input
            id="feed-url"
            readOnly
            value={url}
            className="mt-1 block w-full rounded-md border border-green-300 bg-white px-2 py-1.5 font-mono text-xs"
            onFocus={(e) => e.currentTarget.select()}
          />
          <p className="mt-1 text-xs text-green-900">{t("account.feed.copyHint", {}, locale)}</p>
        </div>
      ) : (
        <p className="text-sm text-slate-700">
          {live && since ? t("account.feed.since", { date: since }, locale) : t("account.feed.none", {}, locale)}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <form action={create}>
          <button
            disabled={creating}
            className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
          >
            {live ? t("account.feed.replace", {}, locale) : t("account.feed.create", {}, locale)}
          </button>
        </form>
        {live && (
          <form action={revoke}>
            <button
              disabled={revoking}
              className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-700 hover:bg-slate-50"
            >
              {t("account.feed.revoke", {}, locale)}
            </button>
          </form>
        )}
        <p aria-live="polite" className="text-sm text-slate-700">
          {revoked.status === "success" && !url ? revoked.message : (created.message ?? "")}
        </p>
      </div>
    </div>
  );
}
