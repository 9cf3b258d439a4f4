import { getDb } from "@/db";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and Playwright's webServer: 200 only when SQLite answers. */
export function GET() {
  try {
    getDb().$client.prepare("SELECT 1").get();
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "error", message: "The database did not answer." }, { status: 503 });
  }
}
