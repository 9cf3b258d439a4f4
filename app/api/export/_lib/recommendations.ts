import "server-only";
import { handler } from "@/lib/api/handler";
import { recordExport } from "@/lib/data/export-audit";
import { exportLabels } from "@/lib/export/columns";
import { csvStream } from "@/lib/export/csv";
import { withIdleTimeout } from "@/lib/export/idle-stream";
import { xlsxStream } from "@/lib/export/xlsx";
import { countExportRows, exportRows, openExportReader } from "@/lib/data/export";
import { creditedSources, describeFilters } from "@/lib/data/export-labels";
import { INTL_LOCALES } from "@/lib/i18n/locales";
import { assertListScope } from "@/lib/data/search";
import { publicBaseUrl } from "@/lib/public-url";
import { getBranding } from "@/lib/data/settings";
import { parseFilters } from "@/lib/search/filters";
import { exportFileName, fileResponse } from "./respond";

/**
 * The list export as a route handler: every role may export (viewers too);
 * the filters are the list's own (parseFilters), and the rows stream from a
 * read-only snapshot connection that closes when the file is done or the
 * download is cancelled (see lib/data/export.ts for why).
 */
export function exportRecommendations(format: "csv" | "xlsx") {
  return handler({ access: ["export", "run"] }, ({ db, actor, req, url, locale }) => {
    // The reader's language (?lang=, profile, cookie, browser, DEFAULT_LOCALE): headers, labels, About sheet.
    const intlLocale = INTL_LOCALES[locale];
    const labels = exportLabels(intlLocale);
    const filters = parseFilters(url.searchParams);
    assertListScope(actor, filters);
    const now = new Date();
    const reader = openExportReader(db.$client.name, String(actor!.id ?? actor!.email));
    try {
      const total = countExportRows(reader.db, filters, { now });
      recordExport(db, actor, "recommendations", format, filters, total);
      const rows = exportRows(reader.db, filters, { now, baseUrl: publicBaseUrl(req) }, reader.close);
      const body =
        format === "csv"
          ? csvStream(rows, labels)
          : xlsxStream(
              rows,
              {
                filters: describeFilters(reader.db, filters, { locale: intlLocale }),
                generatedAt: now,
                sources: creditedSources(reader.db, filters.state, intlLocale),
                locale: intlLocale,
                branding: getBranding(reader.db),
              },
              labels,
            );
      return fileResponse(withIdleTimeout(body), format, exportFileName(filters, format, now));
    } catch (error) {
      reader.close();
      throw error;
    }
  });
}
