/**
 * Text as it may be stored and shown. Removed: NUL and the other C0 controls
 * except tab and newline (a NUL cuts strings short in SQLite's C APIs and FTS5,
 * the rest are invisible and break CSV and PDF output), DEL, the C1 controls
 * (mojibake, never meant), and the bidirectional embedding, override and
 * isolate controls, with which a name can display as something else than it
 * is ("Trojan Source"). Line ends become "\n". The marks U+200E / U+200F stay:
 * Arabic and Hebrew text needs them.
 */
const UNWANTED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(UNWANTED, "");
}

/** Whether `value` holds anything cleanText would remove (for tests and for refusing instead of stripping). */
export function hasUnwantedCharacters(value: string): boolean {
  UNWANTED.lastIndex = 0;
  const found = UNWANTED.test(value) || /\r/.test(value);
  UNWANTED.lastIndex = 0;
  return found;
}

/** Every string inside a plain value (objects, arrays), cleaned; other values as they are. */
export function cleanDeep<T>(value: T): T {
  if (typeof value === "string") return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => cleanDeep(v)) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanDeep(v)])) as T;
  return value;
}
