import { databaseAnswers } from "@/lib/data/health";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and Playwright's webServer: 200 only when SQLite answers. */
export function GET() {
  if (databaseAnswers()) return Response.json({ status: "ok" });
  return Response.json({ status: "error", message: "The database did not answer." }, { status: 503 });
}
