import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/policy";
import { requestLocale, signedInContext } from "@/lib/context";
import { t } from "@/lib/i18n/messages";
import { ENTITIES } from "./registry";

export async function generateMetadata(): Promise<Metadata> {
  return { title: t("work.records.title", {}, await requestLocale()) };
}

export default async function RecordsIndex() {
  const { actor } = await signedInContext();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">{t("work.records.title")}</h1>
        <p className="text-slate-600">{t("work.records.intro")}</p>
        {can(actor, "archive", "read") && (
          <Link href="/admin/archive" className="mt-2 inline-block text-sm text-brand hover:underline">
            {t("bin.link")}
          </Link>
        )}
      </header>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {Object.entries(ENTITIES).map(([key, cfg]) => (
          <li key={key}>
            <Link
              href={`/records/${key}`}
              className="block h-full rounded-xl border border-slate-200 bg-white p-5 shadow-sm hover:border-brand"
            >
              <h2 className="font-semibold text-brand">{cfg.plural}</h2>
              <p className="mt-1 text-sm text-slate-600">{cfg.description}</p>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
