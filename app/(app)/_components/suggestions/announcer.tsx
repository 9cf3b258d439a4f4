"use client";

import { createContext, useContext, useState } from "react";

/**
 * Where a click on a suggestion is confirmed. A linked or dismissed candidate
 * leaves the list as soon as the page refreshes, taking its own message with
 * it; the message lives here, above the list, so it stays and is announced.
 */
const AnnounceContext = createContext<(message: string) => void>(() => undefined);
export const useAnnounce = () => useContext(AnnounceContext);

export function SuggestionAnnouncer({ children }: { children: React.ReactNode }) {
  const [message, setMessage] = useState("");
  return (
    <AnnounceContext.Provider value={setMessage}>
      <p
        aria-live="polite"
        data-testid="suggestion-announcement"
        className={message ? "mb-3 rounded-md bg-green-50 px-3 py-2 text-sm text-green-900" : "sr-only"}
      >
        {message}
      </p>
      {children}
    </AnnounceContext.Provider>
  );
}
