import { Fragment, type ReactNode } from "react";

/**
 * A translated sentence with an element (a link, a button) where its message has a placeholder:
 * format the message with `SLOT` for that parameter, and this puts `slot` there, so each language
 * places the link where its grammar wants it (docs/translating.md, "No concatenation").
 */
export const SLOT = "\u2063slot\u2063";

export function SentenceWith({ text, slot }: { text: string; slot: ReactNode }) {
  const parts = text.split(SLOT);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && slot}
          {part}
        </Fragment>
      ))}
    </>
  );
}
