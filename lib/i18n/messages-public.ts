/** Messages of the public portal (/public), share links (/s/…), embeds and publishing. */
export const publicMessages = {
  "publish.evidenceLabel": "Show on the public portal",
  "publish.stateTitle": "Public portal",
  "publish.statePublished": "Published: this state's recommendations and their history are on the public portal.",
  "publish.stateNotPublished": "Not published: nothing of this state is on the public portal.",
  "publish.publish": "Publish on the public portal",
  "publish.unpublish": "Remove from the public portal",
  "publish.viewPublic": "View the public page",
  "public.portalLink": "Browse the public portal — no account needed",
} as const;
