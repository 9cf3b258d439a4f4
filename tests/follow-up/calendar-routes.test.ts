import fs from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/roles";

const hoisted = vi.hoisted(() => {
  process.env.DATABASE_PATH = `${process.env.TMPDIR ?? "/tmp"}/tracker-calendar-test-${process.pid}-${Date.now()}/test.db`;
  const actors: Partial<Record<Role, Actor>> = {};
  return { actors };
});
// Who is calling is decided by a test header, as in tests/api/handlers.test.ts.
vi.mock("@/lib/auth/api-actor", () => ({
  getApiActor: async (req: Request) => {
    const role = req.headers.get("x-test-role") as Role | null;
    return role ? (hoisted.actors[role] ?? null) : null;
  },
}));

const { getDb } = await import("@/db");
const { calendarFeeds } = await import("@/db/schema");
const { call, makeActors } = await import("../api/support");
const { foundingCase } = await import("../data/fixtures");
const { updateCycle } = await import("@/lib/data/cycles");
const { createDocument } = await import("@/lib/data/documents");
const stateFeed = await import("@/app/api/v1/states/[id]/calendar.ics/route");
const personalFeed = await import("@/app/calendar/[feed]/route");

let kazId: number;
beforeAll(() => {
  Object.assign(hoisted.actors, makeActors(getDb()));
  const f = foundingCase(getDb(), hoisted.actors.editor!);
  kazId = f.kaz.id;
  updateCycle(getDb(), hoisted.actors.editor, f.cycle1.id, {
    followUpDeadline: "2012-07-26",
    nextReportDue: "2014-07-29",
    version: 1,
  });
  createDocument(getDb(), hoisted.actors.editor, {
    symbol: "CCPR/C/KAZ/CO/1/Add.1",
    title: "Follow-up information",
    kind: "follow_up_report",
    date: "2012-07-27",
    cycleId: f.cycle1.id,
  });
});
afterAll(() => {
  getDb().$client.close();
  fs.rmSync(path.dirname(process.env.DATABASE_PATH!), { recursive: true, force: true });
});

type Vevent = { uid: string; summary: string; start: string; end: string; allDay: boolean; url: string | null };
/** The feed read back by an independent parser (ical.js, Mozilla's). */
function parseFeed(text: string): Vevent[] {
  const component = new ICAL.Component(ICAL.parse(text));
  expect(component.name).toBe("vcalendar");
  expect(component.getFirstPropertyValue("version")).toBe("2.0");
  return component.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      allDay: e.startDate.isDate,
      url: v.getFirstPropertyValue("url") as string | null,
    };
  });
}

// The route modules are typed by their own params; each is called with the params it declares.
type RouteModule = { GET: (req: Request, ctx: { params: Promise<never> }) => Promise<Response> };
const get = (mod: RouteModule, url: string, params: Record<string, string>, role?: Role) =>
  mod.GET(new Request(new URL(url, "http://tracker.test"), { headers: role ? { "x-test-role": role } : {} }), {
    params: Promise.resolve(params) as Promise<never>,
  });

describe("GET /api/v1/calendar", () => {
  it("answers the named fields, for a range given as partial dates", async () => {
    const res = await call("GET", "/api/v1/calendar?state=KAZ&from=2012&to=2014", { role: "viewer" });
    expect(res.status).toBe(200);
    expect(res.json.data.map((e: { date: string; kind: string }) => [e.date, e.kind])).toEqual([
      ["2012-07-26", "follow_up_due"],
      ["2012-07-27", "follow_up_reply"],
      ["2014-07-29", "report_due"],
    ]);
    const first = res.json.data[0];
    expect(Object.keys(first).sort()).toEqual(["body", "cycleId", "date", "kind", "overdue", "state", "title"]);
    expect(first).toMatchObject({ state: "KAZ", body: "CCPR", overdue: false });
  });

  it("refuses a wrong kind or date with the field's message, and a stranger with 401", async () => {
    const bad = await call("GET", "/api/v1/calendar?kind=birthday&from=2014-13", { role: "viewer" });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.error.fields)).toEqual(expect.arrayContaining(["kind.0", "from"]));
    expect((await call("GET", "/api/v1/calendar")).status).toBe(401);
  });
});

describe("iCalendar feeds", () => {
  it("a state's feed validates and holds its deadlines as all-day events with stable UIDs", async () => {
    const res = await get(stateFeed, "/api/v1/states/KAZ/calendar.ics", { id: "KAZ" }, "viewer");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await res.text();
    const events = parseFeed(text);
    const due = events.find((e) => e.summary.startsWith("Next periodic report due"))!;
    expect(due).toMatchObject({ start: "2014-07-29", end: "2014-07-30", allDay: true });
    expect(due.url).toBe("http://tracker.test/states/KAZ");
    // Recorded only to the month: the whole month, never an invented day.
    const adoption = events.find((e) => e.start === "2011-07-01")!;
    expect(adoption).toMatchObject({ end: "2011-08-01", allDay: true });
    expect(adoption.summary).toBe("Recommendations adopted — Kazakhstan, CCPR cycle 1");
    const again = parseFeed(
      await (await get(stateFeed, "/api/v1/states/KAZ/calendar.ics", { id: String(kazId) }, "viewer")).text(),
    );
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect((await get(stateFeed, "/api/v1/states/KAZ/calendar.ics", { id: "KAZ" })).status).toBe(401);
    expect((await get(stateFeed, "/api/v1/states/ZZZ/calendar.ics", { id: "ZZZ" }, "viewer")).status).toBe(404);
  });

  it("a personal feed address works signed out, is stored only hashed, and stops working when replaced or revoked", async () => {
    const first = await call("POST", "/api/v1/me/calendar-token", { role: "viewer", body: {} });
    expect(first.status).toBe(201);
    const url = new URL(first.json.data.url as string);
    expect(url.pathname).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const token = url.pathname.split("/")[2];
    const stored = getDb().select().from(calendarFeeds).all();
    expect(stored.map((r) => r.tokenHash)).not.toContain(token.replace(/\.ics$/, ""));
    expect(stored.at(-1)!.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const feed = await get(personalFeed, url.pathname, { feed: token });
    expect(feed.status).toBe(200);
    expect(parseFeed(await feed.text())).toEqual([]); // follows nothing yet

    const second = await call("POST", "/api/v1/me/calendar-token", { role: "viewer", body: {} });
    expect((await get(personalFeed, url.pathname, { feed: token })).status).toBe(404);
    const secondToken = new URL(second.json.data.url as string).pathname.split("/")[2];
    expect((await get(personalFeed, "/", { feed: secondToken })).status).toBe(200);
    expect((await call("DELETE", "/api/v1/me/calendar-token", { role: "viewer", body: {} })).json.data).toEqual({
      revoked: true,
    });
    expect((await get(personalFeed, "/", { feed: secondToken })).status).toBe(404);
    expect((await get(personalFeed, "/", { feed: "not-a-token.ics" })).status).toBe(404);
  });
});
