import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { connection } from "next/server";
import { config } from "@/lib/config";
import { requestLocale } from "@/lib/context";
import { t } from "@/lib/i18n/messages";
import { configuredBaseUrl } from "@/lib/public-url";
import { NoScriptStreaming } from "./_components/no-script-streaming";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return {
    // Open Graph and icon URLs are made absolute against the address the tracker is served at.
    metadataBase: new URL(configuredBaseUrl(config())),
    title: { default: t("app.name", {}, locale), template: t("app.titleTemplate", {}, locale) },
    description: t("app.description", {}, locale),
    manifest: "/manifest.webmanifest",
    icons: { apple: "/apple-touch-icon.png" },
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: its scripts carry that request's CSP nonce (proxy.ts),
  // which a page prerendered at build time could not.
  await connection();
  const locale = await requestLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">
        <NoScriptStreaming />
        {/* Client components read the language with useLocale(); their sentences come from the
            catalogues they import (lib/i18n/messages.ts), so no messages travel in the page. */}
        <NextIntlClientProvider locale={locale} messages={null}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
