import {
  APPOSITIVE_OPENERS, CLUB_HEADS, COMPANY_HEADS, EVENT_HEADS, HONORIFICS, HONORIFIC_PAIRS, LAW_HEADS, NON_ENTITY_ACRONYMS, NON_NAME_WORDS, ORG_DESCRIPTORS, ORG_HEADS, ORG_OF_HEADS,
  PLACE_HEADS, SPEECH_VERBS, STOP_WORDS, TERM_HEADS, TITLE_HEADS, TITLE_WORDS,
} from '../model/lexicon';
import { DEMONYMS, US_STATE_ABBREVIATIONS } from '../model/places';

/** The word lists of `model/lexicon.ts` as sets of normalized words (periods removed). */
const norm = (w: string) => w.toLowerCase().replace(/\./g, '');
const set = (list: readonly string[]) => new Set(list.map(norm));

export const titleHeads = set(TITLE_HEADS);
export const titleWords = new Set([...set(TITLE_WORDS), ...titleHeads]);
export const honorifics = set(HONORIFICS);
export const honorificPairs = set(HONORIFIC_PAIRS);
/** Malay and Philippine words that open a place's name ("Bukit Chagar", "Jalan Tun Abdul Razak", "Kuala Lumpur"). */
export const placeOpeners = new Set(['jalan', 'jln', 'bukit', 'kampung', 'kampong', 'pulau', 'sungai', 'gunung', 'tanjung', 'bandar', 'taman', 'lorong', 'kuala', 'teluk', 'desa',
  // Philippine villages and palaces ("Barangay Bagong Silangan", "Palacio del Gobernador").
  'barangay', 'brgy', 'palacio']);
/** People named by where they live ("residents of Kilrush", "the villagers of Moyvane"). */
export const RESIDENT_WORDS = /^(?:residents?|inhabitants?|villagers|townspeople|townsfolk|ratepayers|natives?)$/;
export const orgHeads = set(ORG_HEADS);
export const clubHeads = set(CLUB_HEADS);
export const orgOfHeads = set(ORG_OF_HEADS);
export const companyHeads = new Set([...set(COMPANY_HEADS)].filter((h) => !orgOfHeads.has(h)));
export const orgDescriptors = set(ORG_DESCRIPTORS);
export const placeHeads = set(PLACE_HEADS);
/** Heads of place names with "of": "Gulf of Mexico", "Republic of Korea", "Kingdom of Saudi Arabia", "Sultanate of Oman". */
export const placeOfHeads = new Set(['gulf', 'sea', 'strait', 'straits', 'bay', 'isle', 'isles', 'cape', 'republic', 'kingdom', 'sultanate', 'emirate', 'principality',
  'duchy', 'lake', 'mount', 'province', 'state', 'city', 'county', 'island', 'islands']);
/**
 * Spanish, Portuguese, Italian and French common nouns that open the name of a place or building with a
 * particle after them ("Canal de Castilla", "Mercado del Val", "Praça da Sé", "Palazzo della Ragione").
 */
export const romancePlaceHeads = new Set(['canal', 'mercado', 'casa', 'casas', 'posada', 'plaza', 'plaça', 'praça', 'piazza', 'calle', 'rua', 'rue',
  'avenida', 'paseo', 'museo', 'museu', 'musée', 'iglesia', 'igreja', 'chiesa', 'catedral', 'basílica', 'palacio', 'palácio', 'palazzo',
  'castillo', 'castelo', 'castello', 'château', 'monasterio', 'mosteiro', 'convento', 'puerta', 'porta', 'puente', 'ponte', 'camino',
  'ribera', 'sierra', 'serra', 'río', 'rio', 'parque', 'parador', 'playa', 'praia', 'valle', 'isla', 'ilha', 'isola', 'lago', 'cerro',
  'puerto', 'porto', 'estación', 'estação', 'teatro', 'santa', 'santo', 'são', 'nuestra', 'gare', 'place', 'pont', 'hôtel']);
/** The same for institutions ("Junta de Castilla y León", "Banco de España", "Universidad de Salamanca"). */
export const romanceOrgHeads = new Set(['junta', 'xunta', 'generalitat', 'ayuntamiento', 'banco', 'universidad', 'universidade', 'università',
  'université', 'consejo', 'conselho', 'comunidad', 'ministerio', 'ministério', 'secretaría', 'partido', 'confederación', 'federación',
  'asociación', 'associação', 'sindicato', 'instituto', 'fundación', 'fundação', 'colegio', 'tribunal', 'audiencia', 'diputación',
  'cámara', 'câmara', 'cabildo', 'gobierno', 'governo', 'prefeitura', 'corte', 'congreso', 'senado', 'policía', 'guardia', 'caja', 'caixa']);
export const eventHeads = set(EVENT_HEADS);
export const lawHeads = set(LAW_HEADS);
export const termHeads = set(TERM_HEADS);
export const stopWords = set(STOP_WORDS);
export const nonNameWords = set(NON_NAME_WORDS);
export const nonEntityAcronyms = new Set(NON_ENTITY_ACRONYMS);
export const appositiveOpeners = set(APPOSITIVE_OPENERS);
export const speechVerbs = set(SPEECH_VERBS);
/** Lower-case particles inside names ("Charles de Gaulle", "Ursula von der Leyen", "Mohammed bin Salman", the Welsh "Mabon ap Gwynfor"). */
/** The Arabic article as written before a name with a hyphen ("al-Khatib", "el-Sisi", "ash-Shams", "ul-Haq"). */
export const arabicArticle = /^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)$/;
/** Irish state and language bodies named in Irish open with the kind of body ("An Bord Pleanála", "Údarás na Gaeltachta", "Conradh na Gaeilge"). */
export const irishBodyOpeners = new Set(['bord', 'údarás', 'udaras', 'conradh', 'foras', 'comhairle', 'cumann', 'oifig', 'coláiste', 'raidió', 'oireachtas']);
export const nameParticles = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'dos', 'das', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'bint', 'ibn', 'al', 'el', 'la', 'le', 'y', 'dela', 'delos', 'degli', 'dei', 'zu', 'vom', 'zum', 'abu', 'ould', 'binti', 'arap', 'ap']);

/**
 * Common Korean and Chinese family names, written first ("Choe Son Hui", "Wang Yi", "Kim Yo Jong"):
 * with one or two short given-name syllables after them, the run is a person.
 */
export const eastAsianFamilyNames = new Set([
  'kim', 'lee', 'park', 'choi', 'choe', 'jung', 'chung', 'kang', 'cho', 'yoon', 'jang', 'lim', 'han', 'shin', 'seo', 'kwon', 'hwang', 'ahn',
  'song', 'yoo', 'hong', 'jeon', 'ko', 'moon', 'yang', 'son', 'bae', 'baek', 'heo', 'nam', 'ri', 'pak', 'ryu', 'oh', 'noh', 'roh',
  'wang', 'li', 'zhang', 'liu', 'chen', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'lin', 'luo',
  'gao', 'xi', 'deng', 'mao', 'jiang', 'xie', 'tang', 'feng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan', 'yuan', 'cai',
  'jia', 'wei', 'xue', 'yan', 'ye', 'yu', 'du', 'dai', 'fu', 'fang', 'zou', 'cheng', 'lu', 'ding', 'ren', 'shen', 'yao', 'jin',
  'qian', 'qin', 'shi', 'hou', 'gu', 'meng', 'duan', 'lei', 'kong', 'shao', 'tan', 'lai', 'wen', 'zhong', 'su', 'liang', 'bai',
]);
/** Corporate and generational suffixes whose period belongs to the name ("Acme Corp.", "John Smith Jr."). */
export const suffixAbbreviations = new Set([
  'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'bros', 'plc', 'llc', 'st',
  ...US_STATE_ABBREVIATIONS.map(([a]) => norm(a)),
]);
/** Words after a person's name that make the name a modifier, not an organization ("Trump Administration"). */
export const personModifiedHeads = new Set(['administration', 'campaign', 'cabinet', 'team', 'staff', 'camp', 'presidency', 'era', 'family', 'government']);
/** Nationality adjectives and their plurals ("chinese", "americans"). */
export const demonyms = new Set(DEMONYMS.flatMap((d) => {
  const k = norm(d);
  return [k, k.endsWith('s') || k.endsWith('ese') ? k : `${k}s`];
}));

/** Lower-case nouns after a name that make it a business group of its own ("the Mitsuhashi keiretsu", "the Adani group"). */
export const groupNouns = new Set(['group', 'keiretsu', 'chaebol', 'conglomerate', 'empire', 'zaibatsu']);
