import type { NotificationDTO } from "../data/notifications";
import { formatPartialDate } from "../i18n/format";
import { t } from "../i18n/messages";
import { STANCE_LABELS, STATUS_LABELS } from "../labels";

/** A notification in words, for the page, the bell's list and the e-mail digest. */
export function notificationText(n: Pick<NotificationDTO, "kind" | "params">, locale?: string): string {
  const p = n.params;
  const str = (k: string) => String(p[k] ?? "");
  const on = { recommendation: str("recommendation"), state: str("state"), body: str("body") };
  switch (n.kind) {
    case "response":
      return t(
        "notification.response",
        { ...on, stance: STANCE_LABELS[str("detail") as keyof typeof STANCE_LABELS] ?? str("detail") },
        locale,
      );
    case "grade":
      return t("notification.grade", { ...on, grade: str("detail") }, locale);
    case "assessment":
      return t(
        "notification.assessment",
        { ...on, status: STATUS_LABELS[str("detail") as keyof typeof STATUS_LABELS] ?? str("detail") },
        locale,
      );
    case "evidence":
      return p.recommendation
        ? t("notification.evidence", { ...on, title: str("detail") }, locale)
        : t("notification.evidenceState", { state: str("state"), title: str("detail") }, locale);
    case "due_30":
    case "due_7":
    case "due_1":
      return t(`notification.${n.kind}`, { title: str("title"), date: formatPartialDate(str("date"), locale) }, locale);
    case "overdue":
      return t("notification.overdue", { title: str("title"), date: formatPartialDate(str("date"), locale) }, locale);
  }
}
