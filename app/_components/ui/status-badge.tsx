import type { Status } from "@/lib/domain/enums";
import { notAssessedLabel, STATUS_LABELS } from "@/lib/labels";

/** The status pill: colour from the shared palette plus the word, never colour alone. */
export function StatusBadge({ status, size = "md" }: { status: Status | null; size?: "sm" | "md" | "lg" }) {
  const key = status ?? "none";
  const label = status ? STATUS_LABELS[status] : notAssessedLabel();
  const pad = size === "lg" ? "px-3 py-1 text-sm" : size === "sm" ? "px-2 py-0.5 text-xs" : "px-2.5 py-0.5 text-xs";
  return (
    <span
      data-testid="status-badge"
      data-status={key}
      className={`inline-flex items-center gap-1.5 rounded-full border border-slate-200 bg-white font-medium text-slate-800 ${pad}`}
    >
      <span
        aria-hidden="true"
        className="inline-block h-2.5 w-2.5 rounded-full"
        style={{ background: `var(--status-${key})` }}
      />
      {label}
    </span>
  );
}
