import type { Route } from "next";

/**
 * A link into the app, checked where it is built: `Route<T>` accepts `/states/${code}` only because
 * app/(app)/states/[code] exists, then the value is kept as a plain `Route` so a DTO field can hold
 * links to several dynamic routes (`Route` alone names only the static ones).
 */
export function appHref<T extends string>(href: Route<T>): Route {
  return href as Route;
}
