"use client";

import "./globals.css";
import { ErrorNotice } from "@/app/_components/error-notice";

/** The root layout itself failed: this replaces it, so it brings its own html and body. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen px-4 py-10 font-sans antialiased">
        <ErrorNotice digest={error.digest} reset={reset} />
      </body>
    </html>
  );
}
