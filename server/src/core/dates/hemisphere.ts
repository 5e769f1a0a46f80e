/**
 * Which half of the world a story's seasons belong to. South of the equator the seasons are
 * the other way round: an Australian "this summer" in January is the summer in progress, which
 * began in December, and "the autumn" ahead begins in March.
 */
import { AUSTRALIAN_CITIES, AUSTRALIAN_STATES, CANADIAN_PROVINCES, NEW_ZEALAND_TOWNS, SOUTH_AFRICAN_CITIES, SOUTH_AFRICAN_PROVINCES, US_STATES } from '../model/places';

/** Names that can also be a place north of the equator ("Victoria" in British Columbia, "Perth" in Scotland) or a person ("Darwin"). */
const SHARED_NAMES = new Set(['Victoria', 'Darwin', 'Tamworth', 'Penrith', 'Lismore', 'Launceston', 'East London', 'Kimberley']);

/** Countries, states and cities of the temperate south, where summer is December to February. */
const SOUTH = [
  'Australia', 'New Zealand', 'South Africa', 'Argentina', 'Chile', 'Uruguay', 'Paraguay', 'Namibia', 'Botswana', 'Lesotho',
  'Eswatini', 'Zimbabwe', 'Mozambique', 'Zambia', 'Malawi', 'Madagascar',
  'NSW', 'Sydney', 'Melbourne', 'Brisbane', 'Adelaide', 'Canberra', 'Auckland', 'Wellington', 'Johannesburg', 'Cape Town',
  'Durban', 'Pretoria', 'Buenos Aires', 'Montevideo', 'Harare', 'Maputo', 'Windhoek', 'Gaborone', 'Lusaka',
  ...AUSTRALIAN_STATES, ...AUSTRALIAN_CITIES, ...NEW_ZEALAND_TOWNS, ...SOUTH_AFRICAN_PROVINCES, ...SOUTH_AFRICAN_CITIES,
].filter((name) => !SHARED_NAMES.has(name));

/** The countries, regions and cities of the north that news names most. */
const NORTH = [
  'United States', 'US', 'U.S.', 'America', 'Britain', 'UK', 'U.K.', 'England', 'Scotland', 'Wales', 'Ireland', 'Europe',
  'Canada', 'China', 'Japan', 'India', 'Russia', 'France', 'Germany', 'Italy', 'Spain', 'Ukraine', 'Korea',
  'London', 'Washington', 'New York', 'Ottawa', 'Toronto', 'Beijing', 'Tokyo', 'Paris', 'Berlin', 'Moscow', 'Delhi', 'Mumbai',
  ...US_STATES, ...CANADIAN_PROVINCES,
];

const pattern = (names: readonly string[]) =>
  new RegExp(`(?<![\\p{L}.])(?:${[...new Set(names)].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'gu');
const SOUTH_NAMES = pattern(SOUTH);
const NORTH_NAMES = pattern(NORTH);

const count = (re: RegExp, text: string) => text.match(re)?.length ?? 0;

/** The place of a dateline in capitals at the start of a line. */
const DATELINE_PLACE = /^\s*(\p{Lu}{2,}(?:[\s-]\p{Lu}{2,}){0,2})(?:\s*,\s*([^,—–(\n]{2,30}?))?(?=\s*(?:,|[—–]|--?\s|\())/mu;

/**
 * Is the story set south of the equator? Its places say so: at least two mentions of places in
 * the temperate south, and more than twice as many as of the places of the north news names most.
 */
export function southernStory(text: string): boolean {
  // A dateline in capitals ("JOHANNESBURG —", "CAPE TOWN, South Africa (Reuters) -") places the story as two mentions do.
  const dateline = DATELINE_PLACE.exec(text.slice(0, 600));
  const place = dateline ? dateline[1].toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase()) : '';
  // (Not when what follows the city names no southern region: "MELBOURNE, Fla. —".)
  const region = dateline?.[2]?.trim();
  const south = count(SOUTH_NAMES, text) + (place && count(SOUTH_NAMES, place) && (!region || /^(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(region) || count(SOUTH_NAMES, region)) ? 2 : 0);
  return south >= 2 && south > 2 * count(NORTH_NAMES, text);
}
