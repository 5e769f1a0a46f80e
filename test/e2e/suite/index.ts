/**
 * Entry point loaded by VS Code as `extensionTestsPath` (from test/e2e/run.mjs, under code-server
 * or @vscode/test-electron). Runs every `*.test.js` compiled next to this file with mocha.
 *
 * Environment (optional):
 *   SOURCELENS_E2E_GREP      only run tests whose full title matches this regexp
 *   SOURCELENS_E2E_RESULTS   write {passed, failed, pending, failures[]} as JSON to this file
 *   SOURCELENS_E2E_FAIL=1    add a deliberately failing test (proves a failure fails the run)
 *   SOURCELENS_E2E_LOG_TAG   prefix for the suite's log lines (see helpers.log)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { log } from './helpers';

function findTests(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTests(full));
    else if (entry.name.endsWith('.test.js')) out.push(full);
  }
  return out.sort();
}

export async function run(): Promise<void> {
  // Mocha's reporters print through Base.consoleLog: route them through log(), which tags the
  // lines for the runner.
  Mocha.reporters.Base.consoleLog = log;

  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: 60_000,
    reporter: 'spec',
    ...(process.env.SOURCELENS_E2E_GREP ? { grep: process.env.SOURCELENS_E2E_GREP } : {}),
  });

  const files = findTests(__dirname);
  if (files.length === 0) throw new Error(`no *.test.js files under ${__dirname}`);
  for (const file of files) mocha.addFile(file);
  log(`e2e: running ${files.length} test file(s) in VS Code ${vscode.version}, Node ${process.version}`);

  const failures: { title: string; error: string }[] = [];
  let passed = 0;
  let pending = 0;
  const failed = await new Promise<number>((resolve, reject) => {
    try {
      const runner = mocha.run((count) => resolve(count));
      runner.on('pass', () => passed++);
      runner.on('pending', () => pending++);
      runner.on('fail', (test, err: Error) => failures.push({ title: test.fullTitle(), error: String(err?.stack ?? err) }));
    } catch (err) {
      reject(err);
    }
  });

  const summary = { passed, failed, pending, failures };
  log(`E2E-RESULT ${JSON.stringify({ passed, failed, pending })}`);
  const resultsFile = process.env.SOURCELENS_E2E_RESULTS;
  if (resultsFile) {
    fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
    fs.writeFileSync(resultsFile, JSON.stringify(summary, null, 2));
  }
  if (failed > 0) throw new Error(`${failed} end-to-end test(s) failed`);
}
