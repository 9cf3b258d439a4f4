import type { Role } from "@/lib/domain/enums";
import { t } from "@/lib/i18n/messages";
import { Notice } from "./notice";

/**
 * What a page shows someone whose role is too low for it (instead of a bare
 * 404): which role it needs and how to get it. The page's actions and the data
 * layer refuse that person too; this only explains.
 */
export function RoleRequired({ needed, current }: { needed: Role; current: Role }) {
  return (
    <Notice
      testId="role-required"
      title={t("role.title", { role: needed })}
      links={[{ href: "/", label: t("role.back") }]}
    >
      <p>{t("role.body", { current })}</p>
    </Notice>
  );
}
