import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Treaty Tracker", template: "%s · Treaty Tracker" },
  description: "Track UN human-rights recommendations, state responses and implementation.",
  manifest: "/manifest.webmanifest",
  icons: { apple: "/apple-touch-icon.png" },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
