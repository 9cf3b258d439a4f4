import { handler } from "@/lib/api/handler";
import { config } from "@/lib/config";
import { getStateReport } from "@/lib/data/report";
import { stateReportPdfStream } from "@/lib/export/pdf";
import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { t } from "@/lib/i18n/messages";
import { publicBaseUrl } from "@/lib/public-url";
import { publicFilters } from "@/lib/search/filters";
import { exportFileName, fileResponse } from "@/app/api/export/_lib/respond";

/**
 * GET /public/export/report.pdf?state=KAZ[…list filters] — a published state's report, signed
 * out: its public evidence only, links to public pages (lib/data/report.ts `publicScope`).
 * An unpublished state is answered as an unknown one. In the visitor's language, like every file.
 */
export const GET = handler({}, ({ db, req, url }) => {
  if (!config().publicPortal) throw new AppError("not_found", t("files.portalOff"), 404);
  const filters = publicFilters(url.searchParams);
  if (filters.state.length !== 1) {
    const oneState = t("files.report.oneState");
    throw new ValidationError(oneState, { state: [oneState] });
  }
  const now = new Date();
  const data = getStateReport(db, filters.state[0], filters, { now, baseUrl: publicBaseUrl(req), publicScope: true });
  if (!data) throw new NotFoundError("state", filters.state[0]);
  return fileResponse(stateReportPdfStream(data), "pdf", exportFileName(filters, "pdf", now, "report"));
});
export const dynamic = "force-dynamic";
