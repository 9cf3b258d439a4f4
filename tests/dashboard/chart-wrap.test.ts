import { describe, expect, it } from "vitest";
import { wrapWords } from "@/app/(app)/_components/dashboard/wrap";

describe("chart category names", () => {
  it("wrap at word boundaries instead of being cut with an ellipsis", () => {
    const lines = wrapWords("Administration of justice and fair trial", 16);
    expect(lines).toEqual(["Administration", "of justice and", "fair trial"]);
    expect(lines.join(" ")).toBe("Administration of justice and fair trial");
    expect(lines.some((l) => l.includes("…"))).toBe(false);
  });

  it("keep a short name on one line and a long word whole", () => {
    expect(wrapWords("Torture", 16)).toEqual(["Torture"]);
    expect(wrapWords("Antidiscrimination", 8)).toEqual(["Antidiscrimination"]);
  });
});
