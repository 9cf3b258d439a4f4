import type { Status } from "@/db/schema/enums";
import type { ReportData, ReportRecommendation } from "@/lib/export/types";

const founding: ReportRecommendation = {
  id: 2,
  url: "https://tracker.example.org/recommendations/2",
  symbol: "CCPR/C/KAZ/CO/2",
  paragraph: null,
  bodyCode: "CCPR",
  cycle: "2",
  date: "2016-07-11",
  title: "Conscientious objection and alternative civilian service",
  text:
    "The State party should ensure the legal recognition of conscientious objection to military service, " +
    "and provide for alternative service of a civilian nature for conscientious objectors.",
  recommendingStates: [],
  rest:
    "The State party should ensure the legal recognition of conscientious objection to military service, " +
    "and provide for alternative service of a civilian nature for conscientious objectors.",
  status: "not_implemented",
  statusDate: "2024-05",
  stance: "rejects",
  stanceDate: "2024-04-02",
  stanceQuote:
    "The law does not directly recognise the right of an individual to refuse to carry out military service on religious or other grounds.",
  grade: null,
  gradeAsWritten: null,
  outstandingSince: 2011,
  chain: [{ symbol: "CCPR/C/KAZ/CO/1", paragraph: "23", date: "2011" }],
  evidence: [
    {
      date: "2024-04-16",
      kind: "court_decision",
      title: "Daniil Smal: Astana Military Court rejects the Defence Department's appeal",
      url: "https://www.forum18.org/archive.php?article_id=2909",
    },
    {
      date: "2023-11",
      kind: "court_decision",
      title: "Daniil Smal: Almaty Military Garrison Court rules his conscription illegal",
    },
    {
      date: "2022-12-27",
      kind: "incident",
      title: "Two Jehovah's Witnesses beaten at Turksib District Conscription Office, Almaty",
    },
    { date: null, kind: "law", title: 'Criminal Code Article 387 ("refusing military service")' },
  ],
};

const statuses: (Status | null)[] = [
  "not_implemented",
  "partially_implemented",
  "implemented",
  "regressed",
  "no_information",
  null,
];
const bodies = ["CCPR", "CESCR", "CEDAW", "CAT", "CRC", "UPR"];

/** A state report with the founding case first and enough other rows to run over several pages. */
export function reportFixture(extra = 24): ReportData {
  // Each title is a subject of its own, so the whole text is printed under it; a UPR one was made by two states.
  const others: ReportRecommendation[] = Array.from(
    { length: extra },
    (_, i): Omit<ReportRecommendation, "rest" | "recommendingStates"> => ({
      id: 100 + i,
      symbol:
        bodies[i % bodies.length] === "UPR" ? "A/HRC/43/10" : `${bodies[i % bodies.length]}/C/KAZ/CO/${2 + (i % 3)}`,
      paragraph: `${10 + i}${i % 4 === 0 ? " (a)" : ""}`,
      bodyCode: bodies[i % bodies.length],
      cycle: bodies[i % bodies.length] === "UPR" ? "UPR 34" : String(2 + (i % 3)),
      date: i % 3 === 0 ? "2019" : "2021-03-15",
      title:
        i === 3 ? "Свобода вероисповедания: регистрация религиозных объединений" : `Recommendation on topic ${i + 1}`,
      text:
        i === 3
          ? "Пересмотреть Закон о религиозной деятельности и религиозных объединениях, чтобы отменить обязательную регистрацию."
          : (
              "The State party should take all measures necessary to guarantee in practice the rights protected by the " +
              "Covenant, including by reviewing legislation, training law-enforcement officials and ensuring effective " +
              "remedies for victims. "
            ).repeat(1 + (i % 3)),
      status: statuses[(i * 5 + Math.floor(i / 4)) % statuses.length],
      statusDate: i % 2 ? "2024-02-01" : null,
      stance: i % 4 === 1 ? null : (["accepts", "partially_accepts", "rejects", "no_response"] as const)[i % 4],
      stanceDate: "2023-06",
      stanceQuote:
        i % 2
          ? "The Government is considering amendments to the relevant legislation in consultation with civil society."
          : null,
      grade: i % 5 === 0 ? "B" : null,
      gradeAsWritten: i % 5 === 0 ? "B2" : null,
      outstandingSince: i % 6 === 0 ? 2011 : null,
      chain:
        i % 6 === 0
          ? [
              { symbol: "CCPR/C/KAZ/CO/1", paragraph: String(10 + i), date: "2011" },
              { symbol: "A/HRC/28/10", paragraph: "122.5", date: "2014-10-30" },
            ]
          : [],
      evidence: i % 3 === 0 ? [] : [{ date: "2022", kind: "report", title: "Shadow report by a coalition of NGOs" }],
    }),
  ).map((r) => ({ ...r, rest: r.text, recommendingStates: r.bodyCode === "UPR" ? ["Norway", "Poland"] : [] }));
  const recommendations = [founding, ...others];
  const count = (s: Status | null, list = recommendations) => list.filter((r) => r.status === s).length;
  const counts = (list: ReportRecommendation[]) => ({
    not_implemented: count("not_implemented", list),
    partially_implemented: count("partially_implemented", list),
    implemented: count("implemented", list),
    regressed: count("regressed", list),
    no_information: count("no_information", list),
    none: count(null, list),
  });
  return {
    state: { code: "KAZ", name: "Kazakhstan" },
    filters: [
      { label: "State", value: "Kazakhstan (Казахстан)" },
      { label: "Bodies", value: "All bodies" },
      { label: "Period", value: "2011 – 2024" },
      { label: "Theme", value: "Freedom of thought, conscience and religion" },
    ],
    generatedAt: new Date(Date.UTC(2025, 10, 28, 9, 30)),
    sources: [
      {
        title:
          'Forum 18 News Service, Felix Corley, "KAZAKHSTAN: Regime ignores UN alternative service recommendations" ' +
          "(May 2024). Credited as the source under Forum 18's terms.",
        url: "https://forum18.org/archive.php?article_id=2910",
      },
      { title: "UN documents by symbol (OHCHR treaty body database, Universal Human Rights Index)" },
    ],
    kpis: {
      tracked: recommendations.length,
      withResponse: recommendations.filter((r) => r.stance).length,
      reiterated: recommendations.filter((r) => r.chain.length).length,
      medianYearsOutstanding: 11,
    },
    statusCounts: counts(recommendations),
    byBody: [...new Set(recommendations.map((r) => r.bodyCode))].map((bodyCode) => ({
      bodyCode,
      counts: counts(recommendations.filter((r) => r.bodyCode === bodyCode)),
    })),
    recommendations,
  };
}
