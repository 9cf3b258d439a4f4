import { describe, expect, it } from "vitest";
import { recommendationCreateSchema } from "@/lib/validation/recommendations";
import { notificationsReadSchema } from "@/lib/validation/follows";
import { fieldErrorsOf } from "@/lib/validation/common";
import { runWithLocale } from "@/lib/request-locale";
import { assertRole } from "@/lib/auth/policy";
import { entityLabel } from "@/lib/data/write-helpers";

/** Schemas are built once at start-up; their messages must still come out in each reader's language. */
function errorsOf(locale: "en" | "ru", input: unknown) {
  return runWithLocale(locale, () => {
    const result = recommendationCreateSchema.safeParse(input);
    if (result.success) throw new Error("expected the input to be refused");
    return fieldErrorsOf(result.error);
  });
}

const bad = { text: "", cycleId: "0x2", paragraph: "1".repeat(51) };

describe("validation messages follow the request's language", () => {
  it("says in English what is wrong, naming the record type in English", () => {
    const errors = errorsOf("en", bad);
    expect(errors.text).toEqual(["This field is required."]);
    expect(errors.cycleId?.[0]).toBe("Choose the review cycle from the list.");
    expect(errors.paragraph).toEqual(["Keep this under 50 characters."]);
  });

  it("says the same in Russian, the same schema object, record type in Russian too", () => {
    const errors = errorsOf("ru", bad);
    expect(errors.text).toEqual(["Это поле обязательно."]);
    expect(errors.cycleId?.[0]).toBe("Выберите значение из списка (цикл обзора).");
    expect(errors.paragraph).toEqual(["Допускается не более 50 символов."]);
  });

  it("shows JSON examples with their braces in both languages", () => {
    for (const [locale, start] of [
      ["en", "Say which notifications"],
      ["ru", "Укажите, какие уведомления"],
    ] as const) {
      const message = runWithLocale(locale, () => notificationsReadSchema.safeParse({}).error?.issues[0]?.message);
      expect(message).toContain(start);
      expect(message).toContain('{"ids": [1, 2]}');
      expect(message).toContain('{"all": true}');
    }
  });
});

describe("refusals name roles and record types in the reader's language", () => {
  const viewer = { id: 3, role: "viewer" as const, email: "v@example.org", name: "V" };
  const refusal = (locale: "en" | "ru") =>
    runWithLocale(locale, () => {
      try {
        assertRole(viewer, "editor");
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error("expected a refusal");
    });

  it("says which role is needed, in English as before and in Russian", () => {
    expect(refusal("en")).toBe("This needs the editor role; you are signed in as viewer.");
    expect(refusal("ru")).toBe("Для этого нужна роль «редактор»; вы вошли с ролью «читатель».");
  });

  it("names a record type from its key or its English name", () => {
    expect(
      runWithLocale("ru", () => [entityLabel("review cycle"), entityLabel("evidence item"), entityLabel("body")]),
    ).toEqual(["цикл обзора", "доказательство", "орган"]);
    expect(runWithLocale("en", () => entityLabel("review_cycle"))).toBe("review cycle");
  });
});
