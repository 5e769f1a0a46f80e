// Hand-built analyses for the feature adapters: the real document model, with entities, dates,
// attributions, findings and events written by hand, so the adapters are tested apart from the engine.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentInfo } from '../../../server/src/analysisService';
import { parseDocument } from '../../../server/src/core/document';
import { buildEvents } from '../../../server/src/core/events';
import type {
  Analysis, Attribution, CueClass, DateMention, Diagnostic, Entity, EntityType, RuleId, SourceKind, TextSpan,
} from '../../../server/src/core/types';
import { defaultSettings } from '../../../server/src/settings';

export interface HandEntity {
  type: EntityType;
  name: string;
  /** Surface forms to find (whole words); the canonical name is added. */
  aliases?: string[];
  role?: string;
}

export interface HandDate {
  text: string;
  value: string | null;
  /** Which occurrence of `text` (0-based). */
  nth?: number;
}

export interface HandAttribution {
  /** The cue as written, and inside it the predicate and source (both optional to locate). */
  cue: string;
  predicate: string;
  source?: string;
  kind: SourceKind;
  strength: number;
  cueClass?: CueClass;
  sourceName?: string;
  sourceEntity?: string;
  inherited?: boolean;
}

export interface Hand {
  entities?: HandEntity[];
  dates?: HandDate[];
  attributions?: HandAttribution[];
  /** Rule id and the text it flags. */
  diagnostics?: Array<[RuleId, string]>;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  const word = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + needle.length] ?? ' ';
    if (!word.test(before) && !word.test(after)) found.push(i);
  }
  return found;
}

function span(text: string, needle: string, from = 0): TextSpan {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`not in the text: ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

/** A DocumentInfo as AnalysisService would hand it to a feature, with a hand-written analysis. */
export function handBuilt(text: string, hand: Hand, uri = 'file:///tmp/hand.news'): DocumentInfo {
  const document = parseDocument(text);
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const entities: Entity[] = [];
  for (const h of hand.entities ?? []) {
    const forms = [h.name, ...(h.aliases ?? [])].sort((a, b) => b.length - a.length);
    const mentions: TextSpan[] = [];
    for (const form of forms) {
      for (const start of occurrences(text, form)) {
        const end = start + form.length;
        if (start < (document.frontMatter.span?.end ?? 0) || !free(start, end)) continue;
        taken.push([start, end]);
        mentions.push({ start, end, text: form });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    const id = `${h.type}:${h.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    entities.push({ id, name: h.name, type: h.type, aliases: [h.name, ...(h.aliases ?? [])], role: h.role, mentions });
  }
  const sentenceOf = (offset: number) => document.sentences.findIndex((s) => offset >= s.start && offset < s.end);
  const dates: DateMention[] = (hand.dates ?? []).map((d) => {
    const start = occurrences(text, d.text)[d.nth ?? 0];
    if (start === undefined) throw new Error(`not in the text: ${d.text}`);
    const precision = d.value === null ? 'unknown' : d.value.length === 10 ? 'day' : d.value.length === 7 ? 'month' : 'year';
    return { start, end: start + d.text.length, text: d.text, value: d.value, mod: null, precision, relative: false, sentence: sentenceOf(start) };
  });
  const attributions: Attribution[] = (hand.attributions ?? []).map((a) => {
    const cue = span(text, a.cue);
    const predicate = span(text, a.predicate, cue.start);
    const source = a.source ? span(text, a.source, cue.start) : null;
    return {
      cue, predicate, source, cueClass: a.cueClass ?? 'neutral', sourceKind: a.kind, strength: a.strength, content: null,
      sourceName: a.sourceName, sourceEntity: a.sourceEntity, sentence: sentenceOf(cue.start), inherited: a.inherited,
    };
  });
  const diagnostics: Diagnostic[] = (hand.diagnostics ?? []).map(([code, flagged]) => {
    const s = span(text, flagged);
    return { start: s.start, end: s.end, code, severity: 'warning', message: code };
  });
  const events = buildEvents(document, dates, entities, attributions);
  const analysis: Analysis = {
    document, published: document.frontMatter.published ?? null, anchor: document.frontMatter.published ? 'front-matter' : 'none',
    entities, dates, attributions, diagnostics, events,
  };
  const doc = TextDocument.create(uri, 'sourcelens', 1, text);
  return { uri, version: 1, document: doc, settings: defaultSettings, analysis, refusal: null };
}

/** Where `needle` (the nth occurrence) starts, as an offset. */
export function offsetOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`not in the text: ${needle} #${nth}`);
  }
  return at;
}

export const ARTICLE = `---
title: Harbor authority weighs new terminal
outlet: Coastal Ledger
published: 2026-03-14
---
Harbor Authority chief Maria Okafor said on Tuesday that the port would add a container terminal in Baltimore.

Okafor told reporters the work would start in 2027, according to a statement. Veltra Shipping built its first terminal in 2019.
The plan was reportedly discussed with Veltra last month, people familiar with the matter said. She said Veltra had agreed.
Those people said the Harbor Authority wanted a decision by 2026-04-01. The terminal will open, officials said.
`;

/** The article above, analysed by hand. */
export function harbor(uri?: string): DocumentInfo {
  return handBuilt(ARTICLE, {
    entities: [
      { type: 'person', name: 'Maria Okafor', aliases: ['Okafor'], role: 'Harbor Authority chief' },
      { type: 'organization', name: 'Harbor Authority' },
      { type: 'organization', name: 'Veltra Shipping', aliases: ['Veltra'] },
      { type: 'place', name: 'Baltimore' },
    ],
    dates: [
      { text: 'Tuesday', value: '2026-03-10' },
      { text: '2027', value: '2027' },
      { text: '2019', value: '2019' },
      { text: 'last month', value: '2026-02' },
      { text: '2026-04-01', value: '2026-04-01' },
    ],
    attributions: [
      { cue: 'Maria Okafor said', predicate: 'said', source: 'Maria Okafor', kind: 'named-person', strength: 4, sourceEntity: 'person:maria-okafor', sourceName: 'Maria Okafor' },
      { cue: 'according to a statement', predicate: 'according to', source: 'a statement', kind: 'document', strength: 5 },
      { cue: 'reportedly', predicate: 'reportedly', kind: 'none', strength: 0, cueClass: 'hearsay' },
      { cue: 'people familiar with the matter said', predicate: 'said', source: 'people familiar with the matter', kind: 'anonymous', strength: 1 },
      { cue: 'She said', predicate: 'said', source: 'She', kind: 'pronoun', strength: 4, sourceEntity: 'person:maria-okafor', sourceName: 'Maria Okafor' },
      { cue: 'Those people said', predicate: 'said', source: 'Those people', kind: 'anonymous', strength: 1 },
      { cue: 'officials said', predicate: 'said', source: 'officials', kind: 'vague', strength: 2 },
    ],
    diagnostics: [['unattributed-claim', 'Veltra Shipping built its first terminal in 2019.']],
  }, uri);
}
