import {
  CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic, type ServerCapabilities,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentInfo } from '../analysisService';
import type { Entity, EntityType, RuleId } from '../core/types';
import type { ProjectStore } from '../ignores/project';
import { ORPHAN_CODE } from './diagnostics';

/** Commands the server executes (workspace/executeCommand); the client registers them for code actions. */
export const ServerCommands = {
  scanWorkspace: '_sourcelens.scanWorkspace',
  ignoreOccurrence: '_sourcelens.ignoreOccurrence',
  ignoreRuleInFile: '_sourcelens.ignoreRuleInFile',
  removeIgnores: '_sourcelens.removeIgnores',
  addKnownName: '_sourcelens.addKnownName',
  listIgnores: '_sourcelens.listIgnores',
} as const;

/** Client commands a code action may invoke (settings belong to the client). */
export const ClientCommands = {
  disableRule: 'sourcelens.disableRule',
} as const;

export const codeActionCapabilities: ServerCapabilities = {
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  executeCommandProvider: { commands: Object.values(ServerCommands) },
};

const RULE_IDS: ReadonlySet<string> = new Set<RuleId>([
  'anonymous-source', 'anonymity-unexplained', 'speculative-anonymous', 'vague-attribution', 'passive-attribution',
  'hearsay', 'relayed-report', 'single-source', 'unattributed-claim', 'unattributed-denial', 'contested-claim',
  'hedged-claim', 'loaded-verb', 'doubt-marker', 'missing-publication-date',
]);

/** Codes of our findings that can be ignored (rules and front-matter problems; not refusals or orphans). */
export function isIgnorable(code: unknown): code is string {
  return typeof code === 'string' && (RULE_IDS.has(code) || code === 'front-matter');
}

const TYPES: EntityType[] = ['person', 'organization', 'place'];
const article = (t: EntityType) => (t === 'organization' ? 'an organization' : `a ${t}`);

/** A name-like phrase: capitalized words, short, one line. */
function looksLikeName(text: string): boolean {
  return text.length > 1 && text.length <= 80 && !/[\n\r]/.test(text) && /^\p{Lu}/u.test(text) && text.split(/\s+/).length <= 8;
}

/** Entities that `name` may be another form of: they share a word with it, or it is their acronym. */
function aliasTargets(name: string, entities: Entity[]): Entity[] {
  const words = new Set(name.toLowerCase().split(/[\s.'’-]+/).filter((w) => w.length > 2));
  const compact = name.replace(/[^\p{Lu}]/gu, '');
  return entities.filter((e) => {
    if (e.aliases.some((a) => a.toLowerCase() === name.toLowerCase())) return false;
    const initials = e.name.split(/\s+/).map((w) => w[0]).join('').toUpperCase();
    return compact.length >= 2 && compact === name && initials === compact
      || e.name.toLowerCase().split(/\s+/).some((w) => words.has(w));
  }).slice(0, 3);
}

/**
 * Quick fixes on our diagnostics (ignore this occurrence, ignore the rule in this file, disable
 * the rule) and on a selected name (mark it as a known person, organization or place, or as an
 * alias of a known entity). None edits the source: every decision goes to `.sourcelens/` or
 * to the settings.
 */
export function provideCodeActions(params: CodeActionParams, document: TextDocument, info: DocumentInfo | undefined, project: ProjectStore): CodeAction[] {
  const uri = params.textDocument.uri;
  const inProject = !!project.locate(uri);
  const actions: CodeAction[] = [];
  const ours = params.context.diagnostics.filter((d) => d.source === 'sourcelens');
  const seenRules = new Set<string>();
  for (const d of ours) {
    if (d.code === ORPHAN_CODE) {
      const id = (d.data as { ignoreId?: string } | undefined)?.ignoreId;
      if (id) actions.push(fix('Remove this orphaned ignore from .sourcelens/ignores.json', d, ServerCommands.removeIgnores, { ids: [id] }));
      continue;
    }
    if (!isIgnorable(d.code)) continue;
    const rule = d.code;
    if (inProject) {
      actions.push(fix(`Ignore this ${rule} finding (kept in .sourcelens/ignores.json)`, d, ServerCommands.ignoreOccurrence, { uri, rule, range: d.range }));
    }
    if (seenRules.has(rule)) continue;
    seenRules.add(rule);
    if (inProject) actions.push(fix(`Ignore ${rule} in this file`, d, ServerCommands.ignoreRuleInFile, { uri, rule }));
    if (RULE_IDS.has(rule)) actions.push(fix(`Disable the ${rule} rule (settings)`, d, ClientCommands.disableRule, { rule, uri }));
  }
  if (inProject) actions.push(...nameActions(params, document, info));
  return actions;
}

function nameActions(params: CodeActionParams, document: TextDocument, info: DocumentInfo | undefined): CodeAction[] {
  const uri = params.textDocument.uri;
  let text = document.getText(params.range).trim();
  const entities = info?.analysis?.entities ?? [];
  if (!text) {
    // An empty selection: the entity mention under the cursor, if any.
    const offset = document.offsetAt(params.range.start);
    const hit = entities.flatMap((e) => e.mentions).find((m) => m.start <= offset && offset <= m.end);
    if (!hit) return [];
    text = hit.text;
  }
  if (!looksLikeName(text)) return [];
  const out: CodeAction[] = [];
  for (const type of TYPES) {
    out.push(fix(`Mark "${text}" as ${article(type)} (kept in .sourcelens/names.json)`, undefined, ServerCommands.addKnownName, { uri, name: text, type }));
  }
  for (const e of aliasTargets(text, entities)) {
    if (e.name === text) continue;
    out.push(fix(`Add "${text}" as another name of ${e.name} (${e.type})`, undefined, ServerCommands.addKnownName, { uri, name: e.name, type: e.type, aliases: [text] }));
  }
  return out;
}

function fix(title: string, diagnostic: LspDiagnostic | undefined, command: string, args: unknown): CodeAction {
  const action: CodeAction = { title, kind: CodeActionKind.QuickFix, command: { title, command, arguments: [args] } };
  if (diagnostic) action.diagnostics = [diagnostic];
  return action;
}
