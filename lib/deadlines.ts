import { todayIso } from "./domain/clock";
import { isDeadlinePassed } from "./domain/predicates";

/** A partial ISO date ("2025", "2025-06") is due at the END of the period it names (lib/domain/predicates.ts). */
export function isOverdue(due: string | null, today = todayIso()): boolean {
  return isDeadlinePassed(due, today);
}

/** An action is overdue when its due date has passed and it is neither done nor abandoned. */
export function isActionOverdue(action: { dueDate: string | null; status: string }, today = todayIso()): boolean {
  return action.status !== "done" && action.status !== "abandoned" && isOverdue(action.dueDate, today);
}
