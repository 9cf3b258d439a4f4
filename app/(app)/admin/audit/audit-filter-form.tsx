import Link from "next/link";
import type { AuditQuery } from "@/lib/validation/queries";
import { t } from "@/lib/i18n/messages";

type Option = { value: string; label: string };
const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 font-normal";

/**
 * Filters by person, kind of record, action, words and dates — nobody has to
 * know an id. A record's history (opened from its page) keeps its record in a
 * hidden field, so narrowing it further stays within that record.
 */
export function AuditFilterForm({
  filters,
  options,
}: {
  filters: AuditQuery;
  options: { users: { id: number; email: string; name: string }[]; entities: Option[]; actions: Option[] };
}) {
  return (
    <form
      className="grid grid-cols-1 gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-6"
      method="get"
      role="search"
      aria-label={t("audit.filterLabel")}
    >
      {filters.entityId && filters.entity ? (
        <>
          <input type="hidden" name="entity" value={filters.entity} />
          <input type="hidden" name="entityId" value={filters.entityId} />
        </>
      ) : (
        <label className="text-sm font-medium text-slate-700">
          {t("audit.filter.entity")}
          <select name="entity" defaultValue={filters.entity ?? ""} className={field}>
            <option value="">{t("audit.filter.allEntities")}</option>
            {options.entities.map((e) => (
              <option key={e.value} value={e.value}>
                {e.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="text-sm font-medium text-slate-700">
        {t("audit.filter.user")}
        <select name="user" defaultValue={filters.user ?? ""} className={field}>
          <option value="">{t("audit.filter.everyone")}</option>
          {options.users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.email})
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-700">
        {t("audit.filter.action")}
        <select name="action" defaultValue={filters.action ?? ""} className={field}>
          <option value="">{t("audit.filter.allActions")}</option>
          {options.actions.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-700">
        {t("audit.filter.q")}
        <input
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          placeholder={t("audit.filter.qHint")}
          className={field}
        />
      </label>
      <label className="text-sm font-medium text-slate-700">
        {t("audit.filter.from")}
        <input type="date" name="from" defaultValue={filters.from ?? ""} className={field} />
      </label>
      <label className="text-sm font-medium text-slate-700">
        {t("audit.filter.to")}
        <input type="date" name="to" defaultValue={filters.to ?? ""} className={field} />
      </label>
      <div className="flex gap-2 sm:col-span-2 lg:col-span-6">
        <button className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white">
          {t("audit.filter.apply")}
        </button>
        <Link href="/admin/audit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
          {t("audit.filter.clear")}
        </Link>
      </div>
    </form>
  );
}
