"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useLocale } from "next-intl";
import { t } from "@/lib/i18n/messages";
import { inputClass } from "./form";

/** One candidate, as GET /api/v1/recommendations/{id}/earlier answers (lib/data/recommendation-options.ts). */
export type PickerOption = { id: number; label: string; earlier?: boolean };

type Props = {
  /** The form field that carries the chosen id ("earlierId"); `${name}Label` keeps its label across a refused submit. */
  name: string;
  id: string;
  describedBy: string;
  invalid?: boolean;
  /** Answers `?q=` with `{ data: PickerOption[] }`. */
  searchUrl: string;
  initial?: { value: string; label: string };
  /** Shown first, before anything is typed (e.g. likely matches found by the server). */
  suggested?: PickerOption[];
  placeholder?: string;
};

const DEBOUNCE_MS = 200;

/**
 * A combobox (WAI-ARIA 1.2 "combobox with listbox popup"): type a symbol, a
 * paragraph, a subject or words of the text; ↑/↓ move through the matches,
 * Enter picks one, Escape closes the list. The choice travels in a hidden
 * input, so the form posts an id, never the words typed; nothing is chosen
 * until the editor picks.
 */
export function RecommendationPicker({
  name,
  id,
  describedBy,
  invalid,
  searchUrl,
  initial,
  suggested = [],
  placeholder,
}: Props) {
  const listId = useId();
  const locale = useLocale();
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(initial?.value ? initial : null);
  const [query, setQuery] = useState(initial?.label ?? "");
  const [options, setOptions] = useState<PickerOption[]>(suggested);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [loading, setLoading] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(0);

  useEffect(() => () => clearTimeout(timer.current), []);

  function search(q: string) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const ticket = ++latest.current;
      setLoading(true);
      fetch(`${searchUrl}?q=${encodeURIComponent(q)}`, { headers: { accept: "application/json" } })
        .then((r) => (r.ok ? (r.json() as Promise<{ data: PickerOption[] }>) : { data: [] }))
        .then(({ data }) => {
          if (ticket !== latest.current) return; // an older answer arriving late
          const seen = new Set(data.map((o) => o.id));
          setOptions(q.trim() ? data : [...suggested.filter((s) => !seen.has(s.id)), ...data]);
          setActive(-1);
          setOpen(true);
        })
        .catch(() => setOptions([]))
        .finally(() => ticket === latest.current && setLoading(false));
    }, DEBOUNCE_MS);
  }

  function pick(option: PickerOption) {
    setChosen({ value: String(option.id), label: option.label });
    setQuery(option.label);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (!open) {
        search(query);
        return;
      }
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === "Enter") {
      // Enter picks the highlighted match; it never submits the form half-chosen.
      if (open) e.preventDefault();
      if (open && active >= 0 && options[active]) pick(options[active]);
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        setOpen(false);
      }
    }
  }

  const activeId = open && active >= 0 ? `${listId}-${active}` : undefined;
  const status = loading
    ? t("picker.searching", {}, locale)
    : open
      ? options.length === 0
        ? t("picker.none", {}, locale)
        : t("picker.matches", { count: options.length }, locale)
      : chosen
        ? t("picker.chosen", { label: chosen.label }, locale)
        : "";

  return (
    <div className="relative">
      <input
        id={id}
        // Without JavaScript this is a plain text box: the server takes the one recommendation it matches.
        name={`${name}Query`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-describedby={`${describedBy} ${listId}-status`}
        aria-invalid={invalid}
        autoComplete="off"
        placeholder={placeholder}
        value={query}
        className={inputClass}
        onChange={(e) => {
          setQuery(e.target.value);
          setChosen(null);
          search(e.target.value);
        }}
        onFocus={() => {
          if (!chosen) search(query);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <input type="hidden" name={name} value={chosen?.value ?? ""} />
      <input type="hidden" name={`${name}Label`} value={chosen?.label ?? ""} />
      <ul
        id={listId}
        role="listbox"
        aria-label={t("picker.listLabel", {}, locale)}
        hidden={!open || options.length === 0}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
      >
        {options.map((o, i) => (
          <li
            key={o.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: the input keeps focus and its blur does not close the list first.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(o);
            }}
            onMouseEnter={() => setActive(i)}
            className={`cursor-pointer px-3 py-2 ${i === active ? "bg-brand-soft text-brand" : "text-slate-800"}`}
          >
            {o.label}
            {o.earlier === false && (
              <span className="ml-1 text-xs text-slate-500">{t("picker.notEarlier", {}, locale)}</span>
            )}
          </li>
        ))}
      </ul>
      <p id={`${listId}-status`} aria-live="polite" className="sr-only">
        {status}
      </p>
    </div>
  );
}
