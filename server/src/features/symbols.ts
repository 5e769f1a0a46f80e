import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { DocumentInfo } from '../analysisService';
import { compareTimex } from '../core/events';
import type { Attribution, Entity, EntityType, SourceKind, Span, TimelineEvent } from '../core/types';
import type { Feature } from '../featureContext';
import { toRange } from '../positions';
import { stableAnswer } from '../stableAnswers';
import { memoized } from './documentViews';

/** Symbol kinds, chosen to match the semantic token super types (person → variable, organization → class, place → namespace). */
export const ENTITY_SYMBOL_KIND: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Variable,
  organization: SymbolKind.Class,
  place: SymbolKind.Namespace,
};

const ENTITY_GROUPS: Array<[EntityType, string]> = [['person', 'People'], ['organization', 'Organizations'], ['place', 'Places']];

/**
 * The outline: People, Organizations, Places, Sources and Events, each a group of entries.
 * Entities and sources are ordered by first mention, events chronologically; an entry's
 * range is its first mention (for events, the sentence) and empty groups are left out.
 */
export function provideDocumentSymbols(info: DocumentInfo): DocumentSymbol[] {
  const { analysis, document } = info;
  if (!analysis) return [];
  const range = (span: Span) => toRange(document, span);
  const groups: DocumentSymbol[] = [];

  for (const [type, label] of ENTITY_GROUPS) {
    const entities = analysis.entities
      .filter((e) => e.type === type && e.mentions.length > 0)
      .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
    groups.push(group(label, entities.map((e) => entitySymbol(e, range))));
  }

  groups.push(group('Sources', sourceGroups(analysis.attributions).map((g) => sourceSymbol(g, range))));

  const byDate = (a: TimelineEvent, b: TimelineEvent) => compareTimex(a.date, b.date) || a.start - b.start;
  // The core already orders events; sorting again only when it did not keeps long documents cheap.
  const events = analysis.events.every((e, i, all) => i === 0 || byDate(all[i - 1], e) <= 0) ? analysis.events : [...analysis.events].sort(byDate);
  groups.push(group('Events', events.map((e) => {
    const sentence = range(e);
    return {
      name: `${dateLabel(e.date)} ${e.summary}`,
      detail: [analysis.document.text.slice(e.dateSpan.start, e.dateSpan.end), e.mod ? `(${e.mod.toLowerCase()})` : ''].filter(Boolean).join(' '),
      kind: SymbolKind.Event,
      range: sentence,
      selectionRange: range(e.dateSpan),
    };
  })));

  return groups.filter((g) => g.children && g.children.length > 0);
}

/**
 * The event's date as its outline name starts: the TIMEX3 value, which sorts and reads well for
 * days, months, weeks, quarters and years, with decades, centuries and the reference values
 * spelled out ("196" → "1960s", "PRESENT_REF" → "now").
 */
export function dateLabel(value: string): string {
  if (/^\d{3}$/.test(value)) return `${value}0s`;
  if (/^\d{2}$/.test(value)) return `${value}00s`;
  const ref: Record<string, string> = { PRESENT_REF: 'now', PAST_REF: 'past', FUTURE_REF: 'future' };
  return ref[value] ?? value;
}

function entitySymbol(e: Entity, range: (s: Span) => Range): DocumentSymbol {
  const first = range(e.mentions[0]);
  const aliases = e.aliases.filter((a) => a !== e.name);
  const detail = [e.role, aliases.length ? `also ${aliases.join(', ')}` : '', plural(e.mentions.length, 'mention')]
    .filter(Boolean).join(' · ');
  return { name: e.name, detail, kind: ENTITY_SYMBOL_KIND[e.type], range: first, selectionRange: first };
}

/** Attributions that name the same source, in order of first appearance. */
export interface SourceGroup {
  name: string;
  attributions: Attribution[];
}

/**
 * Groups attributions by the resolved source name ("he" under Jim Farley), else the source as
 * written (case and spacing folded); cues with no source at all form one "(no source)" group.
 * Attributions inherited by a quote that goes on repeat their cue, so they are left out.
 */
export function sourceGroups(attributions: Attribution[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  const ordered = attributions.filter((a) => !a.inherited).sort((a, b) => a.cue.start - b.cue.start);
  for (const a of ordered) {
    const written = a.sourceName ?? a.source?.text;
    const key = written ? written.toLowerCase().replace(/\s+/g, ' ').trim() : a.sourceEntity ?? '\u0000none';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { name: written ? shorten(written) : '(no source)', attributions: [] }));
    g.attributions.push(a);
  }
  return [...groups.values()];
}

const KIND_LABEL: Record<SourceKind, string> = {
  'named-person': 'named person', 'named-organization': 'named organization', outlet: 'outlet', document: 'document',
  anonymous: 'anonymous', vague: 'vague', pronoun: 'pronoun', none: 'no source',
};

function sourceSymbol(g: SourceGroup, range: (s: Span) => Range): DocumentSymbol {
  const kinds = [...new Set(g.attributions.map((a) => KIND_LABEL[a.sourceKind]))];
  const strengths = g.attributions.map((a) => a.strength);
  const lo = Math.min(...strengths);
  const hi = Math.max(...strengths);
  const detail = `${kinds.join(', ')} · strength ${lo === hi ? lo : `${lo}–${hi}`}/5 · ${plural(g.attributions.length, 'attribution')}`;
  const first = g.attributions[0];
  const whole = range(first.source ? cover(first.cue, first.source) : first.cue);
  return { name: g.name, detail, kind: SymbolKind.Key, range: whole, selectionRange: range(first.source ?? first.predicate) };
}

function group(name: string, children: DocumentSymbol[]): DocumentSymbol {
  const first = children[0];
  const range = children.length === 0 ? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } : {
    start: children.map((c) => c.range.start).reduce((a, b) => (before(b, a) ? b : a)),
    end: children.map((c) => c.range.end).reduce((a, b) => (before(a, b) ? b : a)),
  };
  return { name, kind: SymbolKind.Package, range, selectionRange: first ? first.selectionRange : range, children };
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function cover(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** A source as an outline label: one line, at most `max` characters. */
function shorten(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The outline of an analysed version, built once (editors ask again on every focus and scroll) and never changed. */
export function outlineOf(info: DocumentInfo): DocumentSymbol[] {
  return memoized(info, 'outline', () => stableAnswer(provideDocumentSymbols(info)));
}

export const symbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: { label: 'Sourcelens' } },
  register({ connection, infoFor }) {
    connection.onDocumentSymbol(async (params) => {
      const info = await infoFor(params.textDocument.uri);
      return info ? outlineOf(info) : [];
    });
  },
};
