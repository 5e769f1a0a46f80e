/**
 * The timeline webview in a real VS Code: one panel for the fixture article, its events in
 * chronological order in the real DOM, a click and the keyboard moving the editor's selection
 * to the event's sentence, light and dark screenshots, and 5,000 events rendered in the
 * webview. The DOM is reached through test/e2e/run.mjs (WEBVIEW:<id>:<json> log lines, answered
 * by Playwright in the webview's frame); under test-electron those tests are skipped.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { REPO_ROOT, activeExtension, log, screenshot, waitFor, waitForSourcelensDiagnostics, workspaceRoot } from './helpers';

const WEBVIEW_DIR = process.env.SOURCELENS_E2E_WEBVIEW_DIR;
const VIEW_TYPE = 'sourcelens.timeline';

interface DomNode {
  text: string;
  attrs: Record<string, string>;
  focused: boolean;
}

interface WebviewRequest {
  selector: string;
  action: 'query' | 'click' | 'press' | 'evaluate';
  key?: string;
  expression?: string;
  timeoutMs?: number;
}

let requestCount = 0;

/** Asks the runner to act in the webview frame that holds `selector`, and waits for its answer. */
async function webview<T = unknown>(request: WebviewRequest, timeoutMs = 30_000): Promise<T> {
  if (!WEBVIEW_DIR) throw new Error('no webview access (not under test/e2e/run.mjs)');
  const id = `timeline-${process.pid}-${++requestCount}`;
  const file = path.join(WEBVIEW_DIR, `${id}.json`);
  log(`WEBVIEW:${id}:${JSON.stringify(request)}`);
  await waitFor(() => fs.existsSync(file), timeoutMs, `the runner's answer to ${request.action} '${request.selector}'`, 50);
  const answer = JSON.parse(fs.readFileSync(file, 'utf8')) as { ok: boolean; value?: T; error?: string };
  if (!answer.ok) throw new Error(`webview ${request.action} '${request.selector}': ${answer.error}`);
  return answer.value as T;
}

const query = (selector: string) => webview<DomNode[]>({ selector, action: 'query' });

/** The first day a TIMEX3 value stands for, as a sortable string (mirrors compareTimex in the server). */
function timexStart(v: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return `${m[1]}-${String((+m[2]! - 1) * 3 + 1).padStart(2, '0')}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) return `${m[1]}-${({ WI: '01', SP: '03', SU: '06', FA: '09' } as Record<string, string>)[m[2]!]}`;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) return new Date(Date.UTC(+m[1]!, 0, 4 + (+m[2]! - 1) * 7)).toISOString().slice(0, 10);
  if ((m = /^(\d{4})-H([12])$/.exec(v))) return `${m[1]}-${m[2] === '1' ? '01' : '07'}`;
  if (/^\d{3}$/.test(v)) return `${v}0`;
  if (/^\d{2}$/.test(v)) return `${v}00`;
  return v;
}

function timelineTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(VIEW_TYPE));
}

function parseRange(attr: string): vscode.Range {
  const m = /^(\d+):(\d+)-(\d+):(\d+)$/.exec(attr);
  assert.ok(m, `bad data-range '${attr}'`);
  return new vscode.Range(+m[1]!, +m[2]!, +m[3]!, +m[4]!);
}

function editorFor(uri: vscode.Uri): vscode.TextEditor | undefined {
  return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
}

/** Waits until the editor of `uri` selects exactly `range`. */
async function waitForSelection(uri: vscode.Uri, range: vscode.Range, what: string): Promise<vscode.TextEditor> {
  return waitFor(() => {
    const editor = editorFor(uri);
    return editor && editor.selection.isEqual(new vscode.Selection(range.start, range.end)) ? editor : undefined;
  }, 15_000, what);
}

async function setTheme(theme: string, bodyClass: string): Promise<void> {
  await vscode.workspace.getConfiguration('workbench').update('colorTheme', theme, vscode.ConfigurationTarget.Global);
  await webview({ selector: `body.${bodyClass} #list`, action: 'query', timeoutMs: 20_000 });
}

describe('Timeline webview', function () {
  this.timeout(120_000);
  let doc: vscode.TextDocument;
  let rows: DomNode[] = [];

  before(async function () {
    const file = path.join(workspaceRoot(), 'northwind-venture.news');
    doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
    await activeExtension(30_000);
    await waitForSourcelensDiagnostics(doc.uri, 60_000);
  });

  after(async function () {
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
  });

  it('opens one timeline panel, and reopens it instead of adding another', async function () {
    await vscode.commands.executeCommand('sourcelens.openTimeline');
    await waitFor(() => timelineTabs().length === 1, 15_000, 'a timeline tab');
    await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('sourcelens.openTimeline');
    await waitFor(() => timelineTabs()[0]?.isActive, 15_000, 'the timeline tab to be active again');
    assert.equal(timelineTabs().length, 1, 'the second open reused the panel');
  });

  it('shows the events of the article in chronological order', async function () {
    if (!WEBVIEW_DIR) this.skip();
    rows = await waitFor(async () => {
      const found = await query('.row.event');
      return found.length >= 3 ? found : undefined;
    }, 30_000, 'event rows in the timeline');
    const count = (await query('#count'))[0]?.text ?? '';
    log(`e2e: timeline shows ${rows.length} event rows in the DOM; count says '${count}'`);
    const byOrdinal = [...rows].sort((a, b) => Number(a.attrs['data-ordinal']) - Number(b.attrs['data-ordinal']));
    const dates = byOrdinal.map((r) => r.attrs['data-date']!);
    log(`e2e: dates ${dates.join(', ')}`);
    for (let i = 1; i < dates.length; i++) {
      assert.ok(timexStart(dates[i - 1]!) <= timexStart(dates[i]!), `${dates[i - 1]} comes before ${dates[i]}`);
    }
    // Rows stack downwards in the same order.
    const tops = byOrdinal.map((r) => Number(/translateY\(([\d.]+)px\)/.exec(r.attrs.style ?? '')?.[1]));
    for (let i = 1; i < tops.length; i++) assert.ok(tops[i]! > tops[i - 1]!, 'rows are laid out top to bottom');
    for (const r of rows) {
      assert.equal(r.attrs['data-uri'], doc.uri.toString());
      assert.equal(r.attrs.role, 'option');
      assert.match(r.attrs.class ?? '', /\bs[0-5]\b/, 'a strength class');
    }
    assert.ok((await query('.row.year')).length >= 1, 'year headers');
    assert.ok((await query('.row.period')).length >= 1, 'month headers');
    assert.ok((await query('#list[role="listbox"]')).length === 1);
  });

  it('runs under a strict content security policy, with nothing inline', async function () {
    if (!WEBVIEW_DIR) this.skip();
    // VS Code itself injects one style element (#_defaultStyles) with the theme's variables.
    const page = await webview<{ csp: string; scripts: { src: string; nonce: string }[]; inlineStyles: number; links: string[] }>({
      selector: '#list',
      action: 'evaluate',
      expression: `({
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
        scripts: [...document.scripts].map((s) => ({ src: s.src, nonce: s.nonce })),
        inlineStyles: document.querySelectorAll('style:not([nonce]):not(#_defaultStyles)').length,
        links: [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.href),
      })`,
    });
    log(`e2e: webview CSP '${page.csp}'`);
    const m = /^default-src 'none'; script-src 'nonce-([A-Za-z0-9+/=]{22,})'; style-src ([^;]+?) 'nonce-\1';$/.exec(page.csp);
    assert.ok(m, `CSP is strict: ${page.csp}`);
    assert.ok(!/unsafe-|\*(?!\.vscode-cdn\.net)|data:|https?:\/\/(?!\*\.vscode-cdn\.net)/.test(page.csp), `no unsafe, wildcard or remote sources: ${page.csp}`);
    const ours = page.scripts.filter((s) => /\/dist\/webview\.js/.test(s.src));
    assert.equal(ours.length, 1, 'our bundle is loaded from dist/');
    assert.equal(page.inlineStyles, 0);
    for (const href of [...page.links, ...ours.map((s) => s.src)]) assert.ok(!/^https?:\/\/(?!127\.0\.0\.1|localhost)/.test(href) || href.includes('vscode-cdn') || href.includes('vscode-resource'), `local resource: ${href}`);
  });

  it('a click on an event selects its sentence in the editor', async function () {
    if (!WEBVIEW_DIR) this.skip();
    const target = rows.find((r) => Number(r.attrs['data-ordinal']) === 2) ?? rows[0]!;
    const range = parseRange(target.attrs['data-range']!);
    await webview({ selector: `.row.event[data-ordinal="${target.attrs['data-ordinal']}"]`, action: 'click' });
    const editor = await waitForSelection(doc.uri, range, `the selection to move to ${target.attrs['data-range']}`);
    const selected = editor.document.getText(editor.selection);
    log(`e2e: clicked '${target.text.slice(0, 80)}…' → selected '${selected.slice(0, 100)}'`);
    assert.ok(selected.length > 10, 'a sentence is selected');
    const words = (target.attrs['aria-label'] ?? '').split(': ').slice(1).join(': ').split(/[.…]\s/)[0]!
      .split(/\s+/).filter((w) => /^[\p{L}]{4,}$/u.test(w));
    const found = words.filter((w) => selected.toLowerCase().includes(w.toLowerCase()));
    assert.ok(found.length >= Math.min(2, words.length), `the selected sentence contains the summary's words (${found.join(', ')} of ${words.join(', ')})`);
  });

  it('is usable with the keyboard: arrows move, Enter reveals', async function () {
    if (!WEBVIEW_DIR) this.skip();
    await webview({ selector: '#list', action: 'press', key: 'ArrowDown' });
    const active = await waitFor(async () => {
      const found = await query('.row.event.active');
      return found.length === 1 ? found[0] : undefined;
    }, 10_000, 'an active row');
    assert.equal(active.attrs['aria-selected'], 'true');
    const list = (await query('#list'))[0]!;
    assert.equal(list.attrs['aria-activedescendant'], active.attrs.id, 'the listbox points at the active option');
    await webview({ selector: '#list', action: 'press', key: 'Enter' });
    await waitForSelection(doc.uri, parseRange(active.attrs['data-range']!), 'Enter to select the active event');
  });

  it('follows the theme (screenshots in light and dark)', async function () {
    if (!WEBVIEW_DIR) this.skip();
    await vscode.commands.executeCommand('sourcelens.openTimeline');
    await setTheme('Default Light Modern', 'vscode-light');
    await webview({ selector: '#list', action: 'press', key: 'ArrowDown' });
    const light = await screenshot('timeline-light');
    await setTheme('Default Dark Modern', 'vscode-dark');
    const dark = await screenshot('timeline-dark');
    await setTheme('Default High Contrast', 'vscode-high-contrast');
    const hc = await screenshot('timeline-high-contrast');
    log(`e2e: screenshots ${[light, dark, hc].filter(Boolean).join(', ')}`);
    await setTheme('Default Dark Modern', 'vscode-dark');
  });

  it('renders 5,000 events with only the visible rows in the DOM', async function () {
    if (!WEBVIEW_DIR) this.skip();
    const result = await webview<{ renderMs: number; phases: string; idleFrameMs: number; windowMsMax: number; windowMsAvg: number; firstPaintMs: number; domRows: number; events: number; scrollFrames: number; scrollMs: number; maxDomRows: number; count: string }>({
      selector: '#list',
      action: 'evaluate',
      expression: `(async () => {
        const events = [];
        for (let i = 0; i < 5000; i++) {
          const year = 1990 + (i % 40);
          const month = String((i % 12) + 1).padStart(2, '0');
          const day = String((i % 28) + 1).padStart(2, '0');
          const date = i % 5 === 0 ? String(year) : i % 5 === 1 ? year + '-' + month : year + '-' + month + '-' + day;
          events.push({ id: 'synthetic#' + i, uri: 'file:///synthetic/doc' + (i % 20) + '.news', title: 'Synthetic ' + (i % 20),
            date, mod: i % 9 === 0 ? 'APPROX' : null, precision: 'day',
            range: { start: { line: i, character: 0 }, end: { line: i, character: 40 } },
            summary: 'Synthetic event number ' + i + ' with a summary long enough to fill the row', entities: ['Entity ' + (i % 30)], strength: i % 6 });
        }
        events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        const list = document.getElementById('list');
        const t0 = performance.now();
        window.postMessage({ type: 'events', scope: 'document', title: 'Synthetic 5,000', documents: [], events }, '*');
        await new Promise((r) => { const check = () => (document.body.dataset.renderMs && document.getElementById('count').textContent.startsWith('5000') ? r() : setTimeout(check, 0)); check(); });
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const firstPaintMs = performance.now() - t0;
        const domRows = list.querySelectorAll('.row').length;
        let maxDomRows = domRows;
        const tIdle = performance.now();
        for (let i = 0; i < 30; i++) await new Promise((r) => requestAnimationFrame(() => r()));
        const idleFrameMs = (performance.now() - tIdle) / 30;
        const t1 = performance.now();
        let frames = 0;
        let windowMsMax = 0;
        let windowMsSum = 0;
        for (let i = 0; i < 120; i++) {
          list.scrollTop += 1500;
          await new Promise((r) => requestAnimationFrame(() => r()));
          await new Promise((r) => requestAnimationFrame(() => r()));
          frames++;
          const w = Number(list.dataset.windowMs || 0);
          windowMsMax = Math.max(windowMsMax, w);
          windowMsSum += w;
          maxDomRows = Math.max(maxDomRows, list.querySelectorAll('.row').length);
        }
        const scrollMs = performance.now() - t1;
        list.scrollTop = 0;
        return { renderMs: Number(document.body.dataset.renderMs), phases: document.body.dataset.renderPhases, idleFrameMs, windowMsMax, windowMsAvg: windowMsSum / frames, firstPaintMs, domRows, events: events.length, scrollFrames: frames, scrollMs, maxDomRows,
          count: document.getElementById('count').textContent };
      })()`,
    }, 60_000);
    log(`e2e: 5,000 events: render ${result.renderMs.toFixed(1)} ms [${result.phases}] (message to painted ${result.firstPaintMs.toFixed(1)} ms), `
      + `${result.domRows} rows in the DOM; ${result.scrollFrames} scroll steps of 1500px in ${result.scrollMs.toFixed(1)} ms, `
      + `windowed draw ${result.windowMsAvg.toFixed(2)} ms avg / ${result.windowMsMax.toFixed(2)} ms max per step, at most ${result.maxDomRows} rows; `
      + `idle frame interval ${result.idleFrameMs.toFixed(1)} ms (machine load ${os.loadavg()[0]!.toFixed(1)}); count '${result.count}'`);
    assert.equal(result.count, '5000 events');
    assert.ok(result.domRows < 80, `${result.domRows} rows in the DOM`);
    assert.ok(result.maxDomRows < 80, `${result.maxDomRows} rows in the DOM while scrolling`);
    await screenshot('timeline-5000');
  });

  it('switches to the whole workspace', async function () {
    if (!WEBVIEW_DIR) this.skip();
    await webview({ selector: '#scope-workspace', action: 'click' });
    const sources = await waitFor(async () => {
      const found = await query('.row.event');
      if (found.length === 0 || found.some((r) => r.attrs['data-id']?.startsWith('synthetic'))) return undefined;
      const options = (await query('#filter-source option')).filter((o) => o.attrs.value);
      return options.length >= 2 ? options : undefined;
    }, 30_000, 'a workspace timeline with more than one source');
    const pressed = (await query('#scope-workspace'))[0]!.attrs['aria-pressed'];
    assert.equal(pressed, 'true');
    log(`e2e: workspace timeline sources: ${sources.map((o) => o.text).join('; ')}`);
    await screenshot('timeline-workspace');
  });
  it('updates live when the document changes', async function () {
    if (!WEBVIEW_DIR) this.skip();
    await webview({ selector: '#scope-document', action: 'click' });
    await waitFor(async () => (await query('#scope-document[aria-pressed="true"]')).length === 1, 15_000, 'document scope');
    await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    const added = '\n\nNorthwind opened a battery test laboratory in Ann Arbor on March 5, 2021, the company said.\n';
    const insert = new vscode.WorkspaceEdit();
    insert.insert(doc.uri, end, added);
    assert.ok(await vscode.workspace.applyEdit(insert));
    try {
      const row = await waitFor(async () => {
        const found = await query('.row.event[data-date="2021-03-05"]');
        return found[0];
      }, 30_000, 'a row for the new 2021-03-05 event');
      log(`e2e: live update added '${row.text.slice(0, 80)}'`);
    } finally {
      const at = doc.getText().lastIndexOf(added);
      const remove = new vscode.WorkspaceEdit();
      remove.delete(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + added.length)));
      const applied = await vscode.workspace.applyEdit(remove);
      if (!applied || doc.getText().includes('Ann Arbor')) {
        log(`e2e: undo edit at ${at} applied=${applied}; tail ${JSON.stringify(doc.getText().slice(-200))}`);
      }
    }
    assert.ok(!doc.getText().includes('Ann Arbor'), 'the edit was undone');
    const countNew = () => webview<number>({ selector: '#list', action: 'evaluate', expression: `document.querySelectorAll('.row.event[data-date="2021-03-05"]').length` });
    await waitFor(async () => (await countNew()) === 0, 30_000, 'the row to go after the edit is undone');
    await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('exports events as CSV and TimelineJS, entities as CSV, findings as SARIF and annotations as JSON-LD', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-export-'));
    const csvFile = path.join(dir, 'events.csv');
    const jsonFile = path.join(dir, 'timeline.json');
    const entitiesFile = path.join(dir, 'entities.csv');
    const args = (target: string) => ({ scope: 'document', uri: doc.uri.toString(), target });
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('sourcelens.exportEventsCsv', args(csvFile));
    assert.equal(written?.fsPath, csvFile);
    await vscode.commands.executeCommand('sourcelens.exportTimelineJs', args(jsonFile));
    await vscode.commands.executeCommand('sourcelens.exportEntitiesCsv', args(entitiesFile));
    const csv = fs.readFileSync(csvFile, 'utf8');
    const records = csv.split('\r\n').filter(Boolean);
    assert.match(records[0]!, /^date,date_label,precision,modifier,approximate,summary,entities,strength,/);
    const timeline = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as { events: { start_date: { year: number }; text: { headline: string }; group: string }[] };
    assert.ok(timeline.events.length >= 3);
    assert.ok(records.length - 1 >= timeline.events.length, 'every placeable event is in both');
    for (const e of timeline.events) {
      assert.equal(typeof e.start_date.year, 'number');
      assert.ok(e.text.headline.length > 0);
    }
    const entities = fs.readFileSync(entitiesFile, 'utf8').split('\r\n').filter(Boolean);
    assert.match(entities[0]!, /^name,type,aliases,role,mentions,/);
    assert.ok(entities.some((line) => line.startsWith('Northwind Motors,organization')), 'Northwind Motors is exported');
    // The document's findings as SARIF and everything found as Web Annotations, as the palette commands write them.
    const sarifFile = path.join(dir, 'findings.sarif');
    const annotationsFile = path.join(dir, 'annotations.jsonld');
    await vscode.commands.executeCommand('sourcelens.exportSarif', { uri: doc.uri.toString(), target: sarifFile });
    await vscode.commands.executeCommand('sourcelens.exportAnnotations', { uri: doc.uri.toString(), target: annotationsFile });
    const sarif = JSON.parse(fs.readFileSync(sarifFile, 'utf8')) as { version: string; runs: Array<{ results: Array<{ ruleId: string }> }> };
    assert.equal(sarif.version, '2.1.0');
    const codes = new Set(vscode.languages.getDiagnostics(doc.uri).map((d) => String(typeof d.code === 'object' ? d.code.value : d.code)));
    assert.ok(sarif.runs[0]!.results.length > 0 && sarif.runs[0]!.results.every((r) => codes.has(r.ruleId)), 'the findings are those of the Problems panel');
    const collection = JSON.parse(fs.readFileSync(annotationsFile, 'utf8')) as { type: string; total: number };
    assert.equal(collection.type, 'AnnotationCollection');
    assert.ok(collection.total > entities.length - 1, 'entity mentions, dates, cues and findings are annotated');
    log(`e2e: exported ${records.length - 1} events (CSV), ${timeline.events.length} (TimelineJS), ${entities.length - 1} entities, ${sarif.runs[0]!.results.length} findings (SARIF), ${collection.total} annotations to ${dir}`);
  });
  it("binds Open Timeline to keys VS Code's defaults leave free", async function () {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      contributes: { keybindings?: { command: string; key: string; mac?: string }[] };
    };
    const ours = (pkg.contributes.keybindings ?? []).filter((k) => k.command.startsWith('sourcelens.'));
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    const defaults = await waitFor(() => {
      const d = vscode.window.activeTextEditor?.document;
      return d && /keybindings\.json$/.test(d.uri.path) && d.getText().length > 1000 ? d.getText() : undefined;
    }, 20_000, 'the default keybindings');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    // The file lists every contributed binding too: leave ours out.
    const normalize = (k: string) => k.toLowerCase().split(' ').map((chord) => chord.split('+').sort().join('+')).join(' ');
    const taken = new Map<string, string>();
    for (const m of defaults.matchAll(/"key":\s*"([^"]+)",\s*"command":\s*"([^"]+)"/g)) {
      if (!m[2]!.startsWith('sourcelens.')) taken.set(normalize(m[1]!), m[2]!);
    }
    log(`e2e: ${taken.size} default key combinations; ours: ${ours.map((k) => `${k.key} (${k.command})`).join(', ')}`);
    const timeline = ours.find((k) => k.command === 'sourcelens.openTimeline');
    assert.ok(timeline, 'sourcelens.openTimeline has a keybinding');
    for (const k of ours) assert.ok(!taken.has(normalize(k.key)), `${k.key} (${k.command}) is taken by ${taken.get(normalize(k.key))}`);
  });
});
