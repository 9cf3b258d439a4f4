/**
 * A page behind a `loading.tsx` (the dashboard, the list) arrives in pieces: the placeholder inside
 * the app's frame, then the page in hidden blocks at the end of the body, which React's script
 * moves into place. Without JavaScript nothing moves them and the reader would see the placeholder
 * for ever. Only when scripting is off, this style shows those blocks (in the order they came) and
 * hides the placeholders: the page's, with the empty frame around it, and each dashboard section's.
 * The first rule sits in Tailwind's `base` layer because its preflight hides `[hidden]` with
 * `!important` there, and an important rule in a layer beats any unlayered one.
 */
const NO_SCRIPT_CSS = `
@layer base { div[hidden][id^="S:"] { display: block !important; } }
body > div[hidden][id^="S:"] { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem; }
[data-page-loading], [data-section-loading] { display: none !important; }
main:has([data-page-loading]) { display: none; }
div:has(> main [data-page-loading]) { min-height: 0; }
div:has(> main [data-page-loading]) > footer { display: none; }
:has(> template[id^="P:"]:only-child) { display: none; }
`;

export function NoScriptStreaming() {
  return (
    <noscript>
      <style dangerouslySetInnerHTML={{ __html: NO_SCRIPT_CSS }} />
    </noscript>
  );
}
