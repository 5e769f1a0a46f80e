import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from './core/analyze';
import { normalizePublished } from './core/frontMatter';
import { checkInput } from './core/inputCheck';
import { analysisToJson } from './core/json';
import { toSarif, type ExportedFile } from './export/sarif';
import { toWebAnnotations } from './export/webAnnotation';
import { VERSION } from './version';

const USAGE = `Usage: sourcelens analyze [--published YYYY-MM-DD] [--format json|sarif|annotations] FILE...

Prints one JSON object with the entities, dates, attributions, sourcing diagnostics and
events of each file. --published anchors relative dates in files whose front matter has no
published date. --format sarif prints the sourcing diagnostics as a SARIF 2.1.0 log;
--format annotations prints everything found as W3C Web Annotations (JSON-LD).`;

const FORMATS = ['json', 'sarif', 'annotations'] as const;
type Format = (typeof FORMATS)[number];

interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => Uint8Array;
}

/** Decodes UTF-8 (invalid bytes become U+FFFD) and drops a leading byte-order mark. */
export function decodeSource(bytes: Uint8Array): { text: string; invalid: boolean } {
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  let invalid = false;
  if (text.includes('\uFFFD')) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      invalid = true;
    }
  }
  return { text, invalid };
}

/** Runs the command line; returns the exit code. */
export function runCli(argv: string[], io: CliIo): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    io.stdout(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  if (command !== 'analyze') {
    io.stderr(`sourcelens: unknown command "${command}"\n${USAGE}\n`);
    return 2;
  }
  let published: string | null = null;
  let format: Format = 'json';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--published') {
      const value = rest[++i];
      const normal = value ? normalizePublished(value) : undefined;
      if (!normal) {
        io.stderr(`sourcelens: --published needs a date as YYYY-MM-DD (got ${value ?? 'nothing'})\n`);
        return 2;
      }
      published = normal;
    } else if (arg === '--format') {
      const value = rest[++i];
      if (!FORMATS.includes(value as Format)) {
        io.stderr(`sourcelens: unsupported format "${value ?? ''}" (json, sarif or annotations)\n`);
        return 2;
      }
      format = value as Format;
    } else if (arg.startsWith('--')) {
      io.stderr(`sourcelens: unknown option ${arg}\n${USAGE}\n`);
      return 2;
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) {
    io.stderr(`sourcelens: no files given\n${USAGE}\n`);
    return 2;
  }
  let failed = false;
  const documents = [];
  const exported: ExportedFile[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(file);
    } catch (error) {
      io.stderr(`sourcelens: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      failed = true;
      continue;
    }
    const { text, invalid } = decodeSource(bytes);
    const refusal = checkInput(text, Number.MAX_SAFE_INTEGER);
    if (refusal) {
      io.stderr(`sourcelens: ${file}: ${refusal.message.replace(/^Sourcelens did not analyse this file: /, 'not analysed: ')}\n`);
      failed = true;
      continue;
    }
    if (invalid) io.stderr(`sourcelens: ${file}: some bytes are not valid UTF-8; they were read as U+FFFD\n`);
    const analysis = analyze(text, { published, markdown: /\.(md|markdown)$/i.test(file) });
    if (format === 'json') documents.push(analysisToJson(file, analysis));
    else exported.push({ uri: fileUri(file, format), text, analysis });
  }
  const output = format === 'sarif' ? toSarif(exported, VERSION) : format === 'annotations' ? toWebAnnotations(exported) : { version: 1, documents };
  io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  return failed ? 1 : 0;
}

/**
 * A file as the export names it: SARIF keeps a relative path relative (code-scanning services
 * resolve it against the checkout); an annotation's target is an absolute file URL.
 */
function fileUri(file: string, format: Format): string {
  if (format === 'sarif' && !isAbsolute(file)) return file.split(/[\\/]/).map(encodeURIComponent).join('/');
  return pathToFileURL(resolve(file)).href;
}

if (require.main === module) {
  process.exitCode = runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readFile: (path) => readFileSync(path),
  });
}
