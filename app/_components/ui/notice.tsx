import type { Route } from "next";
import Link from "next/link";

/**
 * The one look of every "this did not work" page (not found, an error, a role
 * that is too low): what happened, in a sentence, and the ways on from here.
 */
export function Notice({
  title,
  children,
  links,
  testId,
}: {
  title: string;
  children?: React.ReactNode;
  links: { href: Route; label: string }[];
  testId: string;
}) {
  return (
    <section
      data-testid={testId}
      className="mx-auto my-8 max-w-xl rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8"
    >
      <h1 className="text-xl font-semibold text-slate-900 sm:text-2xl">{title}</h1>
      {children && <div className="mt-3 space-y-2 text-slate-600">{children}</div>}
      <ul className="mt-6 flex flex-wrap gap-3">
        {links.map((l, i) => (
          <li key={l.href}>
            <Link
              href={l.href}
              className={
                i === 0
                  ? "inline-block rounded-md bg-brand px-3 py-2 text-sm font-medium text-white"
                  : "inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800"
              }
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
