/**
 * Encodings, line ends and delimiters round trip: a small UPR Info sample with
 * accents is written in each form and must read back identically.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parseImportFile } from "@/lib/import";
import { detectDelimiter, tokenise } from "@/lib/import/csv";
import { detectEncoding } from "@/lib/import/decode";
import { UPR_INFO_HEADER } from "./helpers";

const ROWS = [
  UPR_INFO_HEADER,
  `Côte d'Ivoire,Africa,"AU, OIF","Renforcer la Haute Autorité pour la bonne gouvernance, vis-à-vis des élus",` +
    `France,WEOG,"EU, OIF",Accepted,4,"Corruption,Justice",19`,
  `Paraguay,GRULAC,,"Promote the Guaraní language in schools ",España,WEOG,EU,Rejected,3,Minorities,10`,
];

function sample(delimiter: string, eol: string): string {
  if (delimiter === ",") return ROWS.join(eol);
  // Re-delimit: fields never contain the new delimiter, quoted commas stay inside quotes.
  return ROWS.map((row) =>
    tokenise(row, ",")[0]
      .cells.map((c) => (/[",;\t]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
      .join(delimiter),
  ).join(eol);
}

async function parse(bytes: Buffer, name = "sample.csv") {
  const result = await parseImportFile(bytes, name);
  expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  return result;
}

function expectSample(records: Awaited<ReturnType<typeof parse>>["records"]) {
  expect(records).toHaveLength(2);
  expect(records[0]).toMatchObject({
    line: 2,
    stateName: "Côte d'Ivoire",
    stateCode: "CIV",
    uprSession: 19,
    cycleOrdinal: 2,
    year: 2014,
    text: "Renforcer la Haute Autorité pour la bonne gouvernance, vis-à-vis des élus",
    recommendingStates: ["France"],
    uprPosition: "supported",
    themes: ["Corruption", "Justice"],
  });
  expect(records[1]).toMatchObject({
    line: 3,
    text: "Promote the Guaraní language in schools",
    recommendingStates: ["España"],
    uprPosition: "noted",
    uprPositionRaw: "Rejected",
  });
}

describe("encodings", () => {
  const text = sample(",", "\r\n");
  it.each([
    ["utf-8", Buffer.from(text, "utf8")],
    ["utf-8-bom", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])],
    ["utf-16le", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")])],
    ["utf-16be", Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf-16be")])],
    ["windows-1252", iconv.encode(text, "windows-1252")],
    ["macintosh", iconv.encode(text, "macintosh")],
  ] as const)("%s is detected and decodes without mojibake", async (encoding, bytes) => {
    const result = await parse(bytes);
    expect(result.encoding).toBe(encoding);
    expectSample(result.records);
  });

  it("tells Mac Roman from Windows-1252 by the accented letters, as in UPR Info (0x8E is é)", () => {
    expect(detectEncoding(Buffer.from([0x41, 0x75, 0x74, 0x6f, 0x72, 0x69, 0x74, 0x8e, 0x20]))).toBe("macintosh");
    expect(detectEncoding(iconv.encode("Haute Autorité, Guaraní, vis-à-vis", "windows-1252"))).toBe("windows-1252");
    // Windows-1252's curly apostrophe (0x92) is í in Mac Roman; prose with it stays Windows-1252.
    expect(detectEncoding(iconv.encode("The State’s “report” — don’t", "windows-1252"))).toBe("windows-1252");
    expect(detectEncoding(iconv.encode("The State’s “report” — don’t", "macintosh"))).toBe("macintosh");
  });

  it("reads Cyrillic saved by a Russian Excel as Windows-1251, not as accented Latin, States named in Russian", async () => {
    const russian = "Обеспечить право на отказ от военной службы по соображениям совести";
    const csv = [UPR_INFO_HEADER, `Казахстан,Asia,,"${russian}",Россия,EEG,,Accepted,4,Justice,20`].join("\r\n");
    const result = await parse(iconv.encode(csv, "windows-1251"));
    expect(result.encoding).toBe("windows-1251");
    expect(result.records[0].text).toBe(russian);
    expect(result.records[0]).toMatchObject({ stateCode: "KAZ" });
    expect(detectEncoding(iconv.encode("Ёлки и ёжики: Казахстан", "windows-1251"))).toBe("windows-1251");
  });

  it("keeps Latin prose with accents side by side (Portuguese, French) as Windows-1252 or Mac Roman", () => {
    const portuguese = "Garantir a proteção das informações e as ações do Estado, não é? São direitos.";
    expect(detectEncoding(iconv.encode(portuguese, "windows-1252"))).toBe("windows-1252");
    expect(detectEncoding(iconv.encode(portuguese, "macintosh"))).toBe("macintosh");
    expect(detectEncoding(iconv.encode("Côte d'Ivoire, Haute Autorité, vis-à-vis, Guaraní", "windows-1252"))).toBe(
      "windows-1252",
    );
  });

  it("reads UTF-16 without a byte-order mark", async () => {
    const result = await parse(iconv.encode(text, "utf-16le"));
    expect(result.encoding).toBe("utf-16le");
    expectSample(result.records);
  });
});

describe("line ends and delimiters", () => {
  it.each([
    ["comma, CR (classic Mac)", ",", "\r"],
    ["comma, LF", ",", "\n"],
    ["comma, CRLF", ",", "\r\n"],
    ["semicolon, CRLF", ";", "\r\n"],
    ["tab, LF", "\t", "\n"],
  ])("%s", async (_, delimiter, eol) => {
    const result = await parse(Buffer.from(sample(delimiter, eol) + eol, "utf8"));
    expect(result.delimiter).toBe(delimiter);
    expectSample(result.records);
  });

  it("counts lines inside quoted fields so later rows keep their real line number", async () => {
    const csv = [
      UPR_INFO_HEADER,
      `Chad,Africa,AU,"First line\nsecond line",France,WEOG,EU,Accepted,4,Justice,5`,
      `Chad,Africa,AU,Other text,France,WEOG,EU,Maybe,4,Justice,5`,
    ].join("\r\n");
    const result = await parseImportFile(Buffer.from(csv), "x.csv");
    expect(result.records[0].text).toBe("First line\nsecond line");
    expect(result.issues.find((i) => i.severity === "error")?.line).toBe(4);
  });

  it("picks the delimiter from the header line and unescapes doubled quotes", () => {
    expect(detectDelimiter('a;b;"c,d"\n1;2;3')).toBe(";");
    expect(detectDelimiter("a\tb\tc")).toBe("\t");
    expect(tokenise('a,"say ""yes""",c\r\n\r\nx,y,z', ",")).toEqual([
      { line: 1, cells: ["a", 'say "yes"', "c"] },
      { line: 3, cells: ["x", "y", "z"] },
    ]);
  });
});
