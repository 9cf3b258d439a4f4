"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { importFile } from "@/lib/data/import-batches";
import type { ThemeChoice } from "@/lib/data/import-suggestions";
import { ValidationError } from "@/lib/errors";
import { t } from "@/lib/i18n/messages";
import { validatedAction } from "@/app/_lib/validated-action";
import { parseImportFileIsolated } from "@/lib/import/isolated-parse";
import { deleteUpload, loadParsed, loadUpload } from "@/lib/uploads/store";

/**
 * The form sends the upload's id (a missing or unknown one reads as an expired upload) and
 * the themes the editor chose in the preview: chips as "line|theme", or "Apply suggestions".
 */
const commitSchema = z.object({
  upload: z.string().optional(),
  apply: z.boolean(),
  themes: z.array(z.string().max(500)).max(10_000),
});

function themeChoice(apply: boolean, themes: string[]): ThemeChoice {
  const accepted = new Map<number, string[]>();
  for (const value of themes) {
    const cut = value.indexOf("|");
    const line = Number(value.slice(0, cut));
    const name = value.slice(cut + 1).trim();
    if (cut < 1 || !Number.isInteger(line) || !name) continue;
    accepted.set(line, [...(accepted.get(line) ?? []), name]);
  }
  return { applyAll: apply, accepted };
}

/**
 * Step 3: commits the stored upload in one transaction (lib/data/import.ts).
 * The bytes are re-read from the server and must belong to the signed-in
 * editor. On success the wizard moves to the summary (step 4) at /import?done=<batch id>.
 */
export const commitUploadAction = validatedAction(
  {
    access: ["import", "run"],
    schema: commitSchema,
    input: (form) => ({
      upload: form.get("upload") ?? undefined,
      apply: form.get("apply") === "on",
      themes: form.getAll("theme").filter((v) => typeof v === "string"),
    }),
  },
  async (data, { db, actor }) => {
    const upload = loadUpload(data.upload, actor.id);
    if (!upload) throw new ValidationError(t("import.expired"));
    const format = upload.meta.format ?? undefined;
    // Parsed once, in a worker, when the file arrived (./upload/route.ts): the commit uses that result and
    // never parses a file on the server's own thread.
    const parsed =
      loadParsed(upload.id, actor.id) ??
      (await parseImportFileIsolated(upload.bytes, upload.meta.fileName, { format }));
    const run = await importFile(db, actor, upload.bytes, upload.meta.fileName, {
      format,
      themes: themeChoice(data.apply, data.themes),
      parsed,
    });
    if (!run.summary)
      throw new ValidationError(
        t("import.refused", { count: run.parsed.issues.filter((i) => i.severity === "error").length }),
      );
    deleteUpload(upload.id);
    redirect(`/import?done=${run.summary.batchId}`);
  },
);
