import { handler } from "@/lib/api/handler";
import { config } from "@/lib/config";
import { exportRows, openExportReader } from "@/lib/data/export";
import { exportLabels } from "@/lib/export/columns";
import { csvStream } from "@/lib/export/csv";
import { withIdleTimeout } from "@/lib/export/idle-stream";
import { AppError } from "@/lib/errors";
import { t } from "@/lib/i18n/messages";
import { publicBaseUrl } from "@/lib/public-url";
import { publicFilters } from "@/lib/search/filters";
import { exportFileName, fileResponse } from "@/app/api/export/_lib/respond";

/**
 * GET /public/export/recommendations.csv?…list filters — the public list's rows, signed out:
 * published states only (the filters' publishedOnly, which no URL can turn off), links to
 * public pages, no work plan (lib/data/export.ts `publicScope`); in the visitor's language
 * (?lang=, NEXT_LOCALE cookie, Accept-Language, DEFAULT_LOCALE).
 */
export const GET = handler({}, ({ db, req, url, locale }) => {
  if (!config().publicPortal) throw new AppError("not_found", t("files.portalOff"), 404);
  const filters = publicFilters(url.searchParams);
  const now = new Date();
  // Visitors share one allowance of open readers: a crawler cannot hold many snapshots open.
  const reader = openExportReader(db.$client.name, "public-portal");
  try {
    const rows = exportRows(reader.db, filters, { now, baseUrl: publicBaseUrl(req), publicScope: true }, reader.close);
    return fileResponse(
      withIdleTimeout(csvStream(rows, exportLabels(locale))),
      "csv",
      exportFileName(filters, "csv", now),
    );
  } catch (error) {
    reader.close();
    throw error;
  }
});
export const dynamic = "force-dynamic";
