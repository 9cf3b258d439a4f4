/**
 * User-facing sentences with named parameters, so a Russian catalogue can
 * reorder them freely (no sentence is ever built by concatenation).
 * Plural forms go through Intl.PluralRules, which knows Russian's one/few/many.
 */
import { DEFAULT_LOCALE, numberFormat, pluralRules } from "./format";
import { followUpMessages } from "./messages-follow-up";
import { suggestionMessages } from "./messages-suggestions";

type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
type Message = string | Plural;

export const en = {
  ...followUpMessages,
  "app.name": "Treaty Tracker",
  "app.tagline": "What UN human-rights bodies recommend, what the state answers, and whether anything changed.",
  "story.outstandingSince": "Outstanding since {year}",
  "story.yearsOutstanding": {
    one: "{count} year without implementation",
    other: "{count} years without implementation",
  },
  "story.known": "Made in {year} · {status}",
  "story.knownNoYear": "Year not known · {status}",
  "story.notAssessedYet": "not assessed yet",
  "story.followUpSelected": "Selected for the follow-up procedure",
  "story.followUpNotSelected": "Not selected for the follow-up procedure",
  "story.followUpParagraphs": "follow-up paragraphs of this review: {paragraphs}",
  "story.reiteratedCycles": { one: "Raised in {count} review cycle", other: "Raised in {count} review cycles" },
  "story.cyclesUnit": { one: "review cycle", other: "review cycles" },
  "story.cycleLabel": "Cycle {ordinal}",
  "story.paragraph": "para. {paragraph}",
  "ref.uprSession": "UPR session {session} ({year})",
  "ref.withParagraph": "{source}, para. {paragraph}",
  "ref.recommendedBy": "Recommended by {states}",
  "story.chainLink": "{reference} ({year})",
  "story.chainThisOne": "{link} — this one",
  "story.thisRecommendation": "This recommendation",
  "story.assessedOn": "assessed {date}",
  "story.chainTitle": "Reiteration chain",
  "glance.title": "At a glance",
  "glance.state": "State",
  "glance.body": "Body",
  "glance.review": "Review",
  "glance.status": "Current status",
  "glance.notAssessed": "Not assessed yet",
  "glance.latestResponse": "Latest state response",
  "glance.responseOn": "{stance} ({date})",
  "glance.noResponse": "No response recorded",
  "glance.uprPosition": "UPR position (as written)",
  "glance.recommendingStates": "Recommending states",
  "glance.actionCategory": "Action category (UPR Info)",
  "glance.actionCategoryValue": "{category} of 5",
  "dashboard.tracked": { one: "{count} recommendation tracked", other: "{count} recommendations tracked" },
  "dashboard.notImplemented": { one: "{count} not implemented", other: "{count} not implemented" },
  "dashboard.oldestOpen": "Oldest open recommendation: {year}",
  "cycle.adopted": "Adopted {date}",
  "cycle.session": "Session {date}",
  "cycle.noDates": "Dates not recorded",
  "cycle.notYetRecorded": "recommendations not yet recorded",
  "cycle.followUpParagraphs": "Follow-up paragraphs: {paragraphs}",
  "cycle.uprSession": "UPR session {session}",
  "cycles.title": "Review cycles",
  "cycles.none": "No review cycles recorded",
  "cycles.heading": "{who} · {cycle}",
  "names.recommendation": "{reference}: {title}",
  "names.stateResponse": "State response to {recommendation}",
  "names.grade": "Follow-up grade for {recommendation}",
  "names.assessment": "Assessment of {recommendation}",
  "names.reiteration": "{later} reiterates {earlier}",
  "cycle.name": "{state} · {body} · cycle {ordinal} ({when})",
  "cycle.nameNoDates": "{state} · {body} · cycle {ordinal}",
  "cycle.whenUpr": "session {session}, {years}",
  "due.followUp": "Follow-up due {date}",
  "due.nextReport": "Next report due {date}",
  "due.overdue": "{what} — overdue",
  "state.allRecommendations": "All recommendations to {state}",
  "audit.entries": { one: "{count} entry", other: "{count} entries" },
  "audit.title": "Audit log",
  "audit.breadcrumbAdmin": "Admin",
  "audit.historyTitle": "History of this record",
  "audit.historyLink": "History of this record",
  "audit.wholeLog": "← The whole audit log",
  "audit.none": "No entries match these filters",
  "audit.noneForRecord": "Nothing about this record is in the audit log for these filters.",
  "audit.newer": "← Newer",
  "audit.older": "Older →",
  "audit.filterLabel": "Filter the audit log",
  "audit.filter.entity": "Kind of record",
  "audit.filter.allEntities": "All kinds",
  "audit.filter.user": "Who",
  "audit.filter.everyone": "Everyone",
  "audit.filter.action": "What was done",
  "audit.filter.allActions": "Anything",
  "audit.filter.q": "Containing",
  "audit.filter.qHint": "A name, a symbol, a file…",
  "audit.filter.from": "From",
  "audit.filter.to": "To",
  "audit.filter.apply": "Filter",
  "audit.filter.clear": "Clear",
  "audit.yes": "Yes",
  "audit.empty": "(empty)",
  "audit.before": "Before:",
  "audit.after": "After:",
  "audit.system": "Treaty Tracker (automatic)",
  "audit.formerUser": "A former user",
  "audit.missingRecord": "Record #{id} (no longer held)",
  "audit.noFilters": "None (everything)",
  "audit.no": "No",
  "pager.pageOf": "Page {page} of {pages}",
  "admin.userAdded": "Added {email} as {role}.",
  "admin.userSaved": "Saved {email}.",
  "records.saved": "{what} saved.",
  "workbench.archived": "Archived. An admin can restore it.",
  "workbench.restored": "Restored.",
  "workbench.added.response": "State response recorded.",
  "workbench.added.grade": "Follow-up grade recorded.",
  "workbench.added.assessment": "Assessment recorded. The current status now follows the latest assessment.",
  "workbench.added.evidence": "Evidence recorded and attached.",
  "workbench.added.linkEvidence": "Evidence attached.",
  "workbench.added.reiteration": "Link to the earlier recommendation saved.",
  "search.showing": "Showing {first}–{last} of {total}",
  "count.states": { one: "{count} state", other: "{count} states" },
  "body.allRecommendations": "All {body} recommendations",
  "body.byState": "Where recommendations stand, by state",
  "body.noRecommendations": "No recommendations from this body are recorded yet",
  "records.created": "{what} created.",
  "login.error": "The email or password is not right. Check both and try again.",
  "count.recommendations": { one: "{count} recommendation", other: "{count} recommendations" },
  "count.evidence": { one: "{count} evidence item", other: "{count} evidence items" },
  "dashboard.ofTotal": "{count} of {total}",
  "dashboard.years": { one: "{count} year", other: "{count} years" },
  "dashboard.kpi.totalDetail": "Not archived, all statuses",
  "dashboard.kpi.reiteratedDetail": "Repeat an earlier recommendation",
  "dashboard.kpi.medianDetail": {
    one: "Over {count} outstanding recommendation",
    other: "Over {count} outstanding recommendations",
  },
  "dashboard.kpi.overdueDetail": "Deadline passed, no reply from the state",
  "dashboard.segment": { one: "{label}: {count} recommendation", other: "{label}: {count} recommendations" },
  "dashboard.segmentIn": {
    one: "{group}, {label}: {count} recommendation",
    other: "{group}, {label}: {count} recommendations",
  },
  "dashboard.gradeLabel": "{grade} · {label}",
  "dashboard.yearsRange": "{from}–{to} years",
  "dashboard.yearsOpen": "{from} years or more",
  "dashboard.yearsRangeShort": "{from}–{to}",
  "dashboard.yearsOpenShort": "{from}+",
  "dashboard.bodyLabel": "{code} — {name}",
  "dashboard.yearsLink": "See them, longest outstanding first →",
  "dashboard.medianNote": {
    one: "Median {years} over {count} recommendation, counted from the first time the UN made it.",
    other: "Median {years} over {count} recommendations, counted from the first time the UN made them.",
  },
  "dashboard.noYear": {
    one: "{count} recommendation has no year recorded and is not shown.",
    other: "{count} recommendations have no year recorded and are not shown.",
  },
  "dashboard.loading": "Loading {what}…",
  "dashboard.unit.currentStatus": "Number of recommendations, by current status (latest assessment)",
  "dashboard.unit.byGroup": "Number of recommendations, by current status",
  "dashboard.unit.byTheme": "Number of recommendations in the ten largest themes; one may carry several themes",
  "dashboard.unit.byYear": "Share of each year's recommendations, by current status",
  "dashboard.unit.years": "Number of recommendations, by years since first made",
  "dashboard.unit.grades": "Number of recommendations, by latest follow-up grade",
  "dashboard.unit.stances": "Number of recommendations, by the state's latest recorded stance",
  "import.detected": "Format: {format}. Encoding: {encoding}.",
  "import.stats":
    "Rows read: {rows}. Recommendations: {recommendations} (Supported {supported}, Noted {noted}, Supported/Noted {supportedNoted}). Rows not imported: {skipped}. Exact duplicate rows merged: {duplicates}. Rows repeating a recommendation by another State, merged into it: {grouped}.",
  "import.errors": { one: "{count} error", other: "{count} errors" },
  "import.warnings": { one: "{count} warning", other: "{count} warnings" },
  "import.problems": "Problems: {errors}, {warnings}.",
  "import.moreIssues": {
    one: "…and {count} more problem not listed here.",
    other: "…and {count} more problems not listed here.",
  },
  "import.refused": {
    one: "Refused: the file has {count} error. Nothing was imported.",
    other: "Refused: the file has {count} errors. Nothing was imported.",
  },
  "import.history": "History added from the export: {assessments}, {responses}, {grades}, {links}.",
  "import.history.assessments": { one: "{count} status", other: "{count} statuses" },
  "import.history.responses": { one: "{count} state response", other: "{count} state responses" },
  "import.history.grades": { one: "{count} follow-up grade", other: "{count} follow-up grades" },
  "import.history.links": { one: "{count} reiteration link", other: "{count} reiteration links" },
  "import.summary": "{created} created, {updated} updated, {skipped} skipped, {merged} duplicates merged.",
  "import.dryRun": "Dry run: everything was rolled back; nothing was written.",
  "import.sizeLimit":
    "Files up to {size} MB: a UPR Info CSV, an OHCHR thematic list (.docx), a UHRI export (CSV or .xlsx) or a Treaty Tracker CSV.",
  "import.fileSize": "{fileName} ({size} KB)",
  "import.previewOf": {
    one: "The first row of {total}, as read from the file.",
    other: "The first {count} rows of {total}, as read from the file.",
  },
  "import.batchTitle": "Import #{id}: {fileName}",
  "import.batchBy": "Imported by {user} on {date}.",
  "import.reimport":
    "The same file was first imported as import #{id}; the recommendations it created are listed there.",
  "import.expired":
    "This upload is no longer available (an upload is kept for one hour, for the person who uploaded it). Upload the file again.",
  "import.noFile": "Choose a file to import.",
  "import.uploadFailed":
    "The upload could not be read. Try again; for very large files use the command line (npm run import).",
  "import.doneTitle": "Imported {fileName}",
  "import.commitHint": {
    one: "Imports {count} recommendation in one transaction: one already in the tracker is updated or left as it is, and if anything fails nothing changes.",
    other:
      "Imports {count} recommendations in one transaction: those already in the tracker are updated or left as they are, and if anything fails nothing changes.",
  },
  "backup.noDatabase": "There is no database at {file}.",
  "backup.sameFile": "The backup cannot replace the database itself: name another file, or a folder.",
  "backup.exists": "{file} already exists: choose a new file name, or a folder to put a time-stamped backup in.",
  "backup.corrupt": "The copy failed SQLite's integrity check, so it was not kept: {problems}",
  "backup.done": "Backup written to {file} ({size} MB), integrity check ok.",
  "backup.level": "Migration level: {applied} of the {known} migrations this version knows.",
  "backup.rows": "Rows in the backup:",
  "backup.usage": "Usage: npm run backup -- FILE (a new file, or a folder for a time-stamped one)",
  "backup.scheduled": "Scheduled backup written to {file}.",
  "backup.scheduledFailed": "The scheduled backup into {folder} failed: {reason}",
  "restore.usage": "Usage: npm run restore -- BACKUP_FILE (with the app stopped)",
  "restore.serverRunning":
    "Treaty Tracker is running on {file} (process {pids}). Stop it first (Ctrl-C in its terminal, or stop its service), then run the restore again. Nothing was changed.",
  "restore.fileOpen":
    "Another program has {file} open (process {pids}): an import, a second server or the sqlite3 shell. Let it finish or close it, then run the restore again. Nothing was changed.",
  "restore.noBackup": "There is no backup file at {file}. Nothing was changed.",
  "restore.sameFile": "That is the database itself: name a backup file. Nothing was changed.",
  "restore.corrupt":
    "The backup failed SQLite's integrity check, so it was not restored: {problems}. Nothing was changed.",
  "restore.notTracker": "{file} is not a Treaty Tracker database (it has no migration history). Nothing was changed.",
  "restore.newerVersion": {
    one: "The backup was made by a newer version of Treaty Tracker ({count} migration this version does not know). Update the app first, then restore. Nothing was changed.",
    other:
      "The backup was made by a newer version of Treaty Tracker ({count} migrations this version does not know). Update the app first, then restore. Nothing was changed.",
  },
  "restore.unreadable": "{file} could not be read as a SQLite database ({reason}). Nothing was changed.",
  "restore.done": "Restored {backup} into {file}; integrity check ok.",
  "restore.keptAs": "The database it replaced is kept as {file}.",
  "restore.nothingKept": "There was no database to replace.",
  "restore.migrated": {
    one: "{count} migration applied to bring the backup up to this version.",
    other: "{count} migrations applied to bring the backup up to this version.",
  },
  "restore.rows": "Rows now in the database:",
  "restore.startAgain": "Start the app again with npm start.",
  ...suggestionMessages,
  "notFound.title": "This page does not exist",
  "notFound.body":
    "The address may be mistyped, or the record it pointed to is no longer there. Archived records are shown to whoever may restore them.",
  "notFound.home": "Go to the dashboard",
  "notFound.search": "Search the recommendations",
  "notFound.signIn": "Sign in",
  "error.title": "Something went wrong on our side",
  "error.body":
    "The page could not be shown. Nothing you had saved is lost. Try again; if it keeps happening, give an administrator the reference below.",
  "error.retry": "Try again",
  "error.home": "Go to the dashboard",
  "error.reference": "Reference: {digest}",
  "role.title": "This page needs the {role} role",
  "role.body": "You are signed in as {current}. An administrator can change your role on the Admin page.",
  "role.back": "Back to the dashboard",
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
type Params = Record<string, string | number>;

const catalogues: Record<string, Record<string, Message>> = { en };

export function t(key: MessageKey, params: Params = {}, locale = DEFAULT_LOCALE): string {
  const catalogue = catalogues[locale.split("-")[0]] ?? en;
  const message = catalogue[key] ?? en[key];
  let template: string;
  if (typeof message === "string") template = message;
  else {
    const n = Number(params.count ?? 0);
    const rule = pluralRules(locale).select(n);
    template = message[rule] ?? message.other;
  }
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    if (typeof v !== "number") return v;
    // Years are labels, not quantities: "2011", never "2,011".
    return /year$/i.test(name) ? String(v) : numberFormat(locale).format(v);
  });
}
