/**
 * Validation and write-error sentences, with named parameters so a Russian
 * catalogue can reorder them (never build these by concatenation).
 * Kept apart from lib/i18n/messages.ts so the validation layer stays plain
 * data that forms, the API, the import and scripts can all load.
 */
import { DEFAULT_LOCALE, numberFormat } from "../i18n/format";

export const validationMessages = {
  // generic fields
  "field.required": "This field is required.",
  "field.text": "Enter text here.",
  "field.tooLong": "Keep this under {max} characters.",
  "field.chooseOne": "Choose one of: {options}.",
  "field.nothingChosen": "Nothing is chosen yet: choose one — it is required.",
  "field.wholeNumber": "Enter a whole number.",
  "field.range": "Enter a number from {min} to {max}.",
  "field.id": "Choose the {what} from the list.",
  "field.version": "The version you started from is missing — reload the record and edit again.",
  "field.url": "Enter a full web address starting with http:// or https://.",
  "field.email": "Enter an email address such as name@example.org.",
  "field.password": "Use at least 8 characters.",
  "field.dateFormat": "Write the date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2016, 2016-08 or 2016-08-09).",
  "field.dateNotReal": "{value} is not a real date.",
  "field.dateYear": "Use a year between {min} and {max}.",
  "field.dateFuture":
    "{value} is after today ({today}): only facts that have happened are recorded here. Deadlines and due dates have their own fields.",
  "share.expiryFormat": "Write the last day as YYYY-MM-DD, e.g. 2027-01-31.",
  "share.expiryPast": "The last day the link opens cannot be before today.",
  "share.needsRecommendation": "A link to a recommendation needs its recommendationId.",
  "share.nothingToShow": "There is nothing to show for this: check the recommendation or the state.",
  "share.needsState": "A state report covers exactly one state: give filters.state, e.g. KAZ.",
  "field.isoCode": "Use the three-letter ISO 3166-1 code in capitals, e.g. KAZ.",
  "field.isoUnknown": "{code} is not an ISO 3166-1 country code.",
  "field.bodyCode": "Use capitals, digits and hyphens only, e.g. CCPR or CRC-OP-AC.",
  "field.tagName": "Tag names cannot be empty.",
  "field.deadlineWithoutFollowUp": "A follow-up deadline only applies when the recommendation is picked for follow-up.",
  "field.duplicate": "{value} is listed twice.",
  "field.tooMany": "Choose at most {max}.",
  "form.invalid": "Some fields need attention: check the messages beside them.",

  // grades
  "grade.empty": "Enter the grade as the Committee wrote it, e.g. B or B1 or “B, C”.",
  "grade.unknown":
    "{value} is not a follow-up grade: use A, B, C, D or E, or the older sub-grades B1, B2, C1, C2, D1, D2.",

  // UN document symbols
  "symbol.empty": "Enter the UN document symbol, e.g. CCPR/C/KAZ/CO/2.",
  "symbol.required": "“{kind}” is a UN document: enter its symbol, e.g. {example}.",
  "symbol.unknownPrefix": "unknown body prefix '{prefix}' — UN symbols start with one of {known}.",
  "symbol.didYouMean": "unknown body prefix '{prefix}' — did you mean {suggestion}?",
  "symbol.expectedC": "after {prefix}/ a treaty-body symbol continues with C/ (for example {example}).",
  "symbol.isoLength": "{code} is not a three-letter ISO country code.",
  "symbol.isoUnknown": "{code} is not an ISO 3166-1 country code.",
  "symbol.missingNumber": "missing the document number after “{after}/”.",
  "symbol.badNumber": "'{value}' after “{after}/” is not a document number (expected e.g. 2 or 8-10).",
  "symbol.backwardsRange": "the range {value} runs backwards: write the lower number first.",
  "symbol.missingAddendum": "missing the addendum number after Add.",
  "symbol.badSuffix": "'{value}' is not understood here: only /Add.N or /Corr.N may follow the document number.",
  "symbol.unexpected": "unexpected '{value}' after {after}.",
  "symbol.missingPart": "the symbol ends too early: after {after} it needs {needed}.",
  "symbol.upr": "a UPR document symbol reads A/HRC/WG.6/SESSION/STATE/N (e.g. A/HRC/WG.6/48/SVN/1).",
  "symbol.session": "'{value}' is not a session number.",
  "symbol.spaces": "a symbol has no spaces; remove them from '{value}'.",
  "symbol.stateMismatch": "This symbol is about {symbolState} but the document is filed under {chosenState}.",
  "symbol.bodyMismatch": "This symbol is a {symbolBody} document but the document is filed under {chosenBody}.",

  // writes
  "write.conflict":
    "Someone else changed this {entity} after you opened it. Nothing was saved: compare your changes with theirs and apply them again.",
  "write.duplicate": "A {entity} with {field} {value} already exists.",
  "write.missingRef": "There is no {what} with id {id}.",
  "write.archivedRef": "The {what} {id} is archived: restore it first or pick another.",
  "write.alreadyArchived": "This {entity} is already archived.",
  "write.notArchived": "This {entity} is not archived.",
  "write.reiterationSelf": "A recommendation cannot reiterate itself.",
  "write.reiterationCycle":
    "Recommendation {earlierId} already reiterates recommendation {id} (directly or through a chain), so linking them this way round would make a loop.",
  "write.reiterationExists": "These two recommendations are already linked.",
  "write.reiterationRemoved":
    "These two recommendations were linked before and the link was removed: restore it from the Archived section of the recommendation's page.",
  "write.dismissalExists": "This pair was already dismissed.",
  "write.dismissalLinked": "These two recommendations are linked as a reiteration: remove the link instead.",
  "write.evidenceMissing": "There is no evidence item with id {id}.",
  "write.tagArchived": "The {kind} “{name}” is archived: ask an admin to restore it or choose another.",
  "write.lastAdmin": "This is the last active admin: make someone else admin first.",
  "write.documentStateMismatch":
    "The document {symbol} belongs to another state than this recommendation's review cycle.",
  "write.cycleMismatch": "The document belongs to another review cycle.",
  "write.institutionStateMismatch":
    "{name} is an institution of another state than this recommendation's; choose one of {state}'s institutions.",
  "write.readWhich": 'Say which notifications to mark as read: {"ids": [1, 2]} or {"all": true}.',
  "write.followTarget":
    'Follow exactly one thing: a state ("state": "KAZ"), a body ("body": "CCPR") or a recommendation ("recommendationId": 12).',

  // organisation settings
  "settings.logoTooLarge": "The logo is {size}; the limit is {max}. Save a smaller image and upload it again.",
  "settings.logoType":
    "The logo must be a PNG or JPEG image; this file is neither (its first bytes are not an image's).",
  "settings.logoEmpty": "The logo file is empty.",

  // search
  "search.queryTooLong": "The search is {length} characters long; the limit is {max}. Shorten it and search again.",
  "search.badQuery":
    "The search could not be understood. Remove quotes, brackets or other special characters and try again.",

  // exports
  "export.tooMany": "You already have {max} downloads running. Wait for one of them to finish, then try again.",

  // API
  "api.tooLarge": "The request body is larger than the {limit} this API accepts.",
  "api.unsupportedMedia": "Send the request body as JSON, with the header Content-Type: application/json.",
  "api.invalidJson": "The request body is not valid JSON.",
  "api.crossSite":
    "This request came from another site, so it was refused. Make the change from the tracker's own pages, or send an API token.",
  "api.bodyNotObject": "The request body must be a JSON object.",
  "api.badId": "{value} is not a record id.",
  "api.busy":
    "The database is busy with another change (an import or a large edit). Nothing was saved: try again in a few seconds.",
  "api.internal":
    "Something went wrong on our side and nothing was saved. Try again; if it keeps happening, tell an admin.",
} as const;

export type ValidationMessageKey = keyof typeof validationMessages;

const catalogues: Record<string, Partial<Record<ValidationMessageKey, string>>> = { en: validationMessages };

/** The message for `key` with `{name}` placeholders filled in. */
export function vmsg(
  key: ValidationMessageKey,
  params: Record<string, string | number> = {},
  locale = DEFAULT_LOCALE,
): string {
  const template = catalogues[locale.split("-")[0]]?.[key] ?? validationMessages[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    return typeof v === "number" ? numberFormat(locale, { useGrouping: false }).format(v) : v;
  });
}

/** Lists values the locale's way ("A, B or C"). */
export function listOf(values: readonly string[], locale = DEFAULT_LOCALE): string {
  return new Intl.ListFormat(locale, { type: "disjunction" }).format(values);
}

/** Names of record types as messages use them. */
export const ENTITY_LABELS: Record<string, string> = {
  state: "state",
  body: "body",
  review_cycle: "review cycle",
  document: "document",
  recommendation: "recommendation",
  state_response: "state response",
  follow_up_grade: "follow-up grade",
  assessment: "assessment",
  evidence: "evidence item",
  tag: "tag",
  reiteration: "reiteration link",
  reiteration_dismissal: "dismissed reiteration candidate",
  user: "user",
  institution: "institution",
  action: "action",
  action_progress: "progress note",
  cycle_event: "cycle event",
  follow: "follow",
  notification: "notification",
  settings: "organisation settings",
};
