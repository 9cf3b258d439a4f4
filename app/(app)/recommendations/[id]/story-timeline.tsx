import { APP_LINKS, MaybeLink, type StoryLinks } from "@/app/_components/story-links";
import type { RecommendationStory, TimelineEvent } from "@/lib/data/recommendation-story";
import { formatList, formatPartialDate } from "@/lib/i18n/format";
import { t, type MessageKey } from "@/lib/i18n/messages";
import { recommendationReference, recommendationTitle } from "@/lib/recommendation-title";
import {
  ACTION_STATUS_LABELS,
  DOCUMENT_KIND_LABELS,
  EVIDENCE_KIND_LABELS,
  GRADE_LABELS,
  STANCE_LABELS,
  STATUS_LABELS,
} from "@/lib/labels";
import { isActionOverdue } from "@/lib/deadlines";

// Message keys, not labels: a module-level t() would be read once, in English.
const KIND_STYLE = {
  recommendation: { label: "work.timeline.kind.recommendation", dot: "bg-[#1f3a5f]" },
  document: { label: "work.timeline.kind.document", dot: "bg-slate-500" },
  response: { label: "work.timeline.kind.response", dot: "bg-[#d55e00]" },
  grade: { label: "work.timeline.kind.grade", dot: "bg-[#e69f00]" },
  assessment: { label: "work.timeline.kind.assessment", dot: "bg-[#009e73]" },
  evidence: { label: "work.timeline.kind.evidence", dot: "bg-[#56b4e9]" },
  action: { label: "timeline.actionDue", dot: "bg-[#cc79a7]" },
  actionProgress: { label: "timeline.actionProgress", dot: "bg-[#cc79a7]" },
} as const satisfies Record<TimelineEvent["type"], { label: MessageKey; dot: string }>;

function DocLink({ doc }: { doc: { symbol: string | null; title: string; url: string | null } }) {
  const label = doc.symbol ?? doc.title;
  return doc.url ? (
    <a
      href={doc.url}
      className="font-mono text-brand underline-offset-2 hover:underline"
      rel="noreferrer"
      target="_blank"
    >
      {label}
    </a>
  ) : (
    <span className="font-mono">{label}</span>
  );
}

function EventBody({ e, story, links }: { e: TimelineEvent; story: RecommendationStory; links: StoryLinks }) {
  switch (e.type) {
    case "recommendation": {
      const l = e.link;
      const current = l.id === story.id;
      return (
        <>
          <p className="font-medium text-slate-900">
            {[recommendationReference(l), t("story.cycleLabel", { ordinal: l.cycleOrdinal })]
              .filter(Boolean)
              .join(" · ")}
          </p>
          {/* This recommendation's own text is at the top of the page; earlier and later ones are named by their title. */}
          <p className="mt-1 text-slate-700">
            {current ? (
              t("story.thisRecommendation")
            ) : (
              <MaybeLink className="text-brand hover:underline" href={links.recommendation(l.id)}>
                {recommendationTitle(l)}
              </MaybeLink>
            )}
          </p>
          {l.followUp && (
            <p className="mt-1 text-xs text-slate-500" data-testid="follow-up-selection">
              {l.followUpParagraphs
                ? t("work.timeline.followUpWithParagraphs", {
                    selection: l.followUp === "selected" ? t("story.followUpSelected") : t("story.followUpNotSelected"),
                    paragraphs: t("story.followUpParagraphs", { paragraphs: l.followUpParagraphs }),
                  })
                : l.followUp === "selected"
                  ? t("story.followUpSelected")
                  : t("story.followUpNotSelected")}
            </p>
          )}
        </>
      );
    }
    case "document":
      return (
        <>
          <p className="font-medium text-slate-900">
            {DOCUMENT_KIND_LABELS[e.document.kind]} · {t("story.cycleLabel", { ordinal: e.cycleOrdinal })}
          </p>
          <p className="mt-1 text-slate-700">
            <DocLink doc={e.document} />
            {e.document.symbol ? ` ${t("work.timeline.docTitle", { title: e.document.title })}` : ""}
          </p>
        </>
      );
    case "response":
      return (
        <>
          <p className="font-medium text-slate-900">
            {STANCE_LABELS[e.stance]}
            {e.document ? (
              <>
                {" "}
                · <DocLink doc={e.document} />
              </>
            ) : null}
          </p>
          {e.quote && (
            <blockquote className="mt-1 border-l-2 border-[#d55e00] pl-3 italic text-slate-800">
              {t("work.timeline.quote", { quote: e.quote })}
            </blockquote>
          )}
          {e.notes && <p className="mt-1 text-sm text-slate-600">{e.notes}</p>}
        </>
      );
    case "grade":
      return (
        <p className="font-medium text-slate-900">
          {t("work.timeline.grade", { grade: e.gradeAsWritten, label: GRADE_LABELS[e.gradeLetter] })}
          {e.document ? (
            <>
              {" "}
              · <DocLink doc={e.document} />
            </>
          ) : null}
        </p>
      );
    case "assessment":
      return (
        <>
          <p className="font-medium text-slate-900">
            {STATUS_LABELS[e.status]}
            {e.author ? <span className="font-normal text-slate-500"> · {e.author}</span> : null}
          </p>
          <p className="mt-1 text-slate-700">{e.rationale}</p>
        </>
      );
    case "action": {
      const a = e.action;
      return (
        <>
          <p className="font-medium text-slate-900">
            {t("timeline.actionDueText", { title: a.title, status: ACTION_STATUS_LABELS[a.status] })}
            {isActionOverdue(a) && (
              <span className="ml-2 rounded bg-red-50 px-1.5 py-0.5 text-xs font-medium text-red-800">
                {t("actions.overdue", { date: formatPartialDate(a.dueDate) })}
              </span>
            )}
          </p>
          {a.institutions.length > 0 && (
            <p className="mt-1 text-slate-700">
              {t("timeline.actionResponsible", { institutions: formatList(a.institutions.map((i) => i.name)) })}
            </p>
          )}
        </>
      );
    }
    case "actionProgress":
      return (
        <>
          <p className="font-medium text-slate-900">{e.action.title}</p>
          <p className="mt-1 text-slate-700">{e.progress.note}</p>
        </>
      );
    case "evidence":
      return (
        <p className="text-slate-800">
          <span className="font-medium">{e.evidence.title}</span>
          <span className="text-slate-500"> · {EVIDENCE_KIND_LABELS[e.evidence.kind]}</span>
        </p>
      );
  }
}

/** The id of the record behind a timeline entry, for its editor controls (`${type}-${id}`); evidence has its own card. */
function recordKey(e: TimelineEvent): string | null {
  if (e.type === "response" || e.type === "grade" || e.type === "assessment") return `${e.type}-${e.id}`;
  return null;
}

export function StoryTimeline({
  story,
  controls,
  links = APP_LINKS,
}: {
  story: RecommendationStory;
  links?: StoryLinks;
  /** Editors only: "Edit …" and "Archive …" under each recorded fact (history-editing.tsx). */
  controls?: Map<string, React.ReactNode>;
}) {
  return (
    <ol className="relative space-y-5 border-l-2 border-slate-200 pl-6" data-testid="story-timeline">
      {story.timeline.map((e, i) => (
        <li key={`${e.type}-${i}`} className="relative">
          <span
            aria-hidden="true"
            className={`absolute -left-[33px] top-1 h-4 w-4 rounded-full border-2 border-white ${KIND_STYLE[e.type].dot}`}
          />
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">
            {e.date
              ? t("work.timeline.dated", { date: formatPartialDate(e.date), label: t(KIND_STYLE[e.type].label) })
              : t(KIND_STYLE[e.type].label)}
          </p>
          <div className="mt-1 text-sm leading-relaxed">
            <EventBody e={e} story={story} links={links} />
          </div>
          {controls && recordKey(e) ? controls.get(recordKey(e)!) : null}
        </li>
      ))}
    </ol>
  );
}
