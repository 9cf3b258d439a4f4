import { handler } from "@/lib/api/handler";
import { getCaseFile } from "@/lib/data/case-file";
import { recordCaseFileExport } from "@/lib/data/export-audit";
import { NotFoundError } from "@/lib/errors";
import { caseFilePdfStream } from "@/lib/export/case-file";
import { publicBaseUrl } from "@/lib/public-url";
import { fileResponse } from "../../../_lib/respond";

/**
 * GET /api/export/recommendations/{id}/case-file.pdf — one recommendation's
 * case file, for every role that may export: what its story page shows.
 */
export const GET = handler<{ id: string }>({ access: ["export", "run"] }, ({ db, actor, req, params }) => {
  const id = Number(params.id);
  const now = new Date();
  const data = Number.isInteger(id) && id > 0 ? getCaseFile(db, id, { now, baseUrl: publicBaseUrl(req) }) : null;
  if (!data) throw new NotFoundError("recommendation", params.id);
  recordCaseFileExport(db, actor, id);
  const name = `recommendation-${id}-case-file-${now.toISOString().slice(0, 10)}.pdf`;
  return fileResponse(caseFilePdfStream(data), "pdf", name);
});
export const dynamic = "force-dynamic";
