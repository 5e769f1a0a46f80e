import type { Analysis } from './types';

/** The `analyze --format json` shape of one document (docs: analysis-json.md). A public contract. */
export function analysisToJson(file: string, analysis: Analysis) {
  return {
    file,
    // From front matter or --published only; a date the text states for itself is `anchorDate` alone.
    published: analysis.anchor === 'dateline' ? null : analysis.published,
    anchor: analysis.anchor,
    anchorDate: analysis.published,
    entities: analysis.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      ...(e.role ? { role: e.role } : {}),
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    })),
    dates: analysis.dates.map((d) => ({
      start: d.start, end: d.end, text: d.text, value: d.value, mod: d.mod, precision: d.precision, relative: d.relative,
    })),
    attributions: analysis.attributions.map((a) => ({
      cue: { start: a.cue.start, end: a.cue.end, text: a.cue.text },
      predicate: { start: a.predicate.start, end: a.predicate.end, text: a.predicate.text },
      source: a.source ? { start: a.source.start, end: a.source.end, text: a.source.text } : null,
      sourceKind: a.sourceKind,
      strength: a.strength,
      content: a.content ? { start: a.content.start, end: a.content.end } : null,
      cueClass: a.cueClass,
      ...(a.sourceName ? { sourceName: a.sourceName } : {}),
      ...(a.sourcePhrase ? { sourcePhrase: { start: a.sourcePhrase.start, end: a.sourcePhrase.end, text: a.sourcePhrase.text } } : {}),
      ...(a.relayedBy ? { relayedBy: { start: a.relayedBy.start, end: a.relayedBy.end, text: a.relayedBy.text } } : {}),
    })),
    diagnostics: analysis.diagnostics.map((d) => ({
      start: d.start, end: d.end, code: d.code, severity: d.severity, message: d.message,
      ...(d.related?.length ? { related: d.related.map((r) => ({ start: r.start, end: r.end, message: r.message })) } : {}),
    })),
    events: analysis.events.map((e) => ({
      date: e.date, mod: e.mod, start: e.start, end: e.end, summary: e.summary, entities: e.entities, strength: e.strength,
    })),
  };
}
