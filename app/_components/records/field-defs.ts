/**
 * Declarative form fields: one description drives the input, its label, the
 * conversion of FormData to the shared zod schema's input, and the conflict
 * comparison. Names are the zod schema's field names.
 */
export type Option = { value: string; label: string };
export type FieldDef = {
  name: string;
  label: string;
  kind: "text" | "textarea" | "date" | "select" | "checkbox" | "number" | "url" | "list" | "multiselect";
  options?: Option[];
  hint?: string;
  required?: boolean;
  /** Wide fields take the whole row of the form grid. */
  wide?: boolean;
};

/** FormData → the object the DAL's zod schema parses. Lists are one value per line. */
export function formToInput(fields: FieldDef[], form: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.kind === "checkbox") input[f.name] = form.get(f.name) === "on";
    else if (f.kind === "multiselect") input[f.name] = form.getAll(f.name).map(String).filter(Boolean);
    else if (f.kind === "list") {
      input[f.name] = String(form.get(f.name) ?? "")
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean);
    } else if (form.has(f.name)) input[f.name] = String(form.get(f.name));
  }
  const version = form.get("version");
  if (version) input.version = String(version);
  return input;
}

/** A record's value as the form shows it. */
export function displayValue(f: FieldDef, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return f.kind === "list" ? value.join("\n") : value.join(", ");
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (f.options) return f.options.find((o) => o.value === String(value))?.label ?? String(value);
  // Browsers submit textarea line breaks as CRLF; stored text has LF.
  return String(value).replace(/\r\n/g, "\n").trim();
}
