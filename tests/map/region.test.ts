/**
 * A state page's map shows the state's place: the state in the middle, its neighbours around
 * it, and only the shapes that fall inside the frame — not the whole world again.
 */
import { describe, expect, it } from "vitest";
import { MAP_HEIGHT, MAP_WIDTH, numericOf, regionPaths, worldPaths } from "@/lib/map/world";

/** Every coordinate pair of an SVG path made of absolute M/L/Z commands (d3-geo's output). */
function points(d: string): [number, number][] {
  const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) pairs.push([numbers[i], numbers[i + 1]]);
  return pairs;
}

function box(d: string) {
  const p = points(d);
  const xs = p.map(([x]) => x);
  const ys = p.map(([, y]) => y);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

const ids = (paths: { id: string }[]) => new Set(paths.map((c) => c.id));
const size = (paths: { d: string }[]) => paths.reduce((n, c) => n + c.d.length, 0);

describe("the map around one state", () => {
  const kazakhstan = numericOf("KAZ")!;
  const region = regionPaths(kazakhstan)!;

  it("puts Kazakhstan in the middle third of the frame, with its neighbours and without distant states", () => {
    const own = box(region.find((c) => c.id === kazakhstan)!.d);
    expect(own.left).toBeGreaterThanOrEqual(MAP_WIDTH / 3 - 1);
    expect(own.right).toBeLessThanOrEqual((2 * MAP_WIDTH) / 3 + 1);
    expect(own.top).toBeGreaterThanOrEqual(MAP_HEIGHT / 3 - 1);
    expect(own.bottom).toBeLessThanOrEqual((2 * MAP_HEIGHT) / 3 + 1);
    const shown = ids(region);
    for (const neighbour of ["RUS", "CHN", "UZB", "KGZ", "TKM"]) expect(shown.has(numericOf(neighbour)!)).toBe(true);
    for (const distant of ["BRA", "USA", "AUS", "ZAF"]) expect(shown.has(numericOf(distant)!)).toBe(false);
  });

  it("cuts every shape at the frame and carries a fraction of the world's paths", () => {
    for (const c of region) {
      const b = box(c.d);
      expect(b.left).toBeGreaterThanOrEqual(-0.1);
      expect(b.right).toBeLessThanOrEqual(MAP_WIDTH + 0.1);
      expect(b.top).toBeGreaterThanOrEqual(-0.1);
      expect(b.bottom).toBeLessThanOrEqual(MAP_HEIGHT + 0.1);
    }
    expect(size(region)).toBeLessThan(size(worldPaths()) / 2);
  });

  it("keeps a state across the 180th meridian in one piece in the middle", () => {
    const russia = numericOf("RUS")!;
    const own = box(regionPaths(russia)!.find((c) => c.id === russia)!.d);
    expect(own.left).toBeGreaterThan(0);
    expect(own.right).toBeLessThan(MAP_WIDTH);
    expect(Math.abs((own.left + own.right) / 2 - MAP_WIDTH / 2)).toBeLessThan(2);
  });

  it("zooms on a small state only so far that its neighbours stay in view", () => {
    const lebanon = numericOf("LBN")!;
    const shown = ids(regionPaths(lebanon)!);
    for (const neighbour of ["SYR", "ISR"]) expect(shown.has(numericOf(neighbour)!)).toBe(true);
  });

  it("has no region for a state the 1:110m world does not draw", () => {
    expect(regionPaths(numericOf("MCO")!)).toBeNull();
  });
});
