/**
 * Words and sentences of the export files and the PDF report, with named
 * parameters so a Russian catalogue can reorder them (same conventions as
 * lib/i18n/messages.ts: plural forms via Intl.PluralRules, years never grouped).
 */
import { formatMessage, type LeafKeys, type Messages } from "../i18n/catalogue";
import { currentIntlLocale } from "../i18n/current-locale";

export type ExportMessageKey = LeafKeys<Messages["exportFile"]>;
type Params = Record<string, string | number>;

export function exportMessage(key: ExportMessageKey, params: Params = {}, locale = currentIntlLocale()): string {
  return formatMessage(`exportFile.${key}`, params, locale);
}
