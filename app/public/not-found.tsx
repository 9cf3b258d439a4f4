import { Notice } from "@/app/_components/ui/notice";
import { requestLocale } from "@/lib/context";
import { t } from "@/lib/i18n/messages";

/**
 * A 404 on the portal, inside its own header (app/public/layout.tsx): the ways on stay on the
 * portal, since a visitor here has no account to sign in with and no dashboard to go to.
 */
export default async function PublicNotFound() {
  // The reader's language before the first sentence (lib/i18n/current-locale.ts).
  await requestLocale();
  return (
    <Notice
      testId="not-found"
      title={t("public.notFound")}
      links={[
        { href: "/public", label: t("public.notFoundHome") },
        { href: "/public/recommendations", label: t("public.allRecommendations") },
      ]}
    >
      <p>{t("public.notFoundBody")}</p>
    </Notice>
  );
}
