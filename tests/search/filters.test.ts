import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  effectiveSort,
  filtersToQueryString,
  filtersToSearchParams,
  parseFilters,
  toggleFacetValue,
} from "@/lib/search/filters";
import { toFtsQuery } from "@/lib/search/fts-query";
import { highlight, queryTerms } from "@/lib/search/highlight";

const fromUrl = (qs: string) => parseFilters(new URLSearchParams(qs));

describe("URL filters", () => {
  it("survive a round trip parse → serialise → parse unchanged", () => {
    const urls = [
      "",
      "q=conscientious&state=KAZ&body=CCPR",
      "q=%22freedom+of+religion%22+свобод&state=RUS&state=KAZ&body=UPR&body=CCPR&cycle=2&cycle=1&from=2010&to=2020" +
        "&status=none&status=not_implemented&stance=rejects&grade=C&theme=Freedom+of+thought%2C+conscience+and+religion" +
        "&affected=Detainees&sdg=16.10&reiterated=1&overdue=1&noresponse=1&sort=outstanding&dir=asc&page=3&per=50",
    ];
    for (const u of urls) {
      const once = fromUrl(u);
      const again = parseFilters(filtersToSearchParams(once));
      expect(again).toEqual(once);
      expect(filtersToSearchParams(again).toString()).toBe(filtersToSearchParams(once).toString());
    }
  });

  it("write links canonically: fixed key order, sorted unique values, defaults left out", () => {
    const f = fromUrl("per=25&page=1&body=CCPR&state=RUS&q=torture&state=KAZ&state=KAZ&reiterated=0");
    expect(filtersToSearchParams(f).toString()).toBe("q=torture&state=KAZ&state=RUS&body=CCPR");
    expect(filtersToQueryString(fromUrl(""))).toBe("");
    expect(filtersToQueryString({ state: ["KAZ"], page: 2 })).toBe("?state=KAZ&page=2");
  });

  it("drop what does not validate, one value at a time, without throwing", () => {
    const f = fromUrl(
      "state=KAZ&state=K1Z&state=kgz&body=%3Cscript%3E&body=ccpr&cycle=0&cycle=2&cycle=x&from=abc&to=2020" +
        "&status=bogus&status=implemented&stance=accepts&stance=maybe&grade=b&grade=F&reiterated=yes&overdue=banana" +
        "&page=-4&per=1000&sort=random&dir=up",
    );
    expect(f).toMatchObject({
      state: ["KAZ", "KGZ"],
      body: ["CCPR"],
      cycle: [2],
      from: undefined,
      to: 2020,
      status: ["implemented"],
      stance: ["accepts"],
      grade: ["B"],
      reiterated: true,
      overdue: false,
      page: 1,
      per: 100,
      sort: undefined,
      dir: undefined,
    });
  });

  it("accept Next.js searchParams records, comma lists for codes, and keep commas inside tag names", () => {
    const f = parseFilters({
      state: "KAZ,KGZ",
      theme: ["Freedom of thought, conscience and religion"],
      q: "  ",
      page: ["1", "2"],
      unknown: "x",
    });
    expect(f.state).toEqual(["KAZ", "KGZ"]);
    expect(f.theme).toEqual(["Freedom of thought, conscience and religion"]);
    expect(f.q).toBeUndefined();
    expect(f.page).toBe(2);
  });

  it("swap a reversed year range", () => {
    expect(fromUrl("from=2020&to=2010")).toMatchObject({ from: 2010, to: 2020 });
  });

  it("choose relevance only when there is a query", () => {
    expect(effectiveSort(fromUrl(""))).toEqual({ sort: "date", dir: "desc" });
    expect(effectiveSort(fromUrl("q=x"))).toEqual({ sort: "relevance", dir: "desc" });
    expect(effectiveSort(fromUrl("sort=relevance"))).toEqual({ sort: "date", dir: "desc" });
    expect(effectiveSort(fromUrl("sort=symbol"))).toEqual({ sort: "symbol", dir: "asc" });
  });

  it("go back to page 1 when a facet value is toggled, and count active filters", () => {
    const f = fromUrl("state=KAZ&page=4");
    const g = toggleFacetValue(f, "state", "KGZ");
    expect(g).toMatchObject({ state: ["KAZ", "KGZ"], page: 1 });
    expect(toggleFacetValue(g, "state", "KAZ").state).toEqual(["KGZ"]);
    expect(activeFilterCount(fromUrl("q=x&state=KAZ&state=KGZ&from=2010&overdue=1"))).toBe(4);
  });
});

describe("FTS query from user input", () => {
  it("quotes every term so no input is FTS syntax", () => {
    expect(toFtsQuery('torture "freedom of religion" свобод')).toBe(
      '"torture"* AND "freedom of religion" AND "свобод"*',
    );
    expect(toFtsQuery("NOT OR AND")).toBe('"NOT"* AND "OR"* AND "AND"*');
    expect(toFtsQuery('say "hello')).toBe('"say"* AND "hello"');
    expect(toFtsQuery("CCPR/C/KAZ/CO/2")).toBe('"CCPR/C/KAZ/CO/2"');
    expect(toFtsQuery("a b")).toBe('"a" AND "b"');
    expect(toFtsQuery('xy"z')).toBe('"xy"* AND "z"');
    expect(toFtsQuery("() * - ^")).toBeNull();
    expect(toFtsQuery("")).toBeNull();
  });
});

describe("highlighted excerpts", () => {
  it("mark prefix, accent-folded and Cyrillic hits as the index matches them", () => {
    const seg = highlight(
      "The State party should recognize the right to conscientious objection.",
      queryTerms("conscient RIGHT"),
    );
    expect(seg.filter((s) => s.hit).map((s) => s.text)).toEqual(["right", "conscientious"]);
    expect(seg.map((s) => s.text).join("")).toBe(
      "The State party should recognize the right to conscientious objection.",
    );
    expect(highlight("L'État partie devrait garantir", queryTerms("etat")).filter((s) => s.hit)).toEqual([
      { text: "État", hit: true },
    ]);
    expect(highlight("Гарантировать свободу вероисповедания", queryTerms("свобод")).filter((s) => s.hit)).toEqual([
      { text: "свободу", hit: true },
    ]);
    // A phrase's words match whole, not as prefixes.
    expect(
      highlight("religious freedom of religion", queryTerms('"freedom of religion"'))
        .filter((s) => s.hit)
        .map((s) => s.text),
    ).toEqual(["freedom", "of", "religion"]);
  });

  it("cut long texts around the first hit with ellipses", () => {
    const text = Array.from({ length: 100 }, (_, i) => `w${i}`).join(" ");
    const seg = highlight(text, queryTerms("w50"), 10);
    expect(seg[0].text.startsWith("…w4")).toBe(true);
    expect(seg.at(-1)!.text.endsWith("…")).toBe(true);
    expect(
      seg
        .map((s) => s.text)
        .join("")
        .split(" "),
    ).toHaveLength(10);
    expect(seg.find((s) => s.hit)).toEqual({ text: "w50", hit: true });
  });
});
