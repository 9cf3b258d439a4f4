/**
 * The columns of the tracker's own CSV export, in order, with their English
 * headers: the one contract the exporter (lib/export/columns.ts) and the importer
 * (lib/import/tracker-csv.ts) both depend on, so an exported file always reads
 * back ("a full round trip").
 * Multi-value cells (themes, affected persons, SDGs, references, recommending states) are joined with "; ".
 */
export const TRACKER_CSV_COLUMN_KEYS = [
  "id",
  "symbol",
  "paragraph",
  "body",
  "stateCode",
  "stateName",
  "cycle",
  "date",
  "text",
  "themes",
  "affectedPersons",
  "sdgs",
  "currentStatus",
  "statusDate",
  "latestStance",
  "stanceDate",
  "stanceQuote",
  "latestGrade",
  "latestGradeAsWritten",
  "gradeDate",
  "reiterates",
  "reiteratedBy",
  "outstandingSince",
  "responsibleInstitutions",
  "url",
  // Appended after "Link": every earlier column keeps its position for scripts that read by index.
  "subject",
  "uprPosition",
  "uprPositionAsWritten",
  "recommendingStates",
  "uprActionCategory",
] as const;
export type TrackerColumnKey = (typeof TRACKER_CSV_COLUMN_KEYS)[number];

export const TRACKER_CSV_HEADERS: Record<TrackerColumnKey, string> = {
  id: "ID",
  symbol: "Document symbol",
  paragraph: "Paragraph",
  body: "Body",
  stateCode: "State code",
  stateName: "State",
  cycle: "Cycle",
  date: "Date",
  text: "Recommendation text",
  themes: "Themes",
  affectedPersons: "Affected persons",
  sdgs: "SDG targets",
  currentStatus: "Current status",
  statusDate: "Status date",
  latestStance: "Latest state response",
  stanceDate: "Response date",
  stanceQuote: "Response quote",
  latestGrade: "Follow-up grade",
  latestGradeAsWritten: "Follow-up grade (as written)",
  gradeDate: "Grade date",
  reiterates: "Reiterates",
  reiteratedBy: "Reiterated by",
  outstandingSince: "Outstanding since",
  responsibleInstitutions: "Responsible institutions",
  url: "Link",
  subject: "Subject",
  uprPosition: "UPR position",
  uprPositionAsWritten: "UPR position (as written)",
  recommendingStates: "Recommending states",
  uprActionCategory: "UPR action category",
};

export const TRACKER_LIST_SEPARATOR = "; ";

/** Columns a file must have to be read as the tracker's CSV. */
export const TRACKER_REQUIRED_KEYS: readonly TrackerColumnKey[] = ["body", "stateCode", "text"];
