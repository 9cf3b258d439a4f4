import { AppError, ConflictError, isBusyError, ValidationError, type FieldErrors } from "@/lib/errors";
import { vmsg } from "@/lib/validation/messages";

/** What every form's server action returns (style guide pattern 4). */
export type ActionState<T = unknown> = {
  status: "idle" | "success" | "error" | "conflict";
  message?: string;
  fieldErrors?: FieldErrors;
  /** On a conflict: the record as it is now, to show beside what the user typed. */
  current?: T;
  /** The values the user submitted, so a refused form keeps what they typed. */
  values?: Record<string, string>;
};

export const idle: ActionState = { status: "idle" };

export function formValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) out[k] = v;
  return out;
}

/**
 * Turns what the data layer throws into form state. Anything that is not an
 * AppError (a bug, a redirect) is rethrown for Next.js to handle.
 */
export function toActionState(error: unknown, values?: Record<string, string>): ActionState {
  if (error instanceof ValidationError)
    return { status: "error", message: error.message, fieldErrors: error.fields, values };
  if (error instanceof ConflictError)
    return { status: "conflict", message: error.message, current: error.current, values };
  if (error instanceof AppError) return { status: "error", message: error.message, values };
  // Another writer held the database past the busy timeout: nothing was saved, and the form keeps what was typed.
  if (isBusyError(error)) return { status: "error", message: vmsg("api.busy"), values };
  throw error;
}
