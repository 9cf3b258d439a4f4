/**
 * Plain data the export writers take. No database types: the
 * integrator maps SQL rows onto these, so the writers stay pure and testable.
 * Dates are ISO strings that may be partial ("2011", "2023-11", "2024-04-02").
 */
import type { EvidenceKind, GradeLetter, Stance, Status, UprPosition } from "../../db/schema/enums";
import type { StatusCounts } from "../domain/status-counts";

/** A pointer to another recommendation: its document symbol and paragraph (either may be unknown). */
export type RecommendationRef = {
  /** The recommendation's id, where the writer has it (report chains). */
  id?: number;
  symbol: string | null;
  paragraph: string | null;
  date?: string | null;
  /** UPR: the session (cited as "UPR session 20 (2014)" when no document symbol is held). */
  uprSession?: number | null;
  year?: number | null;
};

/** One line of the CSV / XLSX export: one recommendation with its latest follow-up. */
export type ExportRow = {
  id: number;
  url: string;
  symbol: string | null;
  paragraph: string | null;
  bodyCode: string;
  stateCode: string;
  stateName: string;
  /** Review cycle ordinal ("2") or UPR session label ("UPR 20"). */
  cycle: string | null;
  date: string | null;
  text: string;
  themes: string[];
  affectedPersons: string[];
  sdgs: string[];
  currentStatus: Status | null;
  statusDate: string | null;
  latestStance: Stance | null;
  stanceDate: string | null;
  stanceQuote: string | null;
  latestGrade: GradeLetter | null;
  /** The grade as the Committee wrote it ("B1", "B, C"). */
  latestGradeAsWritten: string | null;
  /** When that grade was given (the follow-up assessment's date). */
  gradeDate: string | null;
  reiterates: RecommendationRef[];
  reiteratedBy: RecommendationRef[];
  outstandingSince: number | null;
  /** Institutions responsible for the recommendation's (not archived) actions, as "Name (kind)". */
  responsibleInstitutions?: string[];
  /** Those actions, for the workbook's Actions sheet. */
  actions?: ExportAction[];
  /** The short subject line staff gave it. */
  subject?: string | null;
  /** UPR: the state under review's position, as a stored key (labelled in the file's language). */
  uprPosition?: UprPosition | null;
  /** UPR: the position as the source wrote it ("Accepted", "Supported/Noted"). */
  uprPositionAsWritten?: string | null;
  /** UPR: the states that made it, as the source names them, in the source's order. */
  recommendingStates?: string[];
  /** UPR Info's action category, 1 (minimal) … 5 (specific). */
  uprActionCategory?: number | null;
};

/** One action on a recommendation, as exported. */
export type ExportAction = {
  title: string;
  institutions: string[];
  focalPoint: string | null;
  dueDate: string | null;
  status: string;
  latestProgress: string | null;
  latestProgressDate: string | null;
};

/** One filter that produced an export or report, already in words ("State" → "Kazakhstan"). */
export type FilterLabel = { label: string; value: string };

/** A source to credit ("Forum 18 News Service …"), with its address when it has one. */
export type SourceCredit = { title: string; url?: string | null };

/** What the XLSX "About this export" sheet and the PDF cover say about how the file was made. */
export type ExportMeta = {
  filters: FilterLabel[];
  generatedAt: Date;
  sources: SourceCredit[];
  locale?: string;
  /** The organisation that made the export (the logo stays in the PDF). */
  branding?: Pick<ReportBranding, "organisationName" | "disclaimer">;
};

export type ReportEvidence = { date: string | null; kind: EvidenceKind; title: string; url?: string | null };

export type ReportRecommendation = {
  id: number;
  url?: string | null;
  symbol: string | null;
  paragraph: string | null;
  bodyCode: string;
  cycle: string | null;
  date: string | null;
  /** Short name shown in bold (the subject, else the start of the text — see lib/recommendation-title). */
  title: string;
  text: string;
  /** What to print under the title without repeating it (lib/recommendation-title.ts); null when the title is all of it. */
  rest: string | null;
  /** The states that made a UPR recommendation, as the source names them; empty for a treaty body's. */
  recommendingStates: string[];
  status: Status | null;
  statusDate: string | null;
  stance: Stance | null;
  stanceDate: string | null;
  stanceQuote: string | null;
  grade: GradeLetter | null;
  gradeAsWritten: string | null;
  outstandingSince: number | null;
  /** Earlier recommendations this one reiterates, oldest first. */
  chain: RecommendationRef[];
  evidence: ReportEvidence[];
  /** An overdue follow-up (docs/domain.md, "Overdue follow-up"). */
  overdue?: boolean;
};

/** Who made the report: the organisation settings (lib/data/settings.ts), printed on cover and footer. */
export type ReportBranding = {
  organisationName: string | null;
  disclaimer: string | null;
  logo: { bytes: Uint8Array; type: "image/png" | "image/jpeg" } | null;
};

export type ReportKpis = {
  tracked: number;
  /** Recommendations with at least one recorded state response. */
  withResponse: number;
  /** Recommendations that reiterate an earlier one. */
  reiterated: number;
  /** Median years outstanding over open recommendations with a chain start year; null when none. */
  medianYearsOutstanding: number | null;
  /** Recommendations whose latest state response rejects them. */
  rejected?: number;
  /** Overdue follow-ups. */
  overdue?: number;
};

export type ReportData = {
  state: { code: string; name: string };
  filters: FilterLabel[];
  generatedAt: Date;
  sources: SourceCredit[];
  kpis: ReportKpis;
  statusCounts: StatusCounts;
  byBody: { bodyCode: string; bodyName?: string | null; counts: StatusCounts }[];
  recommendations: ReportRecommendation[];
  /**
   * Every recommendation the filters match, before `include=assessed` leaves any out: the summary's
   * stories read it, as its figures do, so the two never disagree (lib/export/report/sections.ts).
   * Absent when nothing was left out.
   */
  matching?: ReportRecommendation[];
  locale?: string;
  branding?: ReportBranding;
  /** Recommendations not assessed yet that match the filters but were left out (`include=assessed`). */
  notAssessedLeftOut?: number;
};
