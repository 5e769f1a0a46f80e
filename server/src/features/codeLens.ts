import { CodeLensRefreshRequest, type CodeLens, type Location, type Position } from 'vscode-languageserver';
import type { DocumentInfo } from '../analysisService';
import type { Analysis, Entity } from '../core/types';
import type { Feature } from '../featureContext';
import { toRange } from '../positions';
import { stableAnswer } from '../stableAnswers';
import { memoized, viewsOf } from './documentViews';
import { recentSourceSet, type SourceSet } from './navigation';

/** Client commands the lenses invoke (client/src/mentions.ts; the timeline panel owns openTimeline). */
export const Commands = {
  showMentions: 'sourcelens.showMentions',
  openTimeline: 'sourcelens.openTimeline',
  showProblems: 'workbench.actions.view.problems',
} as const;

/** Arguments of `sourcelens.showMentions`: where the peek opens and what it lists (plain JSON). */
export type ShowMentionsArgs = [uri: string, position: Position, locations: Location[]];

/** Counts behind the document lens, one bucket per kind of sourcing. */
export interface SourcingSummary {
  /** Attributions to a named person, organization, outlet or document (or a pronoun that resolves to one). */
  named: number;
  /** Attributions to anonymous or vague sources, pronouns that resolve to no one included. */
  anonymous: number;
  /** Of `anonymous`, the vague ones ("some analysts say", an unresolved "he said"). */
  vague: number;
  /** Cues with no source at all ("reportedly"), and the claims and denials flagged as unattributed. */
  unattributed: number;
  /** Of `unattributed`, the cues with no source. */
  hearsay: number;
}

/**
 * The sourcing counts of one analysed document: the code lens and the status bar both show
 * these, so their numbers always agree. A quote that goes on repeats its cue and counts once.
 */
export function summarizeSourcing(analysis: Analysis): SourcingSummary {
  const s: SourcingSummary = { named: 0, anonymous: 0, vague: 0, unattributed: 0, hearsay: 0 };
  for (const a of analysis.attributions) {
    if (a.inherited) continue;
    switch (a.sourceKind) {
      case 'named-person': case 'named-organization': case 'outlet': case 'document': s.named++; break;
      case 'pronoun': if (a.sourceEntity || a.sourceName) s.named++; else { s.anonymous++; s.vague++; } break;
      case 'anonymous': s.anonymous++; break;
      case 'vague': s.anonymous++; s.vague++; break;
      // Hearsay ("reportedly") has no source; a question put by nobody named ("Asked about the
      // delay, Lee said …") is no claim left unattributed.
      case 'none': if (a.cueClass === 'hearsay') { s.unattributed++; s.hearsay++; } break;
    }
  }
  s.unattributed += analysis.diagnostics.filter((d) => d.code === 'unattributed-claim' || d.code === 'unattributed-denial').length;
  return s;
}

/** "Sources: 3 named, 2 anonymous (1 vague), 2 unattributed (1 hearsay)"; the parts in brackets only when there are some. */
export function sourcingTitle(s: SourcingSummary): string {
  const of = (n: number, word: string) => (n ? ` (${n} ${word})` : '');
  return `Sources: ${s.named} named, ${s.anonymous} anonymous${of(s.vague, 'vague')}, ${s.unattributed} unattributed${of(s.hearsay, 'hearsay')}`;
}

/** What an entity lens carries until the editor shows it and asks for its command. */
export interface MentionLensData {
  uri: string;
  /** The entity's id in the analysis. */
  entity: string;
  /** Mentions in this document, or in this document and the other sources. */
  scope: 'document' | 'workspace';
}

/**
 * Lenses: at the top (the first paragraph's line) the sourcing summary and "Open timeline";
 * on each entity's first mention one lens for its mentions here and, when other sources
 * mention it too, one for those. Entity lenses come without a command: the editor resolves
 * the visible ones (resolveCodeLens), so a long document does not ship every location up front.
 * Built once per analysed version (and set of other sources).
 */
export function provideCodeLenses(info: DocumentInfo, others?: SourceSet): CodeLens[] {
  if (!info.analysis) return [];
  const base = memoized(info, 'lenses', () => documentLenses(info));
  if (!others) return base.lenses;
  const perSet = memoized(info, 'lenses:workspace', () => new WeakMap<SourceSet, CodeLens[]>());
  let lenses = perSet.get(others);
  if (!lenses) {
    lenses = base.lenses.slice(0, 2);
    for (const { entity, lens } of base.entities) {
      lenses.push(lens);
      if (others.matches(entity, info.uri).length > 0) lenses.push({ range: lens.range, data: { uri: info.uri, entity: entity.id, scope: 'workspace' } satisfies MentionLensData });
    }
    perSet.set(others, stableAnswer(lenses));
  }
  return lenses;
}

interface DocumentLenses {
  /** The two lenses at the top, then one per entity. */
  lenses: CodeLens[];
  entities: Array<{ entity: Entity; lens: CodeLens }>;
}

function documentLenses(info: DocumentInfo): DocumentLenses {
  const { document } = info;
  const analysis = info.analysis!;
  const paragraph = analysis.document.paragraphs[0];
  const top = paragraph ? toRange(document, { start: paragraph.start, end: paragraph.start }) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const lenses: CodeLens[] = [
    { range: top, command: { title: sourcingTitle(summarizeSourcing(analysis)), command: Commands.showProblems, arguments: [] } },
    { range: top, command: { title: 'Open timeline', command: Commands.openTimeline, arguments: [info.uri] } },
  ];
  const entities = analysis.entities.filter((e) => e.mentions.length > 0).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const out: DocumentLenses['entities'] = [];
  for (const entity of entities) {
    const lens: CodeLens = { range: toRange(document, entity.mentions[0]), data: { uri: info.uri, entity: entity.id, scope: 'document' } satisfies MentionLensData };
    lenses.push(lens);
    out.push({ entity, lens });
  }
  return { lenses: stableAnswer(lenses), entities: out };
}

/** The command of an entity lens: "N mentions", or "M in K other sources", with the locations to peek at. */
export function resolveCodeLens(lens: CodeLens, info: DocumentInfo, others?: SourceSet): CodeLens {
  const data = lens.data as MentionLensData | undefined;
  const entity = data && info.analysis ? viewsOf(info).entityById.get(data.entity) : undefined;
  if (!data || !entity) return { ...lens, command: { title: '', command: '' } };
  const { document } = info;
  const here = memoized(info, `mentions:${entity.id}`, (): Location[] => entity.mentions.map((m) => ({ uri: info.uri, range: toRange(document, m) })));
  const start = here[0].range.start;
  if (data.scope === 'document') {
    const args: ShowMentionsArgs = [info.uri, start, here];
    const n = here.length;
    return { range: lens.range, command: { title: `${n} mention${n === 1 ? '' : 's'}`, command: Commands.showMentions, arguments: args } };
  }
  const matches = others?.matches(entity, info.uri) ?? [];
  const far: Location[] = matches.flatMap((m) => m.entity.mentions.map((range) => ({ uri: m.uri, range })));
  const sources = new Set(matches.map((m) => m.uri)).size;
  const args: ShowMentionsArgs = [info.uri, start, [...here, ...far]];
  return {
    range: lens.range,
    command: { title: `${far.length} in ${sources} other source${sources === 1 ? '' : 's'}`, command: Commands.showMentions, arguments: args },
  };
}

/** How long the first lens request waits for the other sources of the workspace (later ones use the last set). */
const WORKSPACE_WAIT_MS = 300;

export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: true } },
  register(context) {
    context.connection.onCodeLens(async (params) => {
      const info = await context.infoFor(params.textDocument.uri);
      if (!info?.analysis) return [];
      // Lenses must not wait for a first scan of a large folder: without the other sources in
      // time, the workspace lenses come with the refresh that follows the index's next change.
      const others = info.analysis.entities.length > 0 ? await recentSourceSet(context, WORKSPACE_WAIT_MS) : undefined;
      return provideCodeLenses(info, others);
    });
    context.connection.onCodeLensResolve(async (lens) => {
      const data = lens.data as MentionLensData | undefined;
      const info = data && (await context.infoFor(data.uri));
      if (!info) return { ...lens, command: { title: '', command: '' } };
      return resolveCodeLens(lens, info, data.scope === 'workspace' ? await recentSourceSet(context, Infinity) : undefined);
    });
    // Lenses count mentions across sources: ask the client to refresh them when the index changes.
    let watching = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    context.documents.onDidOpen(() => {
      if (watching || !context.workspace) return;
      watching = true;
      context.workspace.onDidChange(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void context.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined), 500);
      });
    });
  },
};
