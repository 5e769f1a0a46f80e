import type { RuleId, Severity } from './core/types';

/** A rule's configured level: a severity, or "off". */
export type RuleLevel = Severity | 'off';

/**
 * Settings of one resource, as declared under `contributes.configuration` in package.json.
 * Typed once here; the client and the drift test read the same defaults.
 */
export interface Settings {
  /** Anchor for relative dates when a source has no `published` field (`YYYY-MM-DD`, empty for none). */
  publishedDate: string;
  /** Fall back to the file's modification date as the anchor when nothing else gives one. */
  useFileTimeAsPublished: boolean;
  /** Severity per rule id, or "off". Rules not listed keep their default. */
  rules: Partial<Record<RuleId, RuleLevel>>;
  /** Diagnostics less severe than this are not shown. */
  minimumSeverity: Severity;
  /** Files larger than this (in KB) are not analysed; a message says so. */
  maxFileSizeKb: number;
  /** Extra language ids served besides `sourcelens` ("plaintext", "markdown"). */
  extraLanguages: string[];
  /** Glob that a plain-text or Markdown file must match to be analysed. */
  include: string;
  /** Analyse the closed sources of the workspace folders in the background, so their findings stay in Problems. */
  workspaceDiagnostics: boolean;
  /** Glob of paths (relative to a workspace folder) that the workspace scan skips. */
  exclude: string;
}

export const defaultSettings: Settings = {
  publishedDate: '',
  useFileTimeAsPublished: false,
  rules: {},
  minimumSeverity: 'hint',
  maxFileSizeKb: 1024,
  extraLanguages: [],
  include: '**/{sources,articles,clippings}/**',
  workspaceDiagnostics: true,
  exclude: '**/{node_modules,.git,.sourcelens,dist,out}/**',
};

const SEVERITIES: Severity[] = ['error', 'warning', 'information', 'hint'];

/** Merges what the client sent over the defaults, dropping values of the wrong type. */
export function normalizeSettings(raw: unknown): Settings {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out: Settings = { ...defaultSettings, rules: {} };
  if (typeof input.publishedDate === 'string') out.publishedDate = input.publishedDate.trim();
  if (typeof input.useFileTimeAsPublished === 'boolean') out.useFileTimeAsPublished = input.useFileTimeAsPublished;
  if (typeof input.minimumSeverity === 'string' && SEVERITIES.includes(input.minimumSeverity as Severity)) {
    out.minimumSeverity = input.minimumSeverity as Severity;
  }
  if (typeof input.maxFileSizeKb === 'number' && input.maxFileSizeKb > 0) out.maxFileSizeKb = input.maxFileSizeKb;
  if (Array.isArray(input.extraLanguages)) out.extraLanguages = input.extraLanguages.filter((l) => typeof l === 'string');
  if (typeof input.include === 'string') out.include = input.include;
  if (typeof input.workspaceDiagnostics === 'boolean') out.workspaceDiagnostics = input.workspaceDiagnostics;
  if (typeof input.exclude === 'string') out.exclude = input.exclude;
  if (input.rules && typeof input.rules === 'object') {
    for (const [id, level] of Object.entries(input.rules as Record<string, unknown>)) {
      if (typeof level === 'string' && (level === 'off' || SEVERITIES.includes(level as Severity))) {
        out.rules[id as RuleId] = level as RuleLevel;
      }
    }
  }
  return out;
}

/** Severity rank: lower is more severe. */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}
