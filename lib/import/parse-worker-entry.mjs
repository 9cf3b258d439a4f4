// The worker thread's entry (lib/import/isolated-parse.ts): plain JavaScript that loads the
// TypeScript parser through tsx, since a worker does not inherit the loader of its parent.
import { tsImport } from "tsx/esm/api";

await tsImport("./parse-worker.ts", import.meta.url);
