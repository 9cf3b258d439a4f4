import { auditLog } from "../../db/schema";
import type { Executor } from "../../db";
import type { Actor } from "../auth/roles";

/**
 * Writes one audit entry. Call it inside the transaction of the change it
 * records, so a refused or failed change leaves no entry.
 */
export function writeAudit(
  tx: Executor,
  actor: Actor,
  action: string,
  entity: string,
  entityId: number | null,
  before: unknown = null,
  after: unknown = null,
) {
  tx.insert(auditLog)
    .values({
      userId: actor.id,
      userEmail: actor.email,
      action,
      entity,
      entityId,
      before: before ?? null,
      after: after ?? null,
    })
    .run();
}
