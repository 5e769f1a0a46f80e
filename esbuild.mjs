// Builds the four bundles into dist/. Type checking is separate: `npm run typecheck`.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'info',
  legalComments: 'none',
};

// compromise is loaded with require() on first use (server/src/core/nlp.ts); the alias keeps its ES-module
// sources, which the bundle evaluates only then, rather than its minified CommonJS build.
// (SOURCELENS_VERSION: the version a SARIF log names its tool with, server/src/version.ts.)
const node = {
  ...common, platform: 'node', format: 'cjs', target: 'node20', alias: { compromise: './node_modules/compromise/src/three.js' },
  define: { SOURCELENS_VERSION: JSON.stringify(version) },
};

/** @type {esbuild.BuildOptions[]} */
const targets = [
  { ...node, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...node, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { ...node, entryPoints: ['server/src/workspace/scanWorker.ts'], outfile: 'dist/scanWorker.js' },
  { ...node, entryPoints: ['server/src/workspace/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  { ...node, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  {
    ...common,
    entryPoints: ['client/webview/timeline.ts'],
    outfile: 'dist/webview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
];

if (watch) {
  const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(targets.map((t) => esbuild.build(t)));
}
