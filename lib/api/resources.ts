import "server-only";
import type { DB, Executor } from "../../db";
import type { Role } from "../../db/schema/enums";
import type { Actor } from "../auth/roles";
import { NotFoundError } from "../errors";
import { parseInput } from "../validation/common";
import { listQuery } from "../validation/queries";
import { created, handler, idParam, list, ok, queryObject } from "./handler";

type Id = { id: string };
type ListOptions = { archived?: boolean; q?: string; page?: number; per?: number };
type Write<T> = (db: DB, actor: Actor | null | undefined, input: unknown) => T;
type WriteById<T> = (db: DB, actor: Actor | null | undefined, id: number, input: unknown) => T;

/** GET (list, ?archived=&q=&page=&per=) and POST (create) on a collection. */
export function collection<T>(opts: {
  list: (db: Executor, o: ListOptions & Record<string, unknown>) => { rows: T[]; total: number };
  create: Write<unknown>;
  createRole: Role;
  /** Extra query filters the list understands, parsed from the query string. */
  filters?: (query: Record<string, string | string[]>) => Record<string, unknown>;
}) {
  return {
    GET: handler({ role: "viewer" }, ({ db, url }) => {
      const query = queryObject(url);
      const base = parseInput(listQuery, query);
      const { rows, total } = opts.list(db, { ...base, ...(opts.filters?.(query) ?? {}) });
      return list(rows, total);
    }),
    POST: handler({ role: opts.createRole, body: true }, ({ db, actor, body }) =>
      created(opts.create(db, actor, body)),
    ),
  };
}

/** GET one and PATCH (update with version) by id. */
export function item(opts: {
  entity: string;
  get: (db: Executor, id: number) => unknown;
  update: WriteById<unknown>;
  updateRole: Role;
}) {
  return {
    GET: handler<Id>({ role: "viewer" }, ({ db, params }) => {
      const id = idParam(params.id, opts.entity);
      const found = opts.get(db, id);
      if (!found) throw new NotFoundError(opts.entity, id);
      return ok(found);
    }),
    PATCH: handler<Id>({ role: opts.updateRole, body: true }, ({ db, actor, params, body }) =>
      ok(opts.update(db, actor, idParam(params.id, opts.entity), body)),
    ),
  };
}

/** POST …/{id}/archive or …/{id}/restore with `{ "version": n }`. */
export function versionedAction(entity: string, role: Role, fn: WriteById<unknown>) {
  return handler<Id>({ role, body: true }, ({ db, actor, params, body }) =>
    ok(fn(db, actor, idParam(params.id, entity), body)),
  );
}

/** POST …/recommendations/{id}/<history>: a new row under the recommendation, 201. */
export function childCreate(role: Role, fn: WriteById<unknown>) {
  return handler<Id>({ role, body: true }, ({ db, actor, params, body }) =>
    created(fn(db, actor, idParam(params.id, "recommendation"), body)),
  );
}
