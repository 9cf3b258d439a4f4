import { t } from "@/lib/i18n/messages";

const STEPS = ["upload", "check", "import", "summary"] as const;

/** Where the wizard is: upload → check (format, preview, report) → import → summary. */
export function WizardSteps({ current }: { current: 1 | 2 | 3 | 4 }) {
  return (
    <ol aria-label={t("work.import.steps.label")} className="flex flex-wrap gap-2 text-sm" data-testid="import-steps">
      {STEPS.map((step, i) => {
        const n = i + 1;
        const state = n < current ? "done" : n === current ? "current" : "todo";
        const tone =
          state === "current"
            ? "border-brand bg-brand text-white"
            : state === "done"
              ? "border-slate-300 bg-slate-100 text-slate-700"
              : "border-slate-200 bg-white text-slate-500";
        return (
          <li
            key={step}
            aria-current={state === "current" ? "step" : undefined}
            className={`flex items-center gap-2 rounded-full border px-3 py-1 ${tone}`}
          >
            <span aria-hidden="true" className="font-mono text-xs">
              {n}
            </span>
            {t(`work.import.steps.${step}`)}
          </li>
        );
      })}
    </ol>
  );
}
