import { t } from "@/lib/i18n/messages";
import type { CodeName } from "@/lib/data/options";
import { MAX_DETECTED_GROUPS, type DetectedGroup } from "@/lib/import/overrides";
import { formatNumber } from "@/lib/i18n/format";
import { COMMIT_FORM_ID } from "./theme-chips";

const control =
  "w-full min-w-[8rem] rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm " +
  "focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand";

/** A cell that, below the `sm` width, stands on its own line with its column's name above it. */
function Cell({ head, children, className = "" }: { head: string; children: React.ReactNode; className?: string }) {
  return (
    <td className={`block py-1 sm:table-cell sm:py-1.5 sm:pr-3 ${className}`}>
      <span aria-hidden="true" className="block text-xs font-medium text-slate-500 sm:hidden">
        {head}
      </span>
      {children}
    </td>
  );
}

/**
 * The State, body, session and cycle the file was read as, one row per distinct combination, each
 * editable: the controls belong to the commit form (form attribute), which sends them with the import.
 */
export function DetectedGroups({
  groups,
  choices,
}: {
  groups: DetectedGroup[];
  choices: { states: CodeName[]; bodies: CodeName[] };
}) {
  if (groups.length === 0) return null;
  const shown = groups.slice(0, MAX_DETECTED_GROUPS);
  const label = (field: string, n: number) => t("work.import.detectedGroups.rowLabel", { field, n });
  const head = {
    state: t("work.import.detectedGroups.state"),
    body: t("work.import.detectedGroups.body"),
    session: t("work.import.detectedGroups.session"),
    cycle: t("work.import.detectedGroups.cycle"),
  };
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">{t("work.import.detectedGroups.intro")}</p>
      <div className="sm:overflow-x-auto">
        <table className="block w-full text-left text-sm sm:table" data-testid="detected-groups">
          <thead className="hidden text-slate-500 sm:table-header-group">
            <tr>
              <th className="py-1.5 pr-3">{head.state}</th>
              <th className="py-1.5 pr-3">{head.body}</th>
              <th className="py-1.5 pr-3">{head.session}</th>
              <th className="py-1.5 pr-3">{head.cycle}</th>
              <th className="py-1.5">{t("work.import.detectedGroups.count")}</th>
            </tr>
          </thead>
          <tbody className="block divide-y divide-slate-100 sm:table-row-group">
            {shown.map((g, i) => {
              const n = i + 1;
              const knownState = g.stateCode !== null && choices.states.some((s) => s.code === g.stateCode);
              const knownBody = choices.bodies.some((b) => b.code === g.bodyCode);
              return (
                <tr key={g.key} className="block py-2 align-top sm:table-row sm:py-0">
                  <Cell head={head.state}>
                    <input type="hidden" name="group" value={g.key} form={COMMIT_FORM_ID} />
                    <select
                      name="state"
                      form={COMMIT_FORM_ID}
                      defaultValue={g.stateCode ?? ""}
                      aria-label={label(head.state, n)}
                      className={control}
                    >
                      {g.stateCode === null && (
                        <option value="">{t("work.import.detectedGroups.notRecognised", { name: g.stateName })}</option>
                      )}
                      {g.stateCode !== null && !knownState && (
                        <option value={g.stateCode}>{`${g.stateName} (${g.stateCode})`}</option>
                      )}
                      {choices.states.map((s) => (
                        <option key={s.code} value={s.code}>{`${s.name} (${s.code})`}</option>
                      ))}
                    </select>
                  </Cell>
                  <Cell head={head.body}>
                    <select
                      name="body"
                      form={COMMIT_FORM_ID}
                      defaultValue={g.bodyCode}
                      aria-label={label(head.body, n)}
                      className={control}
                    >
                      {!knownBody && <option value={g.bodyCode}>{g.bodyCode}</option>}
                      {choices.bodies.map((b) => (
                        <option key={b.code} value={b.code}>{`${b.code} — ${b.name}`}</option>
                      ))}
                    </select>
                  </Cell>
                  <Cell head={head.session}>
                    <input
                      name="session"
                      form={COMMIT_FORM_ID}
                      type="number"
                      min={1}
                      max={999}
                      defaultValue={g.uprSession ?? ""}
                      aria-label={label(head.session, n)}
                      className={`${control} max-w-[6rem]`}
                    />
                  </Cell>
                  <Cell head={head.cycle}>
                    <input
                      name="cycle"
                      form={COMMIT_FORM_ID}
                      type="number"
                      min={1}
                      max={99}
                      defaultValue={g.cycleOrdinal ?? ""}
                      aria-label={label(head.cycle, n)}
                      className={`${control} max-w-[6rem]`}
                    />
                  </Cell>
                  <Cell head={t("work.import.detectedGroups.count")} className="font-mono text-xs">
                    {formatNumber(g.count)}
                  </Cell>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {groups.length > shown.length && (
        <p className="text-sm text-slate-600">
          {t("work.import.detectedGroups.more", { count: groups.length - shown.length })}
        </p>
      )}
    </div>
  );
}
