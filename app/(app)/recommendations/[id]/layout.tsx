import { notFound } from "next/navigation";
import { signedInContext } from "@/lib/context";
import { recommendationExists } from "@/lib/data/recommendation-story";

/**
 * A missing recommendation is a 404. The check lives here, outside the page's loading.tsx
 * placeholder: once the placeholder has been streamed the status (200) is already sent, so a
 * notFound() in the page alone could no longer change it.
 */
export default async function RecommendationLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { db } = await signedInContext();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0 || !recommendationExists(db, id)) notFound();
  return children;
}
