/**
 * Step 1 of the import wizard: POST /import/upload (multipart, field "file",
 * optional "format"). A route handler, not a server action, because server
 * actions stop at 1 MB of body and the real UPR Info files are 1.5–2.3 MB.
 * Works without JavaScript: the answer is a 303 to the next step.
 */
import { NextResponse, type NextRequest } from "next/server";
import { actionContext } from "@/lib/context";
import { t } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { toErrorResponse } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http/origin";
import { withSecurityHeaders } from "@/lib/http/security-headers";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";
import { parseImportFileIsolated } from "@/lib/import/isolated-parse";
import { deleteUpload, parseFormat, saveParsed, saveUpload } from "@/lib/uploads/store";

export const dynamic = "force-dynamic";

/** Multipart framing around the file: boundaries, part headers, the format field. */
const MULTIPART_SLACK = 64 * 1024;
const BODY_LIMIT = MAX_IMPORT_BYTES + MULTIPART_SLACK;

/**
 * The request body, counted as it streams in and cut off the moment it passes the limit,
 * whether or not Content-Length was sent (or was honest): never buffered whole first.
 */
function countedBody(body: ReadableStream<Uint8Array>, onCutOff: () => void): ReadableStream<Uint8Array> {
  let size = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > BODY_LIMIT) {
          onCutOff();
          controller.error(new Error("upload over the limit"));
        } else controller.enqueue(chunk);
      },
    }),
  );
}

/**
 * 303 to the next step, as a path: the browser resolves it against the address it is on,
 * whatever that is (127.0.0.1, a host name, a reverse proxy). An absolute URL built from
 * request.url would name the address the server listens on instead.
 */
const back = (query: Record<string, string>) =>
  new NextResponse(null, { status: 303, headers: { location: `/import?${new URLSearchParams(query)}` } });

/** Outside proxy.ts (see its matcher), so the answer carries the security headers itself. */
export async function POST(request: NextRequest) {
  return withSecurityHeaders(await receive(request));
}

async function receive(request: NextRequest): Promise<Response> {
  let actorId: number | null;
  let locale: Locale;
  try {
    // Same origin only: a page elsewhere must not be able to push files into someone's session.
    assertSameOrigin(request);
    const ctx = await actionContext("import", "run");
    actorId = ctx.actor.id;
    locale = ctx.locale;
  } catch (error) {
    if (error instanceof AppError) return toErrorResponse(error);
    throw error;
  }
  if (actorId === null) return new NextResponse(t("work.import.needsUser", {}, locale), { status: 403 });

  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > BODY_LIMIT) return back({ error: "tooBig", size: String(Math.ceil(length / 2 ** 20)) });
  let form: FormData;
  let cutOff = false;
  try {
    const body = request.body ? countedBody(request.body, () => (cutOff = true)) : null;
    form = await new Response(body, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    if (!cutOff) return back({ error: "uploadFailed" });
    return back({ error: "tooBig", size: String(Math.ceil(BODY_LIMIT / 2 ** 20)) });
  }
  const file = form.get("file");
  if (!(file instanceof File) || !file.name) return back({ error: "noFile" });
  if (file.size === 0) return back({ error: "emptyFile" });
  if (file.size > MAX_IMPORT_BYTES) return back({ error: "tooBig", size: String(Math.ceil(file.size / 2 ** 20)) });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const format = parseFormat(form.get("format"));
  // Parsed once, here; the review page shows the stored result (lib/uploads/store.ts).
  const parsed = await parseImportFileIsolated(bytes, file.name, { format: format ?? undefined });
  // A file that would inflate past the caps is not kept at all.
  if (parsed.inflationRefused) return back({ error: "inflated" });
  const id = saveUpload(actorId, file.name, format, bytes);
  try {
    saveParsed(id, parsed);
  } catch (error) {
    deleteUpload(id);
    throw error;
  }
  return back({ upload: id });
}
