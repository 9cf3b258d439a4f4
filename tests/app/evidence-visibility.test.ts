/**
 * Evidence can name victims: on the signed-in story page each item says whether it is marked
 * for the public portal; the public and shared story (which shows only public items) does not.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EvidenceList } from "@/app/(app)/recommendations/[id]/evidence-list";
import type { EvidenceDTO } from "@/lib/data/recommendation-story";
import { registerLocaleResolver } from "@/lib/i18n/current-locale";

registerLocaleResolver(() => "en", "en");

const item = (id: number, title: string, isPublic: boolean): EvidenceDTO => ({
  id,
  date: "2024-04-02",
  kind: "court_decision",
  title,
  summary: null,
  sourceUrl: null,
  source: null,
  public: isPublic,
});

const items = [item(1, "Ruling in the case of a named objector", false), item(2, "Published article", true)];

describe("evidence visibility on the story page", () => {
  it("marks each item private or marked for the portal when asked", () => {
    const html = renderToStaticMarkup(createElement(EvidenceList, { items, showVisibility: true }));
    const marks = [...html.matchAll(/data-testid="evidence-visibility">([^<]*)</g)].map((m) => m[1]);
    expect(marks).toEqual(["Private: not on the portal or in share links", "Marked for the public portal"]);
  });

  it("says nothing of it where every item shown is public anyway", () => {
    const html = renderToStaticMarkup(createElement(EvidenceList, { items: [items[1]] }));
    expect(html).not.toContain("evidence-visibility");
  });
});
