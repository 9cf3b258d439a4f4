"use client";

import { useId, useState } from "react";
import { useLocale } from "next-intl";
import { t } from "@/lib/i18n/messages";

/**
 * The facets behind a "Filters" button on a phone, so the results come first;
 * from the lg breakpoint they are always shown beside the results. A button
 * with aria-expanded and aria-controls (the WAI-ARIA disclosure pattern):
 * Enter and Space toggle it like any button.
 */
export function FiltersDisclosure({ active, children }: { active: number; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const locale = useLocale();
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex w-full items-center justify-between rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 lg:hidden"
        data-testid="filters-toggle"
      >
        <span>
          {t("filters.toggle", {}, locale)}
          {active > 0 && (
            <span className="ml-2 text-slate-500">{t("filters.activeCount", { count: active }, locale)}</span>
          )}
        </span>
        <span aria-hidden="true">{open ? "▴" : "▾"}</span>
      </button>
      <div id={id} className={`${open ? "mt-3 block" : "hidden"} lg:mt-0 lg:block`} data-testid="facets">
        {children}
      </div>
    </>
  );
}
