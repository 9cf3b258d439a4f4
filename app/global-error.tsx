"use client";

import "./globals.css";
import { NextIntlClientProvider } from "next-intl";
import { useSyncExternalStore } from "react";
import { ErrorNotice } from "@/app/_components/error-notice";
import { LOCALE_COOKIE, localeOf, type Locale } from "@/lib/i18n/locales";

const noSubscription = () => () => {};

/**
 * The root layout (which knows the request's language) is gone here: the reader's choice is
 * read again in the browser, from the NEXT_LOCALE cookie, else the browser's own language.
 */
function browserLocale(): Locale {
  const cookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(document.cookie)?.[1];
  return localeOf(cookie) ?? localeOf(navigator.language) ?? "en";
}

/** The root layout itself failed: this replaces it, so it brings its own html and body. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useSyncExternalStore<Locale>(noSubscription, browserLocale, () => "en");
  return (
    <html lang={locale}>
      <body className="min-h-screen px-4 py-10 font-sans antialiased">
        <NextIntlClientProvider locale={locale} messages={null}>
          <ErrorNotice digest={error.digest} reset={reset} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
