import Link from "next/link";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { t } from "@/lib/i18n/messages";

/**
 * "History of this record": the audit entries about one record (for a
 * recommendation, with its responses, grades, assessments and links). The
 * audit log is for admins (lib/auth/policy.ts), so only they see the link.
 */
export function RecordHistoryLink({ actor, entity, id }: { actor: Actor; entity: string; id: number }) {
  if (!can(actor, "audit", "read")) return null;
  return (
    <Link
      href={`/admin/audit?entity=${encodeURIComponent(entity)}&entityId=${id}`}
      className="no-print text-sm text-brand hover:underline"
      data-testid="record-history-link"
    >
      {t("audit.historyLink")}
    </Link>
  );
}
