import Link from "next/link";

/**
 * Where the story's names lead: into the workspace, to the public portal (published states
 * only, so every link there stays public), or nowhere (a share link shows one view and
 * offers no way into the rest of the app).
 */
export type StoryLinks = {
  recommendation: (id: number) => string | null;
  state: (code: string) => string | null;
  body: (code: string) => string | null;
};
export const APP_LINKS: StoryLinks = {
  recommendation: (id) => `/recommendations/${id}`,
  state: (code) => `/states/${code}`,
  body: (code) => `/bodies/${code}`,
};
export const PUBLIC_LINKS: StoryLinks = {
  recommendation: (id) => `/public/recommendations/${id}`,
  state: (code) => `/public/states/${code}`,
  body: () => null,
};
export const NO_LINKS: StoryLinks = { recommendation: () => null, state: () => null, body: () => null };

/** A link when there is somewhere to go, else the plain text. */
export function MaybeLink({
  href,
  className,
  children,
}: {
  href: string | null;
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
