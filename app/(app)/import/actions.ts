"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/session";
import { importFile } from "@/lib/data/import-batches";
import { ValidationError } from "@/lib/errors";
import { t } from "@/lib/i18n/messages";
import { formValues, toActionState, type ActionState } from "@/app/_lib/action-state";
import { deleteUpload, loadUpload } from "./_lib/upload-store";

/**
 * Step 3: commits the stored upload in one transaction (lib/data/import.ts).
 * The form sends only the upload's id; the bytes are re-read from the server
 * and must belong to the signed-in editor. On success the wizard moves to the
 * summary (step 4) at /import?done=<batch id>.
 */
export async function commitUploadAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  let batchId: number | null;
  try {
    const actor = await requireRole("editor");
    const upload = loadUpload(values.upload, actor.id);
    if (!upload) throw new ValidationError(t("import.expired"));
    const run = await importFile(getDb(), actor, upload.bytes, upload.meta.fileName, {
      format: upload.meta.format ?? undefined,
    });
    if (!run.summary)
      throw new ValidationError(
        t("import.refused", { count: run.parsed.issues.filter((i) => i.severity === "error").length }),
      );
    deleteUpload(upload.id);
    batchId = run.summary.batchId;
  } catch (error) {
    return toActionState(error, values);
  }
  redirect(`/import?done=${batchId}`);
}
