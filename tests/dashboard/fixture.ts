import { eq } from "drizzle-orm";
import type { DB } from "@/db";
import {
  assessments,
  bodies,
  documents,
  followUpGrades,
  recommendationTags,
  recommendations,
  reiterations,
  reviewCycles,
  stateResponses,
  states,
  tags,
} from "@/db/schema";
import type { GradeLetter, Stance, Status } from "@/db/schema/enums";
import { refreshRecommendation } from "@/lib/data/derived";

/** The dashboard's clock in these tests: 1 March 2026. */
export const CLOCK = { today: "2026-03-01", year: 2026 };

type Rec = {
  n: number;
  state: "KAZ" | "UZB";
  body: "CCPR" | "CAT";
  cycle: number;
  docDate: string;
  status?: Status;
  stance?: Stance;
  grades?: [string, GradeLetter][];
  themes?: string[];
  /** A deadline, or true: picked for follow-up with the cycle's deadline in force. */
  followUp?: string | true;
  cycleFollowUp?: string;
  reiterates?: number;
  archived?: boolean;
};

/**
 * Eleven recommendations whose every aggregate is worked out by hand in
 * dashboard.test.ts (see the table there). Inserted with plain drizzle, then
 * the derived columns are refreshed as the app does after every change.
 */
export const RECS: Rec[] = [
  {
    n: 1,
    state: "KAZ",
    body: "CCPR",
    cycle: 1,
    docDate: "2011-08-19",
    status: "not_implemented",
    themes: ["Freedom of religion"],
  },
  {
    n: 2,
    state: "KAZ",
    body: "CCPR",
    cycle: 2,
    docDate: "2016-07-11",
    status: "not_implemented",
    stance: "rejects",
    grades: [["2019-03-01", "C"]],
    themes: ["Freedom of religion"],
    followUp: "2018-07",
    reiterates: 1,
  },
  {
    n: 3,
    state: "KAZ",
    body: "CCPR",
    cycle: 2,
    docDate: "2016-07-11",
    themes: ["Freedom of religion", "Detention"],
    followUp: "2018",
  },
  {
    n: 4,
    state: "KAZ",
    body: "CAT",
    cycle: 1,
    docDate: "2014-12-12",
    status: "implemented",
    stance: "accepts",
    grades: [
      ["2015-11-01", "B"],
      ["2017-11-01", "A"],
    ],
    themes: ["Torture"],
  },
  {
    n: 5,
    state: "KAZ",
    body: "CAT",
    cycle: 1,
    docDate: "2014-12-12",
    status: "regressed",
    stance: "no_response",
    themes: ["Torture", "Detention"],
    followUp: "2026-03",
  },
  {
    n: 6,
    state: "UZB",
    body: "CCPR",
    cycle: 1,
    docDate: "2020-05-01",
    status: "partially_implemented",
    stance: "partially_accepts",
    themes: ["Freedom of religion"],
    followUp: "2021-05-01",
  },
  {
    n: 7,
    state: "UZB",
    body: "CCPR",
    cycle: 1,
    docDate: "2020-05-01",
    status: "not_implemented",
    stance: "no_response",
    grades: [["2023-01-01", "D"]],
    followUp: "2022-01",
  },
  {
    n: 8,
    state: "UZB",
    body: "CCPR",
    cycle: 1,
    docDate: "2020-05-01",
    status: "no_information",
    stance: "no_information",
  },
  {
    n: 9,
    state: "UZB",
    body: "CCPR",
    cycle: 1,
    docDate: "2020-05-01",
    status: "not_implemented",
    themes: ["Torture"],
    followUp: "2021",
    archived: true,
  },
  {
    n: 10,
    state: "KAZ",
    body: "CCPR",
    cycle: 2,
    docDate: "2016-07-11",
    grades: [["2020-03-01", "B"]],
    followUp: "2019",
  },
  { n: 11, state: "UZB", body: "CCPR", cycle: 1, docDate: "2020-05-01", followUp: true, cycleFollowUp: "2021-06" },
];

export function seedDashboardFixture(db: DB): Map<number, number> {
  const ids = new Map<number, number>();
  db.transaction((tx) => {
    const stateId = new Map(
      ["KAZ", "UZB"].map((code) => [
        code,
        tx
          .insert(states)
          .values({ code, name: code === "KAZ" ? "Kazakhstan" : "Uzbekistan" })
          .returning()
          .get().id,
      ]),
    );
    const bodyId = new Map([
      [
        "CCPR",
        tx
          .insert(bodies)
          .values({ code: "CCPR", name: "Human Rights Committee", kind: "treaty_body" })
          .returning()
          .get().id,
      ],
      [
        "CAT",
        tx
          .insert(bodies)
          .values({ code: "CAT", name: "Committee against Torture", kind: "treaty_body" })
          .returning()
          .get().id,
      ],
    ]);
    const tagId = new Map<string, number>();
    const tag = (name: string) => {
      if (!tagId.has(name)) tagId.set(name, tx.insert(tags).values({ kind: "theme", name }).returning().get().id);
      return tagId.get(name)!;
    };
    const cycles = new Map<string, number>();
    for (const r of RECS) {
      const ck = `${r.state}-${r.body}-${r.cycle}`;
      if (!cycles.has(ck)) {
        cycles.set(
          ck,
          tx
            .insert(reviewCycles)
            .values({ stateId: stateId.get(r.state)!, bodyId: bodyId.get(r.body)!, ordinal: r.cycle })
            .returning()
            .get().id,
        );
      }
      if (r.cycleFollowUp)
        tx.update(reviewCycles)
          .set({ followUpDeadline: r.cycleFollowUp })
          .where(eq(reviewCycles.id, cycles.get(ck)!))
          .run();
      const cycleId = cycles.get(ck)!;
      const documentId = tx
        .insert(documents)
        .values({ title: `Concluding observations ${ck}`, kind: "concluding_observations", date: r.docDate, cycleId })
        .returning()
        .get().id;
      const id = tx
        .insert(recommendations)
        .values({
          cycleId,
          documentId,
          subject: `Recommendation ${r.n}`,
          text: `Fixture recommendation number ${r.n}.`,
          stateId: stateId.get(r.state)!,
          bodyId: bodyId.get(r.body)!,
          isFollowUp: !!r.followUp,
          followUpDeadline: typeof r.followUp === "string" ? r.followUp : null,
          archivedAt: r.archived ? new Date("2025-01-01") : null,
        })
        .returning()
        .get().id;
      ids.set(r.n, id);
      if (r.status)
        tx.insert(assessments)
          .values({ recommendationId: id, date: "2024-01-01", status: r.status, rationale: "Fixture." })
          .run();
      if (r.stance)
        tx.insert(stateResponses).values({ recommendationId: id, date: "2022-06-01", stance: r.stance }).run();
      for (const [date, letter] of r.grades ?? [])
        tx.insert(followUpGrades)
          .values({ recommendationId: id, date, gradeAsWritten: letter, gradeLetter: letter })
          .run();
      for (const t of r.themes ?? [])
        tx.insert(recommendationTags)
          .values({ recommendationId: id, tagId: tag(t) })
          .run();
      if (r.reiterates)
        tx.insert(reiterations)
          .values({ recommendationId: id, earlierId: ids.get(r.reiterates)! })
          .run();
    }
    for (const id of ids.values()) refreshRecommendation(tx, id);
  });
  return ids;
}
