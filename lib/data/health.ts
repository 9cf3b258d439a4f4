import "server-only";
import { getDb } from "../../db";

/** Whether SQLite answers at all (GET /api/health). No session is read: load balancers poll it. */
export function databaseAnswers(): boolean {
  try {
    getDb().$client.prepare("SELECT 1").get();
    return true;
  } catch {
    return false;
  }
}
