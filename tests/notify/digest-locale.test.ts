/**
 * The e-mail digest is written in its recipient's language — the one kept in their
 * profile (user_preferences.locale), else DEFAULT_LOCALE — whatever language the server or the
 * command line runs in. Real SQLite, real migrations; a dry run returns the mails it would send.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readConfig } from "@/lib/config";
import { follow } from "@/lib/data/follows";
import { updateMe } from "@/lib/data/me";
import { createResponse } from "@/lib/data/responses";
import { createAssessment } from "@/lib/data/assessments";
import { createAction } from "@/lib/data/actions";
import { runDigests } from "@/lib/notify/run";
import { actors, foundingCase } from "../data/fixtures";
import { freshDb } from "../support/db";

let env: ReturnType<typeof freshDb>;
let who: ReturnType<typeof actors>;
let f: ReturnType<typeof foundingCase>;
beforeEach(() => {
  env = freshDb();
  who = actors(env.db);
  f = foundingCase(env.db, who.editor);
});
afterEach(() => env.close());

const MONDAY = new Date("2026-12-07T07:00:00Z");
const cfg = (extra: Record<string, string> = {}) =>
  readConfig({ DATABASE_PATH: env.file, NEXTAUTH_URL: "https://tracker.example.org/", ...extra });

/** Something new for everyone following Kazakhstan, stamped inside this week's window. */
function newsForFollowers() {
  for (const actor of [who.viewer, who.admin]) follow(env.db, actor, { state: "KAZ" });
  createResponse(env.db, who.editor, f.rec2.id, { date: "2024-04-02", stance: "rejects" });
  createAssessment(env.db, who.editor, f.rec2.id, { date: "2024-05", status: "not_implemented", rationale: "No law." });
  env.db.$client.prepare("UPDATE notifications SET created_at = unixepoch(?)").run("2026-12-07T06:45:00Z");
}

const mailTo = async (email: string, extra: Record<string, string> = {}) => {
  const report = await runDigests(env.db, cfg(extra), { now: MONDAY, dryRun: true });
  const mail = report.preview.find((m) => m.to === email);
  expect(mail).toBeDefined();
  return mail!;
};

describe("the digest in its recipient's language", () => {
  it("what is due is titled in each recipient's language, at the same run", async () => {
    for (const actor of [who.viewer, who.admin]) follow(env.db, actor, { state: "KAZ" });
    createAction(env.db, who.editor, f.rec2.id, {
      title: "Draft the alternative service bill",
      dueDate: "2026-12-20",
      status: "planned",
      institutionIds: [],
    });
    updateMe(env.db, who.viewer, { locale: "ru" });
    const report = await runDigests(env.db, cfg(), { now: MONDAY, dryRun: true });
    const text = (email: string) => report.preview.find((m) => m.to === email)?.text ?? "";
    expect(text("viewer@example.org")).toContain("Draft the alternative service bill");
    expect(text("viewer@example.org")).not.toContain("Action due");
    expect(text("admin@example.org")).toContain("Action due");
  });

  it("a recipient whose profile says ru gets it in Russian: subject, greeting, headings, lines, links", async () => {
    newsForFollowers();
    updateMe(env.db, who.viewer, { locale: "ru" });
    const mail = await mailTo("viewer@example.org");
    expect(mail.subject).toBe("Treaty Tracker, неделя по 7 декабря 2026 г.: новое — 2, сроки — 0");
    expect(mail.text).toContain("Здравствуйте, The viewer!");
    expect(mail.text).toContain("Что нового");
    expect(mail.text).toContain("Сроки в ближайшие 30 дней");
    expect(mail.text).toContain("Сроков нет.");
    expect(mail.text).toContain("Отклоняет / не признаёт");
    expect(mail.text).toContain("Не выполнена");
    expect(mail.text).toContain("Отказаться от этих писем: https://tracker.example.org/unsubscribe?u=");
    expect(mail.html).toContain('<html lang="ru">');
    expect(mail.html).toContain("Отказаться от этих писем</a>");
    // No English sentence of the mail is left.
    for (const english of ["Hello", "What is new", "What is due", "Nothing is due", "Unsubscribe", "Rejects"])
      expect(mail.text).not.toContain(english);
  });

  it("at the same run, a recipient without a choice gets DEFAULT_LOCALE: English by default, Russian when set", async () => {
    newsForFollowers();
    updateMe(env.db, who.viewer, { locale: "ru" });
    const english = await mailTo("admin@example.org");
    expect(english.subject).toBe("Treaty Tracker, week to 7 December 2026: 2 new, 0 due");
    expect(english.text).toContain("Hello The admin,");
    expect(english.text).toContain("What is due in the next 30 days");
    expect(english.text).not.toMatch(/[А-Яа-яЁё]/);
    expect((await mailTo("viewer@example.org")).subject).toContain("неделя");

    const russian = await mailTo("admin@example.org", { DEFAULT_LOCALE: "ru" });
    expect(russian.text).toContain("Здравствуйте, The admin!");
    // A choice in the profile wins over DEFAULT_LOCALE.
    updateMe(env.db, who.viewer, { locale: "en" });
    expect((await mailTo("viewer@example.org", { DEFAULT_LOCALE: "ru" })).text).toContain("Hello The viewer,");
  });

  it("a daily digest's heading counts its 7 days in each language", async () => {
    newsForFollowers();
    updateMe(env.db, who.viewer, { digest: "daily", locale: "ru" });
    updateMe(env.db, who.admin, { digest: "daily" });
    const report = await runDigests(env.db, cfg(), { now: MONDAY, dryRun: true });
    const text = (email: string) => report.preview.find((m) => m.to === email)!.text;
    expect(text("viewer@example.org")).toContain("Сроки в ближайшие 7 дней");
    expect(text("admin@example.org")).toContain("What is due in the next 7 days");
  });
});
