/**
 * parseImportFile in a worker thread with a memory cap and a time limit, for the server: the
 * review page and the upload route must never block on, or be taken down by, one hostile file
 * (a 269 KB .docx once inflated to 90 MB of XML and held the event loop for 16 s). The worker
 * loads the TypeScript parser through tsx, as `npm start` and the CLI scripts do.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import { currentLocale } from "../i18n/current-locale";
import { formatMessage } from "../i18n/catalogue";
import { emptyParseResult, type ParseResult } from "./types";
import type { ParseOptions } from "./index";

export type ParseLimits = {
  /** The parse is stopped after this long. */
  timeoutMs: number;
  /** The worker's JavaScript heap; past it the worker dies, not the server. */
  maxHeapMb: number;
};

/** An OHCHR list or a UPR Info export of a whole session parses in a few seconds within 100–200 MB. */
export const PARSE_LIMITS: ParseLimits = { timeoutMs: 30_000, maxHeapMb: 512 };

// The worker runs from the source tree with tsx, never from the bundle: the comment keeps Turbopack
// from following it into tsx and esbuild's binary, which it cannot bundle.
const WORKER = path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "import", "parse-worker-entry.mjs");

function refused(message: string): ParseResult {
  return { ...emptyParseResult(), issues: [{ line: 0, column: null, severity: "error", message }] };
}

export function parseImportFileIsolated(
  bytes: Uint8Array,
  fileName: string,
  opts: ParseOptions = {},
  limits: ParseLimits = PARSE_LIMITS,
): Promise<ParseResult> {
  const locale = currentLocale();
  const say = (key: string, params: Record<string, string | number> = {}) =>
    formatMessage(`limits.${key}`, params, locale);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: ParseResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const worker = new Worker(WORKER, {
      workerData: { bytes, fileName, opts, locale },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 64 },
    });
    const timer = setTimeout(
      () => finish(refused(say("parseTooSlow", { seconds: Math.max(1, Math.ceil(limits.timeoutMs / 1000)) }))),
      limits.timeoutMs,
    );
    worker.on("message", (m: { ok: true; result: ParseResult } | { ok: false; reason: string }) =>
      finish(m.ok ? m.result : refused(say("parseFailed", { reason: m.reason }))),
    );
    worker.on("error", (error: Error & { code?: string }) =>
      finish(
        refused(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? say("parseTooBig", { limit: limits.maxHeapMb })
            : say("parseFailed", { reason: error.message }),
        ),
      ),
    );
    worker.on("exit", () => finish(refused(say("parseFailed", { reason: "the parser stopped" }))));
  });
}
