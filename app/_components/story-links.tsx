import type { Route } from "next";
import Link from "next/link";
import { appHref } from "@/lib/app-href";

/**
 * Where the story's names lead: into the workspace, to the public portal (published states
 * only, so every link there stays public), or nowhere (a share link shows one view and
 * offers no way into the rest of the app).
 */
export type StoryLinks = {
  recommendation: (id: number) => Route | null;
  state: (code: string) => Route | null;
  body: (code: string) => Route | null;
};
export const APP_LINKS: StoryLinks = {
  recommendation: (id) => appHref(`/recommendations/${id}`),
  state: (code) => appHref(`/states/${code}`),
  body: (code) => appHref(`/bodies/${code}`),
};
export const PUBLIC_LINKS: StoryLinks = {
  recommendation: (id) => appHref(`/public/recommendations/${id}`),
  state: (code) => appHref(`/public/states/${code}`),
  body: () => null,
};
export const NO_LINKS: StoryLinks = { recommendation: () => null, state: () => null, body: () => null };

/** A link when there is somewhere to go, else the plain text. */
export function MaybeLink({
  href,
  className,
  children,
}: {
  href: Route | null;
  className?: string;
  children: React.ReactNode;
}) {
  return href ? (
    <Link href={href} className={className}>
      {children}
    </Link>
  ) : (
    <span>{children}</span>
  );
}
