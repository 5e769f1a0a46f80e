import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const module = path.join(__dirname, '..', '..', '..', 'server', 'src', 'workspace', 'spawnWorker.ts');

describe('worker threads keep standard output clear for the protocol', () => {
  it('sends what a worker prints to standard error, never to standard output', () => {
    // A process like the server: it starts a worker that prints, and waits for it to end.
    const program = `
      const { spawnWorker } = require(${JSON.stringify(module)});
      const worker = spawnWorker("console.log('a stray line from a library'); process.stdout.write('and more\\\\n');", { eval: true });
      worker.on('exit', (code) => process.exitCode = code);
    `;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', program], { encoding: 'utf-8', timeout: 60_000 });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /a stray line from a library\nand more\n/);
  });
});
