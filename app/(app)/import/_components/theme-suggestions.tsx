import { Card } from "@/app/_components/ui/card";
import type { PreviewSuggestion } from "@/lib/data/import-suggestions";
import { t } from "@/lib/i18n/messages";
import { ImportThemeChips } from "./theme-chips";

/** Step 2, for files whose recommendations come without themes: suggested themes, applied only if chosen. */
export function ThemeSuggestions({ untagged, rows }: { untagged: number; rows: PreviewSuggestion[] }) {
  if (!untagged) return null;
  return (
    <Card title={t("suggestions.importTitle")}>
      <div className="space-y-3" data-testid="import-theme-suggestions">
        <p className="text-sm text-slate-600">{t("suggestions.importIntro", { count: untagged })}</p>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">{t("suggestions.importNone")}</p>
        ) : (
          <ol className="divide-y divide-slate-100">
            {rows.map((r) => (
              <li key={r.line} className="space-y-2 py-3">
                <p className="text-sm text-slate-800">
                  <span className="mr-2 font-mono text-xs text-slate-500">
                    {t("suggestions.importLine", { line: r.line })}
                  </span>
                  <span className="line-clamp-2">{r.text}</span>
                </p>
                <ImportThemeChips
                  line={r.line}
                  names={r.suggestions.map((s) => s.name)}
                  reasons={r.suggestions.map((s) => s.reason)}
                />
              </li>
            ))}
          </ol>
        )}
      </div>
    </Card>
  );
}
