import "server-only";
import type { z } from "zod";
import type { DB, Executor } from "../../db";
import type { ACCESS_POLICY, PolicyEntity, Access } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { NotFoundError } from "../errors";
import { parseInput, versionOnly } from "../validation/common";
import { listQuery } from "../validation/queries";
import { created, handler, idParam, list, ok, queryObject } from "./handler";

type Id = { id: string };
type ListOptions = { archived?: boolean; q?: string; page?: number; per?: number };
type Write<I> = (db: DB, actor: Actor | null | undefined, input: I) => unknown;
type WriteById<I> = (db: DB, actor: Actor | null | undefined, id: number, input: I) => unknown;
/**
 * How a route reads its body: the route registry's schema for it (lib/api/registry.ts), or a function
 * that parses the same way when one schema cannot say it (the evidence attach body).
 */
export type BodyParser<I> = z.ZodType<I> | ((body: unknown) => I);
/** The body parsed once here, so the DAL gets a typed value (it parses again for its other callers). */
const parseBody = <I>(parser: BodyParser<I>, body: unknown): I =>
  typeof parser === "function" ? parser(body) : parseInput(parser, body);
/** Entities whose access-policy row lists `A`. */
type With<A extends string> = {
  [E in PolicyEntity]: (typeof ACCESS_POLICY)[E] extends Record<A, unknown> ? E : never;
}[PolicyEntity];
const access = <E extends PolicyEntity>(entity: E, action: string) => [entity, action] as Access;

/** GET (list, ?archived=&q=&page=&per=) and POST (create) on a collection; roles from the access policy. */
export function collection<T, I>(opts: {
  policy: With<"read" | "create">;
  list: (db: Executor, o: ListOptions & Record<string, unknown>) => { rows: T[]; total: number };
  body: BodyParser<I>;
  create: Write<I>;
  /** Extra query filters the list understands, parsed from the query string. */
  filters?: (query: Record<string, string | string[]>) => Record<string, unknown>;
}) {
  return {
    GET: handler({ access: access(opts.policy, "read") }, ({ db, url }) => {
      const query = queryObject(url);
      const base = parseInput(listQuery, query);
      const { rows, total } = opts.list(db, { ...base, ...(opts.filters?.(query) ?? {}) });
      return list(rows, total);
    }),
    POST: handler({ access: access(opts.policy, "create"), body: true }, ({ db, actor, body }) =>
      created(opts.create(db, actor, parseBody(opts.body, body))),
    ),
  };
}

/** GET one and PATCH (update with version) by id. `label` names it in a 404. */
export function item<I>(opts: {
  policy: With<"read" | "update">;
  label: string;
  get: (db: Executor, id: number) => unknown;
  body: BodyParser<I>;
  update: WriteById<I>;
}) {
  return {
    GET: handler<Id>({ access: access(opts.policy, "read") }, ({ db, params }) => {
      const id = idParam(params.id, opts.label);
      const found = opts.get(db, id);
      if (!found) throw new NotFoundError(opts.label, id);
      return ok(found);
    }),
    PATCH: handler<Id>({ access: access(opts.policy, "update"), body: true }, ({ db, actor, params, body }) =>
      ok(opts.update(db, actor, idParam(params.id, opts.label), parseBody(opts.body, body))),
    ),
  };
}

/** POST …/{id}/archive or …/{id}/restore with `{ "version": n }`. */
export function versionedAction(policy: Access, label: string, fn: WriteById<z.output<typeof versionOnly>>) {
  return handler<Id>({ access: policy, body: true }, ({ db, actor, params, body }) =>
    ok(fn(db, actor, idParam(params.id, label), parseInput(versionOnly, body))),
  );
}

/** POST …/recommendations/{id}/<history>: a new row under the recommendation, 201. */
export function childCreate<I>(policy: Access, parser: BodyParser<I>, fn: WriteById<I>) {
  return handler<Id>({ access: policy, body: true }, ({ db, actor, params, body }) =>
    created(fn(db, actor, idParam(params.id, "recommendation"), parseBody(parser, body))),
  );
}
