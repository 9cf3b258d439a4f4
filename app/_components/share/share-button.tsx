import type { ShareView } from "@/lib/domain/enums";
import { createShareLinkAction } from "./share-actions";
import { ShareForm } from "./share-form";

/** The "Share" control of the dashboard, a state page, a state report and a recommendation page. */
export function ShareButton({
  view,
  filters = {},
  recommendationId,
}: {
  view: ShareView;
  filters?: Record<string, string | string[]>;
  recommendationId?: number;
}) {
  return <ShareForm action={createShareLinkAction.bind(null, { view, filters, recommendationId })} />;
}
