import type { ActionState } from "@/app/_lib/action-state";
import type { FieldErrors } from "@/lib/errors";

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand";

type FieldProps = { id: string; name: string; "aria-describedby": string; "aria-invalid": boolean | undefined };

/**
 * A labelled field whose errors sit in an element linked by aria-describedby
 * and announced politely (style guide pattern 5).
 */
export function Field({
  name,
  label,
  hint,
  errors,
  children,
  idPrefix = "f",
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: FieldErrors;
  children: (props: FieldProps) => React.ReactNode;
  /** Unique per form when several forms share a page. */
  idPrefix?: string;
}) {
  const id = `${idPrefix}-${name}`;
  const errorId = `${id}-error`;
  const messages = errors?.[name] ?? [];
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children({
        id,
        name,
        "aria-describedby": hint ? `${errorId} ${id}-hint` : errorId,
        "aria-invalid": messages.length ? true : undefined,
      })}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <p id={errorId} aria-live="polite" className="mt-1 text-xs text-red-700" data-testid={`error-${name}`}>
        {messages.join(" ")}
      </p>
    </div>
  );
}

export function FormMessage({ state }: { state: ActionState }) {
  if (state.status === "idle" || !state.message) return <span aria-live="polite" />;
  const tone = state.status === "success" ? "text-green-800" : "text-red-700";
  return (
    <span aria-live="polite" role="status" data-testid="form-message" className={`text-sm ${tone}`}>
      {state.message}
    </span>
  );
}
