import "server-only";
import { ZodError } from "zod";
import { getDb } from "../../db";
import { getApiActor } from "../auth/api-actor";
import { assertCan, type Access } from "../auth/policy";
import type { RequestContext } from "../context";
import {
  AppError,
  BusyError,
  ConflictError,
  isBusyError,
  NotFoundError,
  TooManyRequestsError,
  ValidationError,
} from "../errors";
import { assertSameOrigin } from "../http/origin";
import { formatNumber } from "../i18n/format";
import { localeOfRequest, runWithLocale } from "../request-locale";
import { fieldErrorsOf } from "../validation/common";
import { vmsg } from "../validation/messages";

/** Bodies above this are refused with 413 before parsing (a recommendation is a few KB). */
export const MAX_BODY_BYTES = 1_000_000;

/** The request context (lib/context.ts) plus what a route handler reads from its request. */
export type ApiContext<P> = RequestContext & { req: Request; url: URL; params: P; body: unknown };
export type HandlerOptions = {
  /**
   * The access-policy entry (lib/auth/policy.ts) the caller needs, checked before the body is
   * read (the data layer checks again). Omit for public routes.
   */
  access?: Access;
  /** Whether the route takes a JSON body. */
  body?: boolean;
};
type RouteContext<P> = { params: Promise<P> };

export const json = (data: unknown, status = 200) => Response.json(data, { status });
export const ok = (data: unknown, status = 200) => json({ data }, status);
export const created = (data: unknown) => ok(data, 201);
export const list = (rows: unknown[], total: number) => json({ data: rows, total });

type ErrorBody = { code: string; message: string; fields?: Record<string, string[]>; current?: unknown };
const errorResponse = (status: number, error: ErrorBody, headers: Record<string, string> = {}) =>
  Response.json({ error }, { status, headers });

/** `{id}` path segments: a positive integer, or 404 (an id that cannot exist is not found). */
export function idParam(value: string | undefined, entity = "record"): number {
  if (!value || !/^\d{1,15}$/.test(value) || Number(value) < 1) throw new NotFoundError(entity, value ?? "");
  return Number(value);
}

/** The query string as a plain object; repeated keys become arrays. */
export function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

class BodyError extends AppError {}

async function readJsonBody(req: Request): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type.trim())) {
    throw new BodyError("unsupported_media_type", vmsg("api.unsupportedMedia"), 415);
  }
  const tooLarge = () =>
    new BodyError(
      "too_large",
      vmsg("api.tooLarge", {
        limit: formatNumber(MAX_BODY_BYTES / 1_000_000, undefined, { style: "unit", unit: "megabyte" }),
      }),
      413,
    );
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  // Content-Length can be absent (chunked) or wrong: count while reading.
  const reader = req.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString("utf8");
  let parsed: unknown;
  try {
    parsed = text.trim() ? JSON.parse(text) : {};
  } catch {
    throw new ValidationError(vmsg("api.invalidJson"));
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw new ValidationError(vmsg("api.bodyNotObject"));
  return parsed;
}

/** Turns anything thrown into the API's JSON error; unknown errors are logged, never echoed. */
export function toErrorResponse(e: unknown): Response {
  if (e instanceof ConflictError) return errorResponse(409, { code: e.code, message: e.message, current: e.current });
  if (e instanceof ValidationError) {
    return errorResponse(400, {
      code: e.code,
      message: e.message,
      ...(Object.keys(e.fields).length ? { fields: e.fields } : {}),
    });
  }
  // Busy: another writer held the lock past the busy timeout; the transaction rolled back, so retrying is safe.
  if (isBusyError(e)) e = new BusyError(vmsg("api.busy"));
  if (e instanceof BusyError || e instanceof TooManyRequestsError)
    return errorResponse(
      e.status,
      { code: e.code, message: e.message },
      { "retry-after": String(e.retryAfterSeconds) },
    );
  if (e instanceof AppError) return errorResponse(e.status, { code: e.code, message: e.message });
  if (e instanceof ZodError)
    return errorResponse(400, { code: "validation", message: vmsg("form.invalid"), fields: fieldErrorsOf(e) });
  console.error("[api] unexpected error", e);
  return errorResponse(500, { code: "internal", message: vmsg("api.internal") });
}

/**
 * Wraps a route handler: who is calling (Bearer token or session cookie),
 * the role gate, the JSON body with its size and type checks, and the error
 * mapping. Handlers return a Response (use ok / created / list).
 */
export function handler<P extends Record<string, string> = Record<string, never>>(
  options: HandlerOptions,
  fn: (ctx: ApiContext<P>) => Response | Promise<Response>,
) {
  const route = async (req: Request, context: RouteContext<P>): Promise<Response> => {
    const db = getDb();
    // Errors before the caller is known speak the browser's language; after, the caller's profile's.
    return runWithLocale(localeOfRequest(db, null, req), async () => {
      try {
        // Before anything is read: a cross-site mutation is refused whatever it carries.
        assertSameOrigin(req);
        const actor = await getApiActor(req);
        const locale = localeOfRequest(db, actor, req);
        return await runWithLocale(locale, async () => {
          if (options.access) assertCan(actor, ...options.access);
          const body = options.body ? await readJsonBody(req) : undefined;
          const params = (await context?.params) ?? {};
          return await fn({ req, url: new URL(req.url), actor, locale, params, db, body });
        });
      } catch (e) {
        return toErrorResponse(e);
      }
    });
  };
  // tests/api/registry.test.ts reads this to check each route file against the registry.
  return Object.assign(route, { access: options.access ?? null });
}
