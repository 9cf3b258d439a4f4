import "server-only";
import { geoCentroid, geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
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

function loadCountries() {
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return feature(topo, topo.objects.countries);
}
type Countries = ReturnType<typeof loadCountries>;
type CountryFeature = Countries["features"][number];

let countries: Countries | undefined;
let drawn: Country[] | undefined;
const regions = new Map<string, Country[] | null>();

function features(): Countries {
  countries ??= loadCountries();
  return countries;
}

/** Paths through `projection`, without the countries it leaves empty (all outside a clip extent). */
function draw(projection: GeoProjection): Country[] {
  // A tenth of a pixel on a 960-pixel map is finer than any screen shows; the default three
  // decimals made the paths a third longer, and every page with the map carries them twice (HTML and RSC).
  const path = geoPath(projection).digits(1);
  return features()
    .features.filter((f) => f.id !== undefined)
    .map((f) => ({ id: String(f.id), name: f.properties.name, d: path(f) ?? "" }))
    .filter((c) => c.d);
}

export function worldPaths(): Country[] {
  drawn ??= draw(geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], features()));
  return drawn;
}

/** How far a region may zoom in on the world: enough for a small state, not so far its neighbours vanish. */
const MAX_ZOOM = 6;

/**
 * The map around one country (ISO numeric id), in the same frame as the world: the country in
 * the middle third, its neighbours cut at the frame. A state page shows its place with it, and
 * carries only the shapes that show — a tenth of the world's paths for most states.
 * Null when the 1:110m world has no shape for the country (some small island states).
 */
export function regionPaths(numericId: string): Country[] | null {
  if (regions.has(numericId)) return regions.get(numericId)!;
  const country = features().features.find((f) => String(f.id) === numericId);
  const region = country ? draw(regionProjection(country)) : null;
  regions.set(numericId, region);
  return region;
}

function regionProjection(country: CountryFeature): GeoProjection {
  const [longitude] = geoCentroid(country);
  const worldScale = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], features()).scale();
  // Turned so the country's meridian is the map's middle: Russia or Fiji are not split at 180°.
  const projection = geoEqualEarth()
    .rotate([-longitude, 0])
    .fitExtent(
      [
        [MAP_WIDTH / 3, MAP_HEIGHT / 3],
        [(2 * MAP_WIDTH) / 3, (2 * MAP_HEIGHT) / 3],
      ],
      country,
    );
  projection.scale(Math.min(Math.max(projection.scale(), worldScale), worldScale * MAX_ZOOM));
  // A changed scale moves the country off the middle; put the middle of its outline back there.
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(country);
  const [tx, ty] = projection.translate();
  return projection.translate([tx + (MAP_WIDTH - x0 - x1) / 2, ty + (MAP_HEIGHT - y0 - y1) / 2]).clipExtent([
    [0, 0],
    [MAP_WIDTH, MAP_HEIGHT],
  ]);
}

/** ISO alpha-3 (KAZ, as the tracker keys states) → the map's numeric id ("398"). */
export function numericOf(alpha3: string): string | null {
  return alpha3ToNumeric(alpha3) ?? null;
}
