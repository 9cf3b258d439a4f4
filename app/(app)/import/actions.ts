"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { importFile } from "@/lib/data/import-batches";
import type { ThemeChoice } from "@/lib/data/import-suggestions";
import { ValidationError } from "@/lib/errors";
import { t } from "@/lib/i18n/messages";
import { validatedAction } from "@/app/_lib/validated-action";
import { parseImportFileIsolated } from "@/lib/import/isolated-parse";
import { deleteUpload, loadParsed, loadUpload, saveParsed } from "@/lib/uploads/store";
import { expectedHeaders } from "@/lib/import/expected-headers";
import { importChoices } from "@/lib/data/options";
import { applyOverrides, changedGroups, MAX_DETECTED_GROUPS } from "@/lib/import/overrides";

/**
 * The form sends the upload's id (a missing or unknown one reads as an expired upload) and
 * the themes the editor chose in the preview: chips as "line|theme", or "Apply suggestions".
 */
const optionalInt = (max: number) =>
  z.union([z.literal("").transform(() => null), z.coerce.number().int().min(1).max(max)]);
const overrideSchema = z.object({
  key: z.string().max(2_000),
  state: z.string().regex(/^[A-Z]{3}$/),
  body: z.string().regex(/^[A-Z][A-Z0-9-]{0,19}$/),
  session: optionalInt(999),
  cycle: optionalInt(99),
});
const commitSchema = z.object({
  upload: z.string().optional(),
  apply: z.boolean(),
  themes: z.array(z.string().max(500)).max(10_000),
  /** The detected State, body, session and cycle of each group (lib/import/overrides.ts), as the editor left them. */
  overrides: z.array(overrideSchema).max(MAX_DETECTED_GROUPS),
});

/** Rows of the review step's "State, body and session" table, read column by column from the form. */
function overridesFrom(form: FormData) {
  const all = (name: string) => form.getAll(name).map((v) => (typeof v === "string" ? v.trim() : ""));
  const [keys, states, bodies, sessions, cycles] = ["group", "state", "body", "session", "cycle"].map(all);
  return keys.map((key, i) => ({
    key,
    state: states[i] ?? "",
    body: bodies[i] ?? "",
    session: sessions[i] ?? "",
    cycle: cycles[i] ?? "",
  }));
}

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

const remapSchema = z.object({
  upload: z.string().optional(),
  columns: z.array(z.object({ header: z.string().max(1_000), as: z.string().max(200) })).max(1_000),
});

/**
 * Step 2, the column mapping changed by hand: the stored upload is parsed again in the worker, reading
 * each chosen column as the header the format expects, and the new parse replaces the stored one.
 */
export const remapUploadAction = validatedAction(
  {
    access: ["import", "run"],
    schema: remapSchema,
    input: (form) => {
      const as = form.getAll("as");
      return {
        upload: form.get("upload") ?? undefined,
        columns: form.getAll("header").map((header, i) => ({ header, as: as[i] ?? "" })),
      };
    },
  },
  async (data, { actor }) => {
    const upload = loadUpload(data.upload, actor.id);
    if (!upload) throw new ValidationError(t("import.expired"));
    const format = upload.meta.format ?? loadParsed(upload.id, actor.id)?.format ?? undefined;
    const allowed = new Set(expectedHeaders(format ?? null));
    const columns: Record<string, string> = {};
    for (const c of data.columns) {
      if (!c.as || c.as === c.header) continue;
      if (!allowed.has(c.as)) throw new ValidationError(t("work.import.review.unknownColumn"));
      columns[c.header] = c.as;
    }
    saveParsed(upload.id, await parseImportFileIsolated(upload.bytes, upload.meta.fileName, { format, columns }));
    redirect(`/import?upload=${upload.id}`);
  },
);

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
      overrides: overridesFrom(form),
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
    const changed = changedGroups(parsed.records, data.overrides, importChoices(db));
    if (!changed) throw new ValidationError(t("work.import.detectedGroups.unknownCode"));
    applyOverrides(parsed.records, changed);
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
