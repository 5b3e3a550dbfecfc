// Derives the map's boundary files from the us-atlas and world-atlas packages (TopoJSON made from public-domain
// US Census Bureau and Natural Earth data): US states pre-projected (d3.geoAlbersUsa, 975×610, as us-atlas ships
// them) and countries in the Equal Earth projection, simplified, as SVG path strings keyed by postal / ISO code.
// It also writes sample points projected by d3-geo, which the Java projections are tested against.
//   cd src/main/map && npm ci && node build.mjs
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as topojson from 'topojson-client';
import { presimplify, simplify, quantile, planarTriangleArea, sphericalTriangleArea } from 'topojson-simplify';
import { geoPath, geoAlbersUsa, geoEqualEarth } from 'd3-geo';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const load = (p) => JSON.parse(readFileSync(require.resolve(p), 'utf8'));
const out = new URL('../resources/map/', import.meta.url);
const testOut = new URL('../../test/resources/map/', import.meta.url);
mkdirSync(out, { recursive: true });
mkdirSync(testOut, { recursive: true });
const version = (p) => load(p + '/package.json').version;

// FIPS state codes (US Census Bureau) to USPS postal codes.
const POSTAL = {
  '01': 'AL', '02': 'AK', '04': 'AZ', '05': 'AR', '06': 'CA', '08': 'CO', '09': 'CT', '10': 'DE', '11': 'DC',
  '12': 'FL', '13': 'GA', '15': 'HI', '16': 'ID', '17': 'IL', '18': 'IN', '19': 'IA', '20': 'KS', '21': 'KY',
  '22': 'LA', '23': 'ME', '24': 'MD', '25': 'MA', '26': 'MI', '27': 'MN', '28': 'MS', '29': 'MO', '30': 'MT',
  '31': 'NE', '32': 'NV', '33': 'NH', '34': 'NJ', '35': 'NM', '36': 'NY', '37': 'NC', '38': 'ND', '39': 'OH',
  '40': 'OK', '41': 'OR', '42': 'PA', '44': 'RI', '45': 'SC', '46': 'SD', '47': 'TN', '48': 'TX', '49': 'UT',
  '50': 'VT', '51': 'VA', '53': 'WA', '54': 'WV', '55': 'WI', '56': 'WY', '60': 'AS', '66': 'GU', '69': 'MP',
  '72': 'PR', '78': 'VI',
};
const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT',
  'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];

function simplified(topology, keep, area) {
  const pre = presimplify(topology, area);
  return simplify(pre, quantile(pre, keep));
}

// US states: already projected to 975×610 by us-atlas; planar simplification keeps 30% of the points.
const usTopo = simplified(load('us-atlas/states-albers-10m.json'), 0.3, planarTriangleArea);
const usPath = geoPath().digits(1);
const states = topojson.feature(usTopo, usTopo.objects.states).features
  .map((f) => ({ code: POSTAL[f.id], fips: f.id, name: f.properties.name, d: usPath(f) }))
  .filter((s) => s.code && s.d)
  .sort((a, b) => a.code.localeCompare(b.code));
const nation = usPath(topojson.mesh(usTopo, usTopo.objects.nation));
writeFileSync(new URL('us-states.json', out), JSON.stringify({
  source: `us-atlas ${version('us-atlas')} states-albers-10m.json (US Census Bureau cartographic boundaries 2017), simplified`,
  projection: 'd3.geoAlbersUsa().scale(1300).translate([487.5, 305])',
  width: 975, height: 610, outline: nation, shapes: states,
}) + '\n');

// Countries: world-atlas 110m, Equal Earth fitted to a 960 px wide viewport.
const worldTopo = simplified(load('world-atlas/countries-110m.json'), 0.6, sphericalTriangleArea);
const width = 960;
const equalEarth = geoEqualEarth().fitWidth(width, { type: 'Sphere' });
const [[, y0], [, y1]] = geoPath(equalEarth).bounds({ type: 'Sphere' });
const height = Math.ceil(y1 - y0);
const worldPath = geoPath(equalEarth).digits(1);
const geometries = worldTopo.objects.countries.geometries;
const alpha2 = (g) => countries.numericToAlpha2(g.id) || null;
const world = geometries
  .map((g) => ({ code: alpha2(g), numeric: g.id || null, name: g.properties.name,
    d: worldPath(topojson.feature(worldTopo, g)) }))
  .filter((c) => c.code && c.d)
  .sort((a, b) => a.code.localeCompare(b.code));
const eu = worldPath(topojson.merge(worldTopo, geometries.filter((g) => EU.includes(alpha2(g)))));
writeFileSync(new URL('world-countries.json', out), JSON.stringify({
  source: `world-atlas ${version('world-atlas')} countries-110m.json (Natural Earth 1:110m, public domain), simplified`,
  projection: 'd3.geoEqualEarth().fitWidth(960, sphere)',
  scale: equalEarth.scale(), translate: equalEarth.translate(), width, height,
  sphere: worldPath({ type: 'Sphere' }), eu: { code: 'EU', name: 'European Union', members: EU, d: eu },
  shapes: world,
}) + '\n');

// Points d3-geo projects, for the Java projections' tests (null: outside geoAlbersUsa's three areas).
const albersUsa = geoAlbersUsa().scale(1300).translate([487.5, 305]);
const places = [[-71.0589, 42.3601], [-122.4194, 37.7749], [-149.9003, 61.2181], [-157.8583, 21.3069],
  [-80.1918, 25.7617], [-95.3698, 29.7604], [-117.1611, 32.7157], [-68.7778, 44.8016], [-104.9903, 39.7392],
  [-66.1057, 18.4655], [2.3522, 48.8566], [12.4964, 41.9028], [-58.3816, -34.6037], [151.2093, -33.8688],
  [77.209, 28.6139], [-7.5898, 33.5731], [0, 0], [-179.9, 85], [179.9, -85]];
writeFileSync(new URL('projection-samples.json', testOut), JSON.stringify({
  albersUsa: places.map(([lon, lat]) => ({ lon, lat, xy: albersUsa([lon, lat]) })),
  equalEarth: { scale: equalEarth.scale(), translate: equalEarth.translate(),
    points: places.map(([lon, lat]) => ({ lon, lat, xy: equalEarth([lon, lat]) })) },
}, null, 1) + '\n');
console.log(`${states.length} states, ${world.length} countries, world ${width}×${height}`);
