import type { Route } from "next";

/**
 * Where to send someone after sign-in: only an address on this same origin, as a
 * path. The value is resolved against the origin the way a browser would resolve it
 * (so `/\evil.example` and `//evil.example` name another host) and kept only when
 * the origin is still ours; anything else becomes "/".
 */
export function sameOriginPath(value: unknown, origin = "http://tracker.invalid"): Route {
  const raw = Array.isArray(value) ? (value[0] as unknown) : value;
  if (typeof raw !== "string" || raw === "") return "/";
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(raw, base);
  } catch {
    return "/";
  }
  if (target.origin !== base.origin) return "/";
  // Control characters would be dropped by the parser; a value that needed them is not a plain path.
  if (/[\u0000-\u001f\u007f]/.test(raw)) return "/";
  // Sound as a Route: a path on this origin, which only ever names one of the app's own routes or its not-found page.
  return `${target.pathname}${target.search}${target.hash}` as Route;
}
