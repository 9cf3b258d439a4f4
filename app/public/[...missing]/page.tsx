import { notFound } from "next/navigation";

/**
 * Any portal address no other page answers: the 404 inside the portal's chrome
 * (app/public/not-found.tsx) rather than the root one, whose ways on lead into the app.
 */
export default function MissingPublicPage() {
  notFound();
}
