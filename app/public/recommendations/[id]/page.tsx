import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReadOnlyStory } from "@/app/_components/story/read-only-story";
import { PUBLIC_LINKS } from "@/app/_components/story-links";
import { publicContext } from "@/lib/context";
import { getRecommendationStory } from "@/lib/data/recommendation-story";
import { t } from "@/lib/i18n/messages";
import { recommendationTitle } from "@/lib/recommendation-title";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** A public story: a live recommendation of a published state, else 404 (lib/domain/published.ts). */
function load(db: Awaited<ReturnType<typeof publicContext>>["db"], idParam: string) {
  const id = Number(idParam);
  if (!Number.isInteger(id) || id <= 0) return null;
  return getRecommendationStory(db, id, { publishedOnly: true });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = load((await publicContext()).db, (await params).id);
  return { title: story ? recommendationTitle(story) : t("public.notFound") };
}

export default async function PublicRecommendationPage({ params }: Props) {
  const { db } = await publicContext();
  const story = load(db, (await params).id);
  if (!story) notFound();
  return (
    <div className="space-y-4">
      <nav aria-label={t("admin.breadcrumb")} className="text-sm text-slate-500">
        <Link href="/public" className="hover:underline">
          {t("public.breadcrumb")}
        </Link>
        <span aria-hidden="true"> / </span>
        <Link href={`/public/states/${story.state.code}`} className="hover:underline">
          {story.state.name}
        </Link>
      </nav>
      <ReadOnlyStory story={story} links={PUBLIC_LINKS} />
    </div>
  );
}
