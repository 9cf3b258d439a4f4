import { Notice } from "@/app/_components/ui/notice";
import { t } from "@/lib/i18n/messages";

/** A missing page or record, inside the app's header and navigation. */
export default function AppNotFound() {
  return (
    <Notice
      testId="not-found"
      title={t("notFound.title")}
      links={[
        { href: "/", label: t("notFound.home") },
        { href: "/recommendations", label: t("notFound.search") },
      ]}
    >
      <p>{t("notFound.body")}</p>
    </Notice>
  );
}
