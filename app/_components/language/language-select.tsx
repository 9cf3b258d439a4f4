"use client";

import { usePathname } from "next/navigation";
import { useRef } from "react";

type Props = { id: string; current: string; options: { value: string; name: string }[] };

/** The select of the language switcher: submits its form on change and names the page to come back to. */
export function LanguageSelect({ id, current, options }: Props) {
  const pathname = usePathname();
  const returnTo = useRef<HTMLInputElement>(null);
  return (
    <>
      <input ref={returnTo} type="hidden" name="returnTo" defaultValue={pathname} />
      <select
        id={id}
        name="locale"
        defaultValue={current}
        className="rounded border border-slate-300 bg-white px-1.5 py-0.5 text-sm text-slate-700"
        onChange={(event) => {
          // The query string too: a filtered list stays filtered in the other language.
          if (returnTo.current) returnTo.current.value = `${window.location.pathname}${window.location.search}`;
          event.currentTarget.form?.requestSubmit();
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.value}>
            {o.name}
          </option>
        ))}
      </select>
    </>
  );
}
