import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isStaleError, type AnalysisService, type DocumentInfo } from '../analysisService';
import type { IndexedDocument, WorkspaceIndex } from '../featureContext';
import { uriToPath, type ProjectStore } from '../ignores/project';
import type { Settings } from '../settings';
import { globToRegExp, sourceLanguage } from './glob';
import type { ScanPool } from './pool';
import { reportOf, StoredReport, type FileReport } from './summary';
import type { ScanSummary } from '../protocol';

/** What the index keeps of one closed file. */
export interface IndexEntry {
  report: StoredReport;
  /** Changes whenever the report does: the `resultId` of workspace pull diagnostics. */
  resultId: string;
  path: string;
  languageId: string;
  mtimeMs: number;
  /** Settings, ignores and known names the report was made under; a change means analysing again. */
  signature: string;
}


interface SourceFile {
  uri: string;
  path: string;
  languageId: string;
}

const MAX_FILES = 20_000;

/**
 * Every source document of the workspace folders, analysed once and kept up to date: closed
 * files are read from disk and analysed on the scan pool; open documents come from the
 * analysis service (their unsaved text). Keeps reports (ranges, names, diagnostics), never parses.
 */
export class WorkspaceIndexImpl implements WorkspaceIndex {
  private roots: string[] = [];
  private readonly entries = new Map<string, IndexEntry>();
  /** Files that left the index, with the resultId of their (empty) last report, for workspace pulls. */
  private readonly removed = new Map<string, string>();
  private readonly listeners = new Set<(uris: string[]) => void>();
  private scanning: Promise<ScanSummary> | null = null;
  private scannedOnce = false;
  private seq = 0;
  private pendingUris: string[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documentsOpen: TextDocuments<TextDocument>,
    private readonly service: AnalysisService,
    private readonly project: ProjectStore,
    private readonly pool: ScanPool,
  ) {}

  setRoots(roots: string[]): void {
    this.roots = roots;
  }

  /** Summaries of every indexed document, open ones from their current text. */
  async documents(): Promise<IndexedDocument[]> {
    await this.ensureScanned(true);
    const out: IndexedDocument[] = [];
    for (const [uri, entry] of this.entries) if (!this.documentsOpen.get(uri)) out.push(entry.report);
    for (const document of this.documentsOpen.all()) {
      try {
        out.push(openReport(await this.service.get(document)));
      } catch (error) {
        const entry = this.entries.get(document.uri);
        if (entry && isStaleError(error)) out.push(entry.report);
      }
    }
    return out;
  }

  onDidChange(listener: () => void): { dispose(): void } {
    return this.onDidUpdate(() => listener());
  }

  /** Like onDidChange, with the URIs whose reports changed (or left the index). */
  onDidUpdate(listener: (uris: string[]) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Resolves after the next update, when `token` is cancelled, or after `timeoutMs`. */
  nextUpdate(token: CancellationToken, timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        sub.dispose();
        cancel.dispose();
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      const sub = this.onDidUpdate(done);
      const cancel = token.onCancellationRequested(done);
    });
  }

  entry(uri: string): IndexEntry | undefined {
    return this.entries.get(uri);
  }

  /** Closed files of the index (open ones are reported by document pulls or pushes). */
  closedEntries(): Array<[string, IndexEntry]> {
    return [...this.entries].filter(([uri]) => !this.documentsOpen.get(uri));
  }

  removedEntries(): Map<string, string> {
    return this.removed;
  }

  get hasScanned(): boolean {
    return this.scannedOnce;
  }

  /** Starts the first scan if none ran yet (when the setting allows, or `always`); resolves when it is done. */
  async ensureScanned(always = false): Promise<void> {
    if (this.scannedOnce && !this.scanning) return;
    if (!this.scanning) {
      if (!always && !(await this.wantsScan())) return;
      void this.scan(false);
    }
    await this.scanning;
  }

  private async wantsScan(): Promise<boolean> {
    for (const root of this.roots) {
      if ((await this.service.settingsFor(pathToFileURL(root).toString())).workspaceDiagnostics) return true;
    }
    return false;
  }

  /**
   * Finds every source file of the workspace folders and analyses those that are closed and
   * changed since the last scan, on the worker pool. With `progress`, reports "N/M files"
   * through a server-created work-done progress that the user can cancel.
   */
  scan(progress: boolean, token?: CancellationToken): Promise<ScanSummary> {
    if (this.scanning) return this.scanning;
    const run = this.runScan(progress, token).finally(() => {
      this.scannedOnce = true;
      this.scanning = null;
    });
    this.scanning = run;
    return run;
  }

  private async runScan(withProgress: boolean, token?: CancellationToken): Promise<ScanSummary> {
    const started = Date.now();
    const summary: ScanSummary = {
      files: 0, analysed: 0, unchanged: 0, open: 0, refused: 0, failed: 0, diagnostics: 0, orphanedIgnores: 0,
      cancelled: false, ms: 0, threads: this.pool.usesThreads,
    };
    const files: SourceFile[] = [];
    for (const root of this.roots) {
      const settings = await this.service.settingsFor(pathToFileURL(root).toString());
      await listSources(root, settings, files);
    }
    summary.files = files.length;
    const reporter = withProgress ? await this.connection.window.createWorkDoneProgress() : null;
    reporter?.begin('Sourcelens: scanning the workspace', 0, `0/${files.length} files`, true);
    const isCancelled = () => !!token?.isCancellationRequested || !!reporter?.token.isCancellationRequested;
    let done = 0;
    let lastReport = 0;
    const report = () => {
      done++;
      const now = Date.now();
      if (reporter && (now - lastReport >= 100 || done === files.length)) {
        lastReport = now;
        reporter.report(Math.floor((done / Math.max(1, files.length)) * 100), `${done}/${files.length} files`);
      }
    };
    const seen = new Set(files.map((f) => f.uri));
    const inFlight = new Set<Promise<void>>();
    const limit = this.pool.size * 2;
    for (const file of files) {
      if (isCancelled()) {
        summary.cancelled = true;
        break;
      }
      const job = this.analyseFile(file, summary).then(report);
      inFlight.add(job);
      void job.finally(() => inFlight.delete(job));
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (!summary.cancelled) {
      for (const uri of [...this.entries.keys()]) {
        if (!seen.has(uri)) this.remove(uri);
      }
    }
    for (const [, entry] of this.closedEntries()) {
      summary.diagnostics += entry.report.diagnosticCount;
      summary.orphanedIgnores += entry.report.orphanedIgnores;
    }
    summary.ms = Date.now() - started;
    reporter?.done();
    this.flush();
    return summary;
  }

  /** Analyses one closed file if it changed (or its settings, ignores or known names did). */
  private async analyseFile(file: SourceFile, summary?: ScanSummary): Promise<void> {
    if (this.documentsOpen.get(file.uri)) {
      if (summary) summary.open++;
      return;
    }
    let stat;
    try {
      stat = await fs.stat(file.path);
    } catch {
      this.remove(file.uri);
      return;
    }
    const settings = await this.service.settingsFor(file.uri);
    const knownNames = this.project.knownNamesFor(file.uri);
    const ignores = this.project.ignoresFor(file.uri);
    const signature = JSON.stringify([settings, knownNames, ignores, file.languageId]);
    const previous = this.entries.get(file.uri);
    if (summary && previous && previous.mtimeMs === stat.mtimeMs && previous.report.size >= 0 && previous.signature === signature) {
      summary.unchanged++;
      return;
    }
    const outcome = await this.pool.run({ id: ++this.seq, uri: file.uri, path: file.path, languageId: file.languageId, settings, knownNames, ignores });
    if (this.documentsOpen.get(file.uri)) return;
    if (!outcome.report) {
      if (summary) summary.failed++;
      this.connection.console.error(`Sourcelens could not analyse ${file.uri}: ${outcome.error}`);
      return;
    }
    if (summary) {
      summary.analysed++;
      if (outcome.report.refused) summary.refused++;
    }
    this.removed.delete(file.uri);
    this.entries.set(file.uri, {
      report: new StoredReport(outcome.report), resultId: `w${++this.seq}`, path: file.path, languageId: file.languageId,
      mtimeMs: outcome.mtimeMs ?? stat.mtimeMs, signature,
    });
    this.changed(file.uri);
  }

  /**
   * Analyses one file again from disk (it changed there, or its editor closed and its unsaved
   * text is gone). Files that are not sources are ignored; files that vanished leave the index.
   */
  async refresh(uri: string): Promise<void> {
    // Closed files are analysed only once the workspace is (the setting, or the scan command).
    if (!this.scannedOnce && !this.scanning && !this.entries.has(uri)) return;
    const file = await this.sourceFile(uri);
    if (!file) {
      if (this.entries.has(uri)) this.remove(uri);
      return;
    }
    const previous = this.entries.get(uri);
    if (previous) previous.mtimeMs = -1;
    await this.analyseFile(file);
  }

  /** Analyses again every closed file whose settings, ignores or known names changed. */
  async refreshAll(): Promise<void> {
    if (!this.scannedOnce && !this.scanning) return;
    await this.scanning;
    await this.scan(false);
  }

  private async sourceFile(uri: string): Promise<SourceFile | undefined> {
    const file = uriToPath(uri);
    if (!file) return undefined;
    const root = this.roots.filter((r) => !path.relative(r, file).startsWith('..')).sort((a, b) => b.length - a.length)[0];
    if (!root) return undefined;
    try {
      if (!(await fs.stat(file)).isFile()) return undefined;
    } catch {
      return undefined;
    }
    const settings = await this.service.settingsFor(pathToFileURL(root).toString());
    const relative = path.relative(root, file).split(path.sep).join('/');
    if (globToRegExp(settings.exclude).test(relative)) return undefined;
    const languageId = sourceLanguage(relative, settings);
    return languageId ? { uri, path: file, languageId } : undefined;
  }

  remove(uri: string): void {
    if (!this.entries.delete(uri)) return;
    this.removed.set(uri, `w${++this.seq}`);
    this.changed(uri);
  }

  /** Records that an open document's diagnostics changed (for workspace pulls that wait). */
  touch(uri: string): void {
    this.changed(uri);
  }

  private changed(uri: string): void {
    this.pendingUris.push(uri);
    if (!this.flushTimer) this.flushTimer = setTimeout(() => this.flush(), 100);
  }

  private flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const uris = [...new Set(this.pendingUris.splice(0))];
    if (!uris.length) return;
    for (const l of this.listeners) l(uris);
  }
}

const openReports = new WeakMap<DocumentInfo, FileReport>();

/** The report of an open document's analysed version, made once per version. */
function openReport(info: DocumentInfo): FileReport {
  let report = openReports.get(info);
  if (!report) openReports.set(info, (report = reportOf(info)));
  return report;
}

/** Walks a workspace folder for source files (skipping `exclude`d paths), appending to `out`. */
export async function listSources(root: string, settings: Settings, out: SourceFile[]): Promise<void> {
  const exclude = globToRegExp(settings.exclude);
  const include = globToRegExp(settings.include);
  const walk = async (dir: string, relDir: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (out.length >= MAX_FILES) return;
      const relative = relDir ? `${relDir}/${e.name}` : e.name;
      if (exclude.test(relative)) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full, relative);
      else if (e.isFile()) {
        const languageId = sourceLanguage(relative, settings, include);
        if (languageId) out.push({ uri: pathToFileURL(full).toString(), path: full, languageId });
      }
    }
  };
  await walk(root, '');
}
