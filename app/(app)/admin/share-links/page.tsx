import type { Metadata } from "next";
import { Card } from "@/app/_components/ui/card";
import { RoleRequired } from "@/app/_components/ui/role-required";
import { ShareLinkTable } from "@/app/_components/share/share-link-table";
import { can, roleFor } from "@/lib/auth/policy";
import { signedInContext } from "@/lib/context";
import { listShareLinks, shareLinkFilterWords } from "@/lib/data/share-links";
import { t } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  await signedInContext();
  return { title: t("share.listTitle") };
}

/** Everyone's share links (admins): what was shared, how often it was opened, until when. */
export default async function AdminShareLinksPage() {
  const { db, actor } = await signedInContext();
  const links = listShareLinks(db, actor, { all: true });
  if (!can(actor, "anyShareLink", "read"))
    return <RoleRequired needed={roleFor("anyShareLink", "read")} current={actor.role} />;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold text-slate-900">{t("share.listTitle")}</h1>
      <Card title={t("share.listTitle")}>
        <ShareLinkTable links={links} filterWords={shareLinkFilterWords(db, links)} showOwner />
      </Card>
    </div>
  );
}
