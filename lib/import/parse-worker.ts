/**
 * The import parse, run in a worker thread (lib/import/isolated-parse.ts starts it): a file that
 * inflates or loops stalls only this thread, which the server can stop, never the event loop that
 * answers every other request.
 */
import { parentPort, workerData } from "node:worker_threads";
import { registerLocaleResolver } from "../i18n/current-locale";
import type { Locale } from "../i18n/locales";
import { parseImportFile, type ParseOptions } from "./index";

type Job = { bytes: Uint8Array; fileName: string; opts: ParseOptions; locale: Locale };

const job = workerData as Job;
// The report's sentences are in the language of whoever uploaded the file.
registerLocaleResolver(() => job.locale, job.locale);
parseImportFile(job.bytes, job.fileName, job.opts).then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (error: unknown) =>
    parentPort!.postMessage({ ok: false, reason: error instanceof Error ? error.message : String(error) }),
);
