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
  "story.paragraphUnknown": "paragraph not known",
  "dashboard.tracked": { one: "{count} recommendation tracked", other: "{count} recommendations tracked" },
  "dashboard.notImplemented": { one: "{count} not implemented", other: "{count} not implemented" },
  "dashboard.oldestOpen": "Oldest open recommendation: {year}",
  "cycle.adopted": "Adopted {date}",
  "cycle.session": "Session {date}",
  "cycle.noDates": "Dates not recorded",
  "cycle.notYetRecorded": "recommendations not yet recorded",
  "cycle.followUpParagraphs": "Follow-up paragraphs: {paragraphs}",
  "cycle.uprSession": "UPR session {session}",
  "due.followUp": "Follow-up due {date}",
  "due.nextReport": "Next report due {date}",
  "due.overdue": "{what} — overdue",
  "state.allRecommendations": "All recommendations to {state}",
  "audit.entries": { one: "{count} entry", other: "{count} entries" },
  "pager.pageOf": "Page {page} of {pages}",
  "admin.userAdded": "Added {email} as {role}.",
  "admin.userSaved": "Saved {email}.",
  "records.saved": "{what} saved (version {version}).",
  "workbench.archived": "Archived. An admin can restore it.",
  "workbench.restored": "Restored.",
  "workbench.added.response": "State response recorded.",
  "workbench.added.grade": "Follow-up grade recorded.",
  "workbench.added.assessment": "Assessment recorded. The current status now follows the latest assessment.",
  "workbench.added.evidence": "Evidence recorded and attached.",
  "workbench.added.linkEvidence": "Evidence attached.",
  "workbench.added.reiteration": "Link to the earlier recommendation saved.",
  "form.choose": "Choose…",
  "options.documents.stateAndBody": "This recommendation's state and body",
  "options.documents.state": "This state",
  "options.documents.noState": "Not tied to a state",
  "form.none": "—",
  "form.findRecommendation": "Type a symbol, a paragraph, a subject or words of the text",
  "picker.option": "{body} · {ref} ({year}) — {title}",
  "picker.searching": "Searching…",
  "picker.none": "No recommendation to this state matches.",
  "picker.matches": {
    one: "{count} match: use the up and down arrows, then Enter.",
    other: "{count} matches: use the up and down arrows, then Enter.",
  },
  "picker.chosen": "Chosen: {label}",
  "picker.notEarlier": "(not earlier)",
  "picker.listLabel": "Matching recommendations",
  "history.edit.response": "Edit state response",
  "history.archive.response": "Archive state response",
  "history.restore.response": "Restore state response",
  "history.corrected.response": "State response corrected.",
  "history.archived.response":
    "State response archived: it has left the story and the counts. Restore it from the Archived section below.",
  "history.restored.response": "State response restored.",
  "history.edit.grade": "Edit follow-up grade",
  "history.archive.grade": "Archive follow-up grade",
  "history.restore.grade": "Restore follow-up grade",
  "history.corrected.grade": "Follow-up grade corrected.",
  "history.archived.grade":
    "Follow-up grade archived: it has left the story and the counts. Restore it from the Archived section below.",
  "history.restored.grade": "Follow-up grade restored.",
  "history.edit.assessment": "Edit assessment",
  "history.archive.assessment": "Archive assessment",
  "history.restore.assessment": "Restore assessment",
  "history.corrected.assessment": "Assessment corrected.",
  "history.archived.assessment":
    "Assessment archived: it has left the story and the counts. Restore it from the Archived section below.",
  "history.restored.assessment": "Assessment restored.",
  "history.edit.evidence": "Edit evidence",
  "history.archive.evidence": "Archive evidence",
  "history.restore.evidence": "Restore evidence",
  "history.corrected.evidence": "Evidence item corrected.",
  "history.archived.evidence":
    "Evidence item archived: it has left the story and the counts. Restore it from the Archived section below.",
  "history.restored.evidence": "Evidence item restored.",
  "history.archive.reiteration": "Remove reiteration link",
  "history.restore.reiteration": "Restore reiteration link",
  "history.archived.reiteration":
    "Reiteration link removed: the chain and “outstanding since” no longer count it. Restore it from the Archived section below.",
  "history.restored.reiteration": "Reiteration link restored.",
  "history.confirm.response":
    "Archive the state response {record}? It leaves the story and the counts; it is kept, and can be restored from the Archived section of this page.",
  "history.confirm.grade":
    "Archive the follow-up grade {record}? It leaves the story and the counts; it is kept, and can be restored from the Archived section of this page.",
  "history.confirm.assessment":
    "Archive the assessment {record}? It leaves the story and the counts, and the current status follows the latest assessment left; it can be restored from the Archived section of this page.",
  "history.confirm.evidence":
    "Archive the evidence item {record}? It leaves every story and assessment that cites it; it is kept, and can be restored from the Archived section of this page.",
  "history.confirm.reiteration":
    "Remove the reiteration link to {record}? The chain and “outstanding since” no longer count it; it is kept, and can be restored from the Archived section of this page.",
  "history.confirm.yesArchive": "Yes, archive it",
  "history.confirm.yesRemove": "Yes, remove it",
  "history.confirm.cancel": "Cancel",
  "history.save": "Save correction",
  "history.archivedSection": "Archived",
  "history.archivedIntro":
    "Withdrawn records of this recommendation: they are in no story, count or export until restored.",
  "history.archivedNone": "Nothing archived.",
  "history.binLink": "Every archived record →",
  "history.kind.response": "State response",
  "history.kind.grade": "Follow-up grade",
  "history.kind.assessment": "Assessment",
  "history.kind.evidence": "Evidence",
  "history.kind.reiteration": "Reiteration link",
  "history.linkTo": "repeats {record}",
  "history.linkFrom": "repeated by {record}",
  "bin.kind.recommendation": "Recommendation",
  "bin.restore.recommendation": "Restore recommendation",
  "bin.kind.response": "State response",
  "bin.restore.response": "Restore state response",
  "bin.kind.grade": "Follow-up grade",
  "bin.restore.grade": "Restore follow-up grade",
  "bin.kind.assessment": "Assessment",
  "bin.restore.assessment": "Restore assessment",
  "bin.kind.evidence": "Evidence",
  "bin.restore.evidence": "Restore evidence",
  "bin.kind.reiteration": "Reiteration link",
  "bin.restore.reiteration": "Restore reiteration link",
  "bin.kind.document": "Document",
  "bin.restore.document": "Restore document",
  "bin.kind.cycle": "Review cycle",
  "bin.restore.cycle": "Restore review cycle",
  "bin.kind.state": "State",
  "bin.restore.state": "Restore state",
  "bin.kind.body": "Body",
  "bin.restore.body": "Restore body",
  "bin.kind.tag": "Tag",
  "bin.restore.tag": "Restore tag",
  "bin.kind.institution": "Institution",
  "bin.restore.institution": "Restore institution",
  "bin.kind.action": "Action",
  "bin.restore.action": "Restore action",
  "bin.kind.cycleEvent": "Cycle event",
  "bin.restore.cycleEvent": "Restore cycle event",
  "bin.title": "Archived records",
  "bin.linkLabel": "{later} repeats {earlier}",
  "bin.ofRecommendation": "{what} — {ref}",
  "bin.intro":
    "Everything withdrawn from the tracker, newest first: archived records are in no story, count, list or export until restored. Every archive and restore is in the audit log.",
  "bin.all": "All kinds",
  "bin.empty": "Nothing is archived.",
  "bin.archivedOn": "Archived {date}",
  "bin.open": "Open its recommendation",
  "bin.adminOnly": "Only an admin can restore this.",
  "bin.restored": "{what} restored.",
  "bin.link": "Archived records (the bin) →",
  "list.archivedTitle": "Archived recommendations",
  "list.archivedRefused": "Archived recommendations are shown to editors and admins only.",
  "list.archivedBack": "See the recommendations in the tracker",
  "list.showArchived": "Archived recommendations",
  "list.showLive": "Back to the live recommendations",
  "search.showing": "Showing {first}–{last} of {total}",
  "count.states": { one: "{count} state", other: "{count} states" },
  "body.allRecommendations": "All {body} recommendations",
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
  "import.keptEdits": {
    one: "{count} recommendation was changed in the tracker since a file brought it in, and was left as the editor made it:",
    other:
      "{count} recommendations were changed in the tracker since a file brought them in, and were left as the editors made them:",
  },
  "import.keptEditRow": "line {line} → recommendation #{id}",
  "import.keptEditsMore": { one: "…and {count} more.", other: "…and {count} more." },
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
