import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from './core/analyze';
import { checkInput, type InputRefusal } from './core/inputCheck';
import type { Analysis, AnalysisOptions, KnownName } from './core/types';
import type { FileIgnores } from './ignores/apply';
import { normalizeSettings, type Settings } from './settings';
import type { AnalysisThread } from './workspace/analysisThread';
import { pretag, StaleAnalysisError } from './workspace/incremental';
import { quickAnalysis } from './workspace/quickDiagnostics';

/** One document version's analysis, shared by every feature. */
export interface DocumentInfo {
  uri: string;
  version: number;
  /** A snapshot of the analysed version (the live document moves on with edits). */
  document: TextDocument;
  settings: Settings;
  analysis: Analysis | null;
  refusal: InputRefusal | null;
  /** The ignores of this file when it was analysed (`.sourcelens/ignores.json`). */
  ignores?: FileIgnores | null;
  /** Names this result for pull diagnostics: the version plus the settings and project generation. */
  resultId?: string;
  /**
   * True for a quick result (diagnostics only: the previous full analysis plus the edited
   * paragraphs, see workspace/quickDiagnostics.ts); the full analysis follows.
   */
  partial?: boolean;
}

/** Project data kept beside the sources (see ignores/project.ts). */
export interface ProjectData {
  epoch: number;
  knownNamesFor(uri: string): KnownName[];
  ignoresFor(uri: string): FileIgnores | null;
}

/** Environment the service needs from outside the core (file times, for the anchor). */
export interface ServiceHost {
  /** Modification date of a file URI as `YYYY-MM-DD`, or undefined. */
  fileDate(uri: string): string | undefined;
}

/** Counters of the analysis of open documents (the `sourcelens/stats` request). */
export interface AnalysisStats {
  started: number;
  completed: number;
  cancelled: number;
}

interface Running {
  version: number;
  generation: string;
  promise: Promise<DocumentInfo>;
}

/** How long after the first analysis the server thread sets up its own parser (see prepareQuick). */
const QUICK_SETUP_DELAY_MS = 1500;

const NO_PROJECT: ProjectData = { epoch: 0, knownNamesFor: () => [], ignoresFor: () => null };

/** The analysis options of a text under settings and project data (shared with the workspace scanner). */
export function analysisOptions(uri: string, languageId: string, settings: Settings, host: ServiceHost, knownNames: KnownName[]): AnalysisOptions {
  let published: string | null = /^\d{4}-\d{2}-\d{2}$/.test(settings.publishedDate) ? settings.publishedDate : null;
  let publishedSource: 'option' | 'file-time' = 'option';
  if (!published && settings.useFileTimeAsPublished) {
    published = host.fileDate(uri) ?? null;
    publishedSource = 'file-time';
  }
  const markdown = languageId === 'markdown' || /\.(md|markdown)$/i.test(uri);
  const options: AnalysisOptions = { published, publishedSource, markdown };
  if (knownNames.length) options.knownNames = knownNames;
  return options;
}

/**
 * Computes the analysis once per document version and hands the same result to every
 * feature. Full analyses run on the analysis thread (or, without its bundle, here with the
 * compromise parses in slices across event-loop turns), so a newer edit (or closing the
 * document) drops a running analysis; only changed paragraphs are parsed again.
 * Settings are read per resource from the client and cached until they change.
 */
export class AnalysisService {
  private readonly infos = new Map<string, DocumentInfo>();
  private readonly running = new Map<string, Running>();
  private readonly latest = new Map<string, number>();
  /** Paragraph prose tagged for the last analysed version of each document. */
  private readonly tagged = new Map<string, Set<string>>();
  private readonly settings = new Map<string, Promise<Settings>>();
  private readonly quicks = new Map<string, DocumentInfo>();
  private settingsEpoch = 0;
  private readonly analysedListeners = new Set<(info: DocumentInfo) => void>();
  readonly stats: AnalysisStats = { started: 0, completed: 0, cancelled: 0 };

  constructor(
    private readonly connection: Connection | null,
    private readonly host: ServiceHost,
    private readonly project: ProjectData = NO_PROJECT,
    /** Runs full analyses off this thread when its bundle exists (see workspace/analysisThread.ts). */
    private readonly thread?: AnalysisThread,
  ) {}

  /** compromise parses of full analyses on the analysis thread (0 when analyses run here). */
  get threadParses(): number {
    return this.thread?.parses ?? 0;
  }

  async settingsFor(uri: string): Promise<Settings> {
    let pending = this.settings.get(uri);
    if (!pending) {
      pending = this.connection
        ? this.connection.workspace
            .getConfiguration({ scopeUri: uri, section: 'sourcelens' })
            .then(normalizeSettings, () => normalizeSettings({}))
        : Promise.resolve(normalizeSettings({}));
      this.settings.set(uri, pending);
    }
    return pending;
  }

  /** Forgets cached settings and analyses (after a configuration change). */
  resetSettings(): void {
    this.settings.clear();
    this.settingsEpoch++;
    this.infos.clear();
  }

  /** Says a newer version of a document exists: a running analysis of an older one stops at its next slice. */
  supersede(uri: string, version: number): void {
    this.latest.set(uri, version);
    this.thread?.supersede(uri);
  }

  forget(uri: string): void {
    this.infos.delete(uri);
    this.quicks.delete(uri);
    this.settings.delete(uri);
    this.tagged.delete(uri);
    // A running analysis of a closed document stops at its next slice.
    this.latest.delete(uri);
    this.thread?.supersede(uri);
    this.running.delete(uri);
  }

  /** What a result depends on besides the text: settings and project files. */
  private generation(): string {
    return `${this.settingsEpoch}.${this.project.epoch}`;
  }

  /**
   * The analysis of the document's current version, computed at most once. Rejects with a
   * ContentModified error when a newer version supersedes it or `token` is cancelled.
   */
  async get(document: TextDocument, token?: CancellationToken): Promise<DocumentInfo> {
    const generation = this.generation();
    const cached = this.infos.get(document.uri);
    if (cached && cached.version === document.version && cached.resultId?.endsWith(`@${generation}`)) return cached;
    let run = this.running.get(document.uri);
    if (!run || run.version !== document.version || run.generation !== generation) {
      const snapshot = TextDocument.create(document.uri, document.languageId, document.version, document.getText());
      if ((this.latest.get(document.uri) ?? -1) < document.version) this.latest.set(document.uri, document.version);
      const promise = this.compute(snapshot, generation);
      run = { version: document.version, generation, promise };
      this.running.set(document.uri, run);
      const mine = run;
      promise.then((info) => {
        if (this.running.get(document.uri) === mine) this.running.delete(document.uri);
        if ((this.infos.get(document.uri)?.version ?? -1) <= info.version) {
          this.infos.set(document.uri, info);
          this.prepareQuick(info);
          for (const listener of this.analysedListeners) listener(info);
        }
      }, () => {
        if (this.running.get(document.uri) === mine) this.running.delete(document.uri);
      });
    }
    if (!token) return run.promise;
    return new Promise<DocumentInfo>((resolve, reject) => {
      const sub = token.onCancellationRequested(() => reject(contentModified()));
      run.promise.then(resolve, reject).finally(() => sub.dispose());
    });
  }

  private quickPrepared = false;
  /** The server thread's parser is set up (see prepareQuick), or was by an edit's quick analysis. */
  quickReady = false;

  /**
   * Full analyses run on the analysis thread, so the first keystroke's quick analysis on this thread
   * used to pay for compromise's set-up (its lexicon and compiled rules): about 0.4-0.7 s before the
   * first fresh diagnostics of a session. Once the first document is analysed, and after a pause in
   * which the editor's first requests are answered, the opening paragraphs of that document are
   * analysed here once, so that cost is paid before anyone types.
   */
  private prepareQuick(info: DocumentInfo): void {
    if (this.quickPrepared || !this.thread?.available || !info.analysis) return;
    this.quickPrepared = true;
    const { text, paragraphs } = info.analysis.document;
    const sample = paragraphs.length ? text.slice(paragraphs[0].start, paragraphs[Math.min(paragraphs.length, 3) - 1].end) : '';
    const published = info.analysis.published ?? null;
    setTimeout(() => {
      if (!this.quickReady) analyze(sample, { published });
      this.quickReady = true;
    }, QUICK_SETUP_DELAY_MS).unref();
  }

  /** Fires when a full analysis becomes the document's current result (features prepare their lookups then). */
  onDidAnalyse(listener: (info: DocumentInfo) => void): { dispose(): void } {
    this.analysedListeners.add(listener);
    return { dispose: () => this.analysedListeners.delete(listener) };
  }

  /** The full analysis of this exact version under the current settings and project files, if computed (no work). */
  current(document: TextDocument): DocumentInfo | undefined {
    const cached = this.infos.get(document.uri);
    return cached && cached.version === document.version && cached.resultId?.endsWith(`@${this.generation()}`) ? cached : undefined;
  }

  /**
   * Diagnostics of the document's current version within milliseconds: the last full analysis
   * with only the edited paragraphs analysed again. Undefined when there is no full analysis
   * to start from or the edit is not local; then only `get` answers.
   */
  quick(document: TextDocument): DocumentInfo | undefined {
    const full = this.current(document);
    if (full) return full;
    const generation = this.generation();
    const known = this.quicks.get(document.uri);
    if (known && known.version === document.version && known.resultId?.endsWith(`@${generation}`)) return known;
    // Start from the newest result: the last full analysis, or a quick one made after it.
    let previous = this.infos.get(document.uri);
    if (known && known.resultId?.endsWith(`@${generation}`) && known.version > (previous?.version ?? -1) && known.version < document.version) previous = known;
    if (!previous?.analysis || !previous.resultId?.endsWith(`@${generation}`)) return undefined;
    const text = document.getText();
    if (checkInput(text, previous.settings.maxFileSizeKb * 1024)) return undefined;
    const options = analysisOptions(document.uri, document.languageId, previous.settings, this.host, this.project.knownNamesFor(document.uri));
    const analysis = quickAnalysis(previous.analysis, text, options);
    if (!analysis) return undefined;
    this.quickReady = true;
    const info: DocumentInfo = {
      uri: document.uri, version: document.version,
      document: TextDocument.create(document.uri, document.languageId, document.version, text),
      settings: previous.settings, analysis, refusal: null, ignores: this.project.ignoresFor(document.uri),
      resultId: `${document.version}~quick@${generation}`, partial: true,
    };
    this.quicks.set(document.uri, info);
    return info;
  }

  /** The cached analysis of this exact version, if any (no work). */
  peek(document: TextDocument): DocumentInfo | undefined {
    const cached = this.infos.get(document.uri);
    return cached && cached.version === document.version ? cached : undefined;
  }

  private async compute(document: TextDocument, generation: string): Promise<DocumentInfo> {
    const { uri, version } = document;
    this.stats.started++;
    const isStale = () => this.latest.get(uri) !== version || this.generation() !== generation;
    try {
      const settings = await this.settingsFor(uri);
      if (isStale()) throw new StaleAnalysisError();
      const text = document.getText();
      const base = { uri, version, document, settings, ignores: this.project.ignoresFor(uri), resultId: `${version}@${generation}` };
      const refusal = checkInput(text, settings.maxFileSizeKb * 1024);
      if (refusal) {
        this.stats.completed++;
        return { ...base, analysis: null, refusal };
      }
      const options = analysisOptions(uri, document.languageId, settings, this.host, this.project.knownNamesFor(uri));
      let analysis: Analysis;
      if (this.thread?.available) {
        analysis = await this.thread.analyze(uri, text, options, isStale);
      } else {
        this.tagged.set(uri, await pretag(text, options.markdown ?? false, isStale, this.tagged.get(uri)));
        analysis = analyze(text, options);
      }
      this.stats.completed++;
      return { ...base, analysis, refusal: null };
    } catch (error) {
      if (error instanceof StaleAnalysisError) {
        this.stats.cancelled++;
        throw contentModified();
      }
      throw error;
    }
  }
}

function contentModified(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.ContentModified, 'The document changed; the analysis of the older version was dropped.');
}

/** True for the error a superseded or cancelled analysis rejects with. */
export function isStaleError(error: unknown): boolean {
  return error instanceof ResponseError && error.code === LSPErrorCodes.ContentModified;
}
