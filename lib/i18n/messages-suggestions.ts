/**
 * The sentences of reiteration candidates, the review queue and tag
 * suggestions (lib/data/reiteration-candidates.ts, lib/data/tag-suggestions.ts
 * and the screens that show them), spread into the catalogue of messages.ts.
 */
export const suggestionMessages = {
  "suggestions.reason.cites": "cites {symbol} para. {paragraph}",
  "suggestions.reason.citesDocument": "cites {symbol}; similar wording: {terms}",
  "suggestions.reason.wording": "similar wording: {terms}",
  "suggestions.reason.sameState": "also recommended by {states}",
  "suggestions.reason.sharedThemes": "shared themes: {themes}",
  "suggestions.tagReason": {
    one: "{count} of the {total} most similar tagged recommendations carries it",
    other: "{count} of the {total} most similar tagged recommendations carry it",
  },
};
