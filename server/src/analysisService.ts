import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from './core/analyze';
import { checkInput, type InputRefusal } from './core/inputCheck';
import type { Analysis } from './core/types';
import { normalizeSettings, type Settings } from './settings';

/** One document version's analysis, shared by every feature. */
export interface DocumentInfo {
  uri: string;
  version: number;
  document: TextDocument;
  settings: Settings;
  analysis: Analysis | null;
  refusal: InputRefusal | null;
}

/** Environment the service needs from outside the core (file times, for the anchor). */
export interface ServiceHost {
  /** Modification date of a file URI as `YYYY-MM-DD`, or undefined. */
  fileDate(uri: string): string | undefined;
}

/**
 * Computes the analysis once per document version and hands the same result to every
 * feature. Settings are read per resource from the client and cached until they change.
 */
export class AnalysisService {
  private readonly infos = new Map<string, DocumentInfo>();
  private readonly settings = new Map<string, Promise<Settings>>();

  constructor(private readonly connection: Connection | null, private readonly host: ServiceHost) {}

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
    this.infos.clear();
  }

  forget(uri: string): void {
    this.infos.delete(uri);
    this.settings.delete(uri);
  }

  /** The analysis of the document's current version, computed at most once. */
  async get(document: TextDocument): Promise<DocumentInfo> {
    const cached = this.infos.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const settings = await this.settingsFor(document.uri);
    const again = this.infos.get(document.uri);
    if (again && again.version === document.version) return again;
    const info = this.compute(document, settings);
    this.infos.set(document.uri, info);
    return info;
  }

  /** The cached analysis of this exact version, if any (no work). */
  peek(document: TextDocument): DocumentInfo | undefined {
    const cached = this.infos.get(document.uri);
    return cached && cached.version === document.version ? cached : undefined;
  }

  private compute(document: TextDocument, settings: Settings): DocumentInfo {
    const text = document.getText();
    const base = { uri: document.uri, version: document.version, document, settings };
    const refusal = checkInput(text, settings.maxFileSizeKb * 1024);
    if (refusal) return { ...base, analysis: null, refusal };
    let published: string | null = /^\d{4}-\d{2}-\d{2}$/.test(settings.publishedDate) ? settings.publishedDate : null;
    let publishedSource: 'option' | 'file-time' = 'option';
    if (!published && settings.useFileTimeAsPublished) {
      published = this.host.fileDate(document.uri) ?? null;
      publishedSource = 'file-time';
    }
    const markdown = document.languageId === 'markdown' || /\.(md|markdown)$/i.test(document.uri);
    const analysis = analyze(text, { published, publishedSource, markdown });
    return { ...base, analysis, refusal: null };
  }
}
