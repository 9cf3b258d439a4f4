import { Card } from "@/app/_components/ui/card";
import { formatNumber } from "@/lib/i18n/format";
import { stateName } from "@/lib/i18n/place-names";
import { t } from "@/lib/i18n/messages";
import { MAP_HEIGHT, MAP_WIDTH, numericOf, regionPaths, worldPaths } from "@/lib/map/world";

export type MapState = { code: string; name: string; outstanding: number; total: number };

/** Colour steps, lightest to darkest (colour-blind safe blues); a tracked state with none outstanding is the lightest. */
export const STEPS = ["#deebf7", "#9ecae1", "#4292c6", "#08519c"];
/**
 * A state nobody tracks: a very light grey with pale borders, so beside the light blue of "none
 * outstanding" (and its dark outline) it reads as empty land, not as a figure.
 */
export const NOT_TRACKED = { fill: "#f1f5f9", stroke: "#cbd5e1" };
/** The outline of a tracked state (and of its legend swatches). */
const TRACKED_STROKE = "#1e293b";

function stepOf(n: number, max: number): number {
  if (n === 0 || max === 0) return 0;
  return Math.min(STEPS.length - 1, 1 + Math.floor(((n - 1) / max) * (STEPS.length - 1)));
}

/**
 * A choropleth of outstanding recommendations (lib/domain/outstanding.ts) per state, drawn on
 * the server as plain SVG: each tracked country is a link (keyboard-focusable, named), with a
 * legend and the same figures as a table.
 */
export function OutstandingMap({
  states,
  hrefFor,
  highlight,
  title = t("map.title"),
}: {
  states: MapState[];
  hrefFor: (code: string) => string | null;
  /** A state page: the map shows this state's region, the state outlined in the middle. */
  highlight?: string;
  title?: string;
}) {
  const byNumeric = new Map<string, MapState>();
  for (const s of states) {
    const id = numericOf(s.code);
    if (id) byNumeric.set(id, s);
  }
  const max = Math.max(0, ...states.map((s) => s.outstanding));
  const highlightId = highlight ? numericOf(highlight) : null;
  const countries = (highlightId && regionPaths(highlightId)) || worldPaths();
  const marked = countries.filter((c) => c.id === highlightId);
  return (
    <Card title={title}>
      <figure data-testid="outstanding-map">
        <svg
          viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
          className="h-auto w-full"
          role="group"
          aria-label={t("map.ariaLabel")}
        >
          {countries.map((c) => {
            const s = byNumeric.get(c.id);
            if (!s)
              return (
                <path
                  key={c.id}
                  d={c.d}
                  fill={NOT_TRACKED.fill}
                  stroke={NOT_TRACKED.stroke}
                  strokeWidth={0.5}
                  aria-hidden="true"
                  data-testid="map-not-tracked"
                />
              );
            const label = t("map.countryLabel", {
              state: stateName(s.code, s.name),
              count: s.outstanding,
              total: s.total,
            });
            const shape = (
              <path d={c.d} fill={STEPS[stepOf(s.outstanding, max)]} stroke={TRACKED_STROKE} strokeWidth={0.6}>
                <title>{label}</title>
              </path>
            );
            const href = hrefFor(s.code);
            return href ? (
              <a key={c.id} href={href} aria-label={label} data-state={s.code} className="map-country">
                {shape}
              </a>
            ) : (
              <g key={c.id} data-state={s.code} role="img" aria-label={label}>
                {shape}
              </g>
            );
          })}
          {marked.map((c) => (
            <path key="mark" d={c.d} fill="none" stroke="#d55e00" strokeWidth={2} aria-hidden="true" />
          ))}
        </svg>
        <figcaption className="mt-2 flex flex-wrap items-center gap-3 text-xs text-slate-600" data-testid="map-legend">
          <span>{t("map.legend")}</span>
          {STEPS.map((colour, i) => {
            const label = legendLabel(i, max);
            return label ? (
              <span key={colour} className="flex items-center gap-1">
                <span
                  aria-hidden="true"
                  className="inline-block h-3 w-5 rounded-sm border"
                  style={{ background: colour, borderColor: TRACKED_STROKE }}
                />
                {label}
              </span>
            ) : null;
          })}
          <span className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className="inline-block h-3 w-5 rounded-sm border"
              style={{ background: NOT_TRACKED.fill, borderColor: NOT_TRACKED.stroke }}
            />
            {t("map.notTracked")}
          </span>
        </figcaption>
      </figure>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-brand">{t("map.tableToggle")}</summary>
        <table className="mt-2 w-full text-left" data-testid="map-table">
          <thead>
            <tr className="border-b border-slate-200 text-slate-600">
              <th scope="col" className="py-1 pr-4 font-medium">
                {t("map.colState")}
              </th>
              <th scope="col" className="py-1 pr-4 text-right font-medium">
                {t("map.colOutstanding")}
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                {t("map.colTotal")}
              </th>
            </tr>
          </thead>
          <tbody>
            {states.map((s) => {
              const href = hrefFor(s.code);
              return (
                <tr key={s.code} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-4 font-normal">
                    {href ? (
                      <a href={href} className="text-brand hover:underline">
                        {stateName(s.code, s.name)}
                      </a>
                    ) : (
                      stateName(s.code, s.name)
                    )}
                  </th>
                  <td className="py-1 pr-4 text-right tabular-nums">{formatNumber(s.outstanding)}</td>
                  <td className="py-1 text-right tabular-nums">{formatNumber(s.total)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </Card>
  );
}

/** What each colour step holds, in whole recommendations: exactly the n that stepOf puts there; null when none can. */
function legendLabel(step: number, max: number): string | null {
  if (step === 0) return t("map.none");
  const k = STEPS.length - 1;
  const from = Math.ceil(((step - 1) * max) / k) + 1;
  const to = Math.ceil((step * max) / k);
  if (from > to) return null;
  // A step that holds one number is that number, not "1–1".
  return from === to
    ? t("map.single", { n: formatNumber(from) })
    : t("map.range", { from: formatNumber(from), to: formatNumber(to) });
}
