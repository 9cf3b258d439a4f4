/**
 * User-facing sentences with named parameters, so a Russian catalogue can
 * reorder them freely (no sentence is ever built by concatenation).
 * Plural forms go through Intl.PluralRules, which knows Russian's one/few/many.
 */
import { DEFAULT_LOCALE } from "./format";

type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
type Message = string | Plural;

export const en = {
  "app.name": "Treaty Tracker",
  "app.tagline": "What UN human-rights bodies recommend, what the state answers, and whether anything changed.",
  "story.outstandingSince": "Outstanding since {year}",
  "story.yearsOutstanding": { one: "{count} year without implementation", other: "{count} years without implementation" },
  "story.reiteratedCycles": { one: "Raised in {count} review cycle", other: "Raised in {count} review cycles" },
  "story.cyclesUnit": { one: "review cycle", other: "review cycles" },
  "story.cycleLabel": "Cycle {ordinal}",
  "story.paragraph": "para. {paragraph}",
  "story.paragraphUnknown": "paragraph not known",
  "dashboard.tracked": { one: "{count} recommendation tracked", other: "{count} recommendations tracked" },
  "dashboard.notImplemented": { one: "{count} not implemented", other: "{count} not implemented" },
  "dashboard.oldestOpen": "Oldest open recommendation: {year}",
  "cycle.adopted": "Adopted {date}",
  "cycle.session": "Session {date}",
  "cycle.noDates": "Dates not recorded",
  "cycle.uprSession": "UPR session {session}",
  "due.followUp": "Follow-up due {date}",
  "due.nextReport": "Next report due {date}",
  "due.overdue": "{what} — overdue",
  "state.allRecommendations": "All recommendations to {state}",
  "audit.entries": { one: "{count} entry", other: "{count} entries" },
  "pager.pageOf": "Page {page} of {pages}",
  "admin.userAdded": "Added {email} as {role}.",
  "admin.userSaved": "Saved {email}.",
  "records.saved": "{what} saved (version {version}).",
  "login.error": "The email or password is not right. Check both and try again.",
  "count.recommendations": { one: "{count} recommendation", other: "{count} recommendations" },
  "count.evidence": { one: "{count} evidence item", other: "{count} evidence items" },
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
type Params = Record<string, string | number>;

const catalogues: Record<string, Record<string, Message>> = { en };

export function t(key: MessageKey, params: Params = {}, locale = DEFAULT_LOCALE): string {
  const catalogue = catalogues[locale.split("-")[0]] ?? en;
  const message = catalogue[key] ?? en[key];
  let template: string;
  if (typeof message === "string") template = message;
  else {
    const n = Number(params.count ?? 0);
    const rule = new Intl.PluralRules(locale).select(n);
    template = message[rule] ?? message.other;
  }
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    if (typeof v !== "number") return v;
    // Years are labels, not quantities: "2011", never "2,011".
    return /year$/i.test(name) ? String(v) : new Intl.NumberFormat(locale).format(v);
  });
}
