/**
 * OHCHR UPR thematic lists / matrices (.docx): one table; theme rows
 * ("Theme: A12 …", Egypt "Right or area: 2.1. …") followed by recommendation
 * rows whose first cell is "<para> <text> (<States>);" then "Source of
 * position: <symbol> - Para. <n>". The State under review, cycle and session
 * are only in the page header ("UPR of China (2nd Cycle – 17th session)").
 * See shared/data/real/ohchr-upr-thematic-lists/SOURCE.md.
 */
import type JSZip from "jszip";
import { stateCodeFor } from "./countries";
import { docxParagraphs, docxTables, type DocxRow } from "./docx-xml";
import { contentKey, splitList } from "./keys";
import { MAX_CELL_CHARS } from "./limits";
import type { IssueLog } from "./messages";
import { POSITION_WORDS, uprPositionFor } from "./positions";
import { recommendingStatesFromText } from "./recommending-states";
import {
  emptyStats,
  type ColumnMapping,
  type ImportRecord,
  type ParseStats,
  type PreviewRow,
  type SkippedRow,
} from "./types";
import { hrcSessionYear, ordinalFromWords, uprCycleForSession, uprYearForSession } from "./upr-sessions";
import { readZipText } from "./zip";

export type DocxHeading = { stateName: string | null; cycle: number | null; session: number | null };

/** Reads "UPR of Slovenia (3rd Cycle - 34th Session)" / "UPR of Egypt - Second Cycle" from the page headers. */
export function parseHeading(lines: readonly string[]): DocxHeading {
  const text = lines.join(" ").replace(/\s+/g, " ");
  const state = /UPR of\s+(.+?)\s*(?:\(|[-–—]\s|\d+(?:st|nd|rd|th)\b|$)/i.exec(text);
  const cycle = /\b(\d+|first|second|third|fourth|fifth)\s*(?:st|nd|rd|th)?\s+cycle/i.exec(text);
  const session = /\b(\d+)\s*(?:st|nd|rd|th)\s+session/i.exec(text);
  return {
    stateName: state ? state[1].trim() : null,
    cycle: cycle ? ordinalFromWords(cycle[1]) : null,
    session: session ? Number(session[1]) : null,
  };
}

export async function readDocxHeading(zip: JSZip): Promise<DocxHeading> {
  const names = Object.keys(zip.files)
    .filter((n) => /^word\/header\d*\.xml$/.test(n))
    .sort();
  const lines: string[] = [];
  for (const name of names) {
    const xml = await readZipText(zip, name);
    if (xml) lines.push(...docxParagraphs(xml));
  }
  return parseHeading(lines);
}

const THEME_ROW = /^\s*(Theme|Right or area)\s*:/i;
const SOURCE = /^\s*Source of position\s*:?\s*(.*)$/i;
const PARAGRAPH = /^\s*(\d+(?:\.\d+)+|\d+)\.?\s+/;
const AFFECTED = /^\s*(Affected persons|Groups of persons)\s*:/i;
const SDG_HEAD = /^\s*SDGs?\s*:/i;
const SDG_THEME = /^S\d+\s+SDG\b/;

type Columns = { rec: number; position: number; themes: number; sdgs: number; states: number };

function findColumns(header: string[]): Columns {
  const find = (re: RegExp) => header.findIndex((h) => re.test(h));
  return {
    rec: find(/^recommendation/i),
    position: find(/position/i),
    themes: find(/themes|rights\s*\/\s*affected/i),
    sdgs: find(/SDG/i),
    states: find(/^recommending state/i),
  };
}

export const OHCHR_MAPPING_LABELS: Record<string, ColumnMapping[string]> = {
  recommendation: "text",
  position: "uprPosition",
  themes: "themes",
  sdgs: "sdgs",
  states: "recommendingStates",
};

const cellText = (row: DocxRow, i: number) => (i >= 0 && row.cells[i] ? row.cells[i].paragraphs.join("\n").trim() : "");

export type DocxParsed = {
  headers: string[];
  mapping: ColumnMapping;
  preview: PreviewRow[];
  records: ImportRecord[];
  stats: ParseStats;
  skippedRows: SkippedRow[];
};

export function parseOhchrTable(rows: DocxRow[], heading: DocxHeading, log: IssueLog): DocxParsed {
  const stats = emptyStats();
  const skippedRows: SkippedRow[] = [];
  const headers = rows[0]?.cells.map((c) => c.paragraphs.join(" ").trim()) ?? [];
  const col = findColumns(headers);
  const mapping: ColumnMapping = {};
  headers.forEach((h, i) => {
    mapping[h] =
      i === col.rec
        ? "text"
        : i === col.position
          ? "uprPosition"
          : i === col.themes
            ? "themes"
            : i === col.sdgs
              ? "sdgs"
              : i === col.states
                ? "recommendingStates"
                : null;
  });
  const preview = rows
    .slice(1, 21)
    .map((row, i) => ({ line: i + 2, cells: Object.fromEntries(headers.map((h, c) => [h, cellText(row, c)])) }));
  if (col.rec < 0 || col.position < 0) {
    log.error(1, null, "file.missingColumns", {
      format: "OHCHR",
      columns: [col.rec < 0 ? "Recommendation" : null, col.position < 0 ? "Position" : null].filter(Boolean).join(", "),
    });
    return { headers, mapping, preview, records: [], stats, skippedRows };
  }
  if (!heading.stateName) {
    log.error(0, null, "docx.noState");
    return { headers, mapping, preview, records: [], stats, skippedRows };
  }
  const stateCode = stateCodeFor(heading.stateName);
  if (!stateCode) log.warning(0, null, "cell.unknownState", { value: heading.stateName });

  const records: ImportRecord[] = [];
  const byParagraph = new Map<string, number>();
  let warnedNoSession = false;

  rows.slice(1).forEach((row, index) => {
    const line = index + 2;
    const first = cellText(row, 0);
    const filled = row.cells.filter((c) => c.paragraphs.join("").trim()).length;
    if (THEME_ROW.test(first) || (filled <= 1 && row.cells.length <= 1)) {
      if (first) stats.themeRows = (stats.themeRows ?? 0) + 1;
      return;
    }
    if (filled === 0) return;
    stats.rowsRead++;
    const tooLong = row.cells.findIndex((c) => c.paragraphs.join("\n").length > MAX_CELL_CHARS);
    if (tooLong >= 0) {
      log.error(line, headers[tooLong] ?? null, "cell.tooLong", {
        length: row.cells[tooLong].paragraphs.join("\n").length,
        limit: MAX_CELL_CHARS,
      });
      skippedRows.push({ line, reason: "cellTooLong", params: { column: headers[tooLong] ?? String(tooLong + 1) } });
      stats.skipped++;
      return;
    }
    const recHeader = headers[col.rec];
    const paragraphs = row.cells[col.rec]?.paragraphs ?? [];
    const sourceIndex = paragraphs.findIndex((p) => SOURCE.test(p));
    const body = (sourceIndex >= 0 ? paragraphs.slice(0, sourceIndex) : paragraphs)
      .map((p) => p.trim())
      .filter(Boolean)
      .join("\n");
    const source =
      sourceIndex >= 0 ? SOURCE.exec(paragraphs[sourceIndex])![1].trim().replace(/\s+/g, " ") || null : null;
    if (!body) {
      log.error(line, recHeader, "cell.required");
      skippedRows.push({ line, reason: "emptyRecommendation" });
      stats.skipped++;
      return;
    }
    const numbered = PARAGRAPH.exec(body);
    const paragraph = numbered ? numbered[1] : null;
    const text = numbered ? body.slice(numbered[0].length).trim() : body;
    if (!paragraph) log.warning(line, recHeader, "docx.noParagraph");

    const positionRaw = cellText(row, col.position).replace(/\s+/g, " ");
    const position = uprPositionFor(positionRaw);
    if (!position) {
      if (positionRaw)
        log.error(line, headers[col.position], "cell.notPosition", { value: positionRaw, allowed: POSITION_WORDS });
      else log.error(line, headers[col.position], "cell.required");
      skippedRows.push({ line, reason: "unknownPosition", params: { value: positionRaw } });
      stats.skipped++;
      return;
    }
    if (paragraph && byParagraph.has(paragraph)) {
      const first = byParagraph.get(paragraph)!;
      log.warning(line, recHeader, "docx.duplicateParagraph", { paragraph, first });
      skippedRows.push({ line, reason: "duplicateParagraph", params: { paragraph, first } });
      stats.skipped++;
      return;
    }
    if (paragraph) byParagraph.set(paragraph, line);

    const recommending = col.states >= 0 ? splitList(cellText(row, col.states)) : recommendingStatesFromText(text);
    if (recommending.length === 0)
      log.warning(line, col.states >= 0 ? headers[col.states] : recHeader, "docx.noStates");
    const codes = recommending.map((name) => {
      const code = stateCodeFor(name);
      if (!code)
        log.warning(line, col.states >= 0 ? headers[col.states] : recHeader, "cell.unknownState", { value: name });
      return code;
    });

    const tags = readTags(row.cells[col.themes]?.paragraphs ?? []);
    if (col.sdgs >= 0 && col.sdgs !== col.themes)
      for (const s of splitList(cellText(row, col.sdgs))) if (!tags.sdgs.includes(s)) tags.sdgs.push(s);

    const symbol = source ? reportSymbol(source) : null;
    const session = heading.session;
    let year = session ? uprYearForSession(session) : null;
    if (!year && symbol) {
      year = hrcSessionYear(symbol);
      if (!warnedNoSession) log.warning(0, null, "docx.noSession", { symbol });
      warnedNoSession = true;
    }
    records.push({
      line,
      stateCode,
      stateName: heading.stateName!,
      bodyCode: "UPR",
      uprSession: session,
      cycleOrdinal: heading.cycle ?? (session ? uprCycleForSession(session) : null),
      year,
      documentSymbol: symbol,
      documentDate: null,
      paragraph,
      text,
      recommendingStates: recommending,
      recommendingStateCodes: codes,
      uprPosition: position,
      uprPositionRaw: positionRaw,
      uprPositionSource: source,
      uprActionCategory: null,
      themes: tags.themes,
      affectedPersons: tags.affectedPersons,
      sdgs: tags.sdgs,
      externalKey: paragraph
        ? `ohchr:${stateCode ?? heading.stateName}:${session ?? `c${heading.cycle ?? ""}`}:${paragraph}`
        : contentKey("ohchr", [stateCode ?? heading.stateName, session, heading.cycle, text]),
    });
  });
  // Rows without a symbol of their own (Egypt's 166.10) share the file's most frequent one.
  const common = mostFrequent(records.map((r) => r.documentSymbol));
  for (const r of records) {
    if (!r.documentSymbol && common) {
      r.documentSymbol = common;
      r.year ??= hrcSessionYear(common);
    }
  }
  return { headers, mapping, preview, records, stats, skippedRows };
}

/** "A/HRC/25/5/Add.1 - Para. 186.20." → the working-group report the recommendation is in: "A/HRC/25/5". */
export function reportSymbol(source: string): string | null {
  const m = /A\/HRC\/[0-9A-Za-z.]+(?:\/[0-9A-Za-z.]+)*/.exec(source);
  if (!m) return null;
  return m[0]
    .replace(/[.]+$/, "")
    .replace(/\/Add\.\d+$/i, "")
    .replace(/\/Corr\.\d+$/i, "");
}

function readTags(paragraphs: string[]) {
  const tags = { themes: [] as string[], affectedPersons: [] as string[], sdgs: [] as string[] };
  let mode: keyof typeof tags = "themes";
  for (const raw of paragraphs) {
    const line = raw.trim();
    if (!line) continue;
    if (AFFECTED.test(line)) mode = "affectedPersons";
    else if (SDG_HEAD.test(line)) mode = "sdgs";
    else {
      const value = line
        .replace(/^[-•]\s*/, "")
        .replace(/\s+/g, " ")
        .trim();
      const target = mode === "themes" && SDG_THEME.test(value) ? "sdgs" : mode;
      if (value && !tags[target].includes(value)) tags[target].push(value);
    }
  }
  return tags;
}

function mostFrequent(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (!best || n > counts.get(best)!) best = v;
  return best;
}

export async function parseOhchrDocx(zip: JSZip, log: IssueLog): Promise<DocxParsed | null> {
  const xml = await readZipText(zip, "word/document.xml");
  if (xml === null) {
    log.error(0, null, "zip.missingPart", { name: "word/document.xml" });
    return null;
  }
  const tables = docxTables(xml).filter((t) => t.length > 1);
  if (tables.length === 0) {
    log.error(0, null, "docx.noTable");
    return null;
  }
  // The lists have one table; if a cover table precedes it, the longest one is the list.
  const table = tables.reduce((a, b) => (b.length > a.length ? b : a));
  return parseOhchrTable(table, await readDocxHeading(zip), log);
}
