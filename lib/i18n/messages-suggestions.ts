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
  "suggestions.sectionTitle": "Likely earlier versions",
  "suggestions.sectionHint":
    "Earlier recommendations to the same state that this one probably repeats, best first. Linking one makes the chain (and “outstanding since”) follow from it.",
  "suggestions.none": "No earlier recommendation to this state looks like this one.",
  "suggestions.link": "Link as reiteration",
  "suggestions.linking": "Linking…",
  "suggestions.dismiss": "Not an earlier version",
  "suggestions.linkLabel": "Link as reiteration: {what}",
  "suggestions.dismissLabel": "Not an earlier version: {what}",
  "suggestions.linked": "Linked as a reiteration.",
  "suggestions.dismissed": "Dismissed: it will not be suggested again.",
  "suggestions.noYear": "year not known",
  "suggestions.strength.cited": "Cited",
  "suggestions.strength.strong": "Strong match",
  "suggestions.strength.possible": "Possible match",
  "suggestions.option": "Likely earlier version — {label}",
  "suggestions.queueTitle": "Likely reiterations: {state}",
  "suggestions.queueIntro":
    "Recommendations not yet linked to an earlier one, each with the earlier recommendation it most likely repeats. Link it or dismiss it; dismissed pairs are not suggested again.",
  "suggestions.queueCount": {
    one: "{count} recommendation to review, of {unlinked} not yet linked to an earlier one.",
    other: "{count} recommendations to review, of {unlinked} not yet linked to an earlier one.",
  },
  "suggestions.queueEmpty": "Nothing to review",
  "suggestions.queueEmptyHint": "No recommendation to this state without a link has a strong earlier candidate.",
  "suggestions.queueLater": "Recommendation",
  "suggestions.queueEarlier": "Likely earlier version",
  "suggestions.queueLink": "Review likely reiterations",
  "suggestions.queueMore": {
    one: "…and {count} more: link or dismiss these to see the rest.",
    other: "…and {count} more: link or dismiss these to see the rest.",
  },
  "suggestions.importFound": {
    one: "{count} likely reiteration found in {state}.",
    other: "{count} likely reiterations found in {state}.",
  },
  "suggestions.importFoundCli": {
    one: "{count} likely reiteration found in {state}: review it at {path}",
    other: "{count} likely reiterations found in {state}: review them at {path}",
  },
  "suggestions.importTitle": "Suggested themes",
  "suggestions.importIntro": {
    one: "{count} recommendation in this file has no theme. Themes are suggested from similar tagged recommendations already in the tracker; press a chip to give it that theme, or tick “Apply suggestions” below to give every untagged recommendation its strongest suggestions. Nothing is tagged otherwise.",
    other:
      "{count} recommendations in this file have no theme. Themes are suggested from similar tagged recommendations already in the tracker; press a chip to give one that theme, or tick “Apply suggestions” below to give every untagged recommendation its strongest suggestions. Nothing is tagged otherwise.",
  },
  "suggestions.importNone": "The tracker holds no tagged recommendations similar enough to suggest themes from.",
  "suggestions.importLine": "Line {line}",
  "suggestions.importChipsLabel": "Suggested themes for line {line}",
  "suggestions.applyAll": "Apply suggestions: give every recommendation without a theme its strongest suggested themes",
  "suggestions.chipsTitle": "Suggested {kind}",
  "suggestions.chipsHint": "From similar tagged recommendations. Click to add; nothing is added otherwise.",
  "suggestions.chipAdd": "Add {name}",
  "suggestions.chipsLoading": "Looking for suggestions…",
  "suggestions.kind.theme": "themes",
  "suggestions.kind.affected_persons": "affected persons",
  "suggestions.kind.sdg": "SDG targets",
  "suggestions.tagReason": {
    one: "{count} of the {total} most similar tagged recommendations carries it",
    other: "{count} of the {total} most similar tagged recommendations carry it",
  },
};
