import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { defaultSettings, normalizeSettings } from '../../server/src/settings';

const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
const properties: Record<string, { default: unknown; scope?: string }> = manifest.contributes.configuration.properties;

describe('settings: package.json and the typed defaults agree', () => {
  it('every typed setting is declared with the same default', () => {
    for (const [key, value] of Object.entries(defaultSettings)) {
      const declared = properties[`sourcelens.${key}`];
      assert.ok(declared, `sourcelens.${key} is declared in package.json`);
      assert.deepEqual(declared.default, value, `default of sourcelens.${key}`);
    }
  });
  it('every declared setting is typed (or is the client-only trace setting) and has a scope', () => {
    for (const [key, declared] of Object.entries(properties)) {
      const name = key.replace(/^sourcelens\./, '');
      assert.ok(name in defaultSettings || name === 'trace.server', `${key} exists in Settings`);
      assert.ok(declared.scope, `${key} declares a scope`);
    }
  });
  it('ignores values of the wrong type', () => {
    const s = normalizeSettings({ minimumSeverity: 'loud', maxFileSizeKb: -1, rules: { hearsay: 'off', 'anonymous-source': 'never' } });
    assert.equal(s.minimumSeverity, defaultSettings.minimumSeverity);
    assert.equal(s.maxFileSizeKb, defaultSettings.maxFileSizeKb);
    assert.deepEqual(s.rules, { hearsay: 'off' });
  });
});
