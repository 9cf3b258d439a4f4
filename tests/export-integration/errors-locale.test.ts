/**
 * lib/errors.ts speaks the language of the request being served: "Record type x
 * was not found." stays word for word in English, and Russian chooses the noun's gender.
 */
import { afterAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, UnauthorizedError } from "@/lib/errors";
import { registerLocaleResolver } from "@/lib/i18n/current-locale";
import type { Locale } from "@/lib/i18n/locales";

let current: Locale = "en";
registerLocaleResolver(() => current, "en");
afterAll(() => registerLocaleResolver(() => undefined, "en"));
const inLocale = <T>(locale: Locale, fn: () => T): T => {
  current = locale;
  try {
    return fn();
  } finally {
    current = "en";
  }
};

describe("error messages in the request's language", () => {
  it("English as the caller wrote the label", () => {
    expect(new NotFoundError("Record type", "widgets").message).toBe("Record type widgets was not found.");
    expect(new NotFoundError("recommendation", 12345).message).toBe("recommendation 12345 was not found.");
    expect(new NotFoundError("share link", 7).message).toBe("share link 7 was not found.");
    expect(new UnauthorizedError().message).toBe("Sign in to continue.");
    expect(new ForbiddenError().message).toBe("Your role does not allow this.");
    expect(new ForbiddenError("Only admins.").message).toBe("Only admins.");
  });

  it("Russian, in the gender of each record's noun; an unknown one still in a Russian sentence", () => {
    inLocale("ru", () => {
      expect(new NotFoundError("Record type", "widgets").message).toBe("Тип записи «widgets» не найден.");
      expect(new NotFoundError("recommendation", 12345).message).toBe("Рекомендация 12345 не найдена.");
      expect(new NotFoundError("state", "ZZZ").message).toBe("Государство ZZZ не найдено.");
      expect(new NotFoundError("evidence item", 3).message).toBe("Доказательство 3 не найдено.");
      expect(new NotFoundError("API token", 4).message).toBe("API-токен 4 не найден.");
      expect(new NotFoundError("widget", 5).message).toBe("Не найдено: widget 5.");
      expect(new UnauthorizedError().message).toBe("Войдите, чтобы продолжить.");
      expect(new ForbiddenError().message).toBe("Ваша роль не позволяет это сделать.");
    });
  });
});
