/**
 * The one shape every import format is normalised into, so the
 * wizard, the CLI and lib/data/import.ts never care which file it came from.
 */
import type { GradeLetter, Stance, Status, UprPosition } from "../../db/schema/enums";

export const IMPORT_FORMATS = ["upr-info", "ohchr-docx", "uhri", "tracker-csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type TextEncodingName =
  "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252" | "windows-1251" | "macintosh";
/** Binary containers report what they are instead of a text encoding. */
export type ImportEncoding = TextEncodingName | "docx" | "xlsx";
export type Delimiter = "," | ";" | "\t";

/** A recommendation named by its document symbol and paragraph. */
export type TrackerRef = { symbol: string; paragraph: string | null };

/** Extra columns only the tracker's own CSV export carries (a full round trip). */
export type TrackerFields = {
  trackerId: number | null;
  /** The export's "Subject" column (absent from older exports: then undefined, and the subject is left alone). */
  subject?: string | null;
  status: Status | null;
  statusDate: string | null;
  stance: Stance | null;
  stanceDate: string | null;
  stanceQuote: string | null;
  grade: GradeLetter | null;
  gradeAsWritten: string | null;
  gradeDate: string | null;
  /** References read back from "CCPR/C/KAZ/CO/1, para. 23" (paragraph null when the cell gives none). */
  reiterates: TrackerRef[];
  reiteratedBy: TrackerRef[];
  outstandingSince: number | null;
  url: string | null;
};

export type ImportRecord = {
  /** 1-based source line (CSV) or table row (docx, xlsx) where the recommendation starts. */
  line: number;
  /** ISO 3166-1 alpha-3 of the state under review; null when the name is not recognised. */
  stateCode: string | null;
  stateName: string;
  /** UPR, CCPR, CRC-OP-AC, SP … */
  bodyCode: string;
  uprSession: number | null;
  cycleOrdinal: number | null;
  year: number | null;
  documentSymbol: string | null;
  /** ISO date, possibly partial ("2014", "2014-03"). */
  documentDate: string | null;
  paragraph: string | null;
  text: string;
  /** As the source names them (one entry per recommending state). */
  recommendingStates: string[];
  /** Alpha-3 codes of recommendingStates, same order; null where a name is not recognised. */
  recommendingStateCodes: (string | null)[];
  uprPosition: UprPosition | null;
  uprPositionRaw: string | null;
  uprPositionSource: string | null;
  uprActionCategory: number | null;
  themes: string[];
  affectedPersons: string[];
  sdgs: string[];
  /** Stable across re-imports of the same content: the database upserts by it. */
  externalKey: string;
  tracker?: TrackerFields;
};

export type ImportIssue = {
  line: number;
  column: string | null;
  severity: "error" | "warning";
  message: string;
};

/** One source row as the wizard previews it: the cells under their headers and what they map to. */
export type PreviewRow = { line: number; cells: Record<string, string> };
/** Source header → field of ImportRecord it fills (null: read but not imported). */
export type ColumnMapping = Record<string, keyof ImportRecord | "tracker" | null>;

/** Why a source row brought no recommendation of its own: a key of importFile.skip in messages/<language>/import.json. */
export const SKIP_REASONS = [
  "cellTooLong",
  "cellRefused",
  "duplicateRow",
  "sameRecommendation",
  "mergedIntoGroup",
  "voluntaryPledge",
  "observation",
  "invalid",
  "emptyRecommendation",
  "unknownPosition",
  "duplicateParagraph",
  "noState",
  "inTracker",
  "archived",
  "edited",
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];
/** One row not imported, and why (params fill the sentence: the first line it repeats, the recommendation's id). */
export type SkippedRow = { line: number; reason: SkipReason; params?: Record<string, string | number> };

export type ParseStats = {
  rowsRead: number;
  duplicateRowsMerged: number;
  /** Rows folded into another row's recommendation (one row per recommending state). */
  rowsMergedIntoGroups: number;
  recommendations: number;
  /** Rows not imported: rows with errors, voluntary pledges, UHRI concerns/observations. */
  skipped: number;
  supported: number;
  noted: number;
  supportedNoted: number;
  themeRows?: number;
};

export type ParseResult = {
  format: ImportFormat | null;
  encoding: ImportEncoding | null;
  delimiter?: Delimiter;
  headers: string[];
  mapping: ColumnMapping;
  /** The hand-chosen column mapping the file was read with (ParseOptions.columns), if any. */
  columns?: Record<string, string>;
  preview: PreviewRow[];
  records: ImportRecord[];
  issues: ImportIssue[];
  stats: ParseStats;
  /** Every row counted in stats.skipped, duplicateRowsMerged or rowsMergedIntoGroups, in file order, with its reason. */
  skippedRows: SkippedRow[];
  /** Set when the archive would inflate past the caps: the upload is then not stored at all. */
  inflationRefused?: true;
};

export const PREVIEW_ROWS = 20;

/** A parse with nothing found yet: what the parsers fill in, and what a refused file returns. */
export function emptyParseResult(): ParseResult {
  return {
    format: null,
    encoding: null,
    headers: [],
    mapping: {},
    preview: [],
    records: [],
    issues: [],
    stats: emptyStats(),
    skippedRows: [],
  };
}

export function emptyStats(): ParseStats {
  return {
    rowsRead: 0,
    duplicateRowsMerged: 0,
    rowsMergedIntoGroups: 0,
    recommendations: 0,
    skipped: 0,
    supported: 0,
    noted: 0,
    supportedNoted: 0,
  };
}

/** Counts positions once the records are final (shared by every format). */
export function finishStats(stats: ParseStats, records: ImportRecord[]): ParseStats {
  stats.recommendations = records.length;
  stats.supported = records.filter((r) => r.uprPosition === "supported").length;
  stats.noted = records.filter((r) => r.uprPosition === "noted").length;
  stats.supportedNoted = records.filter((r) => r.uprPosition === "supported_noted").length;
  return stats;
}

export const hasErrors = (result: Pick<ParseResult, "issues">) => result.issues.some((i) => i.severity === "error");
