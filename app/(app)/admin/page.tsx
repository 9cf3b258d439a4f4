import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/app/_components/ui/card";
import { RoleRequired } from "@/app/_components/ui/role-required";
import { t } from "@/lib/i18n/messages";
import { can, roleFor } from "@/lib/auth/policy";
import { signedInContext } from "@/lib/context";
import { listApiTokens, listUsersWithVersion } from "@/lib/data/users";
import { AddUserForm } from "./add-user-form";
import { TokenList } from "./token-list";
import { UserRow } from "./user-row";

export async function generateMetadata(): Promise<Metadata> {
  await signedInContext();
  return { title: t("admin.page.title") };
}

export default async function AdminPage() {
  const { db, actor } = await signedInContext();
  if (!can(actor, "user", "read")) return <RoleRequired needed={roleFor("user", "read")} current={actor.role} />;
  const users = listUsersWithVersion(db, actor);
  const tokens = listApiTokens(db, actor);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t("admin.page.title")}</h1>
          <p className="text-slate-600">{t("admin.page.intro")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link
            href="/admin/share-links"
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium"
          >
            {t("share.listTitle")}
          </Link>
          <Link
            href="/admin/archive"
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium"
          >
            {t("bin.link")}
          </Link>
          <Link
            href="/admin/settings"
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium"
          >
            {t("settings.link")}
          </Link>
          <Link
            href="/admin/audit"
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium"
          >
            {t("admin.page.auditLink")}
          </Link>
        </div>
      </header>
      <Card title={t("admin.page.usersTitle")}>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="users-table">
            <thead className="text-slate-500">
              <tr>
                <th className="py-2">{t("admin.page.colEmail")}</th>
                <th className="py-2">{t("admin.page.colName")}</th>
                <th className="py-2">{t("admin.page.colRole")}</th>
                <th className="py-2">{t("admin.page.colAccess")}</th>
                <th className="py-2">
                  <span className="sr-only">{t("admin.page.colSave")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {users.map((u) => (
                <UserRow key={u.id} user={u} isSelf={u.id === actor.id} />
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <Card title={t("admin.tokens.heading")}>
        <p className="mb-2 text-sm text-slate-600">{t("admin.tokens.intro")}</p>
        <TokenList tokens={tokens} now={new Date()} />
      </Card>
      <Card title={t("admin.page.addTitle")}>
        <AddUserForm />
      </Card>
    </div>
  );
}
