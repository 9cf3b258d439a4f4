import { EmptyState } from "@/app/_components/ui/card";
import type { FilterLabel } from "@/lib/export/types";
import type { ShareLinkDTO } from "@/lib/data/share-links";
import { todayIso } from "@/lib/domain/clock";
import { formatDateTime, formatNumber, formatPartialDate } from "@/lib/i18n/format";
import { type MessageKey } from "@/lib/i18n/messages";
import { t } from "@/lib/i18n/messages";
import { revokeShareLinkAction } from "./revoke-actions";
import { RevokeButton } from "./revoke-button";

function describe(l: ShareLinkDTO): string {
  const view = t(`share.view.${l.view}` as MessageKey);
  const state = l.filters.state;
  const states = Array.isArray(state) ? state.map(String).join(", ") : typeof state === "string" ? state : "";
  const detail = l.recommendationId ? `#${l.recommendationId}` : states;
  return detail ? t("admin.share.describe", { view, detail }) : view;
}

/** Share links with their views, filters, opens and expiry; `showOwner` on the admin list. */
export function ShareLinkTable({
  links,
  filterWords,
  showOwner = false,
}: {
  links: ShareLinkDTO[];
  /** lib/data/share-links.ts `shareLinkFilterWords`. */
  filterWords: Map<number, FilterLabel[]>;
  showOwner?: boolean;
}) {
  if (!links.length) return <EmptyState title={t("share.none")} />;
  const today = todayIso();
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] text-left text-sm" data-testid="share-links">
        <thead>
          <tr className="border-b border-slate-200 text-slate-600">
            <th scope="col" className="py-1 pr-3 font-medium">
              {t("share.colView")}
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              {t("share.colKind")}
            </th>
            {showOwner && (
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("share.colBy")}
              </th>
            )}
            <th scope="col" className="py-1 pr-3 font-medium">
              {t("share.colMade")}
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              {t("share.colOpens")}
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              {t("share.colExpires")}
            </th>
            <th scope="col" className="py-1 font-medium">
              {t("share.colStatus")}
            </th>
          </tr>
        </thead>
        <tbody>
          {links.map((l) => {
            const expired = !!l.expiresAt && l.expiresAt < today;
            return (
              <tr key={l.id} className="border-b border-slate-100">
                <td className="py-1 pr-3">
                  {describe(l)}
                  {(filterWords.get(l.id) ?? []).map((f) => (
                    <span key={f.label} className="block text-xs text-slate-500" data-testid="share-link-filter">
                      {t("admin.share.filterLine", { label: f.label, value: f.value })}
                    </span>
                  ))}
                </td>
                <td className="py-1 pr-3">{l.frozen ? t("share.frozen") : t("share.liveKind")}</td>
                {showOwner && <td className="py-1 pr-3">{l.createdBy ?? "—"}</td>}
                <td className="py-1 pr-3">{formatDateTime(new Date(l.createdAt))}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{formatNumber(l.opens)}</td>
                <td className="py-1 pr-3">{l.expiresAt ? formatPartialDate(l.expiresAt) : t("share.noExpiry")}</td>
                <td className="py-1">
                  {l.revoked ? (
                    t("share.revoked")
                  ) : expired ? (
                    t("share.expired")
                  ) : (
                    <span className="flex items-center gap-2">
                      {t("share.active")} <RevokeButton action={revokeShareLinkAction.bind(null, l.id)} />
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
