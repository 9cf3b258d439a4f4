import type { TagKind } from "@/lib/domain/enums";
import { t } from "@/lib/i18n/messages";
import { toText } from "@/lib/to-text";

/**
 * Declarative form fields: one description drives the input, its label, the
 * conversion of FormData to the shared zod schema's input, and the conflict
 * comparison. Names are the zod schema's field names.
 */
/** A choice; options with a `group` are shown under that heading, groups in the order they first appear. */
export type Option = { value: string; label: string; group?: string };
export type FieldDef = {
  name: string;
  label: string;
  kind:
    | "text"
    | "textarea"
    | "date"
    | "select"
    | "checkbox"
    | "number"
    | "url"
    | "list"
    | "multiselect"
    /** A recommendation found by typing (app/_components/ui/recommendation-picker.tsx). */
    | "recommendation";
  options?: Option[];
  /** For "recommendation": the GET endpoint that answers `?q=` with candidates. */
  searchUrl?: string;
  hint?: string;
  required?: boolean;
  /** Wide fields take the whole row of the form grid. */
  wide?: boolean;
  /** A tag list field: offer tags of this kind for the form's text, as chips (app/_components/records/tag-suggestion-chips.tsx). */
  suggest?: TagKind;
};

/** A text field's value ("" when absent; a file input is never a text field here). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** FormData → the object the DAL's zod schema parses. Lists are one value per line. */
export function formToInput(fields: FieldDef[], form: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.kind === "checkbox") input[f.name] = form.get(f.name) === "on";
    else if (f.kind === "multiselect") input[f.name] = form.getAll(f.name).map(String).filter(Boolean);
    else if (f.kind === "list") {
      input[f.name] = formText(form, f.name)
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean);
    } else if (form.has(f.name)) input[f.name] = formText(form, f.name);
  }
  const version = formText(form, "version");
  if (version) input.version = version;
  return input;
}

/** A record's value as the form shows it (client components pass useLocale()'s locale). */
export function displayValue(f: FieldDef, value: unknown, locale?: string): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return f.kind === "list" ? value.join("\n") : value.join(", ");
  if (typeof value === "boolean")
    return value ? t("work.recordForm.yes", {}, locale) : t("work.recordForm.no", {}, locale);
  const text = toText(value);
  if (f.options) return f.options.find((o) => o.value === text)?.label ?? text;
  // Browsers submit textarea line breaks as CRLF; stored text has LF.
  return text.replace(/\r\n/g, "\n").trim();
}
