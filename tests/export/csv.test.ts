import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { restoreNeutralisedCell } from "@/lib/export/cells";
import { TRACKER_CSV_HEADERS } from "@/lib/export/columns";
import { csvStream } from "@/lib/export/csv";
import { foundingRow, readAll } from "./fixtures";

const parseCsv = (buffer: Buffer) =>
  parse<Record<string, string>>(buffer.toString("utf8"), { bom: true, columns: true, relax_column_count: false });

describe("CSV export", () => {
  it("starts with a UTF-8 byte-order mark and uses CRLF line ends", async () => {
    const bytes = await readAll(csvStream([foundingRow()]));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text.split("\r\n")).toHaveLength(3); // header, one row, trailing empty
    expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
  });

  it("round-trips Unicode, commas, quotes and line breaks through a CSV parser", async () => {
    const tricky =
      'Обеспечить признание права на отказ от военной службы, "по убеждениям";\nrévision du code, Ñandú — «кавычки»\r\nthird line';
    const rows = [
      foundingRow(),
      foundingRow({
        id: 3,
        stateName: "Казахстан",
        text: tricky,
        themes: ["Свобода совести", "Égalité, non-discrimination"],
        stanceQuote: 'He said "no", twice',
      }),
    ];
    const records = parseCsv(await readAll(csvStream(rows)));
    expect(records).toHaveLength(2);
    expect(Object.keys(records[0])).toEqual(Object.values(TRACKER_CSV_HEADERS));
    const [first, second] = records;
    expect(first["Document symbol"]).toBe("CCPR/C/KAZ/CO/2");
    expect(first["Current status"]).toBe("Not implemented");
    expect(first["Latest state response"]).toBe("Rejects / does not recognise");
    expect(first["Reiterates"]).toBe("CCPR/C/KAZ/CO/1, para. 23");
    expect(first["Outstanding since"]).toBe("2011");
    expect(second["Recommendation text"]).toBe(tricky);
    expect(second["State"]).toBe("Казахстан");
    expect(second["Themes"]).toBe("Свобода совести; Égalité, non-discrimination");
    expect(second["Response quote"]).toBe('He said "no", twice');
  });

  it("ends with the subject, the UPR position (label, as written), recommending states and action category", async () => {
    const upr = foundingRow({
      bodyCode: "UPR",
      cycle: "UPR session 7",
      subject: "Death penalty",
      uprPosition: "supported",
      uprPositionAsWritten: "Accepted",
      recommendingStates: ["France", "Venezuela (Bolivarian Republic of)"],
      uprActionCategory: 5,
    });
    const bytes = await readAll(csvStream([foundingRow(), upr]));
    const [header] = bytes.toString("utf8").split("\r\n");
    expect(
      header.endsWith(",Link,Subject,UPR position,UPR position (as written),Recommending states,UPR action category"),
    ).toBe(true);
    const [founding, second] = parseCsv(bytes);
    expect(founding).toMatchObject({ Cycle: "2", Subject: "", "UPR position": "", "UPR action category": "" });
    expect(second).toMatchObject({
      Cycle: "UPR session 7",
      Subject: "Death penalty",
      "UPR position": "Supported",
      "UPR position (as written)": "Accepted",
      "Recommending states": "France; Venezuela (Bolivarian Republic of)",
      "UPR action category": "5",
    });
  });

  it.each([
    ["=", "=1+1"],
    ["+", "+7 (727) 123"],
    ["-", "-2+3"],
    ["@", "@SUM(A1:A2)"],
    ["tab", "\t=cmd|' /C calc'!A0"],
    ["carriage return", "\r=cmd"],
    ["HYPERLINK", '=HYPERLINK("http://x","y")'],
  ])("neutralises a text cell that begins with %s", async (_, text) => {
    const [record] = parseCsv(await readAll(csvStream([foundingRow({ text, stanceQuote: text })])));
    expect(record["Recommendation text"]).toBe(`'${text}`);
    expect(record["Response quote"]).toBe(`'${text}`);
    expect(restoreNeutralisedCell(record["Recommendation text"])).toBe(text);
  });

  it("leaves ordinary text alone and restores an apostrophe the source really had", async () => {
    const [record] = parseCsv(
      await readAll(csvStream([foundingRow({ text: "'=already quoted", stanceQuote: "It's fine" })])),
    );
    expect(record["Recommendation text"]).toBe("''=already quoted");
    expect(restoreNeutralisedCell(record["Recommendation text"])).toBe("'=already quoted");
    expect(record["Response quote"]).toBe("It's fine");
  });

  // The full 300,000-row figure (time, peak memory) is `npm run bench`'s; this checks the streaming behaviour.
  it("streams 30,000 rows from a generator in bounded chunks without building one string", async () => {
    const total = 30_000;
    let produced = 0;
    function* rows() {
      for (let i = 1; i <= total; i++) {
        produced = i;
        yield foundingRow({ id: i, symbol: `CCPR/C/KAZ/CO/${i}` });
      }
    }
    const reader = csvStream(rows()).getReader();
    let bytes = 0;
    let lines = 0;
    let biggestChunk = 0;
    let producedAtFirstRead = -1;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (producedAtFirstRead < 0 && bytes > 0) producedAtFirstRead = produced;
      bytes += value.byteLength;
      biggestChunk = Math.max(biggestChunk, value.byteLength);
      for (const b of value) if (b === 0x0a) lines++;
    }
    expect(lines).toBe(total + 1);
    expect(bytes).toBeGreaterThan(total * 400);
    // Pull-based: after the first data chunk only a few chunks' worth of rows had been produced.
    expect(producedAtFirstRead).toBeLessThan(1000);
    expect(biggestChunk).toBeLessThan(256 * 1024);
  }, 120_000); // generous: runs beside other suites on a 2-core machine

  it("closes the row source when the download is cancelled", async () => {
    let closed = false;
    async function* rows() {
      try {
        for (let i = 1; ; i++) yield foundingRow({ id: i });
      } finally {
        closed = true;
      }
    }
    const reader = csvStream(rows()).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(closed).toBe(true);
  });
});
