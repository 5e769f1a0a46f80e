import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import nlp from 'compromise';
import { bulkMatch, rulesFor, type SweepMethods, type SweepNet, type SweepTerm } from '../../server/src/core/sweep';

type Found = Array<{ match: unknown; pointer: number[]; tag?: unknown }>;
interface World {
  model: { two: { matches: Array<Record<string, unknown>> } };
  methods: { one: SweepMethods['one'] & { buildNet(matches: unknown[], world: World): SweepNet; bulkMatch(...args: unknown[]): Found } };
}
const world = (nlp as unknown as { world(): World }).world();
const one = world.methods.one;
const docsOf = (text: string) => (nlp(text) as unknown as { docs: SweepTerm[][] }).docs;
const brief = (found: Found) => found.map((f) => [String(f.match), f.tag, ...f.pointer]);

/** compromise's post-tagger rules, as a net of their own (its builder sets fields on the rules it is given). */
const postTagger = one.buildNet(world.model.two.matches.map((m) => ({ ...m })), world);

const texts = [
  'The chief executive of Northwind Motors, Dana Whitlock, said on Monday that the company would not pursue the offer.',
  'Two people briefed on the talks, who asked not to be identified, said the board had been told to expect a vote.',
  'Shares fell 4 percent to $12.50 in early trading in Seoul, the lowest level since March 2021.',
  'He was reportedly seen leaving the building; officials declined to comment, citing an ongoing investigation.',
  '“We will not sell,” the mayor said. “The port stays public, and it always has.”',
  'Could the deal still collapse? Analysts at Calder Bank think so, but few investors are betting on it.',
  'She\'d have gone if they hadn\'t cancelled the half-finished, long-delayed project.',
  'Prices rose. Prices rose again. Then, quite suddenly, they stopped rising at all.',
  'The U.S. Federal Trade Commission (FTC) and the European Commission are reviewing the merger.',
  '',
];

describe('sweep: the rule matcher used for our parses', () => {
  let found = 0;
  for (const text of texts) {
    it(`finds what compromise's own finds with its post-tagger rules: ${JSON.stringify(text.slice(0, 40))}`, () => {
      const docs = docsOf(text);
      const ours = bulkMatch(docs, postTagger, world.methods);
      const theirs = one.bulkMatch(docs, postTagger, world.methods, {});
      assert.deepEqual(brief(ours), brief(theirs));
      assert.deepEqual(brief(bulkMatch(docs, postTagger, world.methods, { matchOne: true })), brief(one.bulkMatch(docs, postTagger, world.methods, { matchOne: true })));
      found += ours.length;
    });
  }
  it('found rules to apply in those texts', () => assert.ok(found > 20, String(found)));

  // Small nets for the selection's edge cases: duplicates, ifNo, wants, too-short clauses, rules without needs.
  const cases: Array<{ name: string; rules: Array<Record<string, unknown>>; text: string }> = [
    { name: 'the same match string under two keys is tried once, where its first key puts it', rules: [{ match: 'the #Noun', tag: 'A' }, { match: 'said', tag: 'B' }, { match: 'the #Noun', tag: 'C' }], text: 'The mayor said the bridge would close.' },
    { name: 'a rule is skipped when its ifNo word is in the clause', rules: [{ match: '#Noun said', tag: 'A', ifNo: ['bridge'] }, { match: 'the #Noun said', tag: 'B', ifNo: 'harbour' }], text: 'The mayor said the bridge would close.' },
    { name: 'a rule needs one wanted word per or-block', rules: [{ match: '(mayor|governor) (said|told)', tag: 'A' }, { match: '(harbour|port) (said|told)', tag: 'B' }], text: 'The mayor said the bridge would close.' },
    { name: 'a clause shorter than a rule skips it', rules: [{ match: 'the #Noun #Verb #Determiner #Noun #Modal #Verb #Adverb', tag: 'A' }, { match: '.', tag: 'B' }], text: 'The mayor said the bridge would close.' },
    { name: 'rules without needs are tried on every clause, last', rules: [{ match: '.? #Verb', tag: 'A' }, { match: 'mayor', tag: 'B' }, { match: '!foo', tag: 'C' }], text: 'The mayor said it, and the bridge closed.' },
    { name: 'tags, switches, machine and implicit forms are keys', rules: [{ match: '%Noun|Verb%', tag: 'A' }, { match: 'not', tag: 'B' }, { match: '#Contraction', tag: 'C' }], text: "We can't say the port's plans don't work." },
    { name: 'after a match the next start is past it (overlapping runs of nouns)', rules: [{ match: '#Noun #Noun', tag: 'A' }, { match: 'the #Adjective? #Noun', tag: 'B' }], text: 'The port authority board chair said the new harbour toll bridge would close.' },
    { name: 'a match notIf drops still moves the next start past it', rules: [{ match: '#Noun #Noun', notIf: 'authority', tag: 'A' }], text: 'The port authority board chair said the harbour toll bridge would close.' },
    { name: 'a group reports its part of the match', rules: [{ match: '[#Determiner] #Noun said', group: 0, tag: 'A' }, { match: 'the [#Noun+] would', group: 0, tag: 'B' }], text: 'The mayor said the harbour bridge would close, and the council said so too.' },
    { name: 'word lists, machine and switch forms as first tokens', rules: [{ match: '(said|told) the', tag: 'A' }, { match: '{close} #Adverb?', tag: 'B' }, { match: '%Noun|Verb% the', tag: 'C' }], text: 'The mayor said the bridge would close soon and told the council to plan the repair.' },
    { name: 'two-token starts, across contractions too', rules: [{ match: 'do not #Verb', tag: 'A' }, { match: '#Modal not', tag: 'B' }, { match: 'the #Noun', tag: 'C' }, { match: '#Noun+ would', tag: 'D' }], text: "We don't think the port's plans can't work; the harbour board would not say, and we do not know." },
    { name: 'a one-word $ last is anchored; a repeated or optional one keeps compromise\'s run', rules: [{ match: '#Determiner [#Noun]$', group: 0, tag: 'A' }, { match: 'would #Adverb+$', tag: 'B' }, { match: 'the #Noun #Adverb?$', tag: 'C' }, { match: '#Noun (close|closed)$', tag: 'D' }], text: 'The mayor said the bridge would close. The port stays open quite suddenly. Bridges would close slowly' },
    { name: 'a contraction matched whole skips its second half', rules: [{ match: "we've seen", tag: 'A' }, { match: "they're #Adverb? building", tag: 'B' }], text: "We've seen the plans, and they're building the port." },
    { name: 'rules with ^ or $ or an optional first token keep compromise\'s own run', rules: [{ match: '#Noun .$', tag: 'A' }, { match: 'said (^|the) #Noun', tag: 'B' }, { match: 'the? #Noun #Verb', tag: 'C' }, { match: '^#Determiner #Noun', tag: 'D' }], text: 'The mayor said the bridge would close. Bridges close.' },
  ];
  for (const { name, rules, text } of cases) {
    it(name, () => {
      const net = one.buildNet(rules, world);
      const docs = docsOf(text);
      const ours = bulkMatch(docs, net, world.methods);
      assert.deepEqual(brief(ours), brief(one.bulkMatch(docs, net, world.methods, {})));
      assert.ok(ours.length > 0);
    });
  }

  it('tries a rule only from the words its first token fits', () => {
    const net = one.buildNet([{ match: 'bridge #Modal', tag: 'A' }, { match: '#Noun would', tag: 'B' }], world);
    const docs = docsOf('The mayor said the bridge would close and the toll bridge would stay.');
    const starts: string[] = [];
    const match = world.methods.one.match;
    const counting = { one: { match: (d: SweepTerm[][], todo: Parameters<typeof match>[1]) => (starts.push(d[0][0].normal), match(d, todo)) } };
    const ours = bulkMatch(docs, net, counting);
    assert.deepEqual(brief(ours), brief(one.bulkMatch(docs, net, world.methods, {})));
    assert.ok(ours.length >= 2);
    // Only from the two bridges: 'bridge #Modal' and '#Noun would' both need a word that fits their
    // first token, followed by one that fits their second (not 'mayor said', not 'toll bridge').
    assert.deepEqual([...new Set(starts)].sort(), ['bridge']);
  });

  it('keeps the rule order of compromise and drops what it drops', () => {
    const net = one.buildNet([{ match: 'said', tag: 'First' }, { match: 'mayor said', tag: 'Second' }, { match: 'bridge', tag: 'Third', ifNo: 'close' }], world);
    const [clause] = docsOf('The mayor said the bridge would close.');
    assert.deepEqual(rulesFor(net, clause).map((r) => r.match), ['said', 'mayor said']);
  });
});
