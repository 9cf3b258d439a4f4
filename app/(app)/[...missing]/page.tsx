import { notFound } from "next/navigation";

/**
 * Any address no other page answers, for a signed-in user: the 404 inside the
 * app's chrome ((app)/not-found.tsx) rather than the bare root one.
 */
export default function MissingPage() {
  notFound();
}
