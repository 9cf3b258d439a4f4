/**
 * Names people read for the codes of the import layer (lib/import/types.ts), from the catalogue
 * (messages/<language>/pages-work.json, work.import.*). Each table reads its label when it is
 * read, in the language of the request (or the CLI's), so the wizard and the CLI
 * (scripts/import.ts) say the same thing.
 */
import { t, type MessageKey } from "@/lib/i18n/messages";
import type { ColumnMapping, ImportEncoding, ImportFormat } from "@/lib/import/types";

/** A lookup table whose values are messages, formatted at the moment they are read. */
function messages<K extends string>(keys: Record<K, MessageKey>): Record<K, string> {
  const table = {} as Record<K, string>;
  for (const [k, key] of Object.entries(keys) as [K, MessageKey][])
    Object.defineProperty(table, k, { get: () => t(key), enumerable: true });
  return table;
}

export const FORMAT_LABELS: Record<ImportFormat, string> = messages({
  "upr-info": "work.import.format.upr-info",
  "ohchr-docx": "work.import.format.ohchr-docx",
  uhri: "work.import.format.uhri",
  "tracker-csv": "work.import.format.tracker-csv",
});

export const ENCODING_LABELS: Record<ImportEncoding, string> = messages({
  "utf-8": "work.import.encoding.utf-8",
  "utf-8-bom": "work.import.encoding.utf-8-bom",
  "utf-16le": "work.import.encoding.utf-16le",
  "utf-16be": "work.import.encoding.utf-16be",
  "windows-1252": "work.import.encoding.windows-1252",
  "windows-1251": "work.import.encoding.windows-1251",
  macintosh: "work.import.encoding.macintosh",
  docx: "work.import.encoding.docx",
  xlsx: "work.import.encoding.xlsx",
});

export const DELIMITER_LABELS: Record<string, string> = messages({
  ",": "work.import.delimiter.comma",
  ";": "work.import.delimiter.semicolon",
  "\t": "work.import.delimiter.tab",
});

type Field = NonNullable<ColumnMapping[string]>;

/** The tracker field a source column fills, as the preview names it. */
export const FIELD_LABELS: Record<Field, string> = messages({
  line: "work.import.field.line",
  stateCode: "work.import.field.stateCode",
  stateName: "work.import.field.stateName",
  bodyCode: "work.import.field.bodyCode",
  uprSession: "work.import.field.uprSession",
  cycleOrdinal: "work.import.field.cycleOrdinal",
  year: "work.import.field.year",
  documentSymbol: "work.import.field.documentSymbol",
  documentDate: "work.import.field.documentDate",
  paragraph: "work.import.field.paragraph",
  text: "work.import.field.text",
  recommendingStates: "work.import.field.recommendingStates",
  recommendingStateCodes: "work.import.field.recommendingStateCodes",
  uprPosition: "work.import.field.uprPosition",
  uprPositionRaw: "work.import.field.uprPositionRaw",
  uprPositionSource: "work.import.field.uprPositionSource",
  uprActionCategory: "work.import.field.uprActionCategory",
  themes: "work.import.field.themes",
  affectedPersons: "work.import.field.affectedPersons",
  sdgs: "work.import.field.sdgs",
  externalKey: "work.import.field.externalKey",
  tracker: "work.import.field.tracker",
});

/** "Not imported": a source column no tracker field takes. */
export const notImportedLabel = () => t("work.import.field.notImported");

export const fieldLabel = (field: ColumnMapping[string] | undefined) =>
  field ? FIELD_LABELS[field] : notImportedLabel();
