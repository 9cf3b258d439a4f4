/**
 * "Ratify the Rome Statute (Chile); (Estonia);" / "(Portugal, Slovakia)." /
 * "(France) (Lithuania);" / "(Venezuela (Bolivarian Republic of))": the
 * recommending States are the bracket groups at the very end of an OHCHR
 * recommendation. The last group is always taken; earlier groups only while
 * every name in them is a State, so "Convention (No. 29) (Ukraine)" keeps "No. 29".
 */
import { stateCodeFor } from "./countries";

const TRAILING_NOISE = /[\s;.,]+$/;

/** Bracket groups at the end of `text`, last first, with balanced nested brackets. */
function trailingGroups(text: string): string[] {
  const groups: string[] = [];
  let end = text.replace(TRAILING_NOISE, "").length;
  while (end > 0 && text[end - 1] === ")") {
    let depth = 0;
    let start = -1;
    for (let i = end - 1; i >= 0; i--) {
      if (text[i] === ")") depth++;
      else if (text[i] === "(" && --depth === 0) {
        start = i;
        break;
      }
    }
    if (start < 0) break;
    groups.push(text.slice(start + 1, end - 1));
    end = text.slice(0, start).replace(TRAILING_NOISE, "").length;
  }
  return groups;
}

/** Splits "Portugal, Slovakia" on top-level commas only ("Iran (Islamic Republic of)" stays whole). */
function splitNames(group: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of group) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if ((ch === "," || ch === ";") && depth === 0) {
      names.push(current);
      current = "";
    } else current += ch;
  }
  names.push(current);
  return names.map((n) => n.trim()).filter(Boolean);
}

export function recommendingStatesFromText(text: string): string[] {
  const groups = trailingGroups(text);
  const names: string[] = [];
  for (let i = 0; i < groups.length; i++) {
    const inGroup = splitNames(groups[i]);
    if (i > 0 && !inGroup.every((n) => stateCodeFor(n))) break;
    names.unshift(...inGroup);
  }
  return dedupe(names);
}

function dedupe(names: string[]): string[] {
  return names.filter((n, i) => names.indexOf(n) === i);
}
