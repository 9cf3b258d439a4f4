/**
 * The interface's sentences: `t(key, params, locale)` over the catalogues in messages/
 * (lib/i18n/catalogue.ts). Named parameters let each language order a sentence its own way.
 */
import { formatMessage, type LeafKeys, type Messages, type Params } from "./catalogue";
import { currentIntlLocale } from "./current-locale";

type InterfaceMessages = Omit<Messages, "exportFile" | "importFile" | "validation">;
export type MessageKey = LeafKeys<InterfaceMessages>;

export function t(key: MessageKey, params: Params = {}, locale = currentIntlLocale()): string {
  return formatMessage(key, params, locale);
}
