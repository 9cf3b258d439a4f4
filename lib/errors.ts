/**
 * Errors the data layer throws and every caller (server action, route
 * handler, CLI) turns into the right answer: a message, an HTTP status.
 */
import { formatMessage } from "./i18n/catalogue";
import { currentLocale } from "./i18n/current-locale";

export type FieldErrors = Record<string, string[]>;

/** A default message in the language of the request being served (lib/i18n/current-locale.ts). */
const say = (key: string, params: Record<string, string | number> = {}) =>
  formatMessage(`files.errors.${key}`, params, currentLocale());

/**
 * "Record type", "share link", "evidence item" → the key a catalogue chooses its sentence by
 * ("record_type"): Russian needs the noun's gender ("не найден", "не найдена", "не найдено").
 */
export const entityKey = (entity: string) =>
  entity
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");

export class AppError extends Error {
  constructor(
    readonly code:
      | "unauthorized"
      | "forbidden"
      | "not_found"
      | "conflict"
      | "validation"
      | "too_large"
      | "unsupported_media_type"
      | "too_many_requests"
      | "busy",
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = say("signIn")) {
    super("unauthorized", message, 401);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = say("forbidden")) {
    super("forbidden", message, 403);
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, id: number | string) {
    // English keeps the label as the caller wrote it ("Record type x was not found.").
    super("not_found", say("notFound", { entity: entityKey(entity) || "record", label: entity, id: String(id) }), 404);
  }
}

/** A stale edit: `current` is the record as it is now, so the user can compare. */
export class ConflictError extends AppError {
  constructor(
    message: string,
    readonly current?: unknown,
  ) {
    super("conflict", message, 409);
  }
}

export class ValidationError extends AppError {
  constructor(
    message: string,
    readonly fields: FieldErrors = {},
  ) {
    super("validation", message, 400);
  }
}

/** Too many at once (sign-in attempts, open exports): try again later. */
export class TooManyRequestsError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super("too_many_requests", message, 429);
  }
}

/** Another writer holds the database longer than a request may wait: nothing was written, try again. */
export class BusyError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds = BUSY_RETRY_AFTER_SECONDS,
  ) {
    super("busy", message, 503);
  }
}
export const BUSY_RETRY_AFTER_SECONDS = 5;

/** SQLITE_BUSY / SQLITE_LOCKED (and their extended codes): another connection holds the lock. */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^SQLITE_(BUSY|LOCKED)/.test(code);
}
