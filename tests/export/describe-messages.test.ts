/**
 * The words of the About sheet's and the PDF cover's filters and sources (exportFile.describe.*,
 * for lib/data/export-labels.ts): English formats exactly as the table it replaces did, and
 * Russian has every one of them.
 */
import { describe, expect, it } from "vitest";
import { exportMessage } from "@/lib/export/messages";

describe("exportFile.describe", () => {
  it("English reads as before", () => {
    expect(exportMessage("describe.filter.state", {}, "en-GB")).toBe("State");
    expect(exportMessage("describe.period.between", { from: "2011", to: "2024" }, "en-GB")).toBe("2011 – 2024");
    expect(exportMessage("describe.value.quoted", { q: "it's" }, "en-GB")).toBe("“it's”");
    expect(exportMessage("describe.value.body", { name: "Human Rights Committee", code: "CCPR" }, "en-GB")).toBe(
      "Human Rights Committee (CCPR)",
    );
    expect(
      exportMessage("describe.source.document", { publisher: "Forum 18", title: "T", date: "May 2024" }, "en-GB"),
    ).toBe("Forum 18: “T” (May 2024)");
    expect(exportMessage("describe.source.un", {}, "en-GB")).toBe(
      "UN documents cited by symbol: OHCHR treaty body database and Universal Human Rights Index (uhri.ohchr.org)",
    );
  });

  it("Russian has its own words", () => {
    expect(exportMessage("describe.filter.state", {}, "ru-RU")).toBe("Государство");
    expect(exportMessage("describe.filter.allBodies", {}, "ru-RU")).toBe("Все органы");
    expect(exportMessage("describe.value.quoted", { q: "отказ" }, "ru-RU")).toBe("«отказ»");
    expect(exportMessage("describe.period.from", { from: "2011" }, "ru-RU")).toBe("С 2011 года");
  });
});
