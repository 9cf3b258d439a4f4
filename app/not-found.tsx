import { Notice } from "@/app/_components/ui/notice";
import { requestLocale } from "@/lib/context";
import { t } from "@/lib/i18n/messages";

/** A 404 outside the signed-in app (the (app) group has its own, inside its chrome). */
export default async function NotFound() {
  // The reader's language before the first sentence (lib/i18n/current-locale.ts).
  await requestLocale();
  return (
    <main className="px-4 py-10">
      <Notice
        testId="not-found"
        title={t("notFound.title")}
        links={[
          { href: "/", label: t("notFound.home") },
          { href: "/login", label: t("notFound.signIn") },
        ]}
      >
        <p>{t("notFound.body")}</p>
      </Notice>
    </main>
  );
}
