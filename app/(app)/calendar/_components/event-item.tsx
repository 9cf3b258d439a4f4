import Link from "next/link";
import type { CalendarEvent, CalendarKind } from "@/lib/calendar/kinds";
import { t } from "@/lib/i18n/messages";

/** A colour per kind, always beside the kind's name (never colour alone). */
export const KIND_DOT: Record<CalendarKind, string> = {
  follow_up_due: "bg-[#d55e00]",
  follow_up_reply: "bg-[#009e73]",
  report_due: "bg-[#1f3a5f]",
  list_of_issues: "bg-[#56b4e9]",
  state_report: "bg-[#0072b2]",
  session: "bg-[#e69f00]",
  adoption: "bg-slate-500",
  action_due: "bg-[#cc79a7]",
  cycle_event: "bg-[#f0e442]",
};

export function OverdueBadge() {
  return (
    <span className="ml-1 rounded bg-red-100 px-1.5 py-0.5 text-[11px] font-semibold uppercase tracking-wide text-red-800">
      {t("calendar.overdue")}
    </span>
  );
}

/** One event: its kind, its title as a link, overdue said in words. */
export function EventItem({ e, compact = false }: { e: CalendarEvent; compact?: boolean }) {
  return (
    <li className={compact ? "text-xs leading-snug" : "text-sm"} data-testid="calendar-event" data-kind={e.kind}>
      <Link
        href={e.href}
        className={`group flex items-start gap-1.5 rounded px-1 py-0.5 hover:bg-slate-50 ${e.overdue ? "text-red-900" : "text-slate-800"}`}
      >
        <span aria-hidden="true" className={`mt-1 inline-block h-2 w-2 shrink-0 rounded-full ${KIND_DOT[e.kind]}`} />
        <span>
          {/* The title starts with the kind's name ("Next periodic report due — …"). */}
          <span className="group-hover:underline">{e.title}</span>
          {e.overdue && <OverdueBadge />}
          {!compact && e.detail && <span className="block text-xs text-slate-500">{e.detail}</span>}
        </span>
      </Link>
    </li>
  );
}
