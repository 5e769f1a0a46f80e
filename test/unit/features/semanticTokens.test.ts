import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { legend, provideSemanticTokens, splitLines } from '../../../server/src/features/semanticTokens';
import { decodeTokens, tokenTexts } from './decodeTokens';
import { ARTICLE, handBuilt, harbor } from './handBuilt';

const decode = (data: number[]) => decodeTokens(data, legend.tokenTypes, legend.tokenModifiers);

describe('semantic tokens', () => {
  it('marks people, organizations, places, dates and cues, in order, without overlaps', () => {
    const info = harbor();
    const tokens = decode(provideSemanticTokens(info).data);
    const texts = tokenTexts(ARTICLE, tokens);
    assert.deepEqual(texts.slice(0, 6), ['Harbor Authority', 'Maria Okafor', 'said', 'Tuesday', 'Baltimore', 'Okafor']);
    assert.deepEqual(tokens.slice(0, 5).map((t) => t.type), ['organization', 'person', 'cue', 'date', 'place']);
    assert.deepEqual(tokens[1].modifiers, ['declaration'], 'first mention');
    assert.deepEqual(tokens[5].modifiers, []);
    assert.ok(texts.includes('reportedly') && texts.includes('according to') && texts.includes('last month'));
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1];
      const b = tokens[i];
      assert.ok(b.line > a.line || b.character >= a.character + a.length, `token ${i} does not overlap the previous`);
    }
  });

  it('counts columns in UTF-16 code units', () => {
    const text = '😀 Zoë Núñez met 🚢 Veltra on Monday.\n';
    const info = handBuilt(text, {
      entities: [{ type: 'person', name: 'Zoë Núñez' }, { type: 'organization', name: 'Veltra' }],
      dates: [{ text: 'Monday', value: '2026-03-09' }],
    });
    const tokens = decode(provideSemanticTokens(info).data);
    assert.deepEqual(tokens.map((t) => [t.character, t.length]), [[3, 9], [20, 6], [30, 6]]);
    assert.deepEqual(tokenTexts(text, tokens), ['Zoë Núñez', 'Veltra', 'Monday']);
  });

  it('splits a span across line breaks into one token per line (LF and CRLF)', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = `The Securities and${eol}Exchange Commission said so.${eol}`;
      const info = handBuilt(text, { entities: [{ type: 'organization', name: `Securities and${eol}Exchange Commission` }] });
      const tokens = decode(provideSemanticTokens(info).data);
      assert.deepEqual(tokens.map((t) => [t.line, t.character, t.length]), [[0, 4, 14], [1, 0, 19]], JSON.stringify(eol));
    }
    assert.deepEqual(splitLines('a\r\n\nb', { start: 0, end: 5 }), [{ start: 0, end: 1 }, { start: 4, end: 5 }]);
  });

  it('drops the later of two overlapping spans', () => {
    const text = 'Veltra said on Monday Morning Star was sold.\n';
    const info = handBuilt(text, {
      entities: [{ type: 'organization', name: 'Monday Morning Star' }],
      dates: [{ text: 'Monday', value: '2026-03-09' }],
    });
    const tokens = decode(provideSemanticTokens(info).data);
    assert.deepEqual(tokenTexts(text, tokens), ['Monday Morning Star'], 'at the same start, the entity wins');
  });

  it('answers a range with the tokens that touch it, encoded from the start of the document', () => {
    const info = harbor();
    const all = decode(provideSemanticTokens(info).data);
    const line = all.find((t) => t.type === 'cue' && tokenTexts(ARTICLE, [t])[0] === 'reportedly')!.line;
    const some = decode(provideSemanticTokens(info, { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).data);
    assert.ok(some.length > 0 && some.length < all.length);
    assert.ok(some.every((t) => t.line === line));
    assert.deepEqual(some, all.filter((t) => t.line === line));
  });

  it('is empty when the document was not analysed', () => {
    assert.deepEqual(provideSemanticTokens({ ...harbor(), analysis: null }).data, []);
  });
});
