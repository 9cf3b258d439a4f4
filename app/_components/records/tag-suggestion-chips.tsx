"use client";

import { useEffect, useRef, useState } from "react";
import type { TagKind } from "@/lib/domain/enums";
import { useLocale } from "next-intl";
import { t } from "@/lib/i18n/messages";

type Suggestion = { name: string; kind: TagKind; score: number; reason: string };

/** Below this the text says too little to suggest anything from. */
const MIN_TEXT = 20;
const DEBOUNCE_MS = 400;

const linesOf = (value: string) =>
  value
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

const chipClass =
  "rounded-full border border-brand/40 bg-white px-3 py-1 text-xs font-medium text-brand hover:bg-brand " +
  "hover:text-white focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 " +
  "focus-visible:outline-brand";

/**
 * Chips under a tag list field: tags suggested for the form's "text", from the
 * recommendations already tagged (GET /api/v1/tag-suggestions). A click (or
 * Enter / Space) adds the tag as a line of the field; nothing is added otherwise.
 */
export function TagSuggestionChips({ kind, targetId }: { kind: TagKind; targetId: string }) {
  const locale = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  const [text, setText] = useState("");
  const [present, setPresent] = useState<string[]>([]);
  const [items, setItems] = useState<Suggestion[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const read = () => {
      const source = form.elements.namedItem("text");
      const target = document.getElementById(targetId);
      setText(source instanceof HTMLTextAreaElement ? source.value : "");
      setPresent(target instanceof HTMLTextAreaElement ? linesOf(target.value).map((s) => s.toLowerCase()) : []);
    };
    read();
    form.addEventListener("input", read);
    return () => form.removeEventListener("input", read);
  }, [targetId]);

  const tooShort = text.trim().length < MIN_TEXT;
  useEffect(() => {
    if (tooShort) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      const params = new URLSearchParams({ kind, text: text.slice(0, 4000), limit: "6" });
      fetch(`/api/v1/tag-suggestions?${params.toString()}`, { signal: controller.signal })
        .then((r) => (r.ok ? (r.json() as Promise<{ data: Suggestion[] }>) : { data: [] }))
        .then((body) => setItems(body.data))
        .catch(() => undefined)
        .finally(() => setLoading(false));
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, kind, tooShort]);

  const add = (name: string) => {
    const target = document.getElementById(targetId);
    if (!(target instanceof HTMLTextAreaElement)) return;
    const lines = linesOf(target.value);
    target.value = [...lines, name].join("\n");
    // Tell the form (and this component) that the field changed, as typing would.
    target.dispatchEvent(new Event("input", { bubbles: true }));
  };

  // What was suggested for an earlier, longer text is not offered once the text is cleared.
  const visible = tooShort ? [] : items.filter((i) => !present.includes(i.name.toLowerCase()));
  const title = t("suggestions.chipsTitle", { kind: t(`suggestions.kind.${kind}`, {}, locale) }, locale);
  return (
    <div ref={ref} className="mt-2" data-testid={`tag-chips-${kind}`}>
      <div aria-live="polite">
        {visible.length > 0 && (
          <div role="group" aria-label={title} className="space-y-1">
            <p className="text-xs text-slate-600">
              <span className="font-medium text-slate-700">{title}</span> — {t("suggestions.chipsHint", {}, locale)}
            </p>
            <ul className="flex flex-wrap gap-2">
              {visible.map((s) => (
                <li key={s.name}>
                  <button
                    type="button"
                    onClick={() => add(s.name)}
                    title={s.reason}
                    aria-label={t("suggestions.chipAdd", { name: s.name }, locale)}
                    className={chipClass}
                  >
                    <span aria-hidden="true">+ </span>
                    {s.name}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {loading && !tooShort && visible.length === 0 && (
          <p className="text-xs text-slate-500">{t("suggestions.chipsLoading", {}, locale)}</p>
        )}
      </div>
    </div>
  );
}
