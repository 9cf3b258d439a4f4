/**
 * The State, body, session and cycle the parser detected, as the wizard's review step shows them: one
 * group per distinct combination, each of which an editor may correct before the commit
 * (app/(app)/import/actions.ts applies the corrections to the stored parse's records).
 */
import { uprYearForSession } from "./upr-sessions";
import type { ImportRecord } from "./types";

export type DetectedGroup = {
  key: string;
  stateCode: string | null;
  stateName: string;
  bodyCode: string;
  uprSession: number | null;
  cycleOrdinal: number | null;
  /** Recommendations in the group. */
  count: number;
};

/** Groups the review step lists; a file with more (a whole UPR Info export) is corrected in the file itself. */
export const MAX_DETECTED_GROUPS = 30;

export const groupKey = (
  r: Pick<ImportRecord, "stateCode" | "stateName" | "bodyCode" | "uprSession" | "cycleOrdinal">,
) => JSON.stringify([r.stateCode, r.stateName, r.bodyCode, r.uprSession, r.cycleOrdinal]);

export function detectedGroups(records: readonly ImportRecord[]): DetectedGroup[] {
  const groups = new Map<string, DetectedGroup>();
  for (const r of records) {
    const key = groupKey(r);
    const group = groups.get(key);
    if (group) group.count++;
    else
      groups.set(key, {
        key,
        stateCode: r.stateCode,
        stateName: r.stateName,
        bodyCode: r.bodyCode,
        uprSession: r.uprSession,
        cycleOrdinal: r.cycleOrdinal,
        count: 1,
      });
  }
  return [...groups.values()];
}

export type GroupOverride = {
  key: string;
  stateCode: string;
  stateName: string;
  bodyCode: string;
  uprSession: number | null;
  cycleOrdinal: number | null;
};

/** Sets each overridden group's values on its records, in place; returns how many records changed. */
export function applyOverrides(records: ImportRecord[], overrides: readonly GroupOverride[]): number {
  const byKey = new Map(overrides.map((o) => [o.key, o]));
  let changed = 0;
  for (const r of records) {
    const o = byKey.get(groupKey(r));
    if (!o) continue;
    // Another UPR session sat in another year: the year read from the old one would be wrong.
    if (o.uprSession !== null && o.uprSession !== r.uprSession) r.year = uprYearForSession(o.uprSession);
    r.stateCode = o.stateCode;
    r.stateName = o.stateName;
    r.bodyCode = o.bodyCode;
    r.uprSession = o.uprSession;
    r.cycleOrdinal = o.cycleOrdinal;
    changed++;
  }
  return changed;
}

export type OverrideInput = { key: string; state: string; body: string; session: number | null; cycle: number | null };
type Choices = { states: { code: string; name: string }[]; bodies: { code: string }[] };

/**
 * The groups the editor changed, as overrides; null when one names a State or body the tracker does not
 * hold (a detected value left as it was is always allowed: the import creates it as it would have).
 */
export function changedGroups(
  records: readonly ImportRecord[],
  inputs: readonly OverrideInput[],
  choices: Choices,
): GroupOverride[] | null {
  const groups = new Map(detectedGroups(records).map((g) => [g.key, g]));
  const stateNames = new Map(choices.states.map((s) => [s.code, s.name]));
  const bodyCodes = new Set(choices.bodies.map((b) => b.code));
  const out: GroupOverride[] = [];
  for (const o of inputs) {
    const group = groups.get(o.key);
    if (!group) continue;
    const same =
      o.state === (group.stateCode ?? "") &&
      o.body === group.bodyCode &&
      o.session === group.uprSession &&
      o.cycle === group.cycleOrdinal;
    if (same) continue;
    const stateName = o.state === group.stateCode ? group.stateName : stateNames.get(o.state);
    if (!stateName || (o.body !== group.bodyCode && !bodyCodes.has(o.body))) return null;
    out.push({
      key: o.key,
      stateCode: o.state,
      stateName,
      bodyCode: o.body,
      uprSession: o.session,
      cycleOrdinal: o.cycle,
    });
  }
  return out;
}
