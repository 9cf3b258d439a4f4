/**
 * No fact from the future (README, "Vocabulary"): a row whose document date,
 * year, status date, response date or grade date lies after today is an error
 * naming its line and column, so the file is refused and nothing is written —
 * as the forms and the API refuse such a date (lib/validation/common.ts).
 */
import { currentYear, isAfterToday, todayIso } from "../domain/clock";
import type { IssueLog } from "./messages";
import { TRACKER_CSV_HEADERS } from "../tracker-csv/columns";
import type { ColumnMapping, ImportRecord } from "./types";

const headerFor = (mapping: ColumnMapping, field: keyof ImportRecord): string | null =>
  Object.entries(mapping).find(([, f]) => f === field)?.[0] ?? null;

export function refuseFutureDates(records: ImportRecord[], mapping: ColumnMapping, log: IssueLog) {
  const today = todayIso();
  const year = currentYear();
  const dateColumn = headerFor(mapping, "documentDate");
  const yearColumn = headerFor(mapping, "uprSession") ?? headerFor(mapping, "year") ?? dateColumn;
  for (const r of records) {
    const dates: [string | null | undefined, string | null][] = [
      [r.documentDate, dateColumn],
      [r.tracker?.statusDate, TRACKER_CSV_HEADERS.statusDate],
      [r.tracker?.stanceDate, TRACKER_CSV_HEADERS.stanceDate],
      [r.tracker?.gradeDate, TRACKER_CSV_HEADERS.gradeDate],
    ];
    let refused = false;
    for (const [value, column] of dates) {
      if (value && isAfterToday(value, today)) {
        log.error(r.line, column, "cell.dateFuture", { value, today });
        refused = true;
      }
    }
    if (!refused && r.year !== null && r.year > year)
      log.error(r.line, yearColumn, "cell.yearFuture", { year: String(r.year), today });
  }
}
