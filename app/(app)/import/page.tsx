import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/app/_components/ui/card";
import { RoleRequired } from "@/app/_components/ui/role-required";
import { can, roleFor } from "@/lib/auth/policy";
import { requestLocale, signedInContext } from "@/lib/context";
import { getImportBatch, listImportBatches } from "@/lib/data/import-batches";
import { likelyReiterationsForBatch } from "@/lib/data/reiteration-queue";
import { countAlreadyInTracker } from "@/lib/data/import-preview";
import { previewThemeSuggestions, untaggedCount } from "@/lib/data/import-suggestions";
import { importChoices } from "@/lib/data/options";
import { t } from "@/lib/i18n/messages";
import { parseImportFileIsolated } from "@/lib/import/isolated-parse";
import { MAX_IMPORT_BYTES, MAX_ZIP_ENTRY_BYTES, MAX_ZIP_TOTAL_BYTES } from "@/lib/import/limits";
import { importMessage } from "@/lib/import/messages";
import { loadParsed, loadUpload, loadUploadMeta, saveParsed } from "@/lib/uploads/store";
import { RecentImports } from "./_components/recent-imports";
import { Review } from "./_components/review";
import { WizardSteps } from "./_components/steps";
import { ImportDone } from "./_components/summary";
import { UploadForm } from "./_components/upload-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: t("work.import.title", {}, await requestLocale()) };
}
export const dynamic = "force-dynamic";

type SP = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const posInt = (v: string | undefined) => (v && /^\d{1,9}$/.test(v) ? Number(v) : undefined);

/** Sentences for the codes the upload route redirects with (never text from the URL itself). */
function uploadError(code: string | undefined, size: number | undefined): string | undefined {
  if (code === "noFile") return t("import.noFile");
  if (code === "emptyFile") return t("import.emptyFile");
  if (code === "uploadFailed") return t("import.uploadFailed");
  if (code === "tooBig")
    return importMessage("file.tooBig", {
      size: size ?? Math.ceil(MAX_IMPORT_BYTES / 2 ** 20) + 1,
      limit: MAX_IMPORT_BYTES / 2 ** 20,
    });
  if (code === "expired") return t("import.expired");
  if (code === "inflated")
    return t("import.inflated", { entry: MAX_ZIP_ENTRY_BYTES / 2 ** 20, total: MAX_ZIP_TOTAL_BYTES / 2 ** 20 });
  return undefined;
}

async function parseOnce(id: string, userId: number | null) {
  const upload = loadUpload(id, userId);
  if (!upload) return null;
  const parsed = await parseImportFileIsolated(upload.bytes, upload.meta.fileName, {
    format: upload.meta.format ?? undefined,
  });
  saveParsed(upload.id, parsed);
  return parsed;
}

export default async function ImportPage({ searchParams }: { searchParams: Promise<SP> }) {
  const { db, actor } = await signedInContext();
  // Viewers: answer as if the page did not exist (the upload route and the action refuse them too).
  if (!can(actor, "import", "run")) return <RoleRequired needed={roleFor("import", "run")} current={actor.role} />;
  const sp = await searchParams;

  const doneId = posInt(one(sp.done));
  const batch = doneId ? getImportBatch(db, doneId) : null;
  if (doneId && !batch) notFound();

  const uploadId = one(sp.upload);
  const upload = uploadId ? loadUploadMeta(uploadId, actor.id) : null;
  // Parsed once, when the file arrived (app/(app)/import/upload/route.ts); parsed here only for an
  // upload stored before that, and then kept too.
  const parsed = upload ? (loadParsed(upload.id, actor.id) ?? (await parseOnce(upload.id, actor.id))) : null;
  const error = uploadError(uploadId && !upload ? "expired" : one(sp.error), posInt(one(sp.size)));

  const step = batch ? 4 : parsed ? 2 : 1;
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t("work.import.title")}</h1>
          <p className="text-slate-600">{t("work.import.intro")}</p>
        </div>
        <Link href="/import" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium">
          {t("work.import.another")}
        </Link>
      </header>
      <WizardSteps current={step} />
      {batch ? (
        <ImportDone batch={batch} likely={likelyReiterationsForBatch(db, batch.id)} />
      ) : upload && parsed ? (
        <Review
          upload={upload}
          parsed={parsed}
          themes={{ untagged: untaggedCount(parsed.records), rows: previewThemeSuggestions(db, parsed.records) }}
          choices={importChoices(db)}
          alreadyInTracker={countAlreadyInTracker(db, parsed.records)}
        />
      ) : (
        <Card title={t("work.import.uploadCard")}>
          <UploadForm error={error} />
        </Card>
      )}
      {step !== 2 && <RecentImports batches={listImportBatches(db, 20)} />}
    </div>
  );
}
