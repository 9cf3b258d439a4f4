import "server-only";
import { geoEqualEarth, geoPath } from "d3-geo";
import { alpha3ToNumeric } from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";

/**
 * The world as SVG paths, keyed by ISO 3166-1 numeric code (world-atlas's ids), drawn once
 * per process on the server: the browser gets finished paths, never the TopoJSON or d3.
 * Natural Earth 1:110m, shipped in the world-atlas package; nothing is fetched at run time.
 */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

type Country = { id: string; name: string; d: string };
let drawn: Country[] | undefined;

export function worldPaths(): Country[] {
  if (drawn) return drawn;
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topo, topo.objects.countries);
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], countries);
  // A tenth of a pixel on a 960-pixel map is finer than any screen shows; the default three
  // decimals made the paths a third longer, and every page with the map carries them twice (HTML and RSC).
  const path = geoPath(projection).digits(1);
  drawn = countries.features
    .filter((f) => f.id !== undefined)
    .map((f) => ({ id: String(f.id), name: f.properties.name, d: path(f) ?? "" }))
    .filter((c) => c.d);
  return drawn;
}

/** ISO alpha-3 (KAZ, as the tracker keys states) → the map's numeric id ("398"). */
export function numericOf(alpha3: string): string | null {
  return alpha3ToNumeric(alpha3) ?? null;
}
