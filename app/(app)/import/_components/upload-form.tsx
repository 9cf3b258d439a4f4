import { inputClass } from "@/app/_components/ui/form";
import { t } from "@/lib/i18n/messages";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";
import { IMPORT_FORMATS } from "@/lib/import/types";
import { FORMAT_LABELS } from "../_lib/labels";

const fileInputClass =
  "mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 " +
  "file:py-2 file:text-sm file:font-medium";

/**
 * Step 1. A plain multipart form posted to the upload route (no JavaScript
 * needed); the route stores the file and answers with a redirect to step 2.
 */
export function UploadForm({ error }: { error?: string }) {
  return (
    <form
      method="post"
      action="/import/upload"
      encType="multipart/form-data"
      className="grid gap-4 sm:grid-cols-2"
      data-testid="upload-form"
    >
      <div>
        <label htmlFor="import-file" className="block text-sm font-medium text-slate-700">
          {t("work.import.upload.file")}
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          required
          accept=".csv,.tsv,.txt,.xlsx,.docx"
          aria-describedby="import-file-hint import-file-error"
          aria-invalid={error ? true : undefined}
          className={fileInputClass}
        />
        <p id="import-file-hint" className="mt-1 text-xs text-slate-500">
          {t("import.sizeLimit", { size: MAX_IMPORT_BYTES / 2 ** 20 })}
        </p>
        <p
          id="import-file-error"
          aria-live="polite"
          role={error ? "alert" : undefined}
          className="mt-1 text-sm text-red-700"
          data-testid="upload-error"
        >
          {error}
        </p>
      </div>
      <div>
        <label htmlFor="import-format" className="block text-sm font-medium text-slate-700">
          {t("work.import.upload.format")}
        </label>
        <select
          id="import-format"
          name="format"
          defaultValue=""
          className={inputClass}
          aria-describedby="import-format-hint"
        >
          <option value="">{t("work.import.upload.detect")}</option>
          {IMPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
        <p id="import-format-hint" className="mt-1 text-xs text-slate-500">
          {t("work.import.upload.formatHint")}
        </p>
      </div>
      <div className="sm:col-span-2">
        <button className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white">
          {t("work.import.upload.submit")}
        </button>
        <span className="ml-3 text-xs text-slate-500">{t("work.import.upload.nothingYet")}</span>
      </div>
    </form>
  );
}
