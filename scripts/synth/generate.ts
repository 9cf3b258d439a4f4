/**
 * A realistic, reproducible synthetic record at UN scale: every
 * state with an ISO 3166 code, every body, ≥4 review cycles per state and
 * body, UN document symbols, reiteration chains, state responses, follow-up
 * grades, assessments and UHRI-style tags.
 *
 * Speed: rows are generated one state–body pair at a time, given explicit ids
 * and written with prepared statements, one transaction per chunk. The
 * derived columns of `recommendations` are computed here, from the very
 * history rows written beside them, by the rules of lib/data/derived.ts
 * (latest = greatest date, then greatest id; chain start = earliest year in
 * the chain) — tests/search/synth.test.ts checks that against refreshRecommendation.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import type { DB } from "../../db";
import type { GradeLetter, Stance, Status } from "../../db/schema/enums";
import { ensureBodies } from "../../db/seed";
import {
  BODY_FOCUS,
  EXTRA_AFFECTED,
  FRENCH_STATES,
  OPENING_FR,
  OPENING_REITERATED,
  OPENING_RU,
  OPENINGS_TREATY,
  OPENINGS_UPR,
  QUALIFIERS,
  QUALIFIERS_FR,
  QUALIFIERS_RU,
  RUSSIAN_STATES,
  THEMES,
  type Theme,
} from "./vocabulary";

countries.registerLocale(en);

export type SynthOptions = {
  recommendations: number;
  seed: number;
  chunk?: number;
  onProgress?: (done: number) => void;
};
export type SynthReport = {
  states: number;
  bodies: number;
  cycles: number;
  documents: number;
  recommendations: number;
  responses: number;
  grades: number;
  assessments: number;
  tags: number;
  tagLinks: number;
  reiterations: number;
  cyrillic: number;
  seconds: number;
};

/** The last year synthetic events happen in: fixed, so a seed always gives the same database. */
export const SYNTH_LAST_YEAR = 2025;

/** mulberry32: small, fast, good enough for test data, same sequence everywhere. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  /** Picks by weight from [value, weight] pairs. */
  const weighted = <T>(pairs: readonly (readonly [T, number])[]): T => {
    let r = next() * pairs.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of pairs) if ((r -= w) < 0) return v;
    return pairs[pairs.length - 1][0];
  };
  return { next, int, pick, weighted };
}
type Rng = ReturnType<typeof prng>;

type BodyPlan = {
  ratify: number;
  first: [number, number];
  weight: number;
  followUp: boolean;
  symbol: (iso: string, ordinal: number, year: number) => string;
};
const treaty = (prefix: string) => (iso: string, ordinal: number) => `${prefix}/${iso}/CO/${ordinal}`;
const PLANS: Record<string, BodyPlan> = {
  CCPR: { ratify: 0.9, first: [1979, 1995], weight: 3, followUp: true, symbol: treaty("CCPR/C") },
  CESCR: { ratify: 0.88, first: [1980, 1998], weight: 3, followUp: true, symbol: treaty("E/C.12") },
  CERD: { ratify: 0.95, first: [1975, 1995], weight: 2.5, followUp: true, symbol: treaty("CERD/C") },
  CEDAW: { ratify: 0.97, first: [1985, 1998], weight: 3, followUp: true, symbol: treaty("CEDAW/C") },
  CAT: { ratify: 0.85, first: [1990, 2003], weight: 2.5, followUp: true, symbol: treaty("CAT/C") },
  SPT: { ratify: 0.45, first: [2008, 2012], weight: 1.5, followUp: false, symbol: (iso, o) => `CAT/OP/${iso}/${o}` },
  CRC: { ratify: 1, first: [1993, 2000], weight: 3, followUp: false, symbol: treaty("CRC/C") },
  CMW: { ratify: 0.3, first: [2006, 2010], weight: 1.5, followUp: true, symbol: treaty("CMW/C") },
  CRPD: { ratify: 0.85, first: [2011, 2014], weight: 2, followUp: true, symbol: treaty("CRPD/C") },
  CED: { ratify: 0.35, first: [2013, 2016], weight: 1.5, followUp: true, symbol: treaty("CED/C") },
  UPR: { ratify: 1, first: [2008, 2011], weight: 8, followUp: false, symbol: () => "" },
  SP: { ratify: 0.6, first: [2000, 2010], weight: 1, followUp: false, symbol: () => "" },
};

const STATUS_PICK: [Status, number][] = [
  ["not_implemented", 40],
  ["partially_implemented", 25],
  ["implemented", 15],
  ["no_information", 15],
  ["regressed", 5],
];

const pad = (n: number) => String(n).padStart(2, "0");
const clampYear = (y: number) => Math.min(y, SYNTH_LAST_YEAR);

type Rec = {
  id: number;
  cycleId: number;
  documentId: number;
  paragraph: string;
  subject: string;
  text: string;
  isFollowUp: number;
  uprPosition: string | null;
  stateId: number;
  bodyId: number;
  year: number;
  status: Status | null;
  statusDate: string | null;
  latestStance: Stance | null;
  latestStanceDate: string | null;
  latestGrade: GradeLetter | null;
  chainStartYear: number;
  reiteratesEarlier: number;
  reiteratedLater: number;
  theme: Theme;
};

export function synthesize(db: DB, opts: SynthOptions): SynthReport {
  const started = performance.now();
  const rng = prng(opts.seed);
  const c = db.$client;
  ensureBodies(db);
  const existing = c
    .prepare("SELECT (SELECT COUNT(*) FROM recommendations) + (SELECT COUNT(*) FROM review_cycles) AS n")
    .get() as { n: number };
  if (existing.n > 0)
    throw new Error(
      "The database already holds review cycles or recommendations; synthesise into an empty one (--replace deletes the file first).",
    );

  // States: every ISO 3166-1 alpha-3 code with its English name (249 — the UN has 193 members plus observers and territories).
  const names = countries.getNames("en", { select: "official" });
  const iso3 = Object.entries(countries.getAlpha3Codes())
    .map(([a3, a2]) => [a3, names[a2]] as const)
    .filter(([, n]) => !!n)
    .sort(([a], [b]) => a.localeCompare(b));
  const insState = c.prepare("INSERT INTO states (code, name) VALUES (?, ?) ON CONFLICT(code) DO NOTHING");
  c.transaction(() => {
    for (const [code, name] of iso3) insState.run(code, name);
  })();
  const stateIds = new Map(
    (c.prepare("SELECT code, id FROM states").all() as { code: string; id: number }[]).map((r) => [r.code, r.id]),
  );
  const bodyIds = new Map(
    (c.prepare("SELECT code, id FROM bodies").all() as { code: string; id: number }[]).map((r) => [r.code, r.id]),
  );

  // Tags
  const insTag = c.prepare("INSERT INTO tags (kind, name) VALUES (?, ?) ON CONFLICT(kind, name) DO NOTHING");
  c.transaction(() => {
    for (const t of THEMES) {
      insTag.run("theme", t.name);
      for (const a of t.affected) insTag.run("affected_persons", a);
      for (const s of t.sdg) insTag.run("sdg", s);
    }
    for (const a of EXTRA_AFFECTED) insTag.run("affected_persons", a);
  })();
  const tagIds = new Map(
    (c.prepare("SELECT kind || ':' || name AS k, id FROM tags").all() as { k: string; id: number }[]).map((r) => [
      r.k,
      r.id,
    ]),
  );
  const tagId = (kind: string, name: string) => tagIds.get(`${kind}:${name}`)!;
  const themeByName = new Map(THEMES.map((t) => [t.name, t]));

  // Plan every cycle first, so the recommendation total can be shared out exactly.
  type CyclePlan = { state: string; body: string; ordinal: number; year: number; month: number; weight: number };
  const pairs: CyclePlan[][] = [];
  for (const [state] of iso3) {
    for (const [body, plan] of Object.entries(PLANS)) {
      if (rng.next() >= plan.ratify) continue;
      const start = rng.int(plan.first[0], plan.first[1]);
      const k = body === "UPR" ? 4 : rng.int(4, 6);
      const span = SYNTH_LAST_YEAR - start;
      const cycles: CyclePlan[] = [];
      for (let i = 0; i < k; i++) {
        cycles.push({
          state,
          body,
          ordinal: i + 1,
          year: start + Math.round((i * span) / k),
          month: rng.int(1, 12),
          weight: plan.weight * (0.7 + rng.next() * 0.6),
        });
      }
      pairs.push(cycles);
    }
  }
  const allCycles = pairs.flat();
  const totalWeight = allCycles.reduce((s, x) => s + x.weight, 0);
  const counts = allCycles.map((x) => Math.floor((x.weight / totalWeight) * opts.recommendations));
  let rest = opts.recommendations - counts.reduce((s, n) => s + n, 0);
  for (let i = 0; rest > 0; i = (i + 1) % counts.length, rest--) counts[i]++;
  const countOf = new Map(allCycles.map((x, i) => [x, counts[i]]));

  const maxId = (table: string) =>
    (c.prepare(`SELECT COALESCE(MAX(id), 0) AS m FROM ${table}`).get() as { m: number }).m;
  let cycleId = maxId("review_cycles"),
    docId = maxId("documents"),
    recId = maxId("recommendations");
  let respId = maxId("state_responses"),
    gradeId = maxId("follow_up_grades"),
    assessId = maxId("assessments"),
    reitId = maxId("reiterations");

  const ins = {
    cycle: c.prepare(
      `INSERT INTO review_cycles
        (id, state_id, body_id, ordinal, upr_session, session_date, adoption_date, follow_up_deadline, next_report_due)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    doc: c.prepare(
      "INSERT INTO documents (id, symbol, title, kind, date, cycle_id, state_id, body_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    rec: c.prepare(`INSERT INTO recommendations (id, cycle_id, document_id, paragraph, subject, text, is_follow_up,
      upr_position, state_id, body_id, year, status, status_date, latest_stance, latest_stance_date, latest_grade,
      chain_start_year, reiterates_earlier, reiterated_later)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    resp: c.prepare(
      `INSERT INTO state_responses (id, recommendation_id, date, document_id, stance, quote, from_upr_position)
        VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    grade: c.prepare(
      "INSERT INTO follow_up_grades (id, recommendation_id, document_id, date, grade_as_written, grade_letter) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    assess: c.prepare(
      "INSERT INTO assessments (id, recommendation_id, date, status, rationale, author_name) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    tag: c.prepare("INSERT INTO recommendation_tags (recommendation_id, tag_id) VALUES (?, ?)"),
    reit: c.prepare(
      "INSERT INTO reiterations (id, recommendation_id, earlier_id, kind) VALUES (?, ?, ?, 'reiterates')",
    ),
  };
  const report: SynthReport = {
    states: iso3.length,
    bodies: bodyIds.size,
    cycles: 0,
    documents: 0,
    recommendations: 0,
    responses: 0,
    grades: 0,
    assessments: 0,
    tags: tagIds.size,
    tagLinks: 0,
    reiterations: 0,
    cyrillic: 0,
    seconds: 0,
  };
  const hrcCounter = new Map<number, number>();
  const hrcSymbol = (year: number, month: number) => {
    const session = (year - 2006) * 3 + Math.ceil(month / 4); // three Council sessions a year since 2006
    const n = (hrcCounter.get(session) ?? 3) + 1;
    hrcCounter.set(session, n);
    return `A/HRC/${session}/${n}`;
  };

  const chunk = opts.chunk ?? 25_000;
  let sinceCommit = 0;
  c.exec("BEGIN");
  for (const cycles of pairs) {
    const { state, body } = cycles[0];
    const plan = PLANS[body];
    const stateId = stateIds.get(state)!;
    const bodyId = bodyIds.get(body)!;
    const recs: Rec[] = [];
    const pending: (() => void)[] = [];
    let previous: Rec[] = [];
    for (const cy of cycles) {
      const n = countOf.get(cy)!;
      const year = clampYear(cy.year);
      const adoption = `${year}-${pad(cy.month)}`;
      const deadline = plan.followUp ? `${year + 2}-${pad(cy.month)}` : null;
      const id = ++cycleId;
      const uprSession = body === "UPR" ? Math.max(1, (year - 2008) * 3 + Math.ceil(cy.month / 4)) : null;
      ins.cycle.run(
        id,
        stateId,
        bodyId,
        cy.ordinal,
        uprSession,
        adoption,
        adoption,
        deadline,
        `${year + 4}-${pad(cy.month)}`,
      );
      report.cycles++;
      const docDate = `${year}-${pad(cy.month)}-${pad(rng.int(1, 28))}`;
      const symbol =
        body === "UPR"
          ? hrcSymbol(year, cy.month)
          : body === "SP"
            ? `${hrcSymbol(year, cy.month)}/Add.${rng.int(1, 3)}`
            : plan.symbol(state, cy.ordinal, year);
      const coId = ++docId;
      const kind =
        body === "UPR" ? "upr_report" : body === "SP" || body === "SPT" ? "other" : "concluding_observations";
      ins.doc.run(coId, symbol, `${body} ${cy.ordinal} — ${state}`, kind, docDate, id, stateId, bodyId);
      report.documents++;
      let replyId: number | null = null;
      if (deadline && year + 2 <= SYNTH_LAST_YEAR) {
        replyId = ++docId;
        ins.doc.run(
          replyId,
          `${symbol}/Add.1`,
          `Follow-up information — ${state}`,
          "follow_up_report",
          `${year + 2}-${pad(cy.month)}-15`,
          id,
          stateId,
          bodyId,
        );
        report.documents++;
      }
      const prevByTheme = new Map<string, Rec[]>();
      for (const p of previous) prevByTheme.set(p.theme.name, [...(prevByTheme.get(p.theme.name) ?? []), p]);
      const current: Rec[] = [];
      const focus = BODY_FOCUS[body];
      for (let i = 0; i < n; i++) {
        const theme = focus.length && rng.next() < 0.7 ? themeByName.get(rng.pick(focus))! : rng.pick(THEMES);
        const candidates = prevByTheme.get(theme.name);
        const earlier = body !== "UPR" && candidates?.length && rng.next() < 0.3 ? rng.pick(candidates) : undefined;
        const rec = makeRec(rng, {
          id: ++recId,
          cycleId: id,
          documentId: coId,
          stateId,
          bodyId,
          year,
          body,
          state,
          theme,
          i,
          ordinal: cy.ordinal,
          earlier,
          followUp: plan.followUp && i < 3,
        });
        if (/[\u0400-\u04FF]/.test(rec.text)) report.cyrillic++;
        if (earlier) {
          earlier.reiteratedLater = 1;
          rec.reiteratesEarlier = 1;
          rec.chainStartYear = Math.min(rec.year, earlier.chainStartYear);
          const rid = ++reitId;
          pending.push(() => ins.reit.run(rid, rec.id, earlier.id));
          report.reiterations++;
        }
        history(
          rng,
          rec,
          { body, deadline, replyId, coId },
          pending,
          {
            resp: () => ++respId,
            grade: () => ++gradeId,
            assess: () => ++assessId,
          },
          ins,
          report,
        );
        pending.push(() => {
          ins.tag.run(rec.id, tagId("theme", theme.name));
          report.tagLinks++;
          const others: number[] = [];
          if (rng.next() < 0.3) others.push(tagId("theme", rng.pick(THEMES).name));
          if (theme.affected.length && rng.next() < 0.6)
            others.push(tagId("affected_persons", rng.pick(theme.affected)));
          if (rng.next() < 0.1) others.push(tagId("affected_persons", rng.pick(EXTRA_AFFECTED)));
          if (theme.sdg.length && rng.next() < 0.5) others.push(tagId("sdg", rng.pick(theme.sdg)));
          for (const t of new Set(others))
            if (t !== tagId("theme", theme.name)) {
              ins.tag.run(rec.id, t);
              report.tagLinks++;
            }
        });
        current.push(rec);
      }
      recs.push(...current);
      previous = current;
    }
    // Recommendations first (their flags are final only once the whole pair is known), then their history.
    for (const r of recs) {
      ins.rec.run(
        r.id,
        r.cycleId,
        r.documentId,
        r.paragraph,
        r.subject,
        r.text,
        r.isFollowUp,
        r.uprPosition,
        r.stateId,
        r.bodyId,
        r.year,
        r.status,
        r.statusDate,
        r.latestStance,
        r.latestStanceDate,
        r.latestGrade,
        r.chainStartYear,
        r.reiteratesEarlier,
        r.reiteratedLater,
      );
    }
    for (const p of pending) p();
    report.recommendations += recs.length;
    sinceCommit += recs.length;
    if (sinceCommit >= chunk) {
      c.exec("COMMIT");
      opts.onProgress?.(report.recommendations);
      c.exec("BEGIN");
      sinceCommit = 0;
    }
  }
  c.exec("COMMIT");
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

function makeRec(
  rng: Rng,
  a: {
    id: number;
    cycleId: number;
    documentId: number;
    stateId: number;
    bodyId: number;
    year: number;
    body: string;
    state: string;
    theme: Theme;
    i: number;
    ordinal: number;
    earlier?: Rec;
    followUp: boolean;
  },
): Rec {
  const action = rng.pick(a.theme.actions);
  let text: string;
  const lang = rng.next();
  if (RUSSIAN_STATES.has(a.state) && lang < 0.3)
    text = `${OPENING_RU} ${rng.pick(a.theme.ru)} ${rng.pick(QUALIFIERS_RU)}.`;
  else if (FRENCH_STATES.has(a.state) && lang < 0.3)
    text = `${OPENING_FR} ${rng.pick(a.theme.fr)} ${rng.pick(QUALIFIERS_FR)}.`;
  else if (a.body === "UPR") text = `${rng.pick(OPENINGS_UPR)} ${action} ${rng.pick(QUALIFIERS)}.`;
  else {
    const opening = a.earlier ? OPENING_REITERATED : rng.pick(OPENINGS_TREATY);
    text = `${opening} ${action} ${rng.pick(QUALIFIERS)}.`;
    if (rng.next() < 0.5)
      text += ` It should also ${rng.pick(a.theme.actions.filter((x) => x !== action).concat(action))} ${rng.pick(QUALIFIERS)}.`;
  }
  const paragraph =
    a.body === "UPR"
      ? `${110 + a.ordinal * 10}.${a.i + 1}`
      : rng.next() < 0.15
        ? `${8 + a.i} (${"abcd"[rng.int(0, 3)]})`
        : String(8 + a.i);
  return {
    id: a.id,
    cycleId: a.cycleId,
    documentId: a.documentId,
    paragraph,
    subject: a.theme.subject,
    text,
    isFollowUp: a.followUp ? 1 : 0,
    uprPosition: null,
    stateId: a.stateId,
    bodyId: a.bodyId,
    year: a.year,
    status: null,
    statusDate: null,
    latestStance: null,
    latestStanceDate: null,
    latestGrade: null,
    chainStartYear: a.year,
    reiteratesEarlier: 0,
    reiteratedLater: 0,
    theme: a.theme,
  };
}

type Ids = { resp: () => number; grade: () => number; assess: () => number };
type Inserts = {
  resp: { run: (...a: unknown[]) => unknown };
  grade: { run: (...a: unknown[]) => unknown };
  assess: { run: (...a: unknown[]) => unknown };
};

/** Responses, grades and assessments for one recommendation; the derived columns follow the last of each. */
function history(
  rng: Rng,
  r: Rec,
  ctx: { body: string; deadline: string | null; replyId: number | null; coId: number },
  pending: (() => void)[],
  ids: Ids,
  ins: Inserts,
  report: SynthReport,
) {
  const y = r.year;
  let stance: Stance | null = null;
  let stanceDate: string | null = null;
  if (ctx.body === "UPR") {
    if (rng.next() < 0.9) {
      // The UPR position is the state's response (lib/data/upr-position-responses.ts).
      stance = rng.weighted<Stance>([
        ["accepts", 65],
        ["partially_accepts", 8],
        ["noted", 27],
      ]);
      stanceDate = `${y}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
      r.uprPosition = stance === "noted" ? "noted" : stance === "partially_accepts" ? "supported_noted" : "supported";
    }
  } else if (r.isFollowUp && ctx.deadline) {
    const p = rng.next();
    const due = Number(ctx.deadline.slice(0, 4));
    if (due <= SYNTH_LAST_YEAR && p < 0.7)
      stance = rng.weighted<Stance>([
        ["accepts", 40],
        ["partially_accepts", 30],
        ["no_information", 20],
        ["rejects", 10],
      ]);
    else if (due <= SYNTH_LAST_YEAR && p < 0.85) stance = "no_response";
    if (stance) stanceDate = `${due}-${ctx.deadline.slice(5, 7)}-${pad(rng.int(1, 28))}`;
  } else if (rng.next() < 0.25 && y < SYNTH_LAST_YEAR) {
    stance = rng.weighted<Stance>([
      ["accepts", 50],
      ["partially_accepts", 25],
      ["rejects", 15],
      ["no_information", 10],
    ]);
    stanceDate = `${y + 1}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
  }
  if (stance && stanceDate) {
    const id = ids.resp();
    const [s, d, doc] = [stance, stanceDate, stance === "no_response" ? null : (ctx.replyId ?? null)];
    const fromPosition = ctx.body === "UPR" ? 1 : 0;
    pending.push(() => ins.resp.run(id, r.id, d, doc, s, null, fromPosition));
    r.latestStance = stance;
    r.latestStanceDate = stanceDate;
    report.responses++;
  }

  if (r.isFollowUp && ctx.deadline) {
    const gy = Number(ctx.deadline.slice(0, 4)) + 1;
    if (gy <= SYNTH_LAST_YEAR && rng.next() < 0.75) {
      const letter: GradeLetter =
        !stance || stance === "no_response"
          ? "D"
          : rng.weighted<GradeLetter>([
              ["A", 10],
              ["B", 45],
              ["C", 35],
              ["E", 10],
            ]);
      const written = letter === "B" || letter === "C" ? `${letter}${rng.int(1, 2)}` : letter;
      const id = ids.grade();
      const date = `${gy}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
      pending.push(() => ins.grade.run(id, r.id, null, date, written, letter));
      r.latestGrade = letter;
      report.grades++;
    }
  }

  if (rng.next() < 0.55 && y < SYNTH_LAST_YEAR) {
    const n = rng.next() < 0.3 ? 2 : 1;
    let year = y;
    for (let k = 0; k < n && year < SYNTH_LAST_YEAR; k++) {
      year = rng.int(year + 1, SYNTH_LAST_YEAR);
      const status = rng.weighted(STATUS_PICK);
      const date = `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
      // Each assessment is in a later year than the one before, so the last one written is the latest.
      const id = ids.assess();
      pending.push(() => ins.assess.run(id, r.id, date, status, "Synthetic assessment", "Synthetic NGO"));
      r.status = status;
      r.statusDate = date;
      report.assessments++;
    }
  }
}
