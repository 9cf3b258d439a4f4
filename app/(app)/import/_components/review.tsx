import Link from "next/link";
import { Card } from "@/app/_components/ui/card";
import { formatNumber } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { hasErrors, type ImportIssue, type ParseResult } from "@/lib/import/types";
import { DELIMITER_LABELS, ENCODING_LABELS, FORMAT_LABELS, fieldLabel } from "../_lib/labels";
import type { UploadMeta } from "@/lib/uploads/store";
import { CommitForm } from "./commit-form";
import { ThemeSuggestions } from "./theme-suggestions";
import type { PreviewSuggestion } from "@/lib/data/import-suggestions";

/** The page cannot usefully list more; the count of the rest is given. */
const MAX_SHOWN_ISSUES = 200;

function Facts({ items, testId }: { items: [string, React.ReactNode, string?][]; testId: string }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4" data-testid={testId}>
      {items.map(([label, value, id]) => (
        <div key={label}>
          <dt className="text-slate-500">{label}</dt>
          <dd className="font-medium text-slate-900 [overflow-wrap:anywhere]" data-testid={id}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Step 2: what the file is, what it holds, what is wrong with it — then the Import button (step 3). */
export function Review({
  upload,
  parsed,
  themes,
}: {
  upload: { id: string; meta: UploadMeta };
  parsed: ParseResult;
  /** Suggested themes for the recommendations that come without any (lib/data/import-suggestions.ts). */
  themes: { untagged: number; rows: PreviewSuggestion[] };
}) {
  const n = (v: number) => formatNumber(v);
  const errors = parsed.issues.filter((i) => i.severity === "error");
  const warnings = parsed.issues.filter((i) => i.severity === "warning");
  const s = parsed.stats;
  const refused = !parsed.format || hasErrors(parsed);
  return (
    <div className="space-y-6">
      <Card title="Detected">
        <Facts
          testId="detected"
          items={[
            [
              "File",
              t("import.fileSize", {
                fileName: upload.meta.fileName,
                size: Math.max(1, Math.round(upload.meta.size / 1024)),
              }),
              "detected-file",
            ],
            ["Format", parsed.format ? FORMAT_LABELS[parsed.format] : "Not recognised", "detected-format"],
            ["Encoding", parsed.encoding ? ENCODING_LABELS[parsed.encoding] : "—", "detected-encoding"],
            ...(parsed.delimiter ? [["Separator", DELIMITER_LABELS[parsed.delimiter]] as [string, string]] : []),
          ]}
        />
        {upload.meta.format && (
          <p className="mt-3 text-xs text-slate-500">
            Read as {FORMAT_LABELS[upload.meta.format]}, as chosen at upload.
          </p>
        )}
      </Card>

      <Card title="Counts">
        <Facts
          testId="counts"
          items={[
            ["Rows read", n(s.rowsRead), "count-rows"],
            ["Recommendations", n(s.recommendations), "count-recommendations"],
            ["Supported", n(s.supported), "count-supported"],
            ["Noted", n(s.noted), "count-noted"],
            ["Supported/Noted", n(s.supportedNoted)],
            ["Rows not imported", n(s.skipped)],
            ["Exact duplicate rows merged", n(s.duplicateRowsMerged)],
            ["Rows of one recommendation by several States, merged", n(s.rowsMergedIntoGroups)],
          ]}
        />
      </Card>

      {parsed.headers.length > 0 && (
        <Card title="Column mapping">
          <p className="mb-2 text-sm text-slate-600">Each column of the file, and the tracker field it fills.</p>
          <table className="w-full max-w-2xl text-left text-sm" data-testid="column-mapping">
            <thead className="text-slate-500">
              <tr>
                <th className="py-1.5">Column in the file</th>
                <th className="py-1.5">Tracker field</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {parsed.headers.map((h, i) => (
                <tr key={`${h}-${i}`}>
                  <td className="py-1.5 font-mono text-xs">{h || `#${i + 1}`}</td>
                  <td className={`py-1.5 ${parsed.mapping[h] ? "text-slate-900" : "text-slate-500"}`}>
                    {fieldLabel(parsed.mapping[h])}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}

      {parsed.preview.length > 0 && (
        <Card title="Preview">
          <p className="mb-2 text-sm text-slate-600">
            {t("import.previewOf", {
              count: parsed.preview.length,
              total: Math.max(s.rowsRead, parsed.preview.length),
            })}
          </p>
          <div className="max-h-[32rem] overflow-auto rounded border border-slate-200">
            <table className="min-w-full text-left text-xs" data-testid="preview-table">
              <thead className="sticky top-0 bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-2 py-1.5">
                    Line
                  </th>
                  {Object.keys(parsed.preview[0].cells).map((h) => (
                    <th key={h} scope="col" className="px-2 py-1.5">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {parsed.preview.map((row) => (
                  <tr key={row.line} className="align-top">
                    <td className="px-2 py-1.5 font-mono text-slate-500">{row.line}</td>
                    {Object.entries(row.cells).map(([h, v]) => (
                      <td key={h} className="max-w-[24rem] px-2 py-1.5">
                        <span className="line-clamp-4 whitespace-pre-line">{v}</span>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      )}

      {!refused && <ThemeSuggestions untagged={themes.untagged} rows={themes.rows} />}

      <Card title="Validation report">
        <p className="mb-2 text-sm" data-testid="issue-counts">
          {t("import.problems", {
            errors: t("import.errors", { count: errors.length }),
            warnings: t("import.warnings", { count: warnings.length }),
          })}
        </p>
        {parsed.issues.length > 0 ? (
          <IssueTable issues={[...errors, ...warnings]} />
        ) : (
          <p className="text-sm text-slate-600">No errors or warnings.</p>
        )}
      </Card>

      <Card title="Import">
        {refused ? (
          <div className="space-y-3" role="alert" data-testid="refused">
            <p className="text-sm font-medium text-red-800">{t("import.refused", { count: errors.length })}</p>
            <p className="text-sm text-slate-600">
              Correct the lines listed in the report above, save the file, and upload it again.
            </p>
            <Link
              href="/import"
              className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium"
            >
              Upload another file
            </Link>
          </div>
        ) : (
          <CommitForm
            uploadId={upload.id}
            hint={t("import.commitHint", { count: s.recommendations })}
            untagged={themes.untagged}
          />
        )}
      </Card>
    </div>
  );
}

function IssueTable({ issues }: { issues: ImportIssue[] }) {
  const shown = issues.slice(0, MAX_SHOWN_ISSUES);
  return (
    <>
      <div className="max-h-96 overflow-auto">
        <table className="w-full text-left text-sm" data-testid="issues">
          <thead className="sticky top-0 bg-white text-slate-500">
            <tr>
              <th className="py-1.5 pr-3">Severity</th>
              <th className="py-1.5 pr-3">Line</th>
              <th className="py-1.5 pr-3">Column</th>
              <th className="py-1.5">Problem</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {shown.map((issue, i) => (
              <tr key={i} className="align-top" data-severity={issue.severity}>
                <td
                  className={`py-1.5 pr-3 font-medium ${issue.severity === "error" ? "text-red-800" : "text-amber-800"}`}
                >
                  {issue.severity === "error" ? "Error" : "Warning"}
                </td>
                <td className="py-1.5 pr-3 font-mono text-xs">{issue.line > 0 ? issue.line : "—"}</td>
                <td className="py-1.5 pr-3">{issue.column ?? "—"}</td>
                <td className="py-1.5">{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {issues.length > shown.length && (
        <p className="mt-2 text-sm text-slate-600">{t("import.moreIssues", { count: issues.length - shown.length })}</p>
      )}
    </>
  );
}
