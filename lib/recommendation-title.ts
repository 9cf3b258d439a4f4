/** How a recommendation is named in lists and links: its subject, else the start of its text. */
export function recommendationTitle(r: { subject: string | null; text: string }): string {
  if (r.subject) return r.subject;
  const text = r.text.trim();
  return text.length > 90 ? `${text.slice(0, 87).trimEnd()}…` : text;
}
