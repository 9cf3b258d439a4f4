"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { importFile } from "@/lib/data/import-batches";
import { ValidationError } from "@/lib/errors";
import { t } from "@/lib/i18n/messages";
import { validatedAction } from "@/app/_lib/validated-action";
import { deleteUpload, loadUpload } from "./_lib/upload-store";

/** The form sends only the upload's id; a missing or unknown one reads as an expired upload. */
const commitSchema = z.object({ upload: z.string().optional() });

/**
 * Step 3: commits the stored upload in one transaction (lib/data/import.ts).
 * The bytes are re-read from the server and must belong to the signed-in
 * editor. On success the wizard moves to the summary (step 4) at /import?done=<batch id>.
 */
export const commitUploadAction = validatedAction(
  { access: ["import", "run"], schema: commitSchema },
  async (data, { db, actor }) => {
    const upload = loadUpload(data.upload, actor.id);
    if (!upload) throw new ValidationError(t("import.expired"));
    const run = await importFile(db, actor, upload.bytes, upload.meta.fileName, {
      format: upload.meta.format ?? undefined,
    });
    if (!run.summary)
      throw new ValidationError(
        t("import.refused", { count: run.parsed.issues.filter((i) => i.severity === "error").length }),
      );
    deleteUpload(upload.id);
    redirect(`/import?done=${run.summary.batchId}`);
  },
);
