import "server-only";
import type { z } from "zod";
import type { Access } from "@/lib/auth/policy";
import { actionContext, requestLocale, type SignedInContext } from "@/lib/context";
import { runWithLocale } from "@/lib/request-locale";
import { parseInput } from "@/lib/validation/common";
import { formValues, toActionState, type ActionState } from "./action-state";

/** A value, or a function of the arguments the page bound to the action (`action.bind(null, id)`). */
type Bound<T, B extends unknown[]> = T | ((...bound: B) => T);

export type ValidatedActionSpec<S extends z.ZodType, B extends unknown[]> = {
  /** The access-policy entry (lib/auth/policy.ts) the caller needs; checked before anything is read. */
  access: Bound<Access, B>;
  /** The shared zod schema (lib/validation/*) the form's values must pass. */
  schema: Bound<S, B>;
  /** FormData → the object the schema parses. Default: the form's text fields. */
  input?: (form: FormData, ctx: SignedInContext, ...bound: B) => unknown;
  /** What a refused form sends back to keep what was typed. Default: every text field. */
  keep?: (values: Record<string, string>) => Record<string, string>;
};

const resolve = <T, B extends unknown[]>(value: Bound<T, B>, bound: B): T =>
  typeof value === "function" ? (value as (...b: B) => T)(...bound) : value;

/**
 * A server action that checks the access policy, parses the form with its
 * schema and only then runs `fn` with typed input and the request context.
 * What the data layer throws (AppError) becomes form state that keeps what was
 * typed; anything else (a redirect, a bug) goes on to Next.js. The data layer
 * checks the role again: this is the first gate, not the only one.
 *
 * Arguments a page binds (`action.bind(null, entity, id)`) come first, as `bound`.
 */
export function validatedAction<S extends z.ZodType, B extends unknown[] = []>(
  spec: ValidatedActionSpec<S, B>,
  fn: (data: z.output<S>, ctx: SignedInContext, ...bound: B) => ActionState | Promise<ActionState>,
): (...args: [...B, ActionState, FormData]) => Promise<ActionState> {
  return async (...args) => {
    const form = args[args.length - 1] as FormData;
    const bound = args.slice(0, -2) as B;
    const values = formValues(form);
    const locale = await requestLocale();
    // Every sentence the action returns — field errors included — is in the user's language.
    return runWithLocale(locale, async () => {
      try {
        const ctx = await actionContext(...resolve(spec.access, bound));
        const raw = spec.input ? spec.input(form, ctx, ...bound) : values;
        return await fn(parseInput(resolve(spec.schema, bound), raw), ctx, ...bound);
      } catch (e) {
        return toActionState(e, spec.keep ? spec.keep(values) : values);
      }
    });
  };
}
