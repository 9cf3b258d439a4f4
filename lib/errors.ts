/**
 * Errors the data layer throws and every caller (server action, route
 * handler, CLI) turns into the right answer: a message, an HTTP status.
 */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code:
      "unauthorized" | "forbidden" | "not_found" | "conflict" | "validation" | "too_large" | "unsupported_media_type",
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "Sign in to continue.") {
    super("unauthorized", message, 401);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "Your role does not allow this.") {
    super("forbidden", message, 403);
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, id: number | string) {
    super("not_found", `${entity} ${id} was not found.`, 404);
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
