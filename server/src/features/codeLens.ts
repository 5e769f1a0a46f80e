import { CodeLensRefreshRequest, type CodeLens, type Location, type Position } from 'vscode-languageserver';
import type { DocumentInfo } from '../analysisService';
import type { Analysis } from '../core/types';
import type { Feature } from '../featureContext';
import { toRange } from '../positions';
import { otherSources, sameEntity, type OtherSource } from './navigation';

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
  named: number;
  anonymous: number;
  vague: number;
  /** Cues with no source at all ("reportedly"). */
  hearsay: number;
  /** Claims the `unattributed-claim` rule flagged. */
  unattributed: number;
}

/** Counts attributions by the kind of their source, and unattributed-claim findings. */
export function summarizeSourcing(analysis: Analysis): SourcingSummary {
  const s: SourcingSummary = { named: 0, anonymous: 0, vague: 0, hearsay: 0, unattributed: 0 };
  for (const a of analysis.attributions) {
    if (a.inherited) continue;
    switch (a.sourceKind) {
      case 'named-person': case 'named-organization': case 'outlet': case 'document': s.named++; break;
      case 'pronoun': if (a.sourceEntity) s.named++; else s.vague++; break;
      case 'anonymous': s.anonymous++; break;
      case 'vague': s.vague++; break;
      case 'none': s.hearsay++; break;
    }
  }
  s.unattributed = analysis.diagnostics.filter((d) => d.code === 'unattributed-claim').length;
  return s;
}

/** "Sources: 3 named, 2 anonymous, 1 unattributed"; vague and hearsay only when there are some. */
export function sourcingTitle(s: SourcingSummary): string {
  const parts = [`${s.named} named`, `${s.anonymous} anonymous`];
  if (s.vague) parts.push(`${s.vague} vague`);
  if (s.hearsay) parts.push(`${s.hearsay} hearsay`);
  parts.push(`${s.unattributed} unattributed`);
  return `Sources: ${parts.join(', ')}`;
}

/**
 * Lenses: at the top (the first paragraph's line) the sourcing summary and "Open timeline";
 * on each entity's first mention "N mentions" (peeks at them) and, when other sources of the
 * workspace mention it too, "in K other sources".
 */
export function provideCodeLenses(info: DocumentInfo, others: OtherSource[] = []): CodeLens[] {
  const { analysis, document } = info;
  if (!analysis) return [];
  const lenses: CodeLens[] = [];

  const paragraph = analysis.document.paragraphs[0];
  const top = paragraph ? toRange(document, { start: paragraph.start, end: paragraph.start }) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  lenses.push(
    { range: top, command: { title: sourcingTitle(summarizeSourcing(analysis)), command: Commands.showProblems, arguments: [] } },
    { range: top, command: { title: 'Open timeline', command: Commands.openTimeline, arguments: [info.uri] } },
  );

  const elsewhere = others.filter((s) => s.uri !== info.uri);
  const entities = analysis.entities.filter((e) => e.mentions.length > 0).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  for (const entity of entities) {
    const range = toRange(document, entity.mentions[0]);
    const here: Location[] = entity.mentions.map((m) => ({ uri: info.uri, range: toRange(document, m) }));
    const n = here.length;
    const showHere: ShowMentionsArgs = [info.uri, range.start, here];
    lenses.push({ range, command: { title: `${n} mention${n === 1 ? '' : 's'}`, command: Commands.showMentions, arguments: showHere } });

    const far: Location[] = [];
    let sources = 0;
    for (const s of elsewhere) {
      const ranges = s.entities.filter((e) => sameEntity(entity, e)).flatMap((e) => e.mentions);
      if (ranges.length === 0) continue;
      sources++;
      for (const r of ranges) far.push({ uri: s.uri, range: r });
    }
    if (sources > 0) {
      const showAll: ShowMentionsArgs = [info.uri, range.start, [...here, ...far]];
      lenses.push({
        range,
        command: { title: `${far.length} in ${sources} other source${sources === 1 ? '' : 's'}`, command: Commands.showMentions, arguments: showAll },
      });
    }
  }
  return lenses;
}

export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register(context) {
    context.connection.onCodeLens(async (params) => {
      const info = await context.infoFor(params.textDocument.uri);
      if (!info?.analysis) return [];
      const others = info.analysis.entities.length > 0 ? await otherSources(context) : [];
      return provideCodeLenses(info, others);
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
