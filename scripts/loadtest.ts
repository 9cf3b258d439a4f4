/**
 * `npm run loadtest`: a bounded fetch loop against a running server on loopback.
 * N connections (default 50) for D seconds (default 60), each going round a mix of
 * what people do: a search, the dashboard, a recommendation's story page, and a
 * versioned PATCH of a recommendation (GET its version, PATCH with it; a 409 is
 * someone else's edit winning, not an error). Prints requests/s, latency
 * percentiles, errors (HTTP ≥ 500 or no answer) and lost updates: for every
 * recommendation edited, the version must have risen by exactly the number of
 * PATCHes that were answered 200.
 *
 *   LOADTEST_PASSWORD=… LOADTEST_TOKEN=tt_… npm run loadtest -- --url http://127.0.0.1:3000 \
 *     --email editor@example.org [--connections 50] [--duration 60]
 *
 * The pages are read with a session (the email and password sign in once), the PATCHes
 * sent with an editor's API token. Only loopback addresses are accepted: this is for
 * measuring your own server, never someone else's.
 */
import { parseArgs } from "node:util";
import { loopbackBase, signIn, type Session } from "./lib/session";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:3000" },
    connections: { type: "string", default: "50" },
    duration: { type: "string", default: "60" },
    email: { type: "string" },
    targets: { type: "string", default: "10" },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let base = "";
try {
  base = loopbackBase(values.url);
} catch (error) {
  fail((error as Error).message);
}
const connections = Number(values.connections);
const durationMs = Number(values.duration) * 1000;
const password = process.env.LOADTEST_PASSWORD;
const token = process.env.LOADTEST_TOKEN;
if (!values.email || !password) fail("Give --email and LOADTEST_PASSWORD (a user who may read the pages).");
if (!token) fail("Give LOADTEST_TOKEN (an editor's API token, from `npm run users -- token`).");
if (!(connections >= 1 && connections <= 500) || !(durationMs >= 1000)) fail("--connections 1–500, --duration ≥ 1.");

let session: Session = { cookie: () => "" };
const bearer = { authorization: `Bearer ${token}` };
type Kind = "search" | "dashboard" | "story" | "read-version" | "patch";
const latencies: Record<Kind, number[]> = { search: [], dashboard: [], story: [], "read-version": [], patch: [] };
let errors = 0;
let busy = 0;
let conflicts = 0;
const errorSamples: string[] = [];
const successes = new Map<number, number>();

async function timed(kind: Kind, url: string, init: RequestInit = {}): Promise<Response | null> {
  const started = performance.now();
  try {
    const res = await fetch(url, init);
    // Read the whole answer: a page is not served until its last byte is.
    const body = await res.arrayBuffer();
    latencies[kind].push(performance.now() - started);
    if (res.status === 503) busy++;
    else if (res.status >= 500) {
      errors++;
      if (errorSamples.length < 5) errorSamples.push(`${res.status} ${kind} ${url}`);
    }
    return new Response(body, { status: res.status, headers: res.headers });
  } catch (error) {
    errors++;
    if (errorSamples.length < 5) errorSamples.push(`${kind} ${url}: ${String(error)}`);
    return null;
  }
}

const SEARCHES = ["conscientious", "torture", "children", "water", "women", '"national human rights"', "prison*"];

async function worker(n: number, ids: number[], until: number) {
  let i = n;
  while (performance.now() < until) {
    const id = ids[i % ids.length];
    switch (i % 4) {
      case 0:
        await timed("search", `${base}/recommendations?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length])}`, {
          headers: { cookie: session.cookie() },
        });
        break;
      case 1:
        await timed("dashboard", `${base}/`, { headers: { cookie: session.cookie() } });
        break;
      case 2:
        await timed("story", `${base}/recommendations/${id}`, { headers: { cookie: session.cookie() } });
        break;
      default: {
        const current = await timed("read-version", `${base}/api/v1/recommendations/${id}`, { headers: bearer });
        if (!current || current.status !== 200) break;
        const { data } = (await current.json()) as { data: { version: number } };
        const res = await timed("patch", `${base}/api/v1/recommendations/${id}`, {
          method: "PATCH",
          headers: { ...bearer, "content-type": "application/json" },
          body: JSON.stringify({ subject: `Load test ${n}.${i}`, version: data.version }),
        });
        if (res?.status === 200) successes.set(id, (successes.get(id) ?? 0) + 1);
        else if (res?.status === 409) conflicts++;
      }
    }
    i++;
  }
}

async function versions(ids: number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (const id of ids) {
    const res = await fetch(`${base}/api/v1/recommendations/${id}`, { headers: bearer });
    if (res.status !== 200) fail(`GET /api/v1/recommendations/${id} answered ${res.status}.`);
    out.set(id, ((await res.json()) as { data: { version: number } }).data.version);
  }
  return out;
}

const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
const ms = (v: number) => (Number.isNaN(v) ? "—" : `${v.toFixed(0)} ms`);

async function main() {
  try {
    session = await signIn(base, values.email!, password!);
  } catch (error) {
    fail((error as Error).message);
  }
  const list = await fetch(`${base}/api/v1/recommendations?per=${Number(values.targets)}`, { headers: bearer });
  if (list.status !== 200) fail(`GET /api/v1/recommendations answered ${list.status}: is the token right?`);
  const ids = ((await list.json()) as { data: { id: number }[] }).data.map((r) => r.id);
  if (ids.length === 0) fail("No recommendations to load-test with.");
  const before = await versions(ids);

  console.log(
    `${connections} connections for ${durationMs / 1000} s against ${base} (${ids.length} recommendations edited)…`,
  );
  const started = performance.now();
  const until = started + durationMs;
  await Promise.all(Array.from({ length: connections }, (_, n) => worker(n, ids, until)));
  const elapsed = (performance.now() - started) / 1000;

  const after = await versions(ids);
  let lost = 0;
  for (const id of ids) lost += (successes.get(id) ?? 0) - (after.get(id)! - before.get(id)!);

  const all = Object.values(latencies)
    .flat()
    .sort((a, b) => a - b);
  console.log(`requests: ${all.length} in ${elapsed.toFixed(1)} s = ${(all.length / elapsed).toFixed(1)} req/s`);
  console.log(`latency (all): p50 ${ms(pct(all, 50))}  p95 ${ms(pct(all, 95))}  p99 ${ms(pct(all, 99))}`);
  for (const [kind, list] of Object.entries(latencies)) {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(
      `  ${kind.padEnd(12)} ${String(sorted.length).padStart(6)}  ` +
        `p50 ${ms(pct(sorted, 50))}  p95 ${ms(pct(sorted, 95))}  p99 ${ms(pct(sorted, 99))}`,
    );
  }
  const saved = [...successes.values()].reduce((a, b) => a + b, 0);
  console.log(`errors (HTTP ≥ 500 other than 503, or no answer): ${errors}`);
  for (const s of errorSamples) console.log(`  ${s}`);
  console.log(`busy (503, retry later): ${busy}`);
  console.log(`PATCHes saved: ${saved}; refused as stale (409): ${conflicts}`);
  console.log(`lost updates: ${lost}`);
  process.exit(errors === 0 && lost === 0 ? 0 : 1);
}

main().catch((e: unknown) => fail(e instanceof Error ? (e.stack ?? e.message) : String(e)));
