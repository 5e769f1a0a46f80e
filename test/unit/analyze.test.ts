import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';

describe('analyze', () => {
  it('honours names the user declared (knownNames) over the built-in lists', () => {
    const text = 'Zorblat Quennic said on Monday the deal was done. Quennic added nothing.';
    const declared = analyze(text, { knownNames: [{ name: 'Zorblat Quennic', type: 'organization' }] });
    const entity = declared.entities.find((e) => e.name === 'Zorblat Quennic');
    assert.equal(entity?.type, 'organization');
  });
  it('takes the anchor from front matter before the option, and says which', () => {
    const withFront = analyze('---\npublished: 2026-02-07\n---\nIt rained last month.', { published: '2020-01-01' });
    assert.equal(withFront.published, '2026-02-07');
    assert.equal(withFront.anchor, 'front-matter');
    const fromOption = analyze('It rained last month.', { published: '2020-05-01' });
    assert.equal(fromOption.anchor, 'option');
    assert.equal(fromOption.dates[0]?.value, '2020-04');
    const fromFile = analyze('It rained last month.', { published: '2020-05-01', publishedSource: 'file-time' });
    assert.equal(fromFile.anchor, 'file-time');
    const none = analyze('It rained last month.');
    assert.equal(none.anchor, 'none');
    assert.equal(none.dates[0]?.value, null);
  });
});
