import type {
  ActionStatus,
  BodyKind,
  DigestFrequency,
  DocumentKind,
  EvidenceKind,
  InstitutionKind,
  Role,
  Stance,
  Status,
  UprPosition,
} from "../db/schema/enums";

/** Display labels for stored vocabulary keys (domain.md wording). One table per vocabulary, translatable. */
export const STATUS_LABELS: Record<Status, string> = {
  not_implemented: "Not implemented",
  partially_implemented: "Partially implemented",
  implemented: "Implemented",
  regressed: "Regressed",
  no_information: "No information",
};
export const NOT_ASSESSED_LABEL = "Not assessed";

export const STANCE_LABELS: Record<Stance, string> = {
  accepts: "Accepts",
  partially_accepts: "Partially accepts",
  noted: "Noted",
  rejects: "Rejects / does not recognise",
  no_information: "No information",
  no_response: "No response",
};

export const UPR_POSITION_LABELS: Record<UprPosition, string> = {
  supported: "Supported",
  noted: "Noted",
  supported_noted: "Supported/Noted",
};

export const BODY_KIND_LABELS: Record<BodyKind, string> = {
  treaty_body: "Treaty body",
  upr: "Universal Periodic Review",
  special_procedure: "Special procedure",
};

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  state_report: "State party report",
  list_of_issues: "List of issues",
  list_of_issues_prior_to_reporting: "List of issues prior to reporting",
  reply_to_list_of_issues: "Reply to the list of issues",
  concluding_observations: "Concluding observations",
  follow_up_report: "Follow-up report",
  follow_up_assessment: "Follow-up assessment",
  upr_report: "UPR working-group report",
  upr_addendum: "UPR addendum (state's positions)",
  shadow_report: "Shadow / alternative report",
  court_decision: "Court decision",
  news_article: "News article",
  law: "Law",
  other: "Other",
};

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  court_decision: "Court decision",
  incident: "Incident",
  law: "Law",
  news_article: "News article",
  report: "Report",
  statement: "Statement",
  other: "Other",
};

export const ROLE_LABELS: Record<Role, string> = { admin: "Admin", editor: "Editor", viewer: "Viewer" };

/** Follow-up grades A–E in the Human Rights Committee's own words (domain.md). */
export const GRADE_LABELS = {
  A: "Largely satisfactory",
  B: "Partially satisfactory",
  C: "Not satisfactory",
  D: "No cooperation with the Committee",
  E: "Contrary to or rejects the recommendation",
} as const;

/** Display order of statuses everywhere (charts, legends, tables): worst news first. */
export const STATUS_ORDER = [
  "not_implemented",
  "regressed",
  "partially_implemented",
  "implemented",
  "no_information",
  "none",
] as const;

export const INSTITUTION_KIND_LABELS: Record<InstitutionKind, string> = {
  ministry: "Ministry",
  parliament: "Parliament",
  court: "Court",
  nhri: "National human rights institution",
  ombudsperson: "Ombudsperson",
  other: "Other",
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  planned: "Planned",
  in_progress: "In progress",
  done: "Done",
  abandoned: "Abandoned",
};

export const DIGEST_LABELS: Record<DigestFrequency, string> = {
  none: "No e-mail",
  daily: "Daily",
  weekly: "Weekly",
};
