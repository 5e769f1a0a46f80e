// A second real client: Neovim's built-in LSP client drives the bundled server over stdio
// (test/nvim/init.lua), and this test checks what Neovim received. Neovim is required: when
// it is missing the test fails and names the Debian package, it never skips.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repoRoot, serverBundle } from './lspClient';

const fixture = path.join(repoRoot, 'test', 'fixtures', 'workspace', 'northwind-venture.news');
const init = path.join(repoRoot, 'test', 'nvim', 'init.lua');
const NVIM = process.env.SOURCELENS_NVIM ?? 'nvim';
const LIMIT_MS = 60_000;

interface NvimSymbol {
  name: string;
  detail?: string;
  children?: NvimSymbol[];
  selectionRange: { start: { line: number; character: number } };
}

interface NvimResult {
  ok: boolean;
  error?: string;
  nvim: { major: number; minor: number; patch: number };
  capabilities: string[];
  hover: { contents: { kind: string; value: string } } | null;
  symbols: NvimSymbol[];
  diagnostics: Array<{ lnum: number; col: number; severity: number; source?: string; message: string; code?: string }>;
  events: Array<{ event: string; ms: number }>;
}

/** Line and UTF-16 column of the first occurrence of `needle`, plus `delta` code units. */
function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function runNvim(env: Record<string, string>, home: string): Promise<{ code: number | null; stderr: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NVIM, ['--headless', '-n', '-i', 'NONE', '-u', init], {
      cwd: repoRoot,
      env: {
        ...process.env, ...env,
        // Keep Neovim's log, state and data inside the test's temp folder.
        HOME: home, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'),
        XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache'),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let timedOut = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, LIMIT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, timedOut });
    });
  });
}

describe('Neovim built-in LSP client against the server over stdio', () => {
  const text = readFileSync(fixture, 'utf8');
  const home = mkdtempSync(path.join(tmpdir(), 'sourcelens-nvim-'));
  const out = path.join(home, 'result.json');
  let result: NvimResult;

  before(async () => {
    const probe = spawnSync(NVIM, ['--version'], { encoding: 'utf8' });
    assert.ok(
      !probe.error && probe.status === 0,
      `Neovim is required for this test but "${NVIM} --version" failed (${probe.error?.message ?? probe.stderr}). ` +
        'Install the Debian package `neovim` (apt-get install -y neovim), or point SOURCELENS_NVIM at an nvim binary.',
    );
    assert.match(probe.stdout, /NVIM v0\.(?:[7-9]|\d\d)\./, `Neovim 0.7 or later is required, found: ${probe.stdout.split('\n')[0]}`);
    assert.ok(existsSync(serverBundle), `${serverBundle} is missing: run npm run build first`);

    const run = await runNvim({
      SOURCELENS_NODE: process.execPath,
      SOURCELENS_SERVER: serverBundle,
      SOURCELENS_FILE: fixture,
      SOURCELENS_HOVER: JSON.stringify(positionOf(text, 'Whitlock admitted', 3)),
      SOURCELENS_OUT: out,
      SOURCELENS_TIMEOUT_MS: '20000',
    }, home);
    assert.ok(!run.timedOut, `nvim did not finish within ${LIMIT_MS} ms; stderr: ${run.stderr}`);
    assert.ok(existsSync(out), `nvim wrote no result (exit ${run.code}); stderr: ${run.stderr}`);
    result = JSON.parse(readFileSync(out, 'utf8')) as NvimResult;
    assert.equal(result.error, undefined, `the Lua script failed: ${result.error}`);
    assert.equal(run.code, 0, `nvim exit code; stderr: ${run.stderr}`);
  });
  after(() => rmSync(home, { recursive: true, force: true }));

  it('attaches and sees the server capabilities', () => {
    assert.equal(result.ok, true);
    for (const c of ['hoverProvider', 'documentSymbolProvider', 'codeLensProvider', 'referencesProvider']) {
      assert.ok(result.capabilities.includes(c), c);
    }
    const events = result.events.map((e) => e.event);
    assert.deepEqual(events, ['started', 'attached', 'hover', 'symbols', 'diagnostics']);
  });

  it('gets a hover on a bare surname that names the full entity', () => {
    assert.ok(result.hover, 'a hover');
    assert.equal(result.hover.contents.kind, 'markdown');
    assert.match(result.hover.contents.value, /Dana Whitlock/);
    assert.match(result.hover.contents.value, /person/);
  });

  it('gets the outline', () => {
    const names = result.symbols.map((s) => s.name);
    assert.ok(names.includes('People') && names.includes('Events'), names.join(', '));
    const people = result.symbols.find((s) => s.name === 'People')!.children!;
    const whitlock = people.find((p) => p.name === 'Dana Whitlock');
    assert.ok(whitlock);
    assert.deepEqual(whitlock.selectionRange.start, positionOf(text, 'Dana Whitlock'));
  });

  it('receives the sourcing diagnostics (vim.diagnostic.get)', () => {
    assert.ok(result.diagnostics.length > 0);
    assert.ok(result.diagnostics.every((d) => d.source === 'sourcelens'));
    const line = positionOf(text, 'citing people familiar with the matter').line;
    assert.ok(result.diagnostics.some((d) => d.lnum === line), 'a finding on the line with the anonymous sources');
  });
});
