import "server-only";
import type { z } from "zod";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { DB, Executor } from "../../db";
import { bodies, recommendations, shareLinks, states, tags, users, type ShareLinkRow } from "../../db/schema";
import type { ShareView } from "../../db/schema/enums";
import { assertCan, can } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { clockAt, todayIso } from "../domain/clock";
import { ForbiddenError, NotFoundError } from "../errors";
import { bodyName, stateName } from "../i18n/place-names";
import { runWithLocale } from "../request-locale";
import { parseFilters, type RawParams } from "../search/filters";
import { parseInput } from "../validation/common";
import { vmsg } from "../validation/messages";
import { shareLinkCreateSchema } from "../validation/share-links";
import { writeAudit } from "./audit";
import {
  getStatusCube,
  getSummary,
  getYearsOutstanding,
  type DashboardFilters,
  type StatusCube,
  type Summary,
  type YearsOutstanding,
} from "./dashboard";
import type { FilterLabel } from "../export/types";
import { describeFilters } from "./export-labels";
import { getRecommendationStory, type RecommendationStory } from "./recommendation-story";
import { fieldError, writeTx } from "./write-helpers";

/**
 * Share links (/s/<token>): one view, read-only, for someone without an account. The address
 * is the credential — 256 random bits, only their SHA-256 kept — and it shows only its view:
 * for an unpublished state too (that is the point), but nothing else of the app. A frozen
 * link keeps the figures of the day it was made; a live one computes today's.
 */
/** The day "now" is (lib/domain/clock.ts, so a test's fixed clock holds here too). */
const dayOf = (now?: Date) => (now ? now.toISOString().slice(0, 10) : todayIso());
const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Who the audit names for an anonymous visitor opening a link. */
const VISITOR: Actor = { id: null, email: "share-link visitor", name: "Share-link visitor", role: "viewer" };

export type SharedFigures = { summary: Summary; cube: StatusCube; years: YearsOutstanding };
export type ShareViewData =
  | { view: "dashboard" | "state-report"; state: { code: string; name: string } | null; figures: SharedFigures }
  | { view: "recommendation"; story: RecommendationStory };

export type ShareLinkDTO = {
  id: number;
  view: ShareView;
  filters: Record<string, unknown>;
  recommendationId: number | null;
  frozen: boolean;
  expiresAt: string | null;
  revoked: boolean;
  opens: number;
  createdAt: string;
  createdBy: string | null;
};

const toDTO = (r: ShareLinkRow, createdBy: string | null = null): ShareLinkDTO => ({
  id: r.id,
  view: r.view,
  filters: JSON.parse(r.filters) as Record<string, unknown>,
  recommendationId: r.recommendationId,
  frozen: r.frozen,
  expiresAt: r.expiresAt,
  revoked: r.revokedAt != null,
  opens: r.opens,
  createdAt: r.createdAt.toISOString(),
  createdBy,
});

function dashboardFilters(raw: Record<string, unknown>): DashboardFilters {
  const f = parseFilters(raw as RawParams);
  return { state: f.state, body: f.body, theme: f.theme, from: f.from, to: f.to };
}

type StoredFilters = Record<string, string | string[]>;

/**
 * The filters as the link keeps them: years as text, each value one the view reads. A value the
 * list's parser would drop (a malformed code) or that names nothing recorded is refused by name,
 * so a link never quietly shows more than its maker asked for.
 */
function storedFilters(db: Executor, filters: Record<string, string | number | string[]>): StoredFilters {
  const out: StoredFilters = {};
  for (const [key, value] of Object.entries(filters))
    out[key] = Array.isArray(value) ? value.map((v) => v.trim()) : String(value).trim();
  const parsed = parseFilters(out);
  const given = (key: "state" | "body" | "theme") => {
    const v = out[key];
    const list = v === undefined ? [] : Array.isArray(v) ? v : [v];
    return key === "theme" ? list : list.flatMap((x) => x.split(","));
  };
  const known = {
    state: (codes: string[]) => db.select({ v: states.code }).from(states).where(inArray(states.code, codes)).all(),
    body: (codes: string[]) => db.select({ v: bodies.code }).from(bodies).where(inArray(bodies.code, codes)).all(),
    theme: (names: string[]) =>
      db
        .select({ v: tags.name })
        .from(tags)
        .where(and(eq(tags.kind, "theme"), inArray(tags.name, names)))
        .all(),
  };
  for (const key of ["state", "body", "theme"] as const) {
    const values = given(key)
      .map((x) => x.trim())
      .filter(Boolean);
    if (values.length > parsed[key].length) fieldError(`filters.${key}`, vmsg("share.codeFormat", { key }));
    const recorded = new Set(known[key](parsed[key]).map((r) => r.v));
    const missing = parsed[key].find((v) => !recorded.has(v));
    if (missing) fieldError(`filters.${key}`, vmsg("share.unknownCode", { key, code: missing }));
  }
  return out;
}

/** The figures or the story a link shows, as of now. */
export function shareViewData(
  db: Executor,
  link: Pick<ShareLinkRow, "view" | "filters" | "recommendationId">,
  now?: Date,
): ShareViewData | null {
  if (link.view === "recommendation") {
    // The story as the public sees it: public evidence only, no staff names, no work plan.
    const story = link.recommendationId
      ? getRecommendationStory(db, link.recommendationId, { publicOnly: true })
      : null;
    return story && !story.archived ? { view: "recommendation", story } : null;
  }
  const f = dashboardFilters(JSON.parse(link.filters) as Record<string, unknown>);
  const clock = clockAt(now);
  const state =
    f.state.length === 1
      ? (db.select({ code: states.code, name: states.name }).from(states).where(eq(states.code, f.state[0])).get() ??
        null)
      : null;
  if (link.view === "state-report" && !state) return null;
  return {
    view: link.view,
    state,
    figures: {
      summary: getSummary(db, f, clock),
      cube: getStatusCube(db, f, clock),
      years: getYearsOutstanding(db, f, clock),
    },
  };
}

/** Makes a link; the token is in the answer once and never again. */
export function createShareLink(
  db: DB,
  actor: Actor | null | undefined,
  input: z.input<typeof shareLinkCreateSchema>,
  now?: Date,
): { link: ShareLinkDTO; token: string } {
  const who = assertCan(actor, "shareLink", "create");
  if (who.id == null) throw new ForbiddenError(vmsg("share.needsAccount"));
  const data = parseInput(shareLinkCreateSchema, input);
  if (data.expiresAt && data.expiresAt < dayOf(now)) fieldError("expiresAt", vmsg("share.expiryPast"));
  const token = randomBytes(32).toString("base64url");
  return writeTx(db, (tx) => {
    if (data.recommendationId) {
      const rec = tx
        .select({ id: recommendations.id })
        .from(recommendations)
        .where(eq(recommendations.id, data.recommendationId))
        .get();
      if (!rec) throw new NotFoundError("recommendation", data.recommendationId);
    }
    const base = {
      view: data.view,
      filters: JSON.stringify(storedFilters(tx, data.filters ?? {})),
      recommendationId: data.view === "recommendation" ? (data.recommendationId ?? null) : null,
    };
    const view = shareViewData(tx, base, now);
    if (!view) fieldError(data.view === "recommendation" ? "recommendationId" : "filters", vmsg("share.nothingToShow"));
    const row = tx
      .insert(shareLinks)
      .values({
        ...base,
        tokenHash: hash(token),
        frozen: !!data.frozen,
        // Names as recorded, not in the maker's language: each reader gets them in theirs (localised()).
        snapshot: data.frozen
          ? JSON.stringify({ asOf: dayOf(now), data: runWithLocale("en", () => shareViewData(tx, base, now)) })
          : null,
        expiresAt: data.expiresAt ?? null,
        createdById: who.id!,
      })
      .returning()
      .get();
    const link = toDTO(row, who.name);
    writeAudit(tx, who, "create", "share_link", row.id, null, link);
    return { link, token };
  });
}

/** Your links, newest first; admins see everyone's. */
export function listShareLinks(
  db: Executor,
  actor: Actor | null | undefined,
  opts: { all?: boolean } = {},
): ShareLinkDTO[] {
  const who = assertCan(actor, "shareLink", "read");
  const everyone = opts.all && can(who, "anyShareLink", "read");
  const rows = db
    .select({ r: shareLinks, by: users.name })
    .from(shareLinks)
    .leftJoin(users, eq(users.id, shareLinks.createdById))
    .where(everyone ? undefined : eq(shareLinks.createdById, who.id ?? -1))
    .orderBy(desc(shareLinks.id))
    .all();
  return rows.map((x) => toDTO(x.r, x.by));
}

/**
 * Each link's filters other than the state (which the list names by code) in words — "Body: Human
 * Rights Committee (CCPR)", "Period: 2011 – 2016" — so two links to one state's dashboard can be told apart.
 */
export function shareLinkFilterWords(db: Executor, links: ShareLinkDTO[]): Map<number, FilterLabel[]> {
  return new Map(links.map((l) => [l.id, describeFilters(db, { ...parseFilters(l.filters as RawParams), state: [] })]));
}

/** Ends a link (yours, or anyone's for an admin); revoking twice changes nothing more. */
export function revokeShareLink(db: DB, actor: Actor | null | undefined, id: number, now = new Date()): ShareLinkDTO {
  const who = assertCan(actor, "shareLink", "delete");
  return writeTx(db, (tx) => {
    const row = tx.select().from(shareLinks).where(eq(shareLinks.id, id)).get();
    if (!row) throw new NotFoundError("share link", id);
    if (row.createdById !== who.id && !can(who, "anyShareLink", "delete"))
      throw new ForbiddenError(vmsg("share.notYours"));
    const maker = tx.select({ name: users.name }).from(users).where(eq(users.id, row.createdById)).get()?.name ?? null;
    if (row.revokedAt) return toDTO(row, maker);
    const after = tx.update(shareLinks).set({ revokedAt: now }).where(eq(shareLinks.id, id)).returning().get();
    writeAudit(tx, who, "revoke", "share_link", id, toDTO(row, maker), toDTO(after, maker));
    return toDTO(after, maker);
  });
}

/** Whether a token opens, without counting an open (the /s/<token> route's first look). */
export function peekShareLink(db: Executor, token: string, now?: Date): "ok" | "missing" | "revoked" | "expired" {
  const row = db
    .select()
    .from(shareLinks)
    .where(eq(shareLinks.tokenHash, hash(token)))
    .get();
  if (!row) return "missing";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt && row.expiresAt < dayOf(now)) return "expired";
  return "ok";
}

export type OpenedShareLink =
  | { status: "ok"; link: ShareLinkDTO; data: ShareViewData; asOf: string }
  | { status: "gone"; reason: "revoked" | "expired" }
  | { status: "missing" };

/**
 * What /s/<token> shows. Opening counts and is audited; a revoked or expired link is "gone"
 * (the page answers 410), an unknown token "missing" (404).
 */
export function openShareLink(db: DB, token: string, now?: Date): OpenedShareLink {
  const row = db
    .select()
    .from(shareLinks)
    .where(eq(shareLinks.tokenHash, hash(token)))
    .get();
  if (!row) return { status: "missing" };
  if (row.revokedAt) return { status: "gone", reason: "revoked" };
  if (row.expiresAt && row.expiresAt < dayOf(now)) return { status: "gone", reason: "expired" };
  writeTx(db, (tx) => {
    tx.update(shareLinks)
      .set({ opens: row.opens + 1 })
      .where(eq(shareLinks.id, row.id))
      .run();
    writeAudit(tx, VISITOR, "open", "share_link", row.id, null, null);
  });
  const link = toDTO({ ...row, opens: row.opens + 1 });
  if (row.frozen && row.snapshot) {
    const frozen = JSON.parse(row.snapshot) as { asOf: string; data: ShareViewData };
    return { status: "ok", link, data: localised(withEvidenceAsNow(db, frozen.data)), asOf: frozen.asOf };
  }
  const data = shareViewData(db, row, now);
  if (!data) return { status: "missing" };
  return { status: "ok", link, data, asOf: dayOf(now) };
}

/**
 * A frozen story keeps its figures, not its evidence: an item made private or archived since the
 * link was made leaves it (evidence can name victims), and what stays is shown as it reads today.
 */
function withEvidenceAsNow(db: Executor, data: ShareViewData): ShareViewData {
  if (data.view !== "recommendation") return data;
  // The public story holds exactly the evidence that is public and not archived today.
  const today = new Map(
    data.story.evidence.length
      ? (getRecommendationStory(db, data.story.id, { publicOnly: true })?.evidence ?? []).map((e) => [e.id, e] as const)
      : [],
  );
  const keep = (id: number) => today.has(id);
  const story = data.story;
  return {
    view: "recommendation",
    story: {
      ...story,
      evidence: story.evidence.filter((e) => keep(e.id)).map((e) => today.get(e.id)!),
      timeline: story.timeline.flatMap((entry): typeof story.timeline => {
        if (entry.type === "evidence")
          return keep(entry.evidence.id) ? [{ ...entry, evidence: today.get(entry.evidence.id)! }] : [];
        if (entry.type === "assessment") return [{ ...entry, evidenceIds: entry.evidenceIds.filter(keep) }];
        return [entry];
      }),
    },
  };
}

/** A frozen snapshot's state and body names (kept as recorded) in the reader's language. */
function localised(data: ShareViewData): ShareViewData {
  if (data.view === "recommendation") {
    const { story } = data;
    return {
      view: "recommendation",
      story: {
        ...story,
        state: { ...story.state, name: stateName(story.state.code, story.state.name) },
        body: { ...story.body, name: bodyName(story.body.code, story.body.name) },
      },
    };
  }
  const { cube } = data.figures;
  return {
    ...data,
    state: data.state && { ...data.state, name: stateName(data.state.code, data.state.name) },
    figures: {
      ...data.figures,
      cube: { ...cube, byBody: cube.byBody.map((b) => ({ ...b, label: bodyName(b.key, b.label) })) },
    },
  };
}
