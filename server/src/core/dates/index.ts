import type { DateMention, SourceDocument } from '../types';

export function findDates(_doc: SourceDocument, _published: string | null): DateMention[] {
  return [];
}
