/**
 * `t()` that also knows the admin.* messages of messages/<language>/pages-admin.json. The shared
 * Messages type (lib/i18n/catalogue.ts) does not list that file yet; once it does, this wrapper
 * is `t` itself and its importers can import from "@/lib/i18n/messages" again.
 */
import type enPagesAdmin from "@/messages/en/pages-admin.json";
import type { LeafKeys, Params } from "@/lib/i18n/catalogue";
import { t as translate, type MessageKey } from "@/lib/i18n/messages";

export type AdminMessageKey = LeafKeys<typeof enPagesAdmin>;

export function t(key: MessageKey | AdminMessageKey, params: Params = {}, locale?: string): string {
  return translate(key as MessageKey, params, locale);
}
