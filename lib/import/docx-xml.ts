/**
 * WordprocessingML → plain table text. Each cell is a list of paragraphs; a
 * line break inside a paragraph (<w:br/>) stays a "\n", which is what keeps
 * the Egypt list's "Chile\nEstonia\n…" from running together. Deleted text of
 * tracked changes (<w:delText>) and field codes (<w:instrText>) are not text.
 */
import { XMLParser } from "fast-xml-parser";
import { importMessage } from "./messages";

export type DocxCell = { paragraphs: string[] };
export type DocxRow = { cells: DocxCell[] };

type Node = Record<string, unknown>;
type Children = Node[];

export class XmlRefusal extends Error {}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: true,
  trimValues: false,
  parseTagValue: false,
  processEntities: true,
  htmlEntities: false,
});

function parseXml(xml: string): Children {
  // A .docx never carries a DTD; refusing one rules out entity-expansion bombs.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new XmlRefusal(importMessage("xml.broken", { reason: "DOCTYPE" }));
  try {
    return parser.parse(stripFormatting(xml)) as Children;
  } catch (error) {
    throw new XmlRefusal(
      importMessage("xml.broken", { reason: error instanceof Error ? error.message : String(error) }),
    );
  }
}

/**
 * Formatting properties are most of a Word document's XML and carry no text;
 * dropping them before the tree is built makes parsing several times faster.
 * None of these elements nests inside itself, so a lazy match is exact.
 */
function stripFormatting(xml: string): string {
  return xml
    .replace(
      /<w:(rPr|pPr|tcPr|trPr|tblPr|tblGrid|sectPr|proofErr|bookmarkStart|bookmarkEnd|lastRenderedPageBreak)\b[^>]*\/>/g,
      "",
    )
    .replace(/<w:(rPr|pPr|tcPr|trPr|tblPr|tblGrid|sectPr)\b[^>]*>[\s\S]*?<\/w:\1>/g, "");
}

const tagOf = (node: Node) => Object.keys(node).find((k) => k !== ":@") ?? "";
const childrenOf = (node: Node): Children => {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as Children) : [];
};

/** Depth-first search for elements named `tag`, not descending into matches nor into `stopAt`. */
function findAll(nodes: Children, tag: string, stopAt: string[] = []): Node[] {
  const out: Node[] = [];
  const stack: Node[] = [...nodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    const name = tagOf(node);
    if (name === tag) out.push(node);
    else if (!stopAt.includes(name)) stack.push(...[...childrenOf(node)].reverse());
  }
  return out;
}

const SKIPPED_TEXT = new Set(["w:delText", "w:instrText", "w:rPr", "w:pPr"]);

function paragraphText(p: Node): string {
  let text = "";
  const stack: Node[] = [...childrenOf(p)].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    const name = tagOf(node);
    if (name === "#text") text += String(node["#text"]);
    else if (name === "w:br" || name === "w:cr") text += "\n";
    else if (name === "w:tab") text += "\t";
    else if (!SKIPPED_TEXT.has(name)) stack.push(...[...childrenOf(node)].reverse());
  }
  return text;
}

/** The rows of every top-level table of the body, in document order. */
export function docxTables(xml: string): DocxRow[][] {
  const tables = findAll(parseXml(xml), "w:tbl");
  return tables.map((tbl) =>
    findAll(childrenOf(tbl), "w:tr", ["w:tbl"]).map((tr) => ({
      cells: findAll(childrenOf(tr), "w:tc", ["w:tbl"]).map((tc) => ({
        paragraphs: findAll(childrenOf(tc), "w:p").map(paragraphText),
      })),
    })),
  );
}

/** All paragraph text of a part (page headers carry "UPR of China (2nd Cycle – 17th session)"). */
export function docxParagraphs(xml: string): string[] {
  return findAll(parseXml(xml), "w:p").map(paragraphText);
}
