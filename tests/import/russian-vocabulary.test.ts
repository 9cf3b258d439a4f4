/**
 * The importer reads the tracker's own words in every language it writes them in:
 * headers, statuses, state responses, UPR positions, UPR session cells and references; and
 * the exporter writes a UPR cycle cell in the file's language whatever the row was read in.
 */
import { describe, expect, it } from "vitest";
import { csvRowLine, csvHeaderLine } from "@/lib/export/csv";
import { EN_EXPORT_LABELS, exportLabels } from "@/lib/export/columns";
import { IssueLog } from "@/lib/import/messages";
import { uprPositionFor } from "@/lib/import/positions";
import { looksLikeTrackerCsv, parseTrackerCsv } from "@/lib/import/tracker-csv";
import { TRACKER_CSV_HEADERS } from "@/lib/tracker-csv/columns";
import { splitReference, uprSessionOfCycle } from "@/lib/tracker-csv/vocabulary";
import { readCsv } from "@/lib/import/csv";
import { foundingRow } from "../export/fixtures";

describe("reading Russian vocabulary back", () => {
  it("UPR session cells in either language, and the short form of older exports", () => {
    expect(uprSessionOfCycle("Сессия УПО 20")).toBe(20);
    expect(uprSessionOfCycle("UPR session 20")).toBe(20);
    expect(uprSessionOfCycle("UPR 7")).toBe(7);
    expect(uprSessionOfCycle("УПО 7")).toBe(7);
    expect(uprSessionOfCycle("2")).toBeNull();
    expect(uprSessionOfCycle("Сессия УПО")).toBeNull();
  });

  it("references with «п.» or «para.»", () => {
    expect(splitReference("CCPR/C/KAZ/CO/1, п. 23")).toEqual({ source: "CCPR/C/KAZ/CO/1", paragraph: "23" });
    expect(splitReference("CCPR/C/KAZ/CO/1, para. 23")).toEqual({ source: "CCPR/C/KAZ/CO/1", paragraph: "23" });
    expect(splitReference("CCPR/C/KAZ/CO/1,para.23")).toEqual({ source: "CCPR/C/KAZ/CO/1", paragraph: "23" });
    expect(splitReference("CCPR/C/KAZ/CO/2")).toEqual({ source: "CCPR/C/KAZ/CO/2", paragraph: null });
  });

  it("UPR positions: the tracker's Russian labels besides the sources' English words", () => {
    expect(uprPositionFor("Поддерживает")).toBe("supported");
    expect(uprPositionFor("принимает к сведению")).toBe("noted");
    expect(uprPositionFor("Поддерживает / принимает к сведению")).toBe("supported_noted");
    expect(uprPositionFor("Supported")).toBe("supported");
    expect(uprPositionFor("Accepted")).toBe("supported");
    expect(uprPositionFor("constructor")).toBeNull();
    expect(uprPositionFor("что-то ещё")).toBeNull();
  });

  it("a Russian file with a UPR row reads the same as the English one", () => {
    const row = foundingRow({ cycle: "UPR session 20", bodyCode: "UPR", symbol: null, reiterates: [] });
    const ru = exportLabels("ru");
    const ruCsv = csvHeaderLine(ru) + csvRowLine(row, ru);
    const enCsv = csvHeaderLine(EN_EXPORT_LABELS) + csvRowLine(row, EN_EXPORT_LABELS);
    expect(ruCsv).toContain(",Сессия УПО 20,");
    expect(ruCsv).toContain(",Не выполнена,");
    expect(enCsv).toContain(",UPR session 20,");
    const read = (csv: string) => {
      const log = new IssueLog(100);
      const table = readCsv(csv, log)!;
      expect(looksLikeTrackerCsv(table.headers)).toBe(true);
      const { records } = parseTrackerCsv(table, log);
      expect(log.issues).toEqual([]);
      return records;
    };
    const fromRu = read(ruCsv);
    expect(fromRu[0]).toMatchObject({ uprSession: 20, bodyCode: "UPR" });
    expect(fromRu).toEqual(read(enCsv));
  });

  it("a cycle cell read in one language is written in the file's", () => {
    const row = foundingRow({ cycle: "Сессия УПО 20" });
    expect(csvRowLine(row, EN_EXPORT_LABELS)).toContain(",UPR session 20,");
    expect(csvRowLine(foundingRow({ cycle: "2" }), exportLabels("ru"))).toContain(",2,");
  });

  it("the English labels are exactly the headers users' scripts read", () => {
    expect(EN_EXPORT_LABELS.headers).toEqual(TRACKER_CSV_HEADERS);
    expect(exportLabels("en-GB")).toBe(EN_EXPORT_LABELS);
    expect(exportLabels("ru-RU").status.not_implemented).toBe("Не выполнена");
  });
});
