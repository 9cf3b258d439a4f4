/** What `npm run digest` prints, in DEFAULT_LOCALE: English exactly as before, Russian with its plurals. */
import { describe, expect, it } from "vitest";
import { describeReport } from "@/lib/notify/run";
import type { DigestReport } from "@/lib/notify/digest";

const report = (over: Partial<DigestReport> = {}): DigestReport => ({
  mailed: [],
  empty: 0,
  failed: [],
  reminders: 0,
  noSmtp: false,
  dryRun: false,
  preview: [],
  ...over,
});

describe("the digest run's report", () => {
  const busy = report({
    reminders: 2,
    mailed: [{ email: "a@example.org", period: "weekly:2026-W50", items: 3 }],
    failed: [{ email: "b@example.org", error: "550 no such user" }],
    empty: 5,
  });

  it("English, word for word as before", () => {
    expect(describeReport(busy, "en")).toEqual([
      "Deadline reminders made: 2.",
      "Mailed weekly:2026-W50 to a@example.org (3 items).",
      "Could not mail b@example.org: 550 no such user",
      "Nothing new or due for 5 user(s): no mail.",
    ]);
    expect(describeReport(report(), "en")).toEqual(["No digest is due."]);
    expect(describeReport(report({ noSmtp: true }), "en")).toEqual(["SMTP_URL is not set: no digest was mailed."]);
  });

  it("Russian, with the plural each number needs", () => {
    expect(describeReport(busy, "ru")).toEqual([
      "Создано напоминаний о сроках: 2.",
      "Отправлено (weekly:2026-W50) на a@example.org: 3 пункта.",
      "Не удалось отправить письмо на b@example.org: 550 no such user",
      "Для 5 пользователей нет ничего нового и никаких сроков: письма не отправлены.",
    ]);
    expect(describeReport(report({ empty: 1 }), "ru")).toEqual([
      "Для 1 пользователя нет ничего нового и никаких сроков: письмо не отправлено.",
    ]);
    expect(describeReport(report(), "ru")).toEqual(["Ни одна рассылка сейчас не должна быть отправлена."]);
  });
});
