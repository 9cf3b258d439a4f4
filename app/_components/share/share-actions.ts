"use server";

import { headers } from "next/headers";
import { validatedAction } from "@/app/_lib/validated-action";
import type { ActionState } from "@/app/_lib/action-state";
import { createShareLink } from "@/lib/data/share-links";
import { t } from "@/lib/i18n/messages";
import { publicBaseUrl } from "@/lib/public-url";
import { shareLinkCreateSchema } from "@/lib/validation/share-links";
import type { ShareView } from "@/lib/domain/enums";

type Target = { view: ShareView; filters: Record<string, string | string[]>; recommendationId?: number };

/** "Share": a read-only link to this view (lib/data/share-links.ts checks the role and audits it). */
export const createShareLinkAction = validatedAction(
  {
    access: ["shareLink", "create"],
    schema: shareLinkCreateSchema,
    input: (form, _ctx, target: Target) => ({
      ...target,
      frozen: form.get("frozen") === "on",
      expiresAt: (form.get("expiresAt") as string | null) || undefined,
    }),
  },
  async (data, { db, actor }): Promise<ActionState<string>> => {
    const { token } = createShareLink(db, actor, data);
    // The same origin rule as every absolute link the app writes (lib/public-url.ts).
    const h = await headers();
    const origin = publicBaseUrl(new Request(`http://${h.get("host") ?? "localhost"}/`, { headers: h }));
    return { status: "success", message: t("share.created"), current: `${origin}/s/${token}` };
  },
);
