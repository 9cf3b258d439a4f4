/**
 * UN document symbols: parse, validate and explain what is wrong.
 *
 * Patterns (see shared/docs/domain.md "Symbols seen in real documents"):
 *   CCPR/C/KAZ/2            state party report (also /N-M combined reports)
 *   CCPR/C/KAZ/Q/2[/Add.1]  list of issues [replies to it]
 *   CCPR/C/KAZ/QPR/3        list of issues prior to reporting
 *   CCPR/C/KAZ/RQ/2         replies to the list of issues (newer numbering)
 *   CCPR/C/KAZ/CO/2[/Add.1] concluding observations [the state's follow-up information]
 *   CCPR/C/SR.3271          summary record of a meeting
 *   CCPR/C/128/3[/Add.1]    session document (for CCPR: follow-up progress report)
 *   CCPR/C/GC/36            general comment
 *   CAT/OP/KAZ/1            SPT visit report
 *   CRC/C/OPAC/KAZ/CO/1     CRC optional-protocol documents
 *   A/HRC/43/10[/Add.1]     UPR working-group report [the state's positions]
 *   A/HRC/WG.6/48/SVN/1     UPR national report (/2 UN compilation, /3 stakeholder summary)
 * Special Procedures reports share the A/HRC/S/N pattern; the document's own
 * `kind` (chosen by the user) wins over the UPR kind guessed here.
 */
import { isValid as isIsoCountry } from "i18n-iso-countries";
import type { DocumentKind } from "../db/schema/enums";
import { vmsg, type ValidationMessageKey } from "./validation/messages";

export type SymbolKind =
  | "state_report"
  | "list_of_issues"
  | "reply_to_list_of_issues"
  | "list_of_issues_prior_to_reporting"
  | "concluding_observations"
  | "follow_up_report"
  | "session_report"
  | "summary_record"
  | "general_comment"
  | "visit_report"
  | "upr_report"
  | "upr_addendum"
  | "upr_national_report"
  | "upr_compilation"
  | "upr_stakeholder_summary"
  | "upr_working_group_document";

export type UnSymbol = {
  /** The symbol in its canonical spelling (capitals, "Add.", no spaces). */
  symbol: string;
  bodyCode: string;
  stateCode: string | null;
  kind: SymbolKind;
  /** The tracker's document kind this symbol implies, when it implies one. */
  documentKind: DocumentKind | null;
  /** As written: "2", "8-10", "3271". */
  number: string | null;
  range: { from: number; to: number } | null;
  session: number | null;
  addendum: number | null;
  corrigendum: number | null;
};

export type SymbolParseResult =
  { ok: true; value: UnSymbol } | { ok: false; code: ValidationMessageKey; message: string };

/** Treaty-body prefixes: the first segment(s) of the symbol → body code. */
const TREATY_PREFIXES: Record<string, string> = {
  CCPR: "CCPR",
  CERD: "CERD",
  CEDAW: "CEDAW",
  CAT: "CAT",
  CRC: "CRC",
  CMW: "CMW",
  CRPD: "CRPD",
  CED: "CED",
};
const KNOWN_PREFIXES = [...Object.keys(TREATY_PREFIXES), "E/C.12", "A/HRC"];

/** Document kinds that are not UN documents and so need no symbol. */
export const NON_UN_DOCUMENT_KINDS: readonly DocumentKind[] = [
  "shadow_report",
  "court_decision",
  "news_article",
  "law",
  "other",
];
export const isUnDocumentKind = (kind: DocumentKind) => !NON_UN_DOCUMENT_KINDS.includes(kind);

const KIND_TO_DOCUMENT: Partial<Record<SymbolKind, DocumentKind>> = {
  state_report: "state_report",
  list_of_issues: "list_of_issues",
  reply_to_list_of_issues: "reply_to_list_of_issues",
  list_of_issues_prior_to_reporting: "list_of_issues_prior_to_reporting",
  concluding_observations: "concluding_observations",
  follow_up_report: "follow_up_report",
  upr_report: "upr_report",
  upr_addendum: "upr_addendum",
  upr_national_report: "state_report",
};

class SymbolError extends Error {
  constructor(
    readonly code: ValidationMessageKey,
    params: Record<string, string | number> = {},
  ) {
    super(vmsg(code, params));
  }
}

export function parseUnSymbol(input: string): SymbolParseResult {
  try {
    return { ok: true, value: parse(input) };
  } catch (e) {
    if (e instanceof SymbolError) return { ok: false, code: e.code, message: e.message };
    throw e;
  }
}

function normalise(input: string): string {
  let s = input.trim();
  if (!s) throw new SymbolError("symbol.empty");
  // Copy-pasted symbols often carry spaces around slashes ("CCPR/C/KAZ/CO/2/Add. 1").
  s = s.replace(/\s*\/\s*/g, "/").replace(/\.\s+(?=\d)/g, ".");
  if (/\s/.test(s)) throw new SymbolError("symbol.spaces", { value: s });
  return s
    .toUpperCase()
    .replace(/\/ADD\./g, "/Add.")
    .replace(/\/ADD$/g, "/Add")
    .replace(/\/CORR\./g, "/Corr.");
}

function parse(input: string): UnSymbol {
  const symbol = normalise(input);
  const parts = symbol.split("/");
  const base = { symbol, stateCode: null, number: null, range: null, session: null, addendum: null, corrigendum: null };

  if (parts[0] === "A" && parts[1] === "HRC") return parseHrc(parts, base);
  let bodyCode: string;
  let rest: string[];
  let after: string;
  if (parts[0] === "E" && parts[1] === "C.12") {
    bodyCode = "CESCR";
    rest = parts.slice(2);
    after = "E/C.12";
  } else if (TREATY_PREFIXES[parts[0]]) {
    bodyCode = TREATY_PREFIXES[parts[0]];
    if (bodyCode === "CAT" && parts[1] === "OP") return parseSptVisit(parts, base);
    if (parts[1] !== "C") {
      if (parts[1] === undefined) throw new SymbolError("symbol.missingPart", { after: parts[0], needed: "C/" });
      throw new SymbolError("symbol.expectedC", { prefix: parts[0], example: `${parts[0]}/C/KAZ/CO/1` });
    }
    rest = parts.slice(2);
    after = `${parts[0]}/C`;
  } else {
    const prefix = parts[0] === "A" || parts[0] === "E" ? parts.slice(0, 2).join("/") : parts[0];
    const suggestion = closest(prefix, KNOWN_PREFIXES);
    if (suggestion) throw new SymbolError("symbol.didYouMean", { prefix, suggestion });
    throw new SymbolError("symbol.unknownPrefix", { prefix, known: KNOWN_PREFIXES.join(", ") });
  }

  // CRC optional protocols: CRC/C/OPAC/KAZ/CO/1, CRC/C/OPSC/…
  if (bodyCode === "CRC" && (rest[0] === "OPAC" || rest[0] === "OPSC")) {
    bodyCode = rest[0] === "OPAC" ? "CRC-OP-AC" : "CRC-OP-SC";
    after = `${after}/${rest[0]}`;
    rest = rest.slice(1);
  }

  const head = rest[0];
  if (head === undefined || head === "")
    throw new SymbolError("symbol.missingPart", { after, needed: "a state code (e.g. KAZ), SR.N or a session number" });

  const sr = /^SR\.(\d+)$/.exec(head);
  if (sr) return finish({ ...base, bodyCode, kind: "summary_record", number: sr[1] }, rest.slice(1), head);
  if (head.startsWith("SR"))
    throw new SymbolError("symbol.badNumber", { value: head.slice(2).replace(/^\./, ""), after: `${after}/SR.` });

  if (/^\d+$/.test(head)) {
    // Session document, e.g. CCPR/C/128/3 (the follow-up progress report of session 128).
    const num = readNumber(rest[1], `${after}/${head}`);
    const value = { ...base, bodyCode, kind: "session_report" as const, session: Number(head), ...num };
    return finish(
      value,
      rest.slice(2),
      `${after}/${head}/${rest[1]}`,
      bodyCode === "CCPR" ? "follow_up_assessment" : null,
    );
  }

  if (head === "GC") {
    const num = readNumber(rest[1], `${after}/GC`);
    return finish({ ...base, bodyCode, kind: "general_comment", ...num }, rest.slice(2), `${after}/GC/${rest[1]}`);
  }

  const stateCode = readState(head);
  const afterState = `${after}/${stateCode}`;
  const marker = rest[1];
  if (marker === undefined || marker === "")
    throw new SymbolError("symbol.missingPart", { after: afterState, needed: "a report number or CO/, Q/, QPR/" });
  const markerKinds: Record<string, SymbolKind> = {
    CO: "concluding_observations",
    Q: "list_of_issues",
    QPR: "list_of_issues_prior_to_reporting",
    RQ: "reply_to_list_of_issues",
  };
  if (markerKinds[marker]) {
    const num = readNumber(rest[2], `${afterState}/${marker}`);
    const value = { ...base, bodyCode, stateCode, kind: markerKinds[marker], ...num };
    return finish(value, rest.slice(3), `${afterState}/${marker}/${rest[2]}`);
  }
  if (/^[\d-]+$/.test(marker)) {
    const num = readNumber(marker, afterState);
    return finish(
      { ...base, bodyCode, stateCode, kind: "state_report", ...num },
      rest.slice(2),
      `${afterState}/${marker}`,
    );
  }
  throw new SymbolError("symbol.unexpected", { value: marker, after: afterState });
}

function parseHrc(parts: string[], base: Omit<UnSymbol, "bodyCode" | "kind" | "documentKind">): UnSymbol {
  const third = parts[2];
  if (third === undefined || third === "")
    throw new SymbolError("symbol.missingPart", { after: "A/HRC", needed: "a session number (A/HRC/43/10)" });
  if (third === "WG.6") {
    if (parts[3] === undefined || !/^\d+$/.test(parts[3])) {
      if (parts[3] === undefined) throw new SymbolError("symbol.upr");
      throw new SymbolError("symbol.session", { value: parts[3] });
    }
    if (parts[4] === undefined) throw new SymbolError("symbol.upr");
    const stateCode = readState(parts[4]);
    const after = `A/HRC/WG.6/${parts[3]}/${stateCode}`;
    const num = readNumber(parts[5], after);
    const kinds: Record<string, SymbolKind> = {
      "1": "upr_national_report",
      "2": "upr_compilation",
      "3": "upr_stakeholder_summary",
    };
    const kind = kinds[num.number] ?? "upr_working_group_document";
    return finish(
      { ...base, bodyCode: "UPR", stateCode, session: Number(parts[3]), kind, ...num },
      parts.slice(6),
      `${after}/${parts[5]}`,
    );
  }
  if (third.startsWith("WG")) throw new SymbolError("symbol.upr");
  if (!/^\d+$/.test(third)) throw new SymbolError("symbol.session", { value: third });
  const num = readNumber(parts[3], `A/HRC/${third}`);
  const value = finish(
    { ...base, bodyCode: "UPR", kind: "upr_report", session: Number(third), ...num },
    parts.slice(4),
    `A/HRC/${third}/${parts[3]}`,
  );
  if (value.addendum != null) return { ...value, kind: "upr_addendum", documentKind: "upr_addendum" };
  return value;
}

function parseSptVisit(parts: string[], base: Omit<UnSymbol, "bodyCode" | "kind" | "documentKind">): UnSymbol {
  if (parts[2] === undefined)
    throw new SymbolError("symbol.missingPart", { after: "CAT/OP", needed: "a state code (CAT/OP/KAZ/1)" });
  const stateCode = readState(parts[2]);
  const num = readNumber(parts[3], `CAT/OP/${stateCode}`);
  return finish(
    { ...base, bodyCode: "SPT", stateCode, kind: "visit_report", ...num },
    parts.slice(4),
    `CAT/OP/${stateCode}/${parts[3]}`,
  );
}

function readState(code: string): string {
  if (!/^[A-Z]{3}$/.test(code)) throw new SymbolError("symbol.isoLength", { code });
  if (!isIsoCountry(code)) throw new SymbolError("symbol.isoUnknown", { code });
  return code;
}

function readNumber(
  value: string | undefined,
  after: string,
): { number: string; range: { from: number; to: number } | null } {
  if (value === undefined || value === "") throw new SymbolError("symbol.missingNumber", { after });
  if (/^\d+$/.test(value)) return { number: value, range: null };
  const m = /^(\d+)-(\d+)$/.exec(value);
  if (!m) throw new SymbolError("symbol.badNumber", { value, after });
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (from >= to) throw new SymbolError("symbol.backwardsRange", { value });
  return { number: value, range: { from, to } };
}

/** Reads the optional /Add.N and /Corr.N and settles the kind the addendum implies. */
function finish(
  value: Omit<UnSymbol, "documentKind">,
  suffixes: string[],
  after: string,
  documentKind?: DocumentKind | null,
): UnSymbol {
  let addendum: number | null = null;
  let corrigendum: number | null = null;
  let where = after;
  for (const part of suffixes) {
    const add = /^Add\.(\d+)$/.exec(part);
    const corr = /^Corr\.(\d+)$/.exec(part);
    if (add && addendum == null && corrigendum == null) addendum = Number(add[1]);
    else if (corr && corrigendum == null) corrigendum = Number(corr[1]);
    else if (part === "Add" || part === "Add.") throw new SymbolError("symbol.missingAddendum");
    else if (part === "" || addendum != null || corrigendum != null)
      throw new SymbolError("symbol.unexpected", { value: part || "/", after: where });
    else throw new SymbolError("symbol.badSuffix", { value: part });
    where = `${where}/${part}`;
  }
  let kind = value.kind;
  if (addendum != null && kind === "concluding_observations") kind = "follow_up_report";
  if (addendum != null && kind === "list_of_issues") kind = "reply_to_list_of_issues";
  return {
    ...value,
    kind,
    addendum,
    corrigendum,
    documentKind: documentKind !== undefined ? documentKind : (KIND_TO_DOCUMENT[kind] ?? null),
  };
}

/** The known prefix within two edits (transpositions count once), if exactly one is nearest. */
function closest(word: string, candidates: string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  let tie = false;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) [best, bestDistance, tie] = [c, d, false];
    else if (d === bestDistance) tie = true;
  }
  return best && !tie && word.length >= 2 ? best : null;
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent transposition). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
