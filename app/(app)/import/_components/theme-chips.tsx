"use client";

import { useState } from "react";
import { useLocale } from "next-intl";
import { t } from "@/lib/i18n/messages";

const chipClass =
  "rounded-full border px-3 py-1 text-xs font-medium focus-visible:outline focus-visible:outline-2 " +
  "focus-visible:outline-offset-2 focus-visible:outline-brand";

/** The commit form's id: chips put their choice into it from outside. */
export const COMMIT_FORM_ID = "import-commit";

/**
 * Suggested themes for one imported recommendation that has none: each chip is
 * a toggle (a button with aria-pressed, so Enter and Space work); a pressed chip
 * sends "line|theme" with the commit form, and only pressed chips are applied.
 */
export function ImportThemeChips({ line, names, reasons }: { line: number; names: string[]; reasons: string[] }) {
  const locale = useLocale();
  const [chosen, setChosen] = useState<string[]>([]);
  const toggle = (name: string) =>
    setChosen((now) => (now.includes(name) ? now.filter((n) => n !== name) : [...now, name]));
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("suggestions.importChipsLabel", { line }, locale)}>
      {names.map((name, i) => {
        const on = chosen.includes(name);
        return (
          <li key={name}>
            <button
              type="button"
              aria-pressed={on}
              title={reasons[i]}
              onClick={() => toggle(name)}
              className={`${chipClass} ${
                on ? "border-brand bg-brand text-white" : "border-brand/40 bg-white text-brand hover:bg-slate-50"
              }`}
            >
              <span aria-hidden="true">{on ? "✓ " : "+ "}</span>
              {name}
            </button>
            {on && <input type="hidden" name="theme" value={`${line}|${name}`} form={COMMIT_FORM_ID} />}
          </li>
        );
      })}
    </ul>
  );
}
