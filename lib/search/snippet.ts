/** A piece of highlighted text: the UI renders hits as <mark>, all of it as text (never HTML). */
export type SnippetSegment = { text: string; hit: boolean };
