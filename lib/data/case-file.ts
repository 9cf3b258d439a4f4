import "server-only";
import type { Executor } from "../../db";
import type { CaseFileData, CaseFileEntry } from "../export/case-file";
import { exportMessage } from "../export/messages";
import { formatList } from "../i18n/format";
import { currentIntlLocale } from "../i18n/current-locale";
import { t } from "../i18n/messages";
import {
  ACTION_STATUS_LABELS,
  DOCUMENT_KIND_LABELS,
  EVIDENCE_KIND_LABELS,
  GRADE_LABELS,
  STANCE_LABELS,
  STATUS_LABELS,
} from "../labels";
import { HEADING_MAX, recommendationReference, recommendationTitle, textAfterTitle } from "../recommendation-title";
import { getRecommendationStory, type RecommendationStory, type TimelineEvent } from "./recommendation-story";
import { getBranding } from "./settings";

/**
 * A recommendation's case file: the story page's own DTO
 * (getRecommendationStory), so the PDF holds exactly what that page shows and
 * to whom — no other query decides what evidence is included — put in words.
 */
export function getCaseFile(
  db: Executor,
  id: number,
  opts: { now?: Date; baseUrl?: string; locale?: string } = {},
): CaseFileData | null {
  const story = getRecommendationStory(db, id);
  if (!story) return null;
  const locale = opts.locale ?? currentIntlLocale();
  const m = (key: Parameters<typeof exportMessage>[0], p: Record<string, string | number> = {}) =>
    exportMessage(key, p, locale);
  const reference = recommendationReference(
    {
      symbol: story.document?.symbol ?? null,
      paragraph: story.paragraph,
      uprSession: story.cycle.uprSession,
      year: story.year,
    },
    locale,
  );
  const facts: CaseFileData["facts"] = [
    { label: "caseFile.fact.state", value: story.state.name },
    { label: "caseFile.fact.body", value: story.body.name },
  ];
  if (reference) facts.push({ label: "caseFile.fact.reference", value: reference });
  // The fact's label already says "Recommended by": the value is the states alone.
  if (story.recommendingStates.length)
    facts.push({ label: "caseFile.fact.recommendedBy", value: formatList(story.recommendingStates, locale) });
  facts.push({
    label: "caseFile.fact.status",
    value: story.status ? STATUS_LABELS[story.status] : t("story.notAssessedYet", {}, locale),
  });
  if (story.latestStance) facts.push({ label: "caseFile.fact.response", value: STANCE_LABELS[story.latestStance] });
  if (story.latestGrade) facts.push({ label: "caseFile.fact.grade", value: GRADE_LABELS[story.latestGrade] });
  if (story.themes.length) facts.push({ label: "caseFile.fact.themes", value: formatList(story.themes, locale) });
  if (story.affectedPersons.length)
    facts.push({ label: "caseFile.fact.affected", value: formatList(story.affectedPersons, locale) });

  const callout =
    story.outstandingSince !== null && story.yearsOutstanding !== null
      ? t("story.outstandingSince", { year: story.outstandingSince }, locale)
      : null;
  const base = opts.baseUrl?.replace(/\/$/, "") ?? "";
  return {
    // Titled as the recommendation's own page is; the text goes on from there and never repeats the title.
    title: recommendationTitle(story, HEADING_MAX),
    text: textAfterTitle(story, HEADING_MAX),
    callout,
    facts,
    timeline: story.timeline.map((e) => timelineEntry(e, story, m, locale)),
    evidence: story.evidence.map((e) => ({
      date: e.date,
      kind: EVIDENCE_KIND_LABELS[e.kind],
      title: e.title,
      detail: e.summary,
      source: e.source ? (e.source.symbol ?? e.source.title) : null,
      url: e.sourceUrl ?? e.source?.url ?? null,
    })),
    url: base ? `${base}/recommendations/${story.id}` : null,
    generatedAt: opts.now ?? new Date(),
    locale,
    branding: getBranding(db),
  };
}

type M = (key: Parameters<typeof exportMessage>[0], p?: Record<string, string | number>) => string;
const docName = (d: { symbol: string | null; title: string } | null) => (d ? (d.symbol ?? d.title) : null);

function timelineEntry(e: TimelineEvent, story: RecommendationStory, m: M, locale: string): CaseFileEntry {
  const kind = m(`caseFile.kind.${e.type}`);
  switch (e.type) {
    case "recommendation": {
      const ref = recommendationReference(e.link, locale);
      const title = e.link.id === story.id ? m("caseFile.thisRecommendation") : recommendationTitle(e.link);
      return { date: e.date, kind, title, source: ref };
    }
    case "document":
      return {
        date: e.date,
        kind,
        title: DOCUMENT_KIND_LABELS[e.document.kind],
        source: docName(e.document),
        url: e.document.url,
      };
    case "response":
      return {
        date: e.date,
        kind,
        title: STANCE_LABELS[e.stance],
        quote: e.quote,
        detail: e.notes,
        source: docName(e.document),
        url: e.document?.url ?? null,
      };
    case "grade":
      return {
        date: e.date,
        kind,
        title: m("caseFile.gradeTitle", { grade: e.gradeAsWritten, meaning: GRADE_LABELS[e.gradeLetter] }),
        source: docName(e.document),
        url: e.document?.url ?? null,
      };
    case "assessment":
      return {
        date: e.date,
        kind,
        title: STATUS_LABELS[e.status],
        detail: e.rationale,
        note: e.author ? m("caseFile.assessedBy", { author: e.author }) : null,
      };
    case "evidence":
      return {
        date: e.date,
        kind,
        title: e.evidence.title,
        detail: EVIDENCE_KIND_LABELS[e.evidence.kind],
        source: e.evidence.source ? docName(e.evidence.source) : null,
        url: e.evidence.sourceUrl ?? e.evidence.source?.url ?? null,
      };
    case "action":
      return {
        date: e.date,
        kind,
        title: t(
          "timeline.actionDueText",
          { title: e.action.title, status: ACTION_STATUS_LABELS[e.action.status] },
          locale,
        ),
      };
    case "actionProgress":
      return { date: e.date, kind, title: e.action.title, detail: e.progress.note, url: e.progress.sourceUrl };
  }
}
