import Link from "next/link";
import { Card } from "@/app/_components/ui/card";
import { formatNumber } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { hasErrors, type ImportIssue, type ParseResult } from "@/lib/import/types";
import { DELIMITER_LABELS, ENCODING_LABELS, FORMAT_LABELS, fieldLabel } from "../_lib/labels";
import type { UploadMeta } from "@/lib/uploads/store";
import { CommitForm } from "./commit-form";
import { SkippedRows } from "./skipped-rows";
import { DetectedGroups } from "./detected-groups";
import type { CodeName } from "@/lib/data/options";
import { detectedGroups } from "@/lib/import/overrides";
import { expectedHeaders } from "@/lib/import/expected-headers";
import { MappingForm } from "./mapping-form";
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
  choices,
  alreadyInTracker = 0,
}: {
  upload: { id: string; meta: UploadMeta };
  parsed: ParseResult;
  /** Suggested themes for the recommendations that come without any (lib/data/import-suggestions.ts). */
  themes: { untagged: number; rows: PreviewSuggestion[] };
  /** States and bodies the detected values may be corrected to. */
  choices: { states: CodeName[]; bodies: CodeName[] };
  /** The file's recommendations the tracker already holds (lib/data/import-preview.ts). */
  alreadyInTracker?: number;
}) {
  const n = (v: number) => formatNumber(v);
  const errors = parsed.issues.filter((i) => i.severity === "error");
  const warnings = parsed.issues.filter((i) => i.severity === "warning");
  const s = parsed.stats;
  const refused = !parsed.format || hasErrors(parsed);
  return (
    <div className="space-y-6">
      <Card title={t("work.import.review.detected")}>
        <Facts
          testId="detected"
          items={[
            [
              t("work.import.review.file"),
              t("import.fileSize", {
                fileName: upload.meta.fileName,
                size: Math.max(1, Math.round(upload.meta.size / 1024)),
              }),
              "detected-file",
            ],
            [
              t("work.import.review.format"),
              parsed.format ? FORMAT_LABELS[parsed.format] : t("work.import.review.notRecognised"),
              "detected-format",
            ],
            [
              t("work.import.review.encoding"),
              parsed.encoding ? ENCODING_LABELS[parsed.encoding] : "—",
              "detected-encoding",
            ],
            ...(parsed.delimiter
              ? [[t("work.import.review.separator"), DELIMITER_LABELS[parsed.delimiter]] as [string, string]]
              : []),
          ]}
        />
        {upload.meta.format && (
          <p className="mt-3 text-xs text-slate-500">
            {t("work.import.review.readAs", { format: FORMAT_LABELS[upload.meta.format] })}
          </p>
        )}
      </Card>

      {!refused && parsed.records.length > 0 && (
        <Card title={t("work.import.detectedGroups.title")}>
          <DetectedGroups groups={detectedGroups(parsed.records)} choices={choices} />
        </Card>
      )}

      <Card title={t("work.import.review.counts")}>
        <Facts
          testId="counts"
          items={[
            [t("work.import.review.rowsRead"), n(s.rowsRead), "count-rows"],
            [t("work.import.review.recommendations"), n(s.recommendations), "count-recommendations"],
            [t("work.import.review.supported"), n(s.supported), "count-supported"],
            [t("work.import.review.noted"), n(s.noted), "count-noted"],
            [t("work.import.review.supportedNoted"), n(s.supportedNoted)],
            [t("work.import.review.skipped"), n(s.skipped)],
            [t("work.import.review.duplicates"), n(s.duplicateRowsMerged)],
            [t("work.import.review.groups"), n(s.rowsMergedIntoGroups)],
          ]}
        />
        <div className="mt-4">
          <SkippedRows rows={parsed.skippedRows} total={parsed.skippedRows.length} testId="review-skipped-rows" />
        </div>
      </Card>

      {parsed.headers.length > 0 && (
        <Card title={t("work.import.review.mapping")}>
          <p className="mb-2 text-sm text-slate-600">{t("work.import.review.mappingIntro")}</p>
          {expectedHeaders(parsed.format).length > 0 ? (
            <MappingForm
              uploadId={upload.id}
              expected={expectedHeaders(parsed.format)}
              rows={parsed.headers.map((h, i) => ({
                header: h,
                label: h || t("work.import.review.columnNumber", { n: i + 1 }),
                field: fieldLabel(parsed.mapping[h]),
                mapped: !!parsed.mapping[h],
                current: parsed.columns?.[h] ?? (expectedHeaders(parsed.format).includes(h) ? h : ""),
              }))}
              text={{
                column: t("work.import.review.column"),
                readAs: t("work.import.review.readAsColumn"),
                field: t("work.import.review.trackerField"),
                asInFile: t("work.import.review.asInFile"),
                submit: t("work.import.review.remap"),
                pending: t("work.import.review.remapPending"),
              }}
            />
          ) : (
            <table className="w-full max-w-2xl text-left text-sm" data-testid="column-mapping">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-1.5">{t("work.import.review.column")}</th>
                  <th className="py-1.5">{t("work.import.review.trackerField")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {parsed.headers.map((h, i) => (
                  <tr key={`${h}-${i}`}>
                    <td className="py-1.5 font-mono text-xs">
                      {h || t("work.import.review.columnNumber", { n: i + 1 })}
                    </td>
                    <td className={`py-1.5 ${parsed.mapping[h] ? "text-slate-900" : "text-slate-500"}`}>
                      {fieldLabel(parsed.mapping[h])}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      )}

      {parsed.preview.length > 0 && (
        <Card title={t("work.import.review.preview")}>
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
                    {t("work.import.review.line")}
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

      <Card title={t("work.import.review.report")}>
        <p className="mb-2 text-sm" data-testid="issue-counts">
          {t("import.problems", {
            errors: t("import.errors", { count: errors.length }),
            warnings: t("import.warnings", { count: warnings.length }),
          })}
        </p>
        {parsed.issues.length > 0 ? (
          <IssueTable issues={[...errors, ...warnings]} />
        ) : (
          <p className="text-sm text-slate-600">{t("work.import.review.noIssues")}</p>
        )}
      </Card>

      <Card title={t("work.import.review.importCard")}>
        {refused ? (
          <div className="space-y-3" role="alert" data-testid="refused">
            <p className="text-sm font-medium text-red-800">{t("import.refused", { count: errors.length })}</p>
            <p className="text-sm text-slate-600">{t("work.import.review.correct")}</p>
            <Link
              href="/import"
              className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium"
            >
              {t("work.import.review.uploadAnother")}
            </Link>
          </div>
        ) : (
          <>
            {alreadyInTracker > 0 && (
              <p className="mb-3 text-sm text-slate-700" data-testid="already-in-tracker">
                {t("import.alreadyInTracker", { count: alreadyInTracker })}
              </p>
            )}
            <CommitForm
              uploadId={upload.id}
              hint={t("import.commitHint", { count: s.recommendations })}
              untagged={themes.untagged}
            />
          </>
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
              <th className="py-1.5 pr-3">{t("work.import.review.severity")}</th>
              <th className="py-1.5 pr-3">{t("work.import.review.line")}</th>
              <th className="py-1.5 pr-3">{t("work.import.review.column")}</th>
              <th className="py-1.5">{t("work.import.review.problem")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {shown.map((issue, i) => (
              <tr key={i} className="align-top" data-severity={issue.severity}>
                <td
                  className={`py-1.5 pr-3 font-medium ${issue.severity === "error" ? "text-red-800" : "text-amber-800"}`}
                >
                  {issue.severity === "error" ? t("work.import.review.error") : t("work.import.review.warning")}
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
