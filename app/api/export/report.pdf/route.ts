import { handler } from "@/lib/api/handler";
import { recordExport } from "@/lib/data/export-audit";
import { getStateReport, reportAssessedOnly } from "@/lib/data/report";
import { stateReportPdfStream } from "@/lib/export/pdf";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { t } from "@/lib/i18n/messages";
import { assertListScope } from "@/lib/data/search";
import { publicBaseUrl } from "@/lib/public-url";
import { parseFilters } from "@/lib/search/filters";
import { exportFileName, fileResponse } from "../_lib/respond";

/**
 * GET /api/export/report.pdf?state=KAZ[&body=CCPR…][&from=2011&to=2024][…any list filter][&include=assessed]
 * — the state report as a PDF, for every role.
 * In the reader's language (?lang=, profile, cookie, browser, DEFAULT_LOCALE): the request's, set by handler().
 */
export const GET = handler({ access: ["export", "run"] }, ({ db, actor, req, url }) => {
  const filters = parseFilters(url.searchParams);
  assertListScope(actor, filters);
  if (filters.state.length !== 1) {
    const oneState = t("files.report.oneState");
    throw new ValidationError(oneState, { state: [oneState] });
  }
  const now = new Date();
  const assessedOnly = reportAssessedOnly(url.searchParams);
  const data = getStateReport(db, filters.state[0], filters, { now, baseUrl: publicBaseUrl(req), assessedOnly });
  if (!data) throw new NotFoundError("state", filters.state[0]);
  recordExport(db, actor, "report", "pdf", { ...filters, state: [data.state.code] }, data.recommendations.length);
  return fileResponse(
    stateReportPdfStream(data),
    "pdf",
    exportFileName(filters, "pdf", now, "report", { assessedOnly }),
  );
});
export const dynamic = "force-dynamic";
