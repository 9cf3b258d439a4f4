import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SharedFiguresView } from "@/app/_components/share/shared-figures";
import { ReadOnlyStory } from "@/app/_components/story/read-only-story";
import { NO_LINKS } from "@/app/_components/story-links";
import { publicContext } from "@/lib/context";
import { openShareLink } from "@/lib/data/share-links";
import { formatPartialDate } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { shareViewTitle } from "./title";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

/**
 * Opening counts and is audited, so the title and the page share one open per request
 * (React's cache() spans a request's generateMetadata and page).
 */
const open = cache(async (token: string) => openShareLink((await publicContext()).db, token));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const opened = await open((await params).token);
  // The root layout's template adds the product's name: the title itself names the view.
  const title = opened.status === "ok" ? shareViewTitle(opened.data) : t("share.missingTitle");
  return { title, robots: { index: false, follow: false } };
}

/**
 * The view a share link shows (reached through /s/<token>, which answers revoked and expired
 * links itself): that one view, read-only, with no link into the app. Opening it is counted
 * and audited here.
 */
export default async function SharedView({ params }: Props) {
  const opened = await open((await params).token);
  if (opened.status !== "ok") notFound();
  const { data, link, asOf } = opened;
  const date = formatPartialDate(asOf);
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <p className="font-semibold text-brand">{t("app.name")}</p>
          <p className="text-sm text-slate-600">{t("share.readOnly", { app: t("app.name") })}</p>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl space-y-5 px-4 py-6">
        <p
          className="inline-block rounded-md bg-amber-50 px-3 py-1 text-sm font-medium text-amber-900"
          data-testid="share-as-of"
        >
          {link.frozen ? t("share.asOf", { date }) : t("share.live", { date })}
        </p>
        {data.view === "recommendation" ? (
          <ReadOnlyStory story={data.story} links={NO_LINKS} />
        ) : (
          <>
            <h1 className="text-2xl font-semibold text-slate-900">{shareViewTitle(data)}</h1>
            <SharedFiguresView figures={data.figures} />
          </>
        )}
      </main>
    </div>
  );
}
