import type { ShareViewData } from "@/lib/data/share-links";
import { stateName } from "@/lib/i18n/place-names";
import { t } from "@/lib/i18n/messages";
import { recommendationTitle } from "@/lib/recommendation-title";

/**
 * What a shared view is called, in its heading and in the page title (where the root
 * layout's template adds the product's name once): the recommendation, the state's report,
 * the state, or the dashboard.
 */
export function shareViewTitle(data: ShareViewData): string {
  if (data.view === "recommendation") return recommendationTitle(data.story);
  const state = data.state ? stateName(data.state.code, data.state.name) : null;
  if (data.view === "state-report" && state) return t("share.stateReportTitle", { state });
  return state ?? t("share.dashboardTitle");
}
