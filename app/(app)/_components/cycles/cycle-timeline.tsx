import Link from "next/link";
import type { Route } from "next";
import type { ListPath } from "@/app/(app)/_components/dashboard/links";
import { Card, EmptyState } from "@/app/_components/ui/card";
import type { CycleRow } from "@/lib/data/state-pages";
import { isOverdue } from "@/lib/deadlines";
import { formatPartialDate } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";

/** A deadline; "overdue" only while what it asked for has not come (a reply, the next report). */
function Due({ kind, date, met }: { kind: "due.followUp" | "due.nextReport"; date: string | null; met: boolean }) {
  if (!date) return null;
  const overdue = !met && isOverdue(date);
  const what = t(kind, { date: formatPartialDate(date) });
  return (
    <span
      className={`rounded px-2 py-0.5 text-xs ${overdue ? "bg-red-50 font-medium text-red-800" : "bg-slate-100 text-slate-700"}`}
    >
      {overdue ? t("due.overdue", { what }) : what}
    </span>
  );
}

/**
 * The review cycles of a state (named by body) or of a body (named by state),
 * with their dates, outcome documents and deadlines — the state and body pages.
 */
export function CycleTimeline({
  cycles,
  by,
  listBase = "/recommendations",
  latest,
}: {
  cycles: CycleRow[];
  by: "body" | "state";
  /** The list a cycle's count leads to (the public portal has its own). */
  listBase?: ListPath;
  /** Show only the `count` most recent cycles, with a link to the page showing them all. */
  latest?: { count: number; allHref: Route };
}) {
  const all = cycles;
  if (latest && cycles.length > latest.count) {
    const when = (c: CycleRow) => c.adoptionDate ?? c.sessionDate ?? c.reportDate ?? "";
    const recent = new Set(
      [...cycles]
        .sort((a, b) => when(b).localeCompare(when(a)) || b.ordinal - a.ordinal)
        .slice(0, latest.count)
        .map((c) => c.id),
    );
    cycles = cycles.filter((c) => recent.has(c.id));
  }
  return (
    <Card title={t("cycles.title")}>
      {cycles.length === 0 ? (
        <EmptyState title={t("cycles.none")} />
      ) : (
        <ol className="space-y-3" data-testid="cycle-timeline">
          {cycles.map((c) => (
            <li
              key={c.id}
              className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 sm:flex-row sm:items-center"
            >
              <div className="min-w-0 flex-1">
                <p className="font-medium text-slate-900">
                  {t("cycles.heading", {
                    who: by === "body" ? c.bodyCode : c.stateName,
                    cycle: t("story.cycleLabel", { ordinal: c.ordinal }),
                  })}
                  {c.uprSession ? <> · {t("cycle.uprSession", { session: c.uprSession })}</> : null}
                </p>
                <p className="text-sm text-slate-600">
                  {c.adoptionDate
                    ? t("cycle.adopted", { date: formatPartialDate(c.adoptionDate) })
                    : c.sessionDate
                      ? t("cycle.session", { date: formatPartialDate(c.sessionDate) })
                      : t("cycle.noDates")}
                  {" · "}
                  {c.recommendations === 0 && c.outcomeSymbols.length > 0 ? (
                    <span data-testid="cycle-not-recorded">
                      <span className="font-mono break-all">{c.outcomeSymbols.join(", ")}</span> ·{" "}
                      {t("cycle.notYetRecorded")}
                    </span>
                  ) : (
                    <Link
                      className="text-brand hover:underline"
                      href={`${listBase}?state=${c.stateCode}&body=${c.bodyCode}&cycle=${c.ordinal}`}
                    >
                      {c.outcomeSymbols.length > 0 && (
                        <span className="font-mono break-all">{c.outcomeSymbols.join(", ")}: </span>
                      )}
                      {t("count.recommendations", { count: c.recommendations })}
                    </Link>
                  )}
                </p>
                {c.followUpParagraphs && (
                  <p className="text-xs text-slate-500">
                    {t("cycle.followUpParagraphs", { paragraphs: c.followUpParagraphs })}
                  </p>
                )}
              </div>
              <div className="flex flex-wrap gap-2">
                <Due kind="due.followUp" date={c.followUpDeadline} met={c.followUpReplyReceived} />
                <Due kind="due.nextReport" date={c.nextReportDue} met={c.nextReportReceived} />
              </div>
            </li>
          ))}
        </ol>
      )}
      {latest && all.length > cycles.length && (
        <p className="mt-3 text-sm">
          <Link className="text-brand hover:underline" href={latest.allHref} data-testid="cycles-show-all">
            {t("cycles.showAll", { shown: cycles.length, count: all.length })}
          </Link>
        </p>
      )}
    </Card>
  );
}
