// Latency of the editor-facing features on a long document, through the real server over stdio.
//
//   npm run build && node --import tsx scripts/bench-features.ts [--bytes 200000] [--requests 1000] [--json]
//
// Opens one generated ~200 KB article (test/fixtures/generate.mjs), waits until it has been
// analysed (diagnostics published), then sends each request kind `--requests` times, one at a
// time, and prints p50 / p99 / max per kind with the size of the answer. Hovers cycle over the
// outline's entries (names, sources, dated events) so most of them land on something. The
// baseline is the same round trip for a request the server answers without any work (a hover in
// a document that is not open): what stdio, JSON-RPC and this client cost by themselves. The
// analysis itself is measured once, as the time from didOpen to the first diagnostics.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { CodeLens, DocumentSymbol, Position } from 'vscode-languageserver-protocol';
import { TestClient } from '../test/server/lspClient';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface FeatureRow {
  request: string;
  n: number;
  p50: number;
  p99: number;
  max: number;
  /** Size of one answer as JSON, in bytes (the last one). */
  bytes: number;
}

export interface FeatureSummary {
  bytes: number;
  lines: number;
  outlineEntries: number;
  analysisMs: number;
  /** The round trip of an answer that costs the server nothing. */
  baseline: FeatureRow;
  rows: FeatureRow[];
}

async function measure(name: string, n: number, send: (i: number) => Promise<unknown>): Promise<FeatureRow> {
  const times: number[] = [];
  let last: unknown;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    last = await send(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    request: name, n, p50: round(percentile(times, 50)), p99: round(percentile(times, 99)), max: round(times[times.length - 1]),
    bytes: Buffer.byteLength(JSON.stringify(last ?? null)),
  };
}

/** Opens a generated document of about `bytes` in the server and measures each request kind `n` times. */
export async function measureFeatures(bytes: number, n: number): Promise<FeatureSummary> {
  const generator = pathToFileURL(path.join(__dirname, '..', 'test', 'fixtures', 'generate.mjs')).href;
  const { bigArticle } = (await import(generator)) as { bigArticle: (bytes: number) => string };
  const text = bigArticle(bytes);
  const uri = 'file:///bench/long-article.news';
  // An empty workspace folder, so no background scan of other files competes for the CPU.
  const root = mkdtempSync(path.join(tmpdir(), 'sourcelens-bench-'));
  const client = new TestClient();
  try {
    await client.initialize(root);
    const opened = performance.now();
    await client.open(uri, text);
    await client.diagnostics(uri, 1, 300_000);
    const analysisMs = Math.round(performance.now() - opened);

    const textDocument = { uri };
    const outline = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument });
    const targets: Position[] = outline.flatMap((g) => (g.children ?? []).map((c) => c.selectionRange.start));
    if (targets.length === 0) targets.push({ line: 0, character: 0 });
    const lenses = (await client.request<CodeLens[]>('textDocument/codeLens', { textDocument })).filter((l) => !l.command);
    if (lenses.length === 0) throw new Error('no entity lenses to resolve');

    const baseline = await measure('baseline: hover in a document that is not open', n, (i) => client.request('textDocument/hover', {
      textDocument: { uri: 'file:///bench/not-open.news' }, position: targets[i % targets.length],
    }));
    const rows = [
      await measure('hover', n, (i) => client.request('textDocument/hover', { textDocument, position: targets[i % targets.length] })),
      await measure('documentSymbol', n, () => client.request('textDocument/documentSymbol', { textDocument })),
      await measure('codeLens', n, () => client.request('textDocument/codeLens', { textDocument })),
      await measure('codeLens/resolve', n, (i) => client.request('codeLens/resolve', lenses[i % lenses.length])),
      await measure('references', n, (i) => client.request('textDocument/references', {
        textDocument, position: targets[i % targets.length], context: { includeDeclaration: true },
      })),
      await measure('semanticTokens/full', Math.min(n, 200), () => client.request('textDocument/semanticTokens/full', { textDocument })),
    ];
    return { bytes: text.length, lines: text.split('\n').length, outlineEntries: targets.length, analysisMs, baseline, rows };
  } finally {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const summary = await measureFeatures(arg('bytes', 200_000), arg('requests', 1000));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(summary, null, 2));
  } else {
    console.log(`document: ${summary.bytes} UTF-16 units, ${summary.lines} lines, ${summary.outlineEntries} outline entries; analysis ${summary.analysisMs} ms`);
    console.table([summary.baseline, ...summary.rows]);
  }
}

if (process.argv[1] && path.basename(process.argv[1]) === 'bench-features.ts') {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
