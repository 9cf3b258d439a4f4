import type { Metadata } from "next";
import { authSecret } from "@/lib/config";
import { getRequestContext } from "@/lib/context";
import { getUserById } from "@/lib/data/users";
import { t } from "@/lib/i18n/messages";
import { verifyUnsubscribe } from "@/lib/notify/unsubscribe";

export async function generateMetadata(): Promise<Metadata> {
  await getRequestContext();
  return { title: t("unsubscribe.title") };
}
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** The digest's unsubscribe link: works signed out; one button, so a link preview changes nothing. */
export default async function UnsubscribePage({ searchParams }: Props) {
  const sp = await searchParams;
  const userId = verifyUnsubscribe(sp.u, sp.t, authSecret());
  const { db } = await getRequestContext();
  const user = userId === null ? null : getUserById(db, userId);
  return (
    <main className="mx-auto max-w-lg px-4 py-16">
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold text-slate-900">{t("unsubscribe.title")}</h1>
        {!user ? (
          <p className="mt-3 text-slate-700">{t("unsubscribe.invalid")}</p>
        ) : sp.done ? (
          <p role="status" className="mt-3 text-green-800" data-testid="unsubscribed">
            {t("unsubscribe.done", { email: user.email })}
          </p>
        ) : (
          <form
            method="post"
            action={`/api/unsubscribe?u=${encodeURIComponent(sp.u!)}&t=${encodeURIComponent(sp.t!)}`}
            className="mt-3 space-y-4"
          >
            <p className="text-slate-700">{t("unsubscribe.confirm", { email: user.email })}</p>
            <button className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white">
              {t("unsubscribe.button")}
            </button>
          </form>
        )}
      </div>
    </main>
  );
}
