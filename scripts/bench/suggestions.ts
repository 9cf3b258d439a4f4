/**
 * `npm run bench -- suggestions`: how good and how fast reiteration candidates
 * and tag suggestions are, on real data in the repository.
 *
 * Themes: the tracker learns from UPR Info sessions 1–17 (imported through the
 * app's own parser and commit into a scratch database) and suggests themes for
 * every recommendation of sessions 18–20 that UPR Info tagged: the share with a
 * true theme among the first three, and how often the first is a true theme.
 *
 * Reiterations: the labelled set tests/fixtures/reiterations/ (Kazakhstan, UPR
 * 2010 → 2014; README there says how it was labelled): the share of repeating
 * second-cycle recommendations with a right candidate among the first three
 * and at the first place — once with only Kazakhstan's two cycles in the
 * tracker, once with all of UPR Info's sessions 1–20 (inverse document
 * frequencies from 40,000 texts).
 *
 * Both beside TF-IDF cosine over the same stems (suggestions-baselines.ts),
 * the alternative they were chosen against. Latency on the 300,000-row
 * synthetic database of the other sections.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type DB } from "../../db";
import { ensureBodies } from "../../db/seed";
import { SYSTEM_ACTOR } from "../../lib/auth/roles";
import { commitImport } from "../../lib/data/import";
import { reiterationCandidates, STRONG_SCORE } from "../../lib/data/reiteration-candidates";
import { reiterationQueue } from "../../lib/data/reiteration-queue";
import { corpusStats, forgetCorpusStats } from "../../lib/data/similarity-stats";
import { suggestTags } from "../../lib/data/tag-suggestions";
import { formatNumber } from "../../lib/i18n/format";
import { parseImportFile } from "../../lib/import";
import type { ImportRecord } from "../../lib/import/types";
import { cosineIndex, nearest } from "./suggestions-baselines";
import { measure } from "./stats";
import type { BenchContext, BenchRow, BenchSection } from "./types";
import { prng } from "../synth/generate";

const UPR_DIR = path.resolve("tests/fixtures/real/upr-info-2008-2014");
const UPR_FILES = ["1-5.csv", "6-9.csv", "10-13.csv", "14-17.csv", "17-20.csv"];
const LABELS = path.resolve("tests/fixtures/reiterations/kaz-upr-2010-2014.json");

type Labelled = {
  earlier: { ref: string; text: string }[];
  later: { ref: string; text: string; repeats: string[] }[];
};

const pct = (n: number, of: number) =>
  `${formatNumber((100 * n) / Math.max(1, of), "en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
const quality = (name: string, value: string, target: string, note: string): BenchRow => ({
  name: `${name}: ${value}`,
  p50: NaN,
  p95: NaN,
  target,
  note,
});

async function readUpr(): Promise<ImportRecord[]> {
  const out: ImportRecord[] = [];
  for (const f of UPR_FILES) {
    const parsed = await parseImportFile(fs.readFileSync(path.join(UPR_DIR, f)), f, { format: "upr-info" });
    out.push(...parsed.records);
  }
  return out;
}

function scratch(name: string): { db: DB; close: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${name}-`));
  const db = openDatabase(path.join(dir, "bench.db"));
  ensureBodies(db);
  return {
    db,
    close: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function load(db: DB, records: ImportRecord[], label: string) {
  const sha256 = createHash("sha256").update(label).digest("hex");
  commitImport(
    db,
    SYSTEM_ACTOR,
    {
      format: "upr-info",
      encoding: "macintosh",
      headers: [],
      mapping: {},
      preview: [],
      skippedRows: [],
      records,
      issues: [],
      stats: {
        rowsRead: records.length,
        duplicateRowsMerged: 0,
        rowsMergedIntoGroups: 0,
        recommendations: records.length,
        skipped: 0,
        supported: 0,
        noted: 0,
        supportedNoted: 0,
      },
    },
    { fileName: label, sha256 },
  );
  forgetCorpusStats(db);
}

function themes(all: ImportRecord[], db: DB): BenchRow[] {
  const train = all.filter((r) => (r.uprSession ?? 0) <= 17);
  const test = all.filter((r) => (r.uprSession ?? 0) >= 18 && r.themes.length);
  load(db, train, "UPR Info sessions 1–17");
  let top3 = 0;
  let first = 0;
  const times: number[] = [];
  for (const r of test) {
    const t0 = performance.now();
    const got = suggestTags(db, "theme", r.text, { limit: 3 }).map((s) => s.name);
    times.push(performance.now() - t0);
    const truth = new Set(r.themes);
    if (got.some((g) => truth.has(g))) top3++;
    if (got[0] && truth.has(got[0])) first++;
  }
  // The alternative: TF-IDF cosine, the 20 nearest tagged texts voting with their similarity.
  const tagged = train.filter((r) => r.themes.length);
  const index = cosineIndex(tagged.map((r) => r.text));
  let cTop3 = 0;
  let cFirst = 0;
  for (const r of test) {
    const votes = new Map<string, number>();
    for (const { i, score } of nearest(index, r.text, 20))
      for (const th of tagged[i].themes) votes.set(th, (votes.get(th) ?? 0) + score);
    const got = [...votes].sort((a, b) => b[1] - a[1]).map(([name]) => name);
    const truth = new Set(r.themes);
    if (got.slice(0, 3).some((g) => truth.has(g))) cTop3++;
    if (got[0] && truth.has(got[0])) cFirst++;
  }
  const note =
    `${formatNumber(test.length)} tagged recommendations of sessions 18–20, ` +
    `learned from ${formatNumber(train.length)} of sessions 1–17`;
  const sorted = [...times].sort((a, b) => a - b);
  return [
    quality(
      "themes, BM25 nearest neighbours (used): a true theme in the first 3",
      pct(top3, test.length),
      "≥ 85 %",
      note,
    ),
    quality(
      "themes, BM25 nearest neighbours (used): the first is a true theme",
      pct(first, test.length),
      "≥ 75 %",
      note,
    ),
    quality(
      "themes, TF-IDF cosine neighbours (compared): a true theme in the first 3",
      pct(cTop3, test.length),
      "",
      note,
    ),
    quality(
      "themes, TF-IDF cosine neighbours (compared): the first is a true theme",
      pct(cFirst, test.length),
      "",
      note,
    ),
    {
      name: "tag suggestion, one text, on 32,000 UPR Info recommendations",
      p50: sorted[Math.floor(sorted.length / 2)],
      p95: sorted[Math.floor(sorted.length * 0.95)],
    },
  ];
}

type Outcome = {
  top1: number;
  top3: number;
  positives: number;
  strong: number;
  strongRight: number;
  strongNone: number;
};

function reiterations(db: DB, labelled: Labelled, scenario: string): BenchRow[] {
  const c = db.$client;
  const idsByText = (session: number) =>
    new Map(
      (
        c
          .prepare(
            `SELECT r.id, trim(r.text) AS text FROM recommendations r JOIN states s ON s.id = r.state_id
             JOIN review_cycles y ON y.id = r.cycle_id WHERE s.code = 'KAZ' AND y.upr_session = ?`,
          )
          .all(session) as { id: number; text: string }[]
      ).map((r) => [r.text, r.id]),
    );
  const earlierIds = idsByText(7);
  const laterIds = idsByText(20);
  const refOf = new Map(labelled.earlier.map((e) => [earlierIds.get(e.text), e.ref]));
  const out: Outcome = { top1: 0, top3: 0, positives: 0, strong: 0, strongRight: 0, strongNone: 0 };
  const cosOut: Outcome = { ...out };
  const earlierTexts = labelled.earlier.map((e) => e.text);
  const index = cosineIndex([...earlierTexts, ...labelled.later.map((l) => l.text)]);
  for (const l of labelled.later) {
    const id = laterIds.get(l.text);
    if (id === undefined) throw new Error(`${l.ref} is not in the imported data: the fixture and the parser disagree`);
    const got = reiterationCandidates(db, id).map((x) => ({ ref: refOf.get(x.id), score: x.score }));
    const cos = nearest(index, l.text, 40)
      .filter((n) => n.i < earlierTexts.length)
      .map((n) => ({ ref: labelled.earlier[n.i].ref, score: n.score }));
    for (const [o, list] of [
      [out, got],
      [cosOut, cos],
    ] as const) {
      const right = new Set(l.repeats);
      if (l.repeats.length) {
        o.positives++;
        if (list[0] && right.has(list[0].ref!)) o.top1++;
        if (list.slice(0, 3).some((x) => right.has(x.ref!))) o.top3++;
      }
      if (list[0] && list[0].score >= STRONG_SCORE && o === out) {
        o.strong++;
        if (right.has(list[0].ref!)) o.strongRight++;
        if (!l.repeats.length) o.strongNone++;
      }
    }
  }
  const note = `${out.positives} of ${labelled.later.length} second-cycle recommendations repeat a first-cycle one (labelled); ${scenario}`;
  return [
    quality(
      `reiterations, BM25 (used), ${scenario}: a right candidate in the first 3`,
      pct(out.top3, out.positives),
      "≥ 80 %",
      note,
    ),
    quality(`reiterations, BM25 (used), ${scenario}: right at the first place`, pct(out.top1, out.positives), "", note),
    quality(
      `reiterations, BM25 (used), ${scenario}: the review queue's picks that are right`,
      pct(out.strongRight, out.strong),
      "",
      `${out.strong} queued (best candidate ≥ ${STRONG_SCORE}), of which ${out.strongNone} repeat nothing by the labels`,
    ),
    quality(
      `reiterations, TF-IDF cosine (compared), ${scenario}: a right candidate in the first 3`,
      pct(cosOut.top3, cosOut.positives),
      "",
      "IDF from Kazakhstan's 318 texts",
    ),
    quality(
      `reiterations, TF-IDF cosine (compared), ${scenario}: right at the first place`,
      pct(cosOut.top1, cosOut.positives),
      "",
      "IDF from Kazakhstan's 318 texts",
    ),
  ];
}

function latency(ctx: BenchContext): BenchRow[] {
  const { db } = ctx;
  const rng = prng(7);
  const max = (db.$client.prepare("SELECT MAX(id) AS n FROM recommendations").get() as { n: number }).n;
  const ids = Array.from({ length: 200 }, () => rng.int(1, max));
  const texts = ids.map(
    (id) => (db.$client.prepare("SELECT text FROM recommendations WHERE id = ?").get(id) as { text: string }).text,
  );
  forgetCorpusStats(db);
  const t0 = performance.now();
  corpusStats(db);
  const statsMs = performance.now() - t0;
  let i = 0;
  const candidates = measure(() => reiterationCandidates(db, ids[i++ % ids.length]), ctx.iterations * 2);
  let j = 0;
  const tags = measure(() => suggestTags(db, "theme", texts[j++ % texts.length]), ctx.iterations * 2);
  const largest = db.$client
    .prepare("SELECT state_id AS id, COUNT(*) AS n FROM recommendations GROUP BY state_id ORDER BY n DESC LIMIT 1")
    .get() as { id: number; n: number };
  const q0 = performance.now();
  const queue = reiterationQueue(db, largest.id, { cache: false });
  const queueMs = performance.now() - q0;
  return [
    { name: "reiteration candidates for one recommendation (300k)", ...candidates, target: "p95 ≤ 100 ms" },
    { name: "tag suggestions for one text (300k)", ...tags, target: "p95 ≤ 100 ms" },
    {
      name: "review queue of the largest state (one run, 300k)",
      p50: queueMs,
      p95: NaN,
      note:
        `${formatNumber(largest.n)} recommendations, ${formatNumber(queue.unlinked)} unlinked, ` +
        `${formatNumber(queue.items.length)} queued`,
    },
    {
      name: "corpus statistics for BM25 (one read, kept ten minutes)",
      p50: statsMs,
      p95: NaN,
      note: "paid by the first suggestion after a start or a large import",
    },
  ];
}

export const suggestionsSection: BenchSection = {
  name: "suggestions",
  run: async (ctx) => {
    const all = await readUpr();
    const labelled = JSON.parse(fs.readFileSync(LABELS, "utf8")) as Labelled;
    const rows: BenchRow[] = [];

    const kaz = scratch("kaz");
    try {
      load(
        kaz.db,
        all.filter((r) => r.stateCode === "KAZ" && (r.uprSession === 7 || r.uprSession === 20)),
        "KAZ",
      );
      rows.push(...reiterations(kaz.db, labelled, "only Kazakhstan's two cycles in the tracker"));
    } finally {
      kaz.close();
    }

    const upr = scratch("upr");
    try {
      rows.push(...themes(all, upr.db));
      load(
        upr.db,
        all.filter((r) => (r.uprSession ?? 0) >= 18),
        "UPR Info sessions 18–20",
      );
      rows.push(...reiterations(upr.db, labelled, "all of UPR Info 1–20 in the tracker"));
    } finally {
      upr.close();
    }

    rows.push(...latency(ctx));
    return rows;
  },
};
