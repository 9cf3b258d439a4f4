import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db";
import type { FilterLabel, SourceCredit } from "../export/types";
import { exportMessage, type ExportMessageKey } from "../export/messages";
import { formatPartialDate } from "../i18n/format";
import { currentIntlLocale } from "../i18n/current-locale";
import { bodyName, stateName } from "../i18n/place-names";
import { notAssessedLabel, vocabularyLabel } from "../labels";
import type { SearchFilters } from "../search/filters";
import { institutionNames } from "./institutions";

/**
 * The filters of an export or report in words ("State" → "Kazakhstan"), for
 * the XLSX "About this export" sheet, the PDF cover and the printable report,
 * and the sources those files credit. Sentences have named parameters so a
 * Russian catalogue can reorder them; lists use Intl.ListFormat ("or", since
 * values within one filter are alternatives).
 */
// The words live in messages/<language>/export.json (exportFile.describe.*), in the file's language.
type Described<K> = K extends `describe.${infer Rest}` ? Rest : never;
type Key = Described<ExportMessageKey>;
const wordsIn =
  (locale: string) =>
  (key: Key, params: Record<string, string | number> = {}): string =>
    exportMessage(`describe.${key}` as ExportMessageKey, params, locale);

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
  const m = wordsIn(locale);
  const out: FilterLabel[] = [];
  const states = namesFor(db, "states", f.state);
  const bodies = namesFor(db, "bodies", f.body);
  if (f.q) out.push({ label: m("filter.q"), value: m("value.quoted", { q: f.q }) });
  if (f.state.length)
    out.push({
      label: m("filter.state"),
      value: or(
        f.state.map((c) => (states.has(c) ? stateName(c, states.get(c)!, locale) : c)),
        locale,
      ),
    });
  if (f.body.length)
    out.push({
      label: m("filter.body"),
      value: or(
        f.body.map((c) =>
          bodies.has(c) ? m("value.body", { name: bodyName(c, bodies.get(c)!, locale), code: c }) : c,
        ),
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
        f.status.map((s) => (s === "none" ? notAssessedLabel(locale) : vocabularyLabel("status", s, locale))),
        locale,
      ),
    });
  if (f.stance.length)
    out.push({
      label: m("filter.stance"),
      value: or(
        f.stance.map((s) => (s === "none" ? m("value.noResponse") : vocabularyLabel("stance", s, locale))),
        locale,
      ),
    });
  if (f.grade.length) {
    out.push({
      label: m("filter.grade"),
      value: or(
        f.grade.map((g) =>
          g === "none"
            ? m("value.notGraded")
            : m("value.grade", { letter: g, meaning: vocabularyLabel("grade", g, locale) }),
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
  const m = wordsIn(locale);
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
