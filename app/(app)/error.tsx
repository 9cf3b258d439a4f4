"use client";

import { ErrorNotice } from "@/app/_components/error-notice";

/** A page of the app failed: the header and navigation stay, the page says so. */
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice digest={error.digest} reset={reset} />;
}
