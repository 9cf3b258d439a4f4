import type { NotificationDTO } from "../data/notifications";
import { formatPartialDate } from "../i18n/format";
import { t } from "../i18n/messages";
import { STANCES, STATUSES } from "../../db/schema/enums";
import { vocabularyLabel } from "../labels";

/** A stored vocabulary key in words, or the value as stored when it is none of them. */
const label = (vocabulary: "stance" | "status", keys: readonly string[], value: string, locale?: string) =>
  keys.includes(value) ? vocabularyLabel(vocabulary, value, locale) : value;

/** A notification in words, for the page, the bell's list and the e-mail digest (in `locale`, else the request's). */
export function notificationText(n: Pick<NotificationDTO, "kind" | "params">, locale?: string): string {
  const p = n.params;
  const str = (k: string) => String(p[k] ?? "");
  const on = { recommendation: str("recommendation"), state: str("state"), body: str("body") };
  switch (n.kind) {
    case "response":
      return t("notification.response", { ...on, stance: label("stance", STANCES, str("detail"), locale) }, locale);
    case "grade":
      return t("notification.grade", { ...on, grade: str("detail") }, locale);
    case "assessment":
      return t("notification.assessment", { ...on, status: label("status", STATUSES, str("detail"), locale) }, locale);
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
