import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { alpha2ForShape } from './world-map';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 480;

export interface CountryShape {
  /** ISO 3166-1 alpha-2, or null for the few disputed shapes without one. */
  code: string | null;
  name: string;
  /** SVG path data in the map's own coordinates. */
  d: string;
}

/**
 * Natural Earth 1:110m country shapes from world-atlas (shipped in the npm package, no network),
 * projected once. Loaded on demand so the ~100 kB of geometry stays out of the main bundle.
 */
export async function loadCountryShapes(): Promise<CountryShape[]> {
  const atlas = (await import('world-atlas/countries-110m.json')).default as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  // Nobody transfers data to Antarctica: leaving it out gives the inhabited world the room.
  const countries = (feature(atlas, atlas.objects.countries).features as Feature<Geometry, { name: string }>[]).filter((f) => f.properties?.name !== 'Antarctica');
  const projection = geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'FeatureCollection', features: countries });
  const path = geoPath(projection);
  return countries
    .map((f) => ({ code: alpha2ForShape(f.id as string | undefined, f.properties?.name), name: f.properties?.name ?? '', d: path(f) ?? '' }))
    .filter((s) => s.d !== '');
}
