import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { t } from "@/lib/i18n/messages";
import { chooseLanguageAction } from "./actions";
import { LanguageSelect } from "./language-select";

/**
 * The language switcher of the header, the sign-in page, the portal and /account: a plain form
 * (it works without scripts: choose, then "Change language"); with scripts the choice applies at once.
 */
export function LanguageSwitcher({ current, id = "language" }: { current: Locale; id?: string }) {
  return (
    <form action={chooseLanguageAction} className="flex items-center gap-1 text-sm" data-testid="language-switcher">
      <label htmlFor={id} className="sr-only">
        {t("language.label", {}, current)}
      </label>
      <LanguageSelect
        id={id}
        current={current}
        options={LOCALES.map((value) => ({ value, name: LOCALE_NAMES[value] }))}
      />
      <noscript>
        <button type="submit" className="rounded border border-slate-300 px-2 py-0.5">
          {t("language.apply", {}, current)}
        </button>
      </noscript>
    </form>
  );
}
