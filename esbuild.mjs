// Builds the four bundles into dist/. Type checking is separate: `npm run typecheck`.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

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

/**
 * Writes the bundles with every character outside ASCII as a \u escape. esbuild escapes strings
 * but keeps such characters in regular-expression literals, raw templates and comments (ours and
 * compromise's dashes and quotation marks), and one of them makes V8 hold the whole 2.6 MB source
 * at two bytes per character, in every thread that loads it. The escape means the same character
 * in a string, a regular expression (with or without the u flag: a surrogate pair of escapes is one
 * code point there) and a raw template used as a pattern; a backslash that escaped the character
 * itself is dropped ("\–" is "–").
 */
function escapeNonAscii(text) {
  return text.replace(/(\\*)([^\0-\x7f])/g, (_, slashes, c) =>
    `${slashes.length % 2 ? slashes.slice(1) : slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const asciiOnly = {
  name: 'ascii-only',
  setup(build) {
    build.onEnd((result) => {
      for (const file of result.outputFiles ?? []) {
        mkdirSync(path.dirname(file.path), { recursive: true });
        writeFileSync(file.path, file.path.endsWith('.js') ? escapeNonAscii(file.text) : file.contents);
      }
    });
  },
};

// compromise is loaded with require() on first use (server/src/core/nlp.ts); the alias keeps its ES-module
// sources, which the bundle evaluates only then, rather than its minified CommonJS build.
// (SOURCELENS_VERSION: the version a SARIF log names its tool with, server/src/version.ts.)
const node = {
  ...common, platform: 'node', format: 'cjs', target: 'node20', write: false, plugins: [asciiOnly], alias: { compromise: './node_modules/compromise/src/three.js' },
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
