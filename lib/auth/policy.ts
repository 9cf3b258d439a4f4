/**
 * Who may do what: the one table every check reads. Route handlers
 * (lib/api/handler.ts `access`), server actions (lib/actions.ts), the data
 * layer's writes and admin-only reads (lib/data/*), the OpenAPI document
 * (lib/api/registry.ts), the authorisation tests (tests/api/*,
 * e2e/authz-*.write.spec.ts) and the README's role table (rendered by
 * `policyMarkdown()`, compared by tests/auth/policy.test.ts) all take their
 * roles from here.
 *
 * Restoring follows archiving: whoever may archive a record may restore it.
 * Recommendations and tags are an admin's to archive; reference records and
 * history rows (responses, grades, assessments, evidence) an editor's.
 *
 * Plain data with no server imports, so tests and scripts can read it too.
 */
import type { Role } from "../../db/schema/enums";
import { ForbiddenError, UnauthorizedError } from "../errors";
import type { Actor } from "./roles";
import { vocabularyLabel } from "../labels";
import { vmsg } from "../validation/messages";

export type PolicyAction = "read" | "create" | "update" | "archive" | "restore" | "attach" | "delete" | "run";

const history = { read: "viewer", create: "editor", update: "editor", archive: "editor", restore: "editor" } as const;
const reference = history;

export const ACCESS_POLICY = {
  recommendation: { read: "viewer", create: "editor", update: "editor", archive: "admin", restore: "admin" },
  response: history,
  grade: history,
  assessment: history,
  evidence: { ...history, attach: "editor" },
  // Removing a link archives it (DELETE /api/v1/reiterations/{id} too), so it can be restored.
  reiteration: { read: "viewer", create: "editor", archive: "editor", restore: "editor" },
  // Reading suggestions reveals nothing a viewer cannot read already; acting on them is an editor's.
  suggestion: { read: "viewer" },
  dismissal: { create: "editor", delete: "editor" },
  state: reference,
  body: reference,
  cycle: reference,
  document: reference,
  tag: { read: "viewer", create: "admin", update: "admin", archive: "admin", restore: "admin" },
  user: { read: "admin", create: "admin", update: "admin" },
  audit: { read: "admin" },
  // The organisation's name, logo and disclaimer on reports and exports (/admin/settings).
  settings: { read: "admin", update: "admin" },
  // Archived records of every kind (the bin, /admin/archive; the list and the API with archived=1).
  // Restoring one follows that record's own row above.
  archive: { read: "editor" },
  import: { read: "editor", run: "editor" },
  export: { run: "viewer" },
  institution: reference,
  action: history,
  cycleEvent: reference,
  calendar: { read: "viewer" },
  // A user's own settings, follows and notifications: every signed-in person, on what is theirs only.
  me: { read: "viewer", update: "viewer" },
  follow: { read: "viewer", create: "viewer", delete: "viewer" },
  notification: { read: "viewer", update: "viewer" },
  calendarFeed: { create: "viewer", delete: "viewer" },
  // Read-only links to one view for people without an account: anyone signed in makes and
  // revokes their own ("delete" is revoking); admins see and revoke everyone's.
  shareLink: { read: "viewer", create: "viewer", delete: "viewer" },
  anyShareLink: { read: "admin", delete: "admin" },
} as const satisfies Record<string, Partial<Record<PolicyAction, Role>>>;

export type PolicyEntity = keyof typeof ACCESS_POLICY;
/** An (entity, action) pair the table lists, e.g. ["tag", "archive"]. */
export type Access = {
  [E in PolicyEntity]: [E, keyof (typeof ACCESS_POLICY)[E] & PolicyAction];
}[PolicyEntity];

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

/** The lowest role that may do `action` on `entity`. */
export function roleFor(...[entity, action]: Access): Role {
  return (ACCESS_POLICY[entity] as Partial<Record<PolicyAction, Role>>)[action]!;
}

export function hasRole(actor: Pick<Actor, "role"> | null | undefined, needed: Role): boolean {
  return !!actor && RANK[actor.role] >= RANK[needed];
}

export function can(actor: Pick<Actor, "role"> | null | undefined, ...access: Access): boolean {
  return hasRole(actor, roleFor(...access));
}

/** A role as a sentence names it: "editor" in English, «редактор» in Russian. */
const roleWord = (role: Role) => vocabularyLabel("role", role).toLocaleLowerCase();

/** Throws 401 for nobody and 403 for a role below `needed`; returns the actor. */
export function assertRole(actor: Actor | null | undefined, needed: Role): Actor {
  if (!actor) throw new UnauthorizedError();
  if (!hasRole(actor, needed))
    throw new ForbiddenError(vmsg("api.needsRole", { needed: roleWord(needed), current: roleWord(actor.role) }));
  return actor;
}

/** assertRole with the role the table names for (entity, action). */
export function assertCan(actor: Actor | null | undefined, ...access: Access): Actor {
  return assertRole(actor, roleFor(...access));
}

const ENTITY_NAMES: Record<PolicyEntity, string> = {
  recommendation: "Recommendations",
  response: "State responses",
  grade: "Follow-up grades",
  assessment: "Assessments",
  evidence: "Evidence",
  reiteration: "Reiteration links",
  suggestion: "Suggestions (likely earlier versions, review queue, tags)",
  dismissal: "Dismissed reiteration candidates",
  state: "States",
  body: "Bodies",
  cycle: "Review cycles",
  document: "Documents",
  tag: "Tags (themes, affected persons, SDG targets)",
  user: "Users",
  audit: "Audit log",
  settings: "Organisation settings (name, logo, disclaimer on reports)",
  archive: "Archived records (the bin, `archived=1`)",
  import: "Imports",
  export: "Exports (CSV, Excel, PDF)",
  institution: "Institutions (ministries, parliament, courts …)",
  action: "Actions and their progress notes",
  cycleEvent: "Cycle events (on the calendar)",
  calendar: "Calendar and state calendar feeds",
  me: "Your own settings (e-mail digest)",
  follow: "Your follows",
  notification: "Your notifications",
  calendarFeed: "Your personal calendar feed",
  shareLink: "Your share links (read-only links to one view; revoking is delete)",
  anyShareLink: "Everyone's share links",
};
const ACTION_ORDER: PolicyAction[] = ["read", "create", "update", "archive", "restore", "attach", "delete", "run"];

/** The table as Markdown, for the README's "Roles" section (kept equal by tests/auth/policy.test.ts). */
export function policyMarkdown(): string {
  const used = ACTION_ORDER.filter((a) => Object.values(ACCESS_POLICY).some((row) => a in row));
  const lines = [`| What | ${used.join(" | ")} |`, `|---|${used.map(() => "---").join("|")}|`];
  for (const [entity, row] of Object.entries(ACCESS_POLICY) as [PolicyEntity, Partial<Record<PolicyAction, Role>>][])
    lines.push(`| ${ENTITY_NAMES[entity]} | ${used.map((a) => row[a] ?? "—").join(" | ")} |`);
  return lines.join("\n");
}
