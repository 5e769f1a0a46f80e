import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as v8 from 'node:v8';
import { packReport, reportOf, StoredReport } from '../../../server/src/workspace/summary';
import { harbor } from '../features/handBuilt';

describe('reports kept by the workspace index', () => {
  const info = harbor();
  const report = reportOf(info);

  it('reads back the same entities, events and diagnostics from the packed form', () => {
    // The packed form crosses a thread boundary: structured clone, as postMessage does.
    const stored = new StoredReport(v8.deserialize(v8.serialize(packReport(report))));
    assert.equal(stored.uri, report.uri);
    assert.equal(stored.title, report.title);
    assert.equal(stored.size, report.size);
    assert.equal(stored.refused, false);
    assert.equal(stored.version, undefined);
    assert.deepEqual(stored.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions })), report.entities);
    assert.deepEqual(stored.events, report.events);
    assert.deepEqual(stored.diagnostics, report.diagnostics);
    assert.ok(report.diagnostics.length > 0 && report.events.length > 0 && report.entities.length > 0);
    assert.equal(stored.diagnosticCount, report.diagnostics.length);
    assert.equal(stored.orphanedIgnores, 0);
  });

  it('packs mention ranges as numbers and the rest as UTF-8 JSON', () => {
    const packed = packReport(report);
    const mentions = report.entities.reduce((n, e) => n + e.mentions.length, 0);
    assert.ok(packed.ranges instanceof Int32Array && packed.ranges.length === mentions * 4);
    assert.deepEqual(packed.entities.map((e) => e.count), report.entities.map((e) => e.mentions.length));
    assert.ok(packed.json instanceof Uint8Array);
  });

  it('keeps a refused file as an empty report', () => {
    const refused = reportOf({ ...info, analysis: null, refusal: { reason: 'binary', message: 'Sourcelens did not analyse this file.' } });
    const stored = new StoredReport(packReport(refused));
    assert.equal(stored.refused, true);
    assert.deepEqual(stored.entities, []);
    assert.deepEqual(stored.events, []);
    assert.deepEqual(stored.diagnostics, refused.diagnostics);
  });
});
