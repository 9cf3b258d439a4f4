import type { ExportRow } from "@/lib/export/types";

/** The founding case as an export row (Kazakhstan, CCPR/C/KAZ/CO/2, outstanding since 2011). */
export function foundingRow(overrides: Partial<ExportRow> = {}): ExportRow {
  return {
    id: 2,
    url: "https://tracker.example.org/recommendations/2",
    symbol: "CCPR/C/KAZ/CO/2",
    paragraph: null,
    bodyCode: "CCPR",
    stateCode: "KAZ",
    stateName: "Kazakhstan",
    cycle: "2",
    date: "2016-07-11",
    text:
      "The State party should ensure the legal recognition of conscientious objection to military service, " +
      "and provide for alternative service of a civilian nature for conscientious objectors.",
    themes: ["Freedom of thought, conscience and religion", "Conscientious objection"],
    affectedPersons: ["Jehovah's Witnesses", "Conscientious objectors"],
    sdgs: ["16.10"],
    currentStatus: "not_implemented",
    statusDate: "2024-05",
    latestStance: "rejects",
    stanceDate: "2024-04-02",
    stanceQuote:
      "The law does not directly recognise the right of an individual to refuse to carry out military service " +
      "on religious or other grounds.",
    latestGrade: null,
    latestGradeAsWritten: null,
    gradeDate: null,
    reiterates: [{ symbol: "CCPR/C/KAZ/CO/1", paragraph: "23" }],
    reiteratedBy: [],
    outstandingSince: 2011,
    ...overrides,
  };
}

/** Reads a web stream to the end. */
export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
