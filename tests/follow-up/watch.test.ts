import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { digests } from "@/db/schema";
import { NotFoundError, type ValidationError } from "@/lib/errors";
import { createAction } from "@/lib/data/actions";
import { createAssessment } from "@/lib/data/assessments";
import { attachEvidence } from "@/lib/data/evidence";
import { follow, listFollows, unfollow } from "@/lib/data/follows";
import { createGrade } from "@/lib/data/grades";
import { stopDigests, updateMe } from "@/lib/data/me";
import { generateDeadlineNotifications, listNotifications, markNotificationsRead } from "@/lib/data/notifications";
import { createResponse } from "@/lib/data/responses";
import { readConfig } from "@/lib/config";
import { runDigests } from "@/lib/notify/run";
import { notificationText } from "@/lib/notify/text";
import { unsubscribeUrl, verifyUnsubscribe } from "@/lib/notify/unsubscribe";
import { freshDb } from "../support/db";
import { actors, foundingCase } from "../data/fixtures";
import { readMail, startSmtp } from "./smtp";

let env: ReturnType<typeof freshDb>;
let who: ReturnType<typeof actors>;
let f: ReturnType<typeof foundingCase>;
beforeEach(() => {
  env = freshDb();
  who = actors(env.db);
  f = foundingCase(env.db, who.editor);
});
afterEach(() => env.close());

const thrown = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected the call to throw");
};
const texts = (actor: typeof who.viewer) => listNotifications(env.db, actor).rows.map((n) => notificationText(n));
/** Notifications are stamped by SQLite's clock; the digest tests pin them to a moment of their own. */
const stampNotifications = (iso: string) =>
  env.db.$client.prepare("UPDATE notifications SET created_at = unixepoch(?)").run(iso);

describe("follows", () => {
  it("follow a state, a body or a recommendation once each; unfollow only one's own", () => {
    const state = follow(env.db, who.viewer, { state: "kaz" });
    expect(state).toMatchObject({ kind: "state", state: { code: "KAZ", name: "Kazakhstan" }, created: true });
    expect(follow(env.db, who.viewer, { state: "KAZ" })).toMatchObject({ id: state.id, created: false });
    follow(env.db, who.viewer, { body: "CCPR" });
    follow(env.db, who.viewer, { recommendationId: f.rec2.id });
    expect(listFollows(env.db, who.viewer).map((x) => x.kind)).toEqual(["recommendation", "body", "state"]);
    expect((thrown(() => follow(env.db, who.viewer, { state: "KAZ", body: "CCPR" })) as ValidationError).message).toBe(
      "Some fields need attention: check the messages beside them.",
    );
    expect((thrown(() => follow(env.db, who.viewer, { state: "ZZZ" })) as ValidationError).fields.state).toBeDefined();
    expect(thrown(() => unfollow(env.db, who.editor, state.id))).toBeInstanceOf(NotFoundError);
    unfollow(env.db, who.viewer, state.id);
    expect(listFollows(env.db, who.viewer)).toHaveLength(2);
  });
});

describe("notifications", () => {
  it("tell a follower, in the same transaction as the write, of a response, a grade, an assessment and evidence — not the author", () => {
    follow(env.db, who.viewer, { state: "KAZ" });
    follow(env.db, who.editor, { state: "KAZ" });
    follow(env.db, who.admin, { recommendationId: f.rec1.id });
    createResponse(env.db, who.editor, f.rec2.id, { date: "2024-04-02", stance: "rejects" });
    createGrade(env.db, who.editor, f.rec2.id, { date: "2018", grade: "C1" });
    createAssessment(env.db, who.editor, f.rec2.id, {
      date: "2024-05",
      status: "not_implemented",
      rationale: "No law.",
    });
    attachEvidence(env.db, who.editor, f.rec2.id, {
      kind: "court_decision",
      title: "Astana Military Court, 16 April 2024",
    });
    const title =
      "The State party should take all measures necessary to ensure the legal recognition of conscientious objection.";
    expect(texts(who.viewer)).toEqual([
      `New evidence on “${title}” (Kazakhstan, CCPR): Astana Military Court, 16 April 2024`,
      `New assessment of “${title}” (Kazakhstan, CCPR): Not implemented`,
      `New follow-up grade C1 on “${title}” (Kazakhstan, CCPR)`,
      `New state response on “${title}” (Kazakhstan, CCPR): Rejects / does not recognise`,
    ]);
    expect(texts(who.editor)).toEqual([]);
    expect(texts(who.admin)).toEqual([]);
    // A refused write notifies nobody.
    thrown(() => createResponse(env.db, who.editor, f.rec2.id, { date: "2024-13", stance: "rejects" }));
    expect(listNotifications(env.db, who.viewer)).toMatchObject({ total: 4, unread: 4 });
    expect(markNotificationsRead(env.db, who.viewer, { all: true })).toEqual({ marked: 4 });
    expect(listNotifications(env.db, who.viewer).unread).toBe(0);
  });

  it("remind of followed deadlines 30, 7 and 1 days ahead and when overdue, once each", () => {
    follow(env.db, who.viewer, { recommendationId: f.rec2.id });
    createAction(env.db, who.editor, f.rec2.id, {
      title: "Draft a law",
      institutionIds: [],
      dueDate: "2027-01-10",
      status: "planned",
    });
    const on = (day: string) => generateDeadlineNotifications(env.db, new Date(`${day}T12:00:00Z`)).created;
    expect(on("2026-11-01")).toBe(0); // 70 days ahead
    expect(on("2026-12-20")).toBe(1); // 21 days: "in 30 days or less"
    expect(on("2026-12-21")).toBe(0); // the same reminder is not made twice
    expect(on("2027-01-05")).toBe(1); // 5 days
    expect(on("2027-01-09")).toBe(1); // 1 day
    expect(on("2027-01-12")).toBe(1); // overdue
    expect(on("2027-01-13")).toBe(0);
    expect(listNotifications(env.db, who.viewer).rows.map((n) => n.kind)).toEqual([
      "overdue",
      "due_1",
      "due_7",
      "due_30",
    ]);
    expect(texts(who.viewer)[0]).toBe("Overdue: Action due — Draft a law (Kazakhstan, CCPR) (was due 10 January 2027)");
    expect(listNotifications(env.db, who.editor).total).toBe(0);
  });
});

describe("e-mail digests, through a real SMTP server", () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    smtp = await startSmtp();
  });
  afterAll(() => smtp.close());
  beforeEach(() => {
    smtp.messages.length = 0;
  });

  const MONDAY = new Date("2026-12-07T07:00:00Z");
  const cfg = () =>
    readConfig({
      DATABASE_PATH: env.file,
      SMTP_URL: smtp.url,
      MAIL_FROM: "Treaty Tracker <tracker@example.org>",
      NEXTAUTH_URL: "https://tracker.example.org/",
    });

  it("mails a follower what was recorded on what they follow, with absolute links, once per period", async () => {
    follow(env.db, who.viewer, { state: "KAZ" });
    createResponse(env.db, who.editor, f.rec2.id, {
      date: "2024-04-02",
      stance: "rejects",
      quote: "The law does not recognise it.",
    });
    const report = await runDigests(env.db, cfg(), { now: MONDAY });
    expect(report.mailed).toEqual([{ email: "viewer@example.org", period: "weekly:2026-W50", items: 1 }]);
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0];
    expect(mail.to).toEqual(["viewer@example.org"]);
    const body = readMail(mail.raw);
    expect(body).toMatch(/^Subject: Treaty Tracker, week to 7 December 2026: 1 new, 0 due/m);
    expect(body).toContain("From: Treaty Tracker <tracker@example.org>");
    expect(body).toContain("New state response on “The State party should take all measures necessary");
    expect(body).toContain(`https://tracker.example.org/recommendations/${f.rec2.id}`);
    expect(body).toMatch(/Content-Type: text\/plain/);
    expect(body).toMatch(/Content-Type: text\/html/);
    expect(body).toMatch(/List-Unsubscribe: <https:\/\/tracker\.example\.org\/unsubscribe\?u=\d+&t=[\w-]+>/);

    expect((await runDigests(env.db, cfg(), { now: new Date("2026-12-07T09:00:00Z") })).mailed).toEqual([]);
    expect(smtp.messages).toHaveLength(1);
    expect(
      env.db
        .select()
        .from(digests)
        .all()
        .filter((d) => d.status === "sent"),
    ).toHaveLength(1);
  });

  it("sends nothing without SMTP_URL, nothing in a dry run, nothing to who has nothing new or due, and stops after unsubscribing", async () => {
    follow(env.db, who.viewer, { state: "KAZ" });
    createResponse(env.db, who.editor, f.rec2.id, { date: "2024-04-02", stance: "rejects" });
    stampNotifications("2026-12-07T06:45:00Z");
    const noSmtp = await runDigests(env.db, readConfig({ DATABASE_PATH: env.file }), { now: MONDAY });
    expect(noSmtp).toMatchObject({ noSmtp: true, mailed: [] });
    const dry = await runDigests(env.db, cfg(), { now: MONDAY, dryRun: true });
    expect(dry.preview.map((m) => m.to)).toEqual(["viewer@example.org"]);
    expect(smtp.messages).toHaveLength(0);
    expect(env.db.select().from(digests).all()).toEqual([]);

    const link = unsubscribeUrl("https://tracker.example.org", who.viewer.id!, "s".repeat(40));
    const url = new URL(link);
    expect(verifyUnsubscribe(url.searchParams.get("u"), url.searchParams.get("t"), "s".repeat(40))).toBe(who.viewer.id);
    expect(verifyUnsubscribe(String(who.editor.id), url.searchParams.get("t"), "s".repeat(40))).toBeNull();
    stopDigests(env.db, who.viewer.id!);
    const after = await runDigests(env.db, cfg(), { now: MONDAY });
    expect(after.mailed).toEqual([]);
    expect(smtp.messages).toHaveLength(0);

    updateMe(env.db, who.viewer, { digest: "daily" });
    const daily = await runDigests(env.db, cfg(), { now: new Date("2026-12-08T06:30:00Z") });
    expect(smtp.messages.map((m) => m.to)).toEqual([["viewer@example.org"]]);
    expect(daily.mailed.map((m) => m.period)).toEqual(["daily:2026-12-08"]);
  });

  it("npm run digest mails what is due, once, from the command line", { timeout: 120_000 }, async () => {
    follow(env.db, who.viewer, { recommendationId: f.rec2.id });
    createAction(env.db, who.editor, f.rec2.id, {
      title: "Draft a law",
      institutionIds: [],
      dueDate: "2026-12-20",
      status: "planned",
    });
    env.db.$client.pragma("wal_checkpoint(TRUNCATE)");
    // Asynchronously: the SMTP server answers from this very process.
    const run = () =>
      promisify(execFile)(
        process.execPath,
        ["--conditions=react-server", "--import", "tsx", "scripts/digest.ts", "--now", "2026-12-07T06:00:00Z"],
        {
          env: {
            ...process.env,
            DATABASE_PATH: env.file,
            SMTP_URL: smtp.url,
            MAIL_FROM: "tracker@example.org",
            AUTH_SECRET: "x".repeat(40),
          },
          encoding: "utf8",
        },
      );
    const first = await run();
    expect(first.stdout).toContain("Mailed weekly:2026-W50 to viewer@example.org");
    const body = readMail(smtp.messages[0].raw);
    expect(body).toContain("20 December 2026: Action due — Draft a law (Kazakhstan, CCPR)");
    const second = await run();
    expect(second.stdout).toContain("No digest is due.");
    expect(smtp.messages).toHaveLength(1);
  });
});
