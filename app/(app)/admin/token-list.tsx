import { EmptyState } from "@/app/_components/ui/card";
import type { ApiTokenDTO } from "@/lib/data/users";
import { formatDateTime } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { RevokeTokenButton } from "./revoke-token-button";

/** Every API token: whose, when made, last used, expiry, state; each active one can be revoked. */
export function TokenList({ tokens, now }: { tokens: ApiTokenDTO[]; now: Date }) {
  if (tokens.length === 0)
    return (
      <EmptyState title={t("admin.tokens.empty")}>
        <code className="text-xs">npm run users -- token --email EMAIL</code>
      </EmptyState>
    );
  return (
    <ul className="divide-y divide-slate-100" data-testid="tokens-list">
      {tokens.map((token) => {
        const expired = token.expiresAt != null && token.expiresAt.getTime() <= now.getTime();
        const state = token.revokedAt
          ? t("admin.tokens.revoked", { date: formatDateTime(token.revokedAt) })
          : expired
            ? t("admin.tokens.expired")
            : t("admin.tokens.active");
        return (
          <li key={token.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
            <div className="min-w-0 text-sm">
              <p className="font-medium break-words text-slate-900">
                {t("admin.tokens.title", { id: String(token.id), email: token.email })}
                {token.label ? <span className="font-normal text-slate-600"> · {token.label}</span> : null}
              </p>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-slate-600">
                <dt>{t("admin.tokens.created")}</dt>
                <dd>{formatDateTime(token.createdAt)}</dd>
                <dt>{t("admin.tokens.lastUsed")}</dt>
                <dd>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t("admin.tokens.never")}</dd>
                <dt>{t("admin.tokens.expires")}</dt>
                <dd>{token.expiresAt ? formatDateTime(token.expiresAt) : t("admin.tokens.noExpiry")}</dd>
                <dt>{t("admin.tokens.state")}</dt>
                <dd>{state}</dd>
              </dl>
            </div>
            {/* Rendered for every token, so the confirmation stays on screen after the button goes. */}
            <RevokeTokenButton
              tokenId={token.id}
              userId={token.userId}
              canRevoke={!token.revokedAt && !expired}
              label={t("admin.tokens.revoke")}
              accessibleLabel={t("admin.tokens.revokeLabel", { id: String(token.id), email: token.email })}
            />
          </li>
        );
      })}
    </ul>
  );
}
