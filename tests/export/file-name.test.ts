import { describe, expect, it } from "vitest";
import { exportFileName } from "@/app/api/export/_lib/respond";

const now = new Date(Date.UTC(2026, 11, 1, 23, 30));

describe("export file names say what they hold", () => {
  it("names the states and bodies chosen and the UTC date", () => {
    expect(exportFileName({ state: ["KAZ"], body: ["CCPR"] }, "xlsx", now)).toBe(
      "recommendations-KAZ-CCPR-2026-12-01.xlsx",
    );
    expect(exportFileName({ state: ["KAZ", "UZB"], body: ["CCPR", "UPR"] }, "csv", now)).toBe(
      "recommendations-KAZ-UZB-CCPR-UPR-2026-12-01.csv",
    );
    expect(exportFileName({ state: ["KAZ"] }, "pdf", now, "report")).toBe("report-KAZ-2026-12-01.pdf");
  });

  it("leaves out a long list (more than three) and says only the date when nothing is chosen", () => {
    expect(exportFileName({ state: ["KAZ", "UZB", "KGZ", "TJK"], body: ["CAT"] }, "csv", now)).toBe(
      "recommendations-CAT-2026-12-01.csv",
    );
    expect(exportFileName({ state: [] }, "xlsx", now)).toBe("recommendations-2026-12-01.xlsx");
  });

  it("names the years, says when other filters narrow it, and a report without the not assessed", () => {
    expect(exportFileName({ state: ["KAZ"], from: 2011, to: 2016 }, "xlsx", now)).toBe(
      "recommendations-KAZ-years-2011-2016-2026-12-01.xlsx",
    );
    expect(exportFileName({ state: [], from: 2014 }, "csv", now)).toBe("recommendations-from-2014-2026-12-01.csv");
    expect(exportFileName({ state: [], to: 2014 }, "csv", now)).toBe("recommendations-until-2014-2026-12-01.csv");
    expect(exportFileName({ state: [], from: 2014, to: 2014 }, "csv", now)).toBe(
      "recommendations-year-2014-2026-12-01.csv",
    );
    expect(exportFileName({ state: [], theme: ["Justice"] }, "xlsx", now)).toBe(
      "recommendations-filtered-2026-12-01.xlsx",
    );
    expect(exportFileName({ state: [], q: "torture" }, "xlsx", now)).toBe("recommendations-filtered-2026-12-01.xlsx");
    expect(exportFileName({ state: ["KAZ"] }, "pdf", now, "report", { assessedOnly: true })).toBe(
      "report-KAZ-assessed-2026-12-01.pdf",
    );
  });
});
