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
import type { GradeLetter, Stance, Status, TagKind } from "@/db/schema/enums";
import { ensureBodies } from "@/db/seed";
import { refreshRecommendation } from "@/lib/data/derived";

/** "Today" for every search test, so "overdue" and "years outstanding" do not drift. */
export const NOW = new Date("2025-06-01T12:00:00Z");

type Rec = {
  key: string;
  cycle: string;
  doc: string;
  paragraph: string;
  subject?: string;
  text: string;
  followUp?: boolean;
  themes?: string[];
  affected?: string[];
  sdg?: string[];
  status?: Status;
  stance?: Stance;
  grade?: GradeLetter;
  reiterates?: string;
  archived?: boolean;
};

/**
 * Seven hand-made recommendations (one archived) whose facet counts are
 * worked out by hand in facets.test.ts:
 *
 * | key | state | body | cycle | year | status | stance | grade | themes | flags |
 * | r1 | KAZ | CCPR | 1 | 2011 | not_implemented | – | – | FoT, CO | follow-up, deadline 2012 → overdue |
 * | r2 | KAZ | CCPR | 2 | 2016 | not_implemented | rejects | C | FoT | reiterates r1 |
 * | r3 | KAZ | UPR | 2 | 2014 | partially_implemented | accepts | – | FoE | (Russian text) |
 * | r4 | KGZ | CCPR | 1 | 2014 | implemented | – | A | Torture; Detainees | follow-up, graded → not overdue |
 * | r5 | FRA | CAT | 1 | 2016 | – | no_response | – | Torture; Detainees | follow-up, deadline 2017-06 → overdue (French text) |
 * | r6 | KAZ | CCPR | 2 | 2016 | – | – | – | CO | archived: never found |
 * | r7 | KGZ | CCPR | 1 | 2014 | no_information | partially_accepts | – | FoE; SDG 16.10 | |
 */
export const FOT = "Freedom of thought, conscience and religion";
export const CO = "Conscientious objection";
export const FOE = "Freedom of opinion and expression";

const RECS: Rec[] = [
  {
    key: "r1",
    cycle: "KAZ-CCPR-1",
    doc: "CCPR/C/KAZ/CO/1",
    paragraph: "23",
    subject: "Conscientious objection",
    text:
      "The State party should recognize the right to conscientious objection to military service " +
      "and provide an alternative service of a civilian nature.",
    followUp: true,
    themes: [FOT, CO],
    status: "not_implemented",
  },
  {
    key: "r2",
    cycle: "KAZ-CCPR-2",
    doc: "CCPR/C/KAZ/CO/2",
    paragraph: "52",
    subject: "Freedom of religion",
    text:
      "The State party should guarantee the freedom of religion or belief " +
      "and revise the registration requirements for religious associations.",
    themes: [FOT],
    status: "not_implemented",
    stance: "rejects",
    grade: "C",
    reiterates: "r1",
  },
  {
    key: "r3",
    cycle: "KAZ-UPR-2",
    doc: "A/HRC/28/10",
    paragraph: "122.15",
    subject: "Свобода вероисповедания",
    text: "Гарантировать свободу вероисповедания и свободу выражения мнений в соответствии с международными стандартами.",
    themes: [FOE],
    status: "partially_implemented",
    stance: "accepts",
  },
  {
    key: "r4",
    cycle: "KGZ-CCPR-1",
    doc: "CCPR/C/KGZ/CO/2",
    paragraph: "11 (a)",
    subject: "Torture",
    text: "Ensure that all complaints of torture are investigated promptly and impartially by an independent body.",
    followUp: true,
    themes: ["Torture"],
    affected: ["Detainees"],
    status: "implemented",
    grade: "A",
  },
  {
    key: "r5",
    cycle: "FRA-CAT-1",
    doc: "CAT/C/FRA/CO/7",
    paragraph: "30",
    subject: "Garde à vue",
    text: "L'État partie devrait garantir l'accès à un avocat dès le début de la garde à vue, y compris pour les mineurs.",
    followUp: true,
    themes: ["Torture"],
    affected: ["Detainees"],
    stance: "no_response",
  },
  {
    key: "r6",
    cycle: "KAZ-CCPR-2",
    doc: "CCPR/C/KAZ/CO/2",
    paragraph: "40",
    text: "Archived conscientious objection duplicate.",
    themes: [CO],
    archived: true,
  },
  {
    key: "r7",
    cycle: "KGZ-CCPR-1",
    doc: "CCPR/C/KGZ/CO/2",
    paragraph: "12",
    subject: "Defamation",
    text: 'Decriminalize defamation and protect journalists (and bloggers) against "harassment": freedom of expression AND NOT censorship.',
    themes: [FOE],
    sdg: ["16.10"],
    status: "no_information",
    stance: "partially_accepts",
  },
];

const CYCLES: Record<
  string,
  { state: string; body: string; ordinal: number; adoptionDate: string; followUpDeadline?: string }
> = {
  "KAZ-CCPR-1": { state: "KAZ", body: "CCPR", ordinal: 1, adoptionDate: "2011-07", followUpDeadline: "2012" },
  "KAZ-CCPR-2": { state: "KAZ", body: "CCPR", ordinal: 2, adoptionDate: "2016-07", followUpDeadline: "2018-07" },
  "KAZ-UPR-2": { state: "KAZ", body: "UPR", ordinal: 2, adoptionDate: "2014-10" },
  "KGZ-CCPR-1": { state: "KGZ", body: "CCPR", ordinal: 1, adoptionDate: "2014-03", followUpDeadline: "2015-03" },
  "FRA-CAT-1": { state: "FRA", body: "CAT", ordinal: 1, adoptionDate: "2016-05", followUpDeadline: "2017-06" },
};
const DOCS: Record<string, { cycle: string; date: string }> = {
  "CCPR/C/KAZ/CO/1": { cycle: "KAZ-CCPR-1", date: "2011-08-19" },
  "CCPR/C/KAZ/CO/2": { cycle: "KAZ-CCPR-2", date: "2016-08-09" },
  "A/HRC/28/10": { cycle: "KAZ-UPR-2", date: "2014-12-10" },
  "CCPR/C/KGZ/CO/2": { cycle: "KGZ-CCPR-1", date: "2014-04-23" },
  "CAT/C/FRA/CO/7": { cycle: "FRA-CAT-1", date: "2016-06-10" },
};

/** Inserts the fixture through drizzle and derives each row with refreshRecommendation; returns ids by key. */
export function insertFixture(db: DB): Record<string, number> {
  ensureBodies(db);
  const ids: Record<string, number> = {};
  db.transaction((tx) => {
    const stateIds: Record<string, number> = {};
    for (const [code, name] of [
      ["KAZ", "Kazakhstan"],
      ["KGZ", "Kyrgyzstan"],
      ["FRA", "France"],
    ]) {
      stateIds[code] = tx.insert(states).values({ code, name }).returning().get().id;
    }
    const bodyId = (code: string) => tx.select().from(bodies).where(eq(bodies.code, code)).get()!.id;
    const cycleIds: Record<string, number> = {};
    for (const [key, c] of Object.entries(CYCLES)) {
      cycleIds[key] = tx
        .insert(reviewCycles)
        .values({
          stateId: stateIds[c.state],
          bodyId: bodyId(c.body),
          ordinal: c.ordinal,
          adoptionDate: c.adoptionDate,
          followUpDeadline: c.followUpDeadline,
        })
        .returning()
        .get().id;
    }
    const docIds: Record<string, number> = {};
    for (const [symbol, d] of Object.entries(DOCS)) {
      docIds[symbol] = tx
        .insert(documents)
        .values({ symbol, title: symbol, kind: "concluding_observations", date: d.date, cycleId: cycleIds[d.cycle] })
        .returning()
        .get().id;
    }
    const tagId = (kind: TagKind, name: string) => {
      tx.insert(tags).values({ kind, name }).onConflictDoNothing().run();
      return tx
        .select()
        .from(tags)
        .all()
        .find((t) => t.kind === kind && t.name === name)!.id;
    };
    for (const r of RECS) {
      const c = CYCLES[r.cycle];
      const id = tx
        .insert(recommendations)
        .values({
          cycleId: cycleIds[r.cycle],
          documentId: docIds[r.doc],
          paragraph: r.paragraph,
          subject: r.subject,
          text: r.text,
          isFollowUp: !!r.followUp,
          stateId: stateIds[c.state],
          bodyId: bodyId(c.body),
          archivedAt: r.archived ? new Date("2024-01-01T00:00:00Z") : null,
        })
        .returning()
        .get().id;
      ids[r.key] = id;
      const tagged: [TagKind, string[] | undefined][] = [
        ["theme", r.themes],
        ["affected_persons", r.affected],
        ["sdg", r.sdg],
      ];
      for (const [kind, names] of tagged)
        for (const n of names ?? [])
          tx.insert(recommendationTags)
            .values({ recommendationId: id, tagId: tagId(kind, n) })
            .run();
      if (r.status)
        tx.insert(assessments)
          .values({ recommendationId: id, date: "2020-01-01", status: r.status, rationale: "Fixture" })
          .run();
      if (r.stance)
        tx.insert(stateResponses).values({ recommendationId: id, date: "2017-01-01", stance: r.stance }).run();
      if (r.grade)
        tx.insert(followUpGrades)
          .values({ recommendationId: id, date: "2019-01-01", gradeAsWritten: r.grade, gradeLetter: r.grade })
          .run();
      if (r.reiterates) tx.insert(reiterations).values({ recommendationId: id, earlierId: ids[r.reiterates] }).run();
    }
    for (const id of Object.values(ids)) refreshRecommendation(tx, id);
  });
  return ids;
}
