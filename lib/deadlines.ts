import { todayIso } from "./domain/clock";

/** A partial ISO date ("2025", "2025-06") is due at the END of the period it names. */
export function isOverdue(due: string | null, today = todayIso()): boolean {
  if (!due) return false;
  const [y, m, d] = due.split("-");
  const end = d ? due : m ? `${y}-${m}-31` : `${y}-12-31`;
  return end < today;
}

/** An action is overdue when its due date has passed and it is neither done nor abandoned. */
export function isActionOverdue(action: { dueDate: string | null; status: string }, today = todayIso()): boolean {
  return action.status !== "done" && action.status !== "abandoned" && isOverdue(action.dueDate, today);
}
