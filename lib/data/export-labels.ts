import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db";
import type { FilterLabel, SourceCredit } from "../export/types";
import { formatPartialDate } from "../i18n/format";
import { currentIntlLocale } from "../i18n/current-locale";
import { GRADE_LABELS, notAssessedLabel, STANCE_LABELS, STATUS_LABELS } from "../labels";
import type { SearchFilters } from "../search/filters";
import { institutionNames } from "./institutions";

/**
 * The filters of an export or report in words ("State" → "Kazakhstan"), for
 * the XLSX "About this export" sheet, the PDF cover and the printable report,
 * and the sources those files credit. Sentences have named parameters so a
 * Russian catalogue can reorder them; lists use Intl.ListFormat ("or", since
 * values within one filter are alternatives).
 */
const messagesEn = {
  "filter.q": "Search",
  "filter.state": "State",
  "filter.body": "Body",
  "filter.cycle": "Review cycle",
  "filter.period": "Period",
  "filter.status": "Status",
  "filter.stance": "Latest state response",
  "filter.grade": "Follow-up grade",
  "filter.theme": "Theme",
  "filter.affected": "Affected persons",
  "filter.sdg": "SDG target",
  "filter.institution": "Responsible institution",
  "filter.only": "Only",
  "filter.allBodies": "All bodies",
  "filter.allYears": "All years",
  "period.between": "{from} – {to}",
  "period.from": "From {from}",
  "period.to": "Until {to}",
  "value.quoted": "“{q}”",
  "value.body": "{name} ({code})",
  "value.grade": "{letter} ({meaning})",
  "value.notGraded": "Not graded",
  "value.noResponse": "No response recorded",
  "flag.reiterated": "reiterated from an earlier cycle",
  "flag.overdue": "follow-up overdue",
  "flag.noresponse": "no state response yet",
  "flag.outstanding": "outstanding",
  "source.document": "{publisher}: “{title}” ({date})",
  "source.documentUndated": "{publisher}: “{title}”",
  "source.un":
    "UN documents cited by symbol: OHCHR treaty body database and Universal Human Rights Index (uhri.ohchr.org)",
} as const;
type Key = keyof typeof messagesEn;

function m(key: Key, params: Record<string, string | number> = {}): string {
  return messagesEn[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

const or = (values: string[], locale: string) => new Intl.ListFormat(locale, { type: "disjunction" }).format(values);
const and = (values: string[], locale: string) => new Intl.ListFormat(locale, { type: "conjunction" }).format(values);

function namesFor(db: Executor, table: "states" | "bodies", codes: string[]): Map<string, string> {
  if (!codes.length) return new Map();
  const rows = db.all<{ code: string; name: string }>(
    sql`SELECT code, name FROM ${sql.identifier(table)} WHERE code IN (${sql.join(
      codes.map((c) => sql`${c}`),
      sql`, `,
    )})`,
  );
  return new Map(rows.map((r) => [r.code, r.name]));
}

/**
 * Each active filter as a label and its value in words; `always` adds "Body: All bodies" and
 * "Period: All years" when unset (for reports).
 */
export function describeFilters(
  db: Executor,
  f: SearchFilters,
  { locale = currentIntlLocale(), always = false } = {},
): FilterLabel[] {
  const out: FilterLabel[] = [];
  const states = namesFor(db, "states", f.state);
  const bodies = namesFor(db, "bodies", f.body);
  if (f.q) out.push({ label: m("filter.q"), value: m("value.quoted", { q: f.q }) });
  if (f.state.length)
    out.push({
      label: m("filter.state"),
      value: or(
        f.state.map((c) => states.get(c) ?? c),
        locale,
      ),
    });
  if (f.body.length)
    out.push({
      label: m("filter.body"),
      value: or(
        f.body.map((c) => (bodies.has(c) ? m("value.body", { name: bodies.get(c)!, code: c }) : c)),
        locale,
      ),
    });
  else if (always) out.push({ label: m("filter.body"), value: m("filter.allBodies") });
  if (f.cycle.length)
    out.push({
      label: m("filter.cycle"),
      value: or(
        f.cycle.map((c) => new Intl.NumberFormat(locale).format(c)),
        locale,
      ),
    });
  const year = (y: number) => String(y);
  if (f.from !== undefined && f.to !== undefined)
    out.push({ label: m("filter.period"), value: m("period.between", { from: year(f.from), to: year(f.to) }) });
  else if (f.from !== undefined)
    out.push({ label: m("filter.period"), value: m("period.from", { from: year(f.from) }) });
  else if (f.to !== undefined) out.push({ label: m("filter.period"), value: m("period.to", { to: year(f.to) }) });
  else if (always) out.push({ label: m("filter.period"), value: m("filter.allYears") });
  if (f.status.length)
    out.push({
      label: m("filter.status"),
      value: or(
        f.status.map((s) => (s === "none" ? notAssessedLabel() : STATUS_LABELS[s])),
        locale,
      ),
    });
  if (f.stance.length)
    out.push({
      label: m("filter.stance"),
      value: or(
        f.stance.map((s) => (s === "none" ? m("value.noResponse") : STANCE_LABELS[s])),
        locale,
      ),
    });
  if (f.grade.length) {
    out.push({
      label: m("filter.grade"),
      value: or(
        f.grade.map((g) =>
          g === "none" ? m("value.notGraded") : m("value.grade", { letter: g, meaning: GRADE_LABELS[g] }),
        ),
        locale,
      ),
    });
  }
  if (f.theme.length) out.push({ label: m("filter.theme"), value: or(f.theme, locale) });
  if (f.affected.length) out.push({ label: m("filter.affected"), value: or(f.affected, locale) });
  if (f.sdg.length) out.push({ label: m("filter.sdg"), value: or(f.sdg, locale) });
  if (f.institution.length) {
    const names = institutionNames(db, f.institution);
    out.push({
      label: m("filter.institution"),
      value: or(
        f.institution.map((id) => names.get(id) ?? String(id)),
        locale,
      ),
    });
  }
  const flags = (["reiterated", "overdue", "noresponse", "outstanding"] as const)
    .filter((k) => f[k])
    .map((k) => m(`flag.${k}`));
  if (flags.length) out.push({ label: m("filter.only"), value: and(flags, locale) });
  return out;
}

/**
 * Sources to credit: every non-UN document with a publisher recorded for the
 * states in question (all states when none is chosen) — the demo data's
 * Forum 18 licence asks for exactly this — then the UN databases.
 */
export function creditedSources(db: Executor, stateCodes: string[], locale = currentIntlLocale()): SourceCredit[] {
  const where = stateCodes.length
    ? sql`AND d.state_id IN (SELECT id FROM states WHERE code IN (${sql.join(
        stateCodes.map((c) => sql`${c}`),
        sql`, `,
      )}))`
    : sql``;
  const docs = db.all<{ publisher: string; title: string; date: string | null; url: string | null }>(sql`
    SELECT d.publisher, d.title, d.date, d.url FROM documents d
    WHERE d.publisher IS NOT NULL AND d.archived_at IS NULL ${where}
    ORDER BY d.date DESC, d.id LIMIT 12`);
  return [
    ...docs.map((d) => ({
      title: d.date
        ? m("source.document", { publisher: d.publisher, title: d.title, date: formatPartialDate(d.date, locale) })
        : m("source.documentUndated", { publisher: d.publisher, title: d.title }),
      url: d.url,
    })),
    { title: m("source.un"), url: null },
  ];
}
