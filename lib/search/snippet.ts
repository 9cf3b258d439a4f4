/**
 * Highlighted snippets without HTML: SQLite's snippet() marks hits with two
 * control characters that never occur in recommendation text, and the result
 * is split into segments the UI renders as text (<mark> for hits), so no
 * user-supplied text is ever injected as markup.
 */
export const HIT_START = "\u0002";
export const HIT_END = "\u0003";

export type SnippetSegment = { text: string; hit: boolean };

export function splitSnippet(marked: string): SnippetSegment[] {
  const out: SnippetSegment[] = [];
  let hit = false;
  let buf = "";
  const flush = () => {
    if (!buf) return;
    const prev = out.at(-1);
    if (prev && prev.hit === hit) prev.text += buf;
    else out.push({ text: buf, hit });
    buf = "";
  };
  for (const ch of marked) {
    if (ch === HIT_START || ch === HIT_END) {
      flush();
      hit = ch === HIT_START;
    } else buf += ch;
  }
  flush();
  return out;
}
