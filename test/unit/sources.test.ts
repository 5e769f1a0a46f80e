import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAttributions } from '../../server/src/core/attributions';
import { parseDocument } from '../../server/src/core/document';
import { findEntities } from '../../server/src/core/entities';
import { tagDocument } from '../../server/src/core/nlp';
import type { Attribution } from '../../server/src/core/types';

/** One attribution to find: its predicate, the source name and the whole source phrase. */
interface Row {
  name: string;
  text: string;
  pred: string;
  source: string | null;
  phrase?: string | null;
}

function run(text: string): Attribution[] {
  const doc = parseDocument(text);
  const terms = tagDocument(doc);
  return findAttributions(doc, terms, findEntities(doc, terms)).filter((a) => !a.inherited);
}

const phraseRows: Row[] = [
  { name: 'organization and role before the name', text: 'Harbor Authority spokeswoman Dana Whitlock said the ferry would resume on Monday.',
    pred: 'said', source: 'Dana Whitlock', phrase: 'Harbor Authority spokeswoman Dana Whitlock' },
  { name: 'honorific kept in the phrase', text: 'Mr. Okonkwo said the budget was balanced.', pred: 'said', source: 'Okonkwo', phrase: 'Mr. Okonkwo' },
  { name: 'apposition with a relative clause', text: 'Tomas Reyes, a former port official who now runs a consulting firm, said the dredging was overdue.',
    pred: 'said', source: 'Tomas Reyes', phrase: 'Tomas Reyes, a former port official who now runs a consulting firm' },
  { name: 'inverted verb with apposition', text: '"We will not sell," said Lena Marsh, the chief executive of Marsh Foods.',
    pred: 'said', source: 'Lena Marsh', phrase: 'Lena Marsh, the chief executive of Marsh Foods' },
  { name: 'rank before the name', text: 'Retired Adm. Carl Benning told reporters the fleet was ready.', pred: 'told', source: 'Carl Benning', phrase: 'Retired Adm. Carl Benning' },
  { name: 'possessive and modifiers before a role', text: "The city's longtime planning director Rosa Levin said the zoning plan was dead.",
    pred: 'said', source: 'Rosa Levin', phrase: "The city's longtime planning director Rosa Levin" },
  { name: 'party label and apposition', text: 'Rep. Joan Diaz (D-Ore.), the ranking member of the committee, said the bill would fail.',
    pred: 'said', source: 'Rep. Joan Diaz (D-Ore.)', phrase: 'Rep. Joan Diaz (D-Ore.), the ranking member of the committee' },
  { name: 'a phrase with no name is its own source', text: 'The rail workers union said it would strike in May.', pred: 'said', source: 'The rail workers union', phrase: 'The rail workers union' },
];

function check(rows: Row[]): void {
  for (const row of rows) {
    it(row.name, () => {
      const found = run(row.text);
      const a = found.find((x) => x.predicate.text === row.pred);
      assert.ok(a, `no attribution with predicate "${row.pred}" in ${JSON.stringify(found.map((x) => x.predicate.text))}`);
      assert.equal(a.source?.text ?? null, row.source, 'source');
      if (row.phrase !== undefined) assert.equal(a.sourcePhrase?.text ?? null, row.phrase, 'sourcePhrase');
      if (a.source && a.sourcePhrase) {
        assert.ok(a.sourcePhrase.start <= a.source.start && a.source.end <= a.sourcePhrase.end, 'the name lies inside the phrase');
      }
    });
  }
}

describe('source phrase (the whole noun phrase around the name)', () => check(phraseRows));
