import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/app/_components/ui/card";
import { RoleRequired } from "@/app/_components/ui/role-required";
import { can, roleFor } from "@/lib/auth/policy";
import { signedInContext } from "@/lib/context";
import { getBranding, getSettings } from "@/lib/data/settings";
import { formatDateTime } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { SettingsForm } from "./settings-form";

export async function generateMetadata(): Promise<Metadata> {
  await signedInContext();
  return { title: t("settings.title") };
}

export default async function SettingsPage() {
  const { db, actor } = await signedInContext();
  if (!can(actor, "settings", "read"))
    return <RoleRequired needed={roleFor("settings", "read")} current={actor.role} />;
  const settings = getSettings(db, actor);
  const { logo } = getBranding(db);
  const logoSrc = logo ? `data:${logo.type};base64,${logo.bytes.toString("base64")}` : null;
  return (
    <div className="max-w-3xl space-y-6">
      <header>
        <Link href="/admin" className="text-sm text-brand hover:underline">
          {t("admin.settings.back")}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">{t("settings.title")}</h1>
        <p className="text-slate-600">{t("settings.intro")}</p>
        {settings.updatedAt && (
          <p className="mt-1 text-xs text-slate-500">
            {t("settings.lastChanged", { date: formatDateTime(new Date(settings.updatedAt)) })}
          </p>
        )}
      </header>
      <Card title={t("settings.title")}>
        <SettingsForm settings={settings} logoSrc={logoSrc} />
      </Card>
    </div>
  );
}
