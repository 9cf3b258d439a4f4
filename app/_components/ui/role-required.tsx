import type { Role } from "@/lib/domain/enums";
import { t } from "@/lib/i18n/messages";
import { vocabularyLabel } from "@/lib/labels";
import { Notice } from "./notice";

/**
 * What a page shows someone whose role is too low for it (instead of a bare
 * 404): which role it needs and how to get it. The page's actions and the data
 * layer refuse that person too; this only explains.
 */
export function RoleRequired({ needed, current }: { needed: Role; current: Role }) {
  // Mid-sentence, a role reads in lower case ("needs the editor role", «нужна роль «редактор»»).
  const role = (r: Role) => vocabularyLabel("role", r).toLocaleLowerCase();
  return (
    <Notice
      testId="role-required"
      title={t("role.title", { role: role(needed) })}
      links={[{ href: "/", label: t("role.back") }]}
    >
      <p>{t("role.body", { current: role(current) })}</p>
    </Notice>
  );
}
