/**
 * Names of states and UN bodies in the reader's language. The database keeps each name as
 * recorded (English in every source the tracker imports); English readers see exactly that.
 * Other languages get the ISO 3166 short name in their language (i18n-iso-countries, by the
 * state's alpha-3 code) and the body's name from the catalogue (labels.body.<CODE>), falling
 * back to the recorded name for a state or body they do not know.
 */
import countries from "i18n-iso-countries";
import ru from "i18n-iso-countries/langs/ru.json";
import { rawMessage } from "./catalogue";
import { currentLocale } from "./current-locale";
import { localeOf, type Locale } from "./locales";

countries.registerLocale(ru);

function languageOf(locale?: string | null): Locale {
  return localeOf(locale) ?? currentLocale();
}

export function stateName(code: string | null | undefined, recorded: string, locale?: string | null): string {
  const language = languageOf(locale);
  if (language === "en" || !code) return recorded;
  return countries.getName(code.toUpperCase(), language, { select: "official" }) ?? recorded;
}

export function bodyName(code: string | null | undefined, recorded: string, locale?: string | null): string {
  const language = languageOf(locale);
  if (language === "en" || !code) return recorded;
  return rawMessage(language, `labels.body.${code.toUpperCase()}`) ?? recorded;
}
