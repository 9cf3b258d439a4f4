"use client";

import { useActionState } from "react";
import { idle } from "@/app/_lib/action-state";
import { Field, FormMessage, inputClass } from "@/app/_components/ui/form";
import type { SettingsDTO } from "@/lib/data/settings";
import { formatBytes } from "@/lib/i18n/format";
import { useLocale } from "next-intl";
import { t } from "@/lib/i18n/messages";
import { LOGO_MAX_BYTES } from "@/lib/validation/settings";
import { saveSettingsAction } from "./actions";

export function SettingsForm({ settings, logoSrc }: { settings: SettingsDTO; logoSrc: string | null }) {
  const [state, action, pending] = useActionState(saveSettingsAction, idle);
  const locale = useLocale();
  const v = state.status === "success" ? {} : (state.values ?? {});
  return (
    <form action={action} className="grid gap-4" data-testid="settings-form">
      <input type="hidden" name="version" value={settings.version} />
      <Field
        name="organisationName"
        label={t("settings.name", {}, locale)}
        hint={t("settings.nameHint", {}, locale)}
        errors={state.fieldErrors}
      >
        {(p) => (
          <input {...p} defaultValue={v.organisationName ?? settings.organisationName ?? ""} className={inputClass} />
        )}
      </Field>
      <Field
        name="disclaimer"
        label={t("settings.disclaimer", {}, locale)}
        hint={t("settings.disclaimerHint", {}, locale)}
        errors={state.fieldErrors}
      >
        {(p) => (
          <textarea {...p} rows={4} defaultValue={v.disclaimer ?? settings.disclaimer ?? ""} className={inputClass} />
        )}
      </Field>
      <div className="space-y-2">
        {settings.logo && logoSrc ? (
          <figure className="flex flex-wrap items-center gap-3">
            {/* A data: URL of the stored bytes; next/image cannot optimise it and need not. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img
              src={logoSrc}
              alt={t("settings.logo", {}, locale)}
              className="h-12 w-auto rounded border border-slate-200 bg-white p-1"
            />
            <figcaption className="text-sm text-slate-600">
              {t("settings.logoCurrent", { size: formatBytes(settings.logo.bytes, locale) }, locale)}
            </figcaption>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="removeLogo" value="true" />
              {t("settings.removeLogo", {}, locale)}
            </label>
          </figure>
        ) : (
          <p className="text-sm text-slate-600">{t("settings.logoNone", {}, locale)}</p>
        )}
        <Field
          name="logo"
          label={t("settings.logo", {}, locale)}
          hint={t("settings.logoHint", { max: formatBytes(LOGO_MAX_BYTES, locale) }, locale)}
          errors={state.fieldErrors}
        >
          {(p) => <input {...p} type="file" accept="image/png,image/jpeg" className={inputClass} />}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          disabled={pending}
          className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
        >
          {pending ? t("settings.saving", {}, locale) : t("settings.save", {}, locale)}
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
