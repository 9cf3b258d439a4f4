/**
 * Next.js calls register() once when a server starts (next start, next dev).
 * The lifecycle module uses Node APIs, so it is loaded only in the Node.js runtime.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerLifecycle } = await import("./lib/server/lifecycle");
  startServerLifecycle();
}
