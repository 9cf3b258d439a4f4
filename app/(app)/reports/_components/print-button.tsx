"use client";

import { useLocale } from "next-intl";
import { t } from "@/lib/i18n/messages";

const buttonClass =
  "inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50";

/** Opens the browser's print dialog (the page has A4 print styles); "Save as PDF" there works too. */
export function PrintButton() {
  const locale = useLocale();
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass}>
      {t("site.reports.print", {}, locale)}
    </button>
  );
}
