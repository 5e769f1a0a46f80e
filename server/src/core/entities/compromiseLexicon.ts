import { onNlpSetup } from '../nlp';

/**
 * compromise's own word list, read once through the setup hook (no extra parse): tells whether a
 * capitalized word is a known surname ("Smith") rather than a common word compromise only guessed
 * a name for ("Observer" after "Charlotte").
 */
let lexicon: Record<string, string | string[]> | undefined;

onNlpSetup((instance) => {
  const world = (instance as unknown as { world?: () => { model?: { one?: { lexicon?: Record<string, string | string[]> } } } }).world?.();
  lexicon = world?.model?.one?.lexicon;
});

const NAME_TAGS = new Set(['LastName', 'FirstName', 'MaleName', 'FemaleName', 'Person', 'Honorific']);

/** compromise lists the word (any tag): a real English word rather than one it guessed. */
export function inLexicon(key: string): boolean {
  return !!lexicon?.[key];
}

const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region', 'Town', 'Address']);

/** compromise lists the word as a place ("Linz"), not as a common word ("nature"). */
export function knownPlaceWord(key: string): boolean {
  const tag = lexicon?.[key];
  if (!tag) return false;
  return Array.isArray(tag) ? tag.some((t) => PLACE_TAGS.has(t)) : PLACE_TAGS.has(tag);
}

/** compromise lists the word as a first or last name. */
export function knownNameWord(key: string): boolean {
  const tag = lexicon?.[key];
  if (!tag) return false;
  return Array.isArray(tag) ? tag.some((t) => NAME_TAGS.has(t)) : NAME_TAGS.has(tag);
}

const PROPER_TAGS = new Set([...NAME_TAGS, ...PLACE_TAGS, 'Organization', 'SportsTeam', 'ProperNoun']);

/** compromise lists the word as a common word only, not as a name, place or organization ("results", not "Everton"). */
export function commonWordOnly(key: string): boolean {
  const tag = lexicon?.[key];
  if (!tag) return false;
  return Array.isArray(tag) ? !tag.some((t) => PROPER_TAGS.has(t)) : !PROPER_TAGS.has(tag);
}

const VERB_FORM_TAGS = new Set(['Gerund', 'PastTense', 'PresentTense']);

/** compromise lists the word as an inflected verb ("asking", "vowed", "thinks") and never as a name. */
export function verbFormWord(key: string): boolean {
  const tag = lexicon?.[key];
  if (!tag || knownNameWord(key)) return false;
  return Array.isArray(tag) ? tag.some((t) => VERB_FORM_TAGS.has(t)) : VERB_FORM_TAGS.has(tag);
}
