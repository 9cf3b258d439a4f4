import { handler } from "@/lib/api/handler";
import { recordExport } from "@/lib/data/export-audit";
import { getStateReport, reportAssessedOnly } from "@/lib/data/report";
import { stateReportPdfStream } from "@/lib/export/pdf";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { assertListScope } from "@/lib/data/search";
import { publicBaseUrl } from "@/lib/public-url";
import { parseFilters } from "@/lib/search/filters";
import { exportFileName, fileResponse } from "../_lib/respond";

/**
 * GET /api/export/report.pdf?state=KAZ[&body=CCPR…][&from=2011&to=2024][…any list filter][&include=assessed]
 * — the state report as a PDF, for every role.
 */
const ONE_STATE = "A report covers one state: choose exactly one, e.g. ?state=KAZ.";

export const GET = handler({ access: ["export", "run"] }, ({ db, actor, req, url }) => {
  const filters = parseFilters(url.searchParams);
  assertListScope(actor, filters);
  if (filters.state.length !== 1) throw new ValidationError(ONE_STATE, { state: [ONE_STATE] });
  const now = new Date();
  const data = getStateReport(db, filters.state[0], filters, {
    now,
    baseUrl: publicBaseUrl(req),
    assessedOnly: reportAssessedOnly(url.searchParams),
  });
  if (!data) throw new NotFoundError("state", filters.state[0]);
  recordExport(db, actor, "report", "pdf", { ...filters, state: [data.state.code] }, data.recommendations.length);
  return fileResponse(stateReportPdfStream(data), "pdf", exportFileName(filters, "pdf", now, "report"));
});
export const dynamic = "force-dynamic";
