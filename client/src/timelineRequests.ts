/**
 * The timeline's requests to the language server (server/src/protocol.ts), made through
 * whichever client is current (it changes when the server restarts).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  EntitiesRequest, EventsRequest, SummaryRequest,
  type EntitiesParams, type EntitiesResult, type EventsParams, type EventsResult, type SourcingSummary,
} from '../../server/src/protocol';

export type ClientProvider = () => LanguageClient | undefined;

/** Waits until a client exists and runs; rejects after `timeoutMs`. */
export async function runningClient(getClient: ClientProvider, timeoutMs = 30_000): Promise<LanguageClient> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = getClient();
    if (client?.isRunning()) return client;
    if (Date.now() > deadline) throw new Error('The Sourcelens language server is not running.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function requestEvents(getClient: ClientProvider, params: EventsParams): Promise<EventsResult> {
  return (await runningClient(getClient)).sendRequest(EventsRequest, params);
}

export async function requestSummary(getClient: ClientProvider, uri: string): Promise<SourcingSummary> {
  return (await runningClient(getClient)).sendRequest(SummaryRequest, { uri });
}

export async function requestEntities(getClient: ClientProvider, params: EntitiesParams): Promise<EntitiesResult> {
  return (await runningClient(getClient)).sendRequest(EntitiesRequest, params);
}

/** Languages the server is asked to analyse (ours, plus the extra ones from the settings). */
export function isSourceDocument(document: vscode.TextDocument): boolean {
  if (document.languageId === 'sourcelens') return true;
  if (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled') return false;
  const extra = vscode.workspace.getConfiguration('sourcelens').get<string[]>('extraLanguages', []);
  return extra.includes(document.languageId);
}

/** The active editor's document when it is a source, else undefined. */
export function activeSourceDocument(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && isSourceDocument(document) ? document : undefined;
}

/** The active editor's source document, else that of the first visible editor showing one. */
export function activeOrVisibleSourceDocument(): vscode.TextDocument | undefined {
  return activeSourceDocument()
    ?? vscode.window.visibleTextEditors.map((e) => e.document).find((d) => isSourceDocument(d));
}

/** A debounced function: runs `fn` once, `ms` after the last call. */
export function debounce(fn: () => void, ms: number): { (): void; dispose(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn();
    }, ms);
  };
  run.dispose = () => clearTimeout(timer);
  return run;
}
