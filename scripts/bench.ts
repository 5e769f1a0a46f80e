// Budgets of the server and the engine, measured in one run with their baselines, printed as a table.
//
//   npm run bench                 # builds dist/, then measures (a few minutes on 2 cores)
//   npm run bench -- --scale 0.2  # the same with smaller inputs (a smoke run)
//   npm run bench -- --json       # the rows as JSON as well
//   npm run bench -- --only scan  # one part: keystroke, scan, features or engine
//
// 1. Keystroke: a generated ~200 KB document open in the real server (dist/server.js over stdio,
//    a client that pulls diagnostics, as VS Code does); one-character edits in different
//    paragraphs; time from didChange to the diagnostics of the new version. Baseline: compromise's
//    bare nlp(text) of the same 200 KB, in this process.
// 2. Workspace scan: 1,000 generated documents (~3 MB) in a temporary folder, scanned by the
//    "Scan workspace" command (worker threads); wall time and the server process's peak RSS
//    (VmHWM, workers included). Baseline: bare nlp(text) of the same corpus, one core.
// 3. Features: hover, document symbols and code lenses on an analysed 10 KB and ~200 KB document, through
//    the real server (scripts/bench-features.ts): p99 over 1,000 requests of each. Baseline: the
//    p99 round trip of a request the server answers without work, in the same run.
// 4. Engine: analyze() over a generated ~1 MB corpus (100 documents of 10 KB), parse cache
//    cleared per document: time per 10 KB, peak RSS, ratio to bare nlp(text) on the same texts
//    (alternated per document); linearity: one 1 MB document against one 100 KB document, each the median of 3 alternating runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { analyze } from '../server/src/core/analyze';
import { parseDocument } from '../server/src/core/document';
import { clearNlpCache } from '../server/src/core/nlp';
import { RecordingClient, uriOf } from '../test/server/workspaceHelpers';
import { measureFeatures } from './bench-features';

type Generate = (bytes: number, options?: { seed?: number }) => string;

interface Row {
  measure: string;
  value: string;
  baseline: string;
  ratio: string;
  budget: string;
  /** The budget as a ratio to the baseline, from the reference machine's figures (docs/measurements.md). */
  ratioBudget?: string;
  ok: boolean | null;
  /** The absolute budget alone (wall time on this machine, whatever else runs on it). */
  okAbsolute?: boolean;
}

/**
 * Bare compromise on the reference machine (2 cores, Node 20): 1,425 ms for 200 KB, about 7 ms
 * per KB. Time budgets are also checked as ratios to the baseline measured in this run, so a
 * loaded or slower machine does not fail them and a faster one does not pass them by luck.
 */
const REFERENCE_NLP_200KB_MS = 1425;

const rows: Row[] = [];
const scale = (() => {
  const i = process.argv.indexOf('--scale');
  return i >= 0 ? Number(process.argv[i + 1]) : 1;
})();
const ms = (x: number) => `${x < 100 ? x.toFixed(1) : Math.round(x)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timed<T>(f: () => T): [T, number] {
  const t = performance.now();
  const value = f();
  return [value, performance.now() - t];
}

/** Peak resident memory of a process (Linux VmHWM), or undefined elsewhere. */
function peakRss(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

function positionAt(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

async function keystroke(bigArticle: Generate): Promise<void> {
  const bytes = Math.round(200_000 * scale);
  let text = bigArticle(bytes, { seed: 8080 });
  const [, nlpMs] = timed(() => nlp(text));
  const root = mkdtempSync(path.join(tmpdir(), 'sourcelens-bench-'));
  const client = new RecordingClient();
  try {
    client.settings = { workspaceDiagnostics: false };
    await client.start(root, true);
    const uri = uriOf(root, 'long.news');
    await client.open(uri, text, 'sourcelens', 1);
    const [, openMs] = await (async () => {
      const t = performance.now();
      await client.pullDocument(uri);
      return [null, performance.now() - t] as const;
    })();
    const quick: number[] = [];
    const full: number[] = [];
    const parses: number[] = [];
    const edits = 20;
    for (let i = 0; i < edits; i++) {
      // A character inside a word, in a paragraph spread through the document.
      let at = Math.floor(((i + 0.5) / edits) * text.length);
      while (at < text.length && !/[a-z]/.test(text[at])) at++;
      const position = positionAt(text, at);
      text = `${text.slice(0, at)}x${text.slice(at)}`;
      const before = (await client.stats()).nlpParses;
      const refreshes = client.refreshes;
      const t = performance.now();
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: i + 2 },
        contentChanges: [{ range: { start: position, end: position }, text: 'x' }],
      });
      const report = await client.pullDocument(uri);
      quick.push(performance.now() - t);
      if (!report.resultId?.startsWith(`${i + 2}`)) throw new Error(`stale result ${report.resultId} for version ${i + 2}`);
      if (report.resultId.includes('~quick') && i < 3) {
        await client.until(() => client.refreshes > refreshes, 'the full analysis', 300_000);
        full.push(performance.now() - t);
        await client.pullDocument(uri);
      } else if (!report.resultId.includes('~quick')) full.push(quick[quick.length - 1]);
      parses.push((await client.stats()).nlpParses - before);
    }
    const q = median(quick);
    rows.push({
      measure: `one-character edit, ${Math.round(bytes / 1000)} KB: fresh diagnostics (median of ${edits}, max ${ms(Math.max(...quick))})`,
      value: ms(q), baseline: `bare nlp ${ms(nlpMs)}`, ratio: `${(q / nlpMs).toFixed(3)}×`, budget: '50 ms',
      ratioBudget: `${(50 / (REFERENCE_NLP_200KB_MS * scale)).toFixed(3)}×`, ok: q / nlpMs <= 50 / (REFERENCE_NLP_200KB_MS * scale), okAbsolute: q <= 50,
    });
    rows.push({
      measure: `  then the full re-analysis (debounce 150 ms included; median of ${full.length})`,
      value: ms(median(full)), baseline: `bare nlp ${ms(nlpMs)}`, ratio: `${(median(full) / nlpMs).toFixed(2)}×`, budget: '—', ok: null,
    });
    rows.push({
      measure: '  compromise parses per edit on the main thread (max; full analyses run on a worker)', value: String(Math.max(...parses)), baseline: '', ratio: '', budget: '—', ok: null,
    });
    rows.push({
      measure: `  first analysis on open, ${Math.round(bytes / 1000)} KB`, value: ms(openMs), baseline: `bare nlp ${ms(nlpMs)}`,
      ratio: `${(openMs / nlpMs).toFixed(2)}×`, budget: '—', ok: null,
    });
  } catch (error) {
    throw new Error(`${String(error)}; server exit ${client.exitCode}: ${client.stderr.slice(-2000)}`);
  } finally {
    if (client.exitCode === null) await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  }
}

/** 200 KB of the PolNeAR dev texts joined in name order, as the reference parse was timed; null without the corpus. */
function referenceText(): string | null {
  const dir = path.join(__dirname, '..', '..', 'shared', 'corpus', 'polnear-dev', 'text');
  if (!existsSync(dir)) return null;
  let text = '';
  for (const name of readdirSync(dir).sort()) {
    text += `${readFileSync(path.join(dir, name), 'utf8')}\n\n`;
    if (text.length >= 200_000) break;
  }
  return text.length >= 200_000 ? text.slice(0, 200_000) : null;
}

async function scan(bigArticle: Generate): Promise<void> {
  const count = Math.round(1000 * scale);
  const root = mkdtempSync(path.join(tmpdir(), 'sourcelens-bench-'));
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    // Each file is filled to within a paragraph of 3,400 bytes: 3.05 MB in all, the "about 3 MB".
    const text = bigArticle(3400, { seed: 1000 + i });
    texts.push(text);
    writeFileSync(path.join(root, `doc${String(i).padStart(4, '0')}.news`), text);
  }
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const [, nlpMs] = timed(() => {
    for (const t of texts) nlp(t);
  });
  // The 15 s budget holds on the reference machine, where the 200 KB parse takes
  // REFERENCE_NLP_200KB_MS: the same parse timed here says how much faster or slower this one is
  // (this machine's bare parse of a thousand short files is no measure of the reference's). The
  // reference parsed 200 KB of the PolNeAR dev texts joined, with .json(); where that corpus is
  // not at hand, the generated 200 KB article stands in (it parses faster: 765 against 1,024 ms here).
  const reference = referenceText();
  const long = reference ?? bigArticle(Math.round(200_000 * scale), { seed: 8080 });
  const nlpLongMs = median([0, 1, 2].map(() => timed(() => nlp(long).json())[1]));
  const per200KbMs = reference ? nlpLongMs : nlpLongMs / scale;
  const budgetRatio = (15_000 * scale * per200KbMs) / REFERENCE_NLP_200KB_MS / nlpMs;
  const client = new RecordingClient();
  try {
    client.settings = { workspaceDiagnostics: false };
    await client.start(root, false);
    const pid = (client as unknown as { child: { pid: number } }).child.pid;
    let sampled = 0;
    const sampler = setInterval(() => void client.stats().then((s) => (sampled = Math.max(sampled, s.rss)), () => undefined), 250);
    const t = performance.now();
    const summary = await client.command<{ files: number; analysed: number; threads: boolean; failed: number }>('_sourcelens.scanWorkspace', {});
    const scanMs = performance.now() - t;
    clearInterval(sampler);
    const peak = peakRss(pid) ?? sampled;
    if (summary.analysed !== count) throw new Error(`scanned ${summary.analysed} of ${count} files (${summary.failed} failed)`);
    rows.push({
      measure: `scan ${count} documents (${(bytes / 1e6).toFixed(2)} MB), ${summary.threads ? 'worker threads' : 'one thread'}`,
      value: ms(scanMs), baseline: `bare nlp ${ms(nlpMs)} (1 core; 200 KB${reference ? ' PolNeAR' : ''}: ${ms(nlpLongMs)})`, ratio: `${(scanMs / nlpMs).toFixed(2)}×`, budget: '15 s',
      ratioBudget: `${budgetRatio.toFixed(2)}×`, ok: scanMs / nlpMs <= budgetRatio, okAbsolute: scanMs <= 15_000 * scale,
    });
    rows.push({
      measure: '  server peak RSS during the scan (workers included)', value: mb(peak), baseline: '', ratio: '', budget: '250 MB', ok: peak <= 250 * 1024 * 1024,
    });
  } finally {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  }
}

/** A news article of usual length, and a long one (the outline and lens answers grow with the document). */
async function features(): Promise<void> {
  const n = Math.max(100, Math.round(1000 * scale));
  for (const bytes of [Math.round(10_000 * scale), Math.round(200_000 * scale)]) {
    const summary = await measureFeatures(bytes, n);
    const base = summary.baseline;
    for (const row of summary.rows.filter((r) => ['hover', 'documentSymbol', 'codeLens'].includes(r.request))) {
      rows.push({
        measure: `${row.request} p99 of ${row.n}, ${Math.round(bytes / 1000)} KB analysed (p50 ${ms(row.p50)}, answer ${(row.bytes / 1024).toFixed(1)} KB)`,
        value: ms(row.p99), baseline: `no-op round trip p99 ${ms(base.p99)}`, ratio: `${(row.p99 / base.p99).toFixed(1)}×`, budget: '5 ms', ok: row.p99 <= 5,
      });
    }
  }
}

function engine(bigArticle: Generate): void {
  const [, coldMs] = timed(() => analyze(bigArticle(3000, { seed: 1 })));
  const docs = Array.from({ length: Math.round(100 * scale) }, (_, i) => bigArticle(10_000, { seed: 500 + i }));
  const bytes = docs.reduce((n, t) => n + Buffer.byteLength(t), 0);
  let engineMs = 0;
  let nlpMs = 0;
  let peak = process.memoryUsage().rss;
  for (const text of docs) {
    clearNlpCache();
    nlpMs += timed(() => nlp(text))[1];
    engineMs += timed(() => analyze(text))[1];
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  clearNlpCache();
  const per10 = engineMs / (bytes / 10_000);
  const ratio = engineMs / nlpMs;
  rows.push({
    measure: `engine: analyze() over ${docs.length} × 10 KB (${(bytes / 1024 / 1024).toFixed(2)} MB), per 10 KB`,
    value: ms(per10), baseline: `bare nlp ${ms(nlpMs / (bytes / 10_000))}`, ratio: `${ratio.toFixed(2)}×`, budget: '≤ 1.3×', ok: ratio <= 1.3,
  });
  rows.push({ measure: '  engine: peak RSS of the bench process', value: mb(peak), baseline: '', ratio: '', budget: '—', ok: null });
  rows.push({ measure: '  engine: first analysis in a fresh process (lexicon set-up)', value: ms(coldMs), baseline: '', ratio: '', budget: '—', ok: null });

  const small = bigArticle(Math.round(100_000 * scale), { seed: 77 });
  const large = bigArticle(Math.round(1_000_000 * scale), { seed: 78 });
  // A noisy machine skews single runs (one 100 KB analysis takes about a second): each side is the
  // median of 3, the runs alternating so that a slow spell of the machine falls on both.
  const smallRuns: number[] = [];
  const largeRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    clearNlpCache();
    smallRuns.push(timed(() => analyze(small))[1]);
    clearNlpCache();
    largeRuns.push(timed(() => analyze(large))[1]);
  }
  clearNlpCache();
  const smallMs = median(smallRuns);
  const largeMs = median(largeRuns);
  const growth = largeMs / smallMs;
  rows.push({
    measure: `engine linearity: one ${Math.round(large.length / 1000)} KB document vs one ${Math.round(small.length / 1000)} KB (medians of 3, alternating)`,
    value: `${ms(largeMs)} vs ${ms(smallMs)}`, baseline: `${(large.length / small.length).toFixed(1)}× the text`, ratio: `${growth.toFixed(1)}×`, budget: '≤ 11×', ok: growth <= 11,
  });

  // The document model on Markdown, whose marks (quotations, headings, emphasis, tables) are found
  // line by line: the same article as one 1 MB line and as a tenth of it.
  const marked = (text: string) => text.replace(/\b([A-Z][a-z]+ [A-Z][a-z]+)\b/g, '**$1**').replace(/\n\n/g, ' > _noted_ | ## ');
  const mdSmall = marked(small).replace(/\n/g, ' ');
  const mdLarge = marked(large).replace(/\n/g, ' ');
  const mdSmallMs = median([0, 1, 2].map(() => timed(() => parseDocument(mdSmall, { markdown: true }))[1]));
  const mdLargeMs = median([0, 1, 2].map(() => timed(() => parseDocument(mdLarge, { markdown: true }))[1]));
  rows.push({
    measure: `document model linearity, Markdown on one line: ${Math.round(mdLarge.length / 1000)} KB vs ${Math.round(mdSmall.length / 1000)} KB (medians of 3)`,
    value: `${ms(mdLargeMs)} vs ${ms(mdSmallMs)}`, baseline: `${(mdLarge.length / mdSmall.length).toFixed(1)}× the text`,
    ratio: `${(mdLargeMs / mdSmallMs).toFixed(1)}×`, budget: '≤ 11×', ok: mdLargeMs / mdSmallMs <= 11,
  });
}

function print(): void {
  const head: Row = { measure: 'measure', value: 'measured', baseline: 'baseline (same run)', ratio: 'ratio', budget: 'budget', ratioBudget: 'as a ratio', ok: null };
  const yes = (b: boolean | null | undefined) => (b === null || b === undefined ? '' : b ? 'yes' : 'NO');
  const cells = (r: Row) => [r.measure, r.value, r.baseline, r.ratio, r.budget, r.ratioBudget ?? (r.ok === null ? '' : r.budget),
    r === head ? 'ok (ratio)' : yes(r.ok), r === head ? 'ok (wall time here)' : yes(r.okAbsolute ?? r.ok)];
  const all = [head, ...rows].map(cells);
  const widths = all[0].map((_, i) => Math.max(...all.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(all[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of all.slice(1)) console.log(line(c));
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
}

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: path.join(__dirname, '..'), stdio: 'ignore' });
  if (build.status !== 0) throw new Error('npm run build failed');
  const modulePath = '../test/fixtures/generate.mjs';
  const { bigArticle } = (await import(modulePath)) as { bigArticle: Generate };
  nlp('Warm up compromise before any baseline is timed.');
  console.log(`Sourcelens bench (scale ${scale}), node ${process.version}, ${new Date().toISOString()}`);
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  if (!only || only === 'keystroke') await keystroke(bigArticle);
  if (!only || only === 'scan') await scan(bigArticle);
  if (!only || only === 'features') await features();
  if (!only || only === 'engine') engine(bigArticle);
  print();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
