/**
 * What the search returns, shared by the page, the API and the dashboard.
 * Plain data only (no Date objects) so it crosses to client components as is.
 */
import type { GradeLetter, Stance, Status } from "../../db/schema/enums";
import type { GradeFilter, StanceFilter, StatusFilter } from "./filters";
import type { SnippetSegment } from "./snippet";

export type RecommendationListItem = {
  id: number;
  symbol: string | null;
  paragraph: string | null;
  subject: string | null;
  text: string;
  /** Highlighted excerpt of the text when a query was given, else null (show `text`). */
  snippet: SnippetSegment[] | null;
  stateCode: string;
  stateName: string;
  bodyCode: string;
  cycleOrdinal: number;
  /** UPR: the session the recommendation was made in. */
  uprSession: number | null;
  /** UPR: the states that made it, alphabetical. */
  recommendingStates: string[];
  year: number | null;
  status: Status | null;
  statusDate: string | null;
  latestStance: Stance | null;
  latestGrade: GradeLetter | null;
  chainStartYear: number | null;
  /** Current year − chainStartYear for an outstanding recommendation (lib/domain/outstanding.ts); else null. */
  yearsOutstanding: number | null;
  reiteratesEarlier: boolean;
  reiteratedLater: boolean;
  isFollowUp: boolean;
  /** The recommendation's own follow-up deadline, else its cycle's (partial ISO date). */
  followUpDeadline: string | null;
  overdue: boolean;
  version: number;
};

export type SearchResult = { rows: RecommendationListItem[]; total: number; page: number; per: number };

/** One value of a facet with how many results it would have, all other facets applied. */
export type FacetValue<V = string> = { value: V; label: string; count: number };

export type FacetCounts = {
  state: FacetValue[];
  body: FacetValue[];
  cycle: FacetValue<number>[];
  year: FacetValue<number>[];
  status: FacetValue<StatusFilter>[];
  stance: FacetValue<StanceFilter>[];
  grade: FacetValue<GradeFilter>[];
  theme: FacetValue[];
  affected: FacetValue[];
  sdg: FacetValue[];
  /** Responsible institutions (by id) of the actions on the results. */
  institution: FacetValue<number>[];
  /** How many results the flag would leave if it were switched on. */
  reiterated: number;
  overdue: number;
  noresponse: number;
  outstanding: number;
};
