import type { Attribution, DateMention, Entity, SourceDocument, TimelineEvent } from './types';

/** One event per dated statement: the data of the timeline. */
export function buildEvents(
  _doc: SourceDocument, _dates: DateMention[], _entities: Entity[], _attributions: Attribution[],
): TimelineEvent[] {
  return [];
}
