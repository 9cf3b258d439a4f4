/**
 * Words and sentences of the export files and the PDF report, with named
 * parameters so a Russian catalogue can reorder them (same conventions as
 * lib/i18n/messages.ts: plural forms via Intl.PluralRules, years never grouped).
 */
import { DEFAULT_LOCALE, numberFormat, pluralRules } from "../i18n/format";

type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
type Message = string | Plural;

export const exportMessagesEn = {
  "about.sheetName": "About this export",
  "about.title": "Treaty Tracker export: UN human-rights recommendations",
  "about.generated": "Generated",
  "about.rows": "Recommendations exported",
  "about.filters": "Filters that produced this export",
  "about.noFilters": "None (all recommendations)",
  "about.sources": "Sources credited",
  "about.organisation": "Prepared by",
  "about.disclaimer": "Disclaimer",
  "about.injection":
    "Cells whose text begins with =, +, -, @, a tab or a line break start with an apostrophe so that no spreadsheet runs them as formulas.",
  "sheet.recommendations": "Recommendations",
  "sheet.actions": "Actions",
  "actions.title": "Action",
  "actions.focalPoint": "Focal point",
  "actions.dueDate": "Due date",
  "actions.status": "Action status",
  "actions.progressDate": "Latest progress: date",
  "actions.progress": "Latest progress",
  "report.title": "Implementation of UN human-rights recommendations: {state}",
  "report.kicker": "State report",
  "report.generated": "Generated {date}",
  "report.filters": "Filters",
  "report.noFilters": "None (all recommendations to this state)",
  "report.sources": "Sources",
  "report.about": "About this report",
  "report.method":
    'Statuses are the latest dated implementation assessments recorded by the organisation using Treaty Tracker, each backed by sources; state responses are quoted from the documents cited, and a UPR position (Supported, Noted) is the state\'s response. A recommendation is outstanding when it is assessed as not implemented, partially implemented or regressed, or when it is not assessed yet but a later UN recommendation reiterates it; only then is it "outstanding since" the first review cycle that raised it, following the chain of reiterations.',
  "report.summary": "Summary",
  "report.execSummary": "Executive summary",
  "report.preparedBy": "Prepared by {organisation}",
  "report.disclaimer": "Disclaimer",
  "report.kpi.rejected": "Rejected by the state",
  "report.kpi.overdue": "Overdue follow-ups",
  "report.longest": "Longest outstanding and reiterated",
  "report.longestIntro":
    "Outstanding recommendations that a UN body raised again in a later review, the oldest chain first: each chain once, by its latest recommendation.",
  "report.longestNone": "No outstanding recommendation in this selection reiterates an earlier one.",
  "report.rejected": "Rejected by the state",
  "report.rejectedNone": "In this selection, no latest state response rejects a recommendation.",
  "report.overdue": "Overdue follow-up",
  "report.overdueIntro":
    "Picked for the follow-up procedure, past the deadline in force, and the state has sent nothing the Committee could grade.",
  "report.overdueNone": "No follow-up in this selection is overdue.",
  "report.andMore": {
    one: "and {count} more, in the recommendations below",
    other: "and {count} more, in the recommendations below",
  },
  "report.byStatus": "Recommendations by status, most serious first",
  "report.groupHeading": { one: "{status}: {count} recommendation", other: "{status}: {count} recommendations" },
  "report.notAssessedLeftOut": {
    one: "{count} recommendation not assessed yet is left out of this report.",
    other: "{count} recommendations not assessed yet are left out of this report.",
  },
  "report.kpi.tracked": "Recommendations tracked",
  "report.kpi.withResponse": "With a state response",
  "report.kpi.reiterated": "Reiterated from an earlier cycle",
  "report.kpi.median": "Median years outstanding",
  "report.kpi.shareOf": "{share} of those tracked",
  "report.kpi.none": "—",
  "report.statusChart": "Implementation status",
  "report.bodyChart": "Status by body",
  "report.legendItem": "{label}: {count} ({share})",
  "report.table": "Recommendations",
  "report.col.recommendation": "Recommendation",
  "report.col.status": "Status",
  "report.col.response": "Latest state response",
  "report.col.evidence": "Evidence",
  "report.statusOn": "as of {date}",
  "report.grade": "Follow-up grade {grade}: {meaning}",
  "report.noResponse": "No response recorded",
  "report.noEvidence": "None recorded",
  "report.moreEvidence": { one: "and {count} more item", other: "and {count} more items" },
  "report.cycleLabel": "Cycle {cycle}",
  "report.chains": "Reiteration chains",
  "report.chainsIntro":
    "Recommendations raised again in later review cycles, oldest first. The longer the chain, the longer the state has left the recommendation unimplemented.",
  "report.chainsNone": "No recommendation in this selection reiterates an earlier one.",
  "report.chainNow": "Now: {status}",
  "report.footer": "Treaty Tracker · {title}",
  "report.footerOrg": "{organisation} · Treaty Tracker · {title}",
  "report.page": "Page {page} of {pages}",
  "report.noRecommendations": "No recommendations match these filters.",
  "caseFile.kicker": "Case file",
  "caseFile.facts": "At a glance",
  "caseFile.text": "The recommendation",
  "caseFile.timeline": "The story, cycle after cycle",
  "caseFile.timelineNone": "Nothing is recorded on this recommendation's timeline yet.",
  "caseFile.evidence": "Evidence",
  "caseFile.evidenceNone": "No evidence is recorded.",
  "caseFile.source": "Source: {source}",
  "caseFile.online": "Online: {url}",
  "caseFile.fact.state": "State",
  "caseFile.fact.body": "Body",
  "caseFile.fact.reference": "Reference",
  "caseFile.fact.status": "Current status",
  "caseFile.fact.response": "Latest state response",
  "caseFile.fact.grade": "Latest follow-up grade",
  "caseFile.fact.recommendedBy": "Recommended by",
  "caseFile.fact.themes": "Themes",
  "caseFile.fact.affected": "Affected persons",
  "caseFile.kind.recommendation": "UN recommendation",
  "caseFile.kind.document": "Review",
  "caseFile.kind.response": "State response",
  "caseFile.kind.grade": "Follow-up grade",
  "caseFile.kind.assessment": "NGO assessment",
  "caseFile.kind.evidence": "Evidence",
  "caseFile.kind.action": "Action due",
  "caseFile.kind.actionProgress": "Action progress",
  "caseFile.thisRecommendation": "This recommendation",
  "caseFile.gradeTitle": "Grade {grade}: {meaning}",
  "caseFile.assessedBy": "Assessed by {author}",
} satisfies Record<string, Message>;

export type ExportMessageKey = keyof typeof exportMessagesEn;
type Params = Record<string, string | number>;

const catalogues: Record<string, Partial<Record<ExportMessageKey, Message>>> = { en: exportMessagesEn };

export function exportMessage(key: ExportMessageKey, params: Params = {}, locale = DEFAULT_LOCALE): string {
  const message: Message = catalogues[locale.split("-")[0]]?.[key] ?? exportMessagesEn[key];
  const template =
    typeof message === "string"
      ? message
      : (message[pluralRules(locale).select(Number(params.count ?? 0))] ?? message.other);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    if (typeof v !== "number") return v;
    return /year$/i.test(name) ? String(v) : numberFormat(locale).format(v);
  });
}
