/**
 * `npm run measure:upload`: what one hostile or heavy upload does to a running server (the target in
 * docs/benchmarks.md: an inflating .docx refused in under 5 s, the server under 600 MB, /api/health
 * answering in under 200 ms meanwhile). For each file it uploads through the wizard's route
 * (app/(app)/import/upload/route.ts) while polling /api/health every 25 ms and sampling the
 * server's resident memory, then prints the answer, its time, the slowest health answer and the
 * peak memory.
 *
 *   MEASURE_PASSWORD=… npm run measure:upload -- --url http://127.0.0.1:3000 --email editor@example.org \
 *     [--pid <server pid>]
 *
 * The files are made here, in memory: a 90 MB document.xml that deflates to a few hundred KB
 * (the bomb a security review found), one just under the inflation caps (lib/import/limits.ts) made of
 * 400,000 tiny paragraphs, and a real OHCHR list from tests/fixtures/real.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import JSZip from "jszip";
import { MAX_ZIP_ENTRY_BYTES } from "../lib/import/limits";
import { loopbackBase, signIn } from "./lib/session";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:3000" },
    email: { type: "string" },
    pid: { type: "string" },
  },
});
const password = process.env.MEASURE_PASSWORD;
if (!values.email || !password) {
  console.error("Give --email and MEASURE_PASSWORD (an editor or admin, who may import).");
  process.exit(1);
}
const base = loopbackBase(values.url);

function serverPid(): number {
  if (values.pid) return Number(values.pid);
  const port = new URL(base).port || "80";
  const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`No process listens on port ${port}; give --pid.`);
  return Number(pid);
}

/** Resident memory of the whole process, worker threads included, in MB. */
function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function docx(documentXml: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  zip.file("word/document.xml", documentXml);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const paragraph = "<w:p><w:r><w:t>Recommendation text repeated to fill the document.</w:t></w:r></w:p>";
function documentOf(bytes: number): string {
  const count = Math.floor(bytes / paragraph.length);
  return `<?xml version="1.0"?><w:document ${W}><w:body>${paragraph.repeat(count)}</w:body></w:document>`;
}

type Measured = { file: string; size: string; answer: string; seconds: number; healthMaxMs: number; peakMb: number };

async function measure(session: { cookie: () => string }, pid: number, name: string, bytes: Buffer): Promise<Measured> {
  let running = true;
  let healthMaxMs = 0;
  let peakMb = rssMb(pid);
  const poll = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(`${base}/api/health`).then((r) => r.arrayBuffer());
      healthMaxMs = Math.max(healthMaxMs, performance.now() - started);
      peakMb = Math.max(peakMb, rssMb(pid));
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], name));
  const started = performance.now();
  const res = await fetch(`${base}/import/upload`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: session.cookie(), origin: base },
    body: form,
  });
  const seconds = (performance.now() - started) / 1000;
  running = false;
  await poll;
  peakMb = Math.max(peakMb, rssMb(pid));
  const location = res.headers.get("location") ?? "";
  const answer = `${res.status} ${new URLSearchParams(location.split("?")[1] ?? "").toString() || location}`;
  return { file: name, size: `${(bytes.length / 1024).toFixed(0)} KB`, answer, seconds, healthMaxMs, peakMb };
}

async function main() {
  const pid = serverPid();
  const session = await signIn(base, values.email!, password!);
  const realDir = path.join(process.cwd(), "tests", "fixtures", "real", "ohchr-upr-thematic-lists");
  const real = fs.readdirSync(realDir).find((f) => f.endsWith(".docx"));
  const files: [string, Promise<Buffer> | Buffer][] = [
    ["inflates-to-90-MB.docx", docx(documentOf(90 * 2 ** 20))],
    ["just-under-the-caps.docx", docx(documentOf(MAX_ZIP_ENTRY_BYTES - 2 ** 20))],
  ];
  if (real) files.push([real, fs.readFileSync(path.join(realDir, real))]);
  console.log(`server pid ${pid}, ${rssMb(pid).toFixed(0)} MB resident before the first upload`);
  const rows: Measured[] = [];
  for (const [name, bytes] of files) rows.push(await measure(session, pid, name, await bytes));
  console.table(
    rows.map((r) => ({
      file: r.file,
      size: r.size,
      answer: r.answer,
      "seconds to answer": r.seconds.toFixed(2),
      "slowest /api/health (ms)": r.healthMaxMs.toFixed(0),
      "peak server memory (MB)": r.peakMb.toFixed(0),
    })),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
