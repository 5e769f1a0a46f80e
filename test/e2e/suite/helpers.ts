/**
 * Helpers for the end-to-end suites. They run inside the VS Code extension host (code-server's
 * remote host under test/e2e/run.mjs, or a desktop VS Code under @vscode/test-electron).
 * Everything here waits by polling or on events, never with a fixed sleep.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'sourcelens.sourcelens';
export const LANGUAGE_ID = 'sourcelens';

/** Repository root: the runner says (SOURCELENS_ROOT); else the folder above .vscode-test/. */
export const REPO_ROOT =
  process.env.SOURCELENS_ROOT ??
  (__dirname.includes(`${path.sep}.vscode-test${path.sep}`)
    ? __dirname.slice(0, __dirname.indexOf(`${path.sep}.vscode-test${path.sep}`))
    : path.resolve(__dirname, '..', '..', '..'));

/** The folder the window was opened on (test/fixtures/workspace), falling back to the repo's copy. */
export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder && folder.uri.scheme === 'file') return folder.uri.fsPath;
  return path.join(REPO_ROOT, 'test', 'fixtures', 'workspace');
}

/**
 * Logs a line for the test output. Use this rather than console.log in suites: under
 * test/e2e/run.mjs the lines are tagged (SOURCELENS_E2E_LOG_TAG) so the runner prints them and
 * keeps the workbench's own log noise in test-output/e2e/workbench.log. (The extension host's
 * console methods cannot be wrapped: VS Code defines them with a no-op setter.)
 */
export function log(...args: unknown[]): void {
  const tag = process.env.SOURCELENS_E2E_LOG_TAG ?? '';
  console.log(util.format(...args).split('\n').map((line) => tag + line).join('\n'));
}

export function warn(...args: unknown[]): void {
  const tag = process.env.SOURCELENS_E2E_LOG_TAG ?? '';
  console.warn(util.format(...args).split('\n').map((line) => tag + line).join('\n'));
}

function sleepTick(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `predicate` (sync or async) every `intervalMs` until it returns a truthy value, which is
 * then returned. Rejects with `message` (plus the last error thrown by the predicate, if any)
 * after `timeoutMs`.
 */
export async function waitFor<T>(
  predicate: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs: number,
  message = 'condition',
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${message}${detail}`);
    }
    await sleepTick(intervalMs);
  }
}

/**
 * Resolves with the first value `compute()` returns truthy, re-evaluating whenever `event` fires
 * and also on a slow poll (in case the event fired before we subscribed).
 */
export function waitForEvent<E, T>(
  event: vscode.Event<E>,
  compute: () => T | undefined | null | false,
  timeoutMs: number,
  message: string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const finish = (fn: () => void) => {
      if (done) return;
      done = true;
      sub.dispose();
      clearInterval(poll);
      clearTimeout(timer);
      fn();
    };
    const check = () => {
      try {
        const value = compute();
        if (value) finish(() => resolve(value));
      } catch (err) {
        finish(() => reject(err));
      }
    };
    const sub = event(() => check());
    const poll = setInterval(check, 250);
    const timer = setTimeout(
      () => finish(() => reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${message}`))),
      timeoutMs,
    );
    check();
  });
}

/** Candidate fixture articles, in order of preference. SOURCELENS_E2E_FIXTURE overrides. */
export function fixturePath(): string {
  const root = workspaceRoot();
  const override = process.env.SOURCELENS_E2E_FIXTURE;
  if (override) return path.isAbsolute(override) ? override : path.join(root, override);
  for (const name of ['ford-xiaomi.news', 'northwind-venture.news', 'harbor-strike.news']) {
    const candidate = path.join(root, name);
    if (fs.existsSync(candidate)) return candidate;
  }
  const any = fs.readdirSync(root).find((f) => f.endsWith('.news'));
  if (!any) throw new Error(`no *.news fixture in ${root}`);
  return path.join(root, any);
}

/** Opens a fixture article in an editor and returns its document. */
export async function openFixture(file = fixturePath()): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Activates (if needed) and returns the Sourcelens extension, waiting until it reports active. */
export async function activeExtension(timeoutMs = 30_000): Promise<vscode.Extension<unknown>> {
  const ext = await waitFor(() => vscode.extensions.getExtension(EXTENSION_ID), timeoutMs, `extension ${EXTENSION_ID} to be installed`);
  await waitFor(() => ext.isActive, timeoutMs, `extension ${EXTENSION_ID} to activate`);
  return ext;
}

/** An entity mention to hover: from <fixture>.expect.json when present, else a capitalised phrase. */
export interface EntityProbe {
  text: string;
  offset: number;
}

export function entityProbe(doc: vscode.TextDocument): EntityProbe {
  const text = doc.getText();
  const expectFile = doc.uri.fsPath.replace(/\.news$/, '.expect.json');
  if (fs.existsSync(expectFile)) {
    const expected = JSON.parse(fs.readFileSync(expectFile, 'utf8')) as {
      entities?: { start: number; end: number; text: string; type: string }[];
    };
    // First multi-word organisation or person: its first mention is its canonical form.
    const entity = expected.entities?.find(
      (e) => /\s/.test(e.text) && (e.type === 'organization' || e.type === 'person') && text.slice(e.start, e.end) === e.text,
    );
    if (entity) return { text: entity.text, offset: entity.start };
  }
  const bodyStart = text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0;
  const match = /\b([A-Z][a-z]+(?: [A-Z][a-z]+)+)\b/.exec(text.slice(bodyStart));
  if (!match) throw new Error(`no capitalised multi-word phrase in ${doc.uri.fsPath}`);
  return { text: match[1]!, offset: bodyStart + match.index };
}

/** Plain text of the hovers at `position`, joined. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

export function sourcelensDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sourcelens');
}

export function diagnosticCode(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Waits until the URI has at least one diagnostic with source 'sourcelens' (event + poll). */
export function waitForSourcelensDiagnostics(uri: vscode.Uri, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  return waitForEvent(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diags = sourcelensDiagnostics(uri);
      return diags.length > 0 ? diags : undefined;
    },
    timeoutMs,
    `diagnostics with source 'sourcelens' on ${path.basename(uri.fsPath)}`,
  );
}

/**
 * Asks the runner for a screenshot of the workbench. Under test/e2e/run.mjs (code-server +
 * Chromium) this logs `SCREENSHOT:<name>` and waits until the runner has written
 * <dir>/<name>.png; elsewhere (desktop VS Code) it does nothing and returns undefined.
 */
export async function screenshot(name: string, timeoutMs = 20_000): Promise<string | undefined> {
  const dir = process.env.SOURCELENS_E2E_SCREENSHOT_DIR;
  if (!dir) return undefined;
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-');
  const file = path.join(dir, `${safe}.png`);
  log(`SCREENSHOT:${safe}`);
  try {
    await waitFor(() => fs.existsSync(file), timeoutMs, `screenshot ${file}`);
    return file;
  } catch (err) {
    warn(`screenshot '${safe}' was not taken: ${(err as Error).message}`);
    return undefined;
  }
}
