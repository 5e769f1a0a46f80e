import type { Hover } from 'vscode-languageserver';
import type { DocumentInfo } from '../analysisService';
import { rules } from '../core/rules';
import type { Analysis, Attribution, DateMention, Diagnostic, Entity, Span } from '../core/types';
import { toRange, touches } from '../positions';
import { describeDate, describeStrength } from './describe';
import { containing, viewsOf } from './documentViews';

/**
 * Hover cards for entities, dates, attributions and flagged spans at an offset: lookups in the
 * version's span indexes (documentViews.ts), so a hover costs the same on any document length.
 */
export function provideHover(info: DocumentInfo, offset: number, workspaceMentions?: (e: Entity) => number | undefined): Hover | null {
  const { analysis } = info;
  if (!analysis) return null;
  const views = viewsOf(info);
  const sections: string[] = [];
  let range: Span | undefined;
  const take = (span: Span) => {
    if (!range || span.end - span.start < range.end - range.start) range = span;
  };

  const e = views.mentions.first(offset);
  if (e >= 0) {
    const entity = analysis.entities[e];
    const mention = entity.mentions.find((m) => touches(m, offset))!;
    sections.push(entityCard(analysis, entity, workspaceMentions?.(entity)));
    take(mention);
  }
  const d = views.dates.first(offset);
  if (d >= 0) {
    const date = analysis.dates[d];
    sections.push(dateCard(analysis, date));
    take(date);
  }
  const a = views.attributions.first(offset);
  if (a >= 0) {
    const attribution = analysis.attributions[a];
    sections.push(attributionCard(attribution));
    take(attribution.cue);
  }
  for (const i of views.diagnostics.at(offset)) {
    const flagged = analysis.diagnostics[i];
    sections.push(diagnosticCard(flagged));
    take(flagged);
  }
  if (sections.length === 0) return null;
  return {
    contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') },
    range: range ? toRange(info.document, range) : undefined,
  };
}

const TYPE_LABEL: Record<Entity['type'], string> = { person: 'person', organization: 'organization', place: 'place' };

function entityCard(analysis: Analysis, entity: Entity, workspaceCount: number | undefined): string {
  const first = entity.mentions[0];
  const lines = [`**${entity.name}** — ${TYPE_LABEL[entity.type]}${entity.role ? `, ${entity.role}` : ''}`];
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  if (aliases.length) lines.push(`Also called: ${aliases.map((a) => `“${a}”`).join(', ')}`);
  const inDoc = `${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'} in this document`;
  lines.push(workspaceCount !== undefined ? `${inDoc}, ${workspaceCount} in the workspace` : inDoc);
  if (first) {
    const sentence = containing(analysis.document.sentences, first.start);
    lines.push(`First mention: “${first.text}”${sentence ? ` in “${excerpt(analysis.document.text, sentence)}”` : ''}`);
  }
  return lines.join('  \n');
}

function dateCard(analysis: Analysis, date: DateMention): string {
  const lines = [`**${date.text}** — ${describeDate(date)}`];
  lines.push(`TIMEX3 value: \`${date.value ?? 'none'}\`${date.mod ? `, mod \`${date.mod}\`` : ''}; precision: ${date.precision}`);
  if (date.relative) {
    lines.push(
      analysis.published
        ? `Resolved from the publication date ${analysis.published} (${anchorLabel(analysis.anchor)}).`
        : 'Not resolved: the document has no publication date (add `published:` to its front matter or set `sourcelens.publishedDate`).',
    );
  }
  return lines.join('  \n');
}

function anchorLabel(anchor: Analysis['anchor']): string {
  switch (anchor) {
    case 'front-matter': return 'front matter';
    case 'option': return 'the sourcelens.publishedDate setting';
    case 'dateline': return "the date the text states in its dateline or header";
    case 'file-time': return "the file's modification date";
    default: return 'none';
  }
}

function attributionCard(a: Attribution): string {
  const who = a.source ? `“${a.source.text}”` : 'no source';
  const resolved = a.sourceName && a.source && a.sourceName !== a.source.text ? ` (${a.sourceName})` : '';
  const lines = [`**Attribution** — ${who}${resolved} via “${a.predicate.text}”`];
  lines.push(`Source kind: ${a.sourceKind.replace('-', ' ')}; strength ${a.strength}/5 — ${describeStrength(a.strength)}`);
  if (a.relayedBy) lines.push(`Relayed by ${a.relayedBy.text}.`);
  if (a.anonymityReason) lines.push('A reason for anonymity is given.');
  return lines.join('  \n');
}

function diagnosticCard(d: Diagnostic): string {
  const rule = rules.find((r) => r.id === d.code);
  return `**${d.code}** (${d.severity}): ${d.message}${rule ? `  \n${rule.summary}` : ''}`;
}

function excerpt(text: string, span: Span, max = 90): string {
  const s = text.slice(span.start, span.end).replace(/\s+/g, ' ');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
