/**
 * Names people read for the codes of the import layer (lib/import/types.ts).
 * Pure, so the wizard and the CLI (scripts/import.ts) say the same thing.
 */
import type { ColumnMapping, ImportEncoding, ImportFormat } from "@/lib/import/types";

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  "upr-info": "UPR Info database export (CSV)",
  "ohchr-docx": "OHCHR UPR thematic list (Word .docx)",
  uhri: "Universal Human Rights Index export (CSV or Excel)",
  "tracker-csv": "Treaty Tracker CSV export",
};

export const ENCODING_LABELS: Record<ImportEncoding, string> = {
  "utf-8": "UTF-8",
  "utf-8-bom": "UTF-8 with byte-order mark",
  "utf-16le": "UTF-16 (little-endian)",
  "utf-16be": "UTF-16 (big-endian)",
  "windows-1252": "Windows-1252 (Western European)",
  macintosh: "Mac Roman",
  docx: "Word document (.docx)",
  xlsx: "Excel workbook (.xlsx)",
};

export const DELIMITER_LABELS: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab" };

type Field = NonNullable<ColumnMapping[string]>;

/** The tracker field a source column fills, as the preview names it. */
export const FIELD_LABELS: Record<Field, string> = {
  line: "Line",
  stateCode: "State under review (code)",
  stateName: "State under review",
  bodyCode: "Body",
  uprSession: "UPR session",
  cycleOrdinal: "Review cycle",
  year: "Year",
  documentSymbol: "Document symbol",
  documentDate: "Document date",
  paragraph: "Paragraph",
  text: "Text of the recommendation",
  recommendingStates: "Recommending States",
  recommendingStateCodes: "Recommending States (codes)",
  uprPosition: "UPR position",
  uprPositionRaw: "UPR position as written",
  uprPositionSource: "Source of position",
  uprActionCategory: "UPR Info action category",
  themes: "Themes",
  affectedPersons: "Affected persons",
  sdgs: "SDGs",
  externalKey: "Import key",
  tracker: "Tracker field (round trip)",
};

export const NOT_IMPORTED_LABEL = "Not imported";

export const fieldLabel = (field: ColumnMapping[string] | undefined) =>
  field ? FIELD_LABELS[field] : NOT_IMPORTED_LABEL;
