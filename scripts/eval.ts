// Scores the analysis engine against gold files (docs: ../shared/corpus/README.md) and prints tables.
//   npm run eval [-- --corpus DIR] [--verbose]
// Gold files: every *.gold.json in the corpus folder (the text file named by its "text" field sits
// beside it) and the project's own fixture annotations (test/fixtures/**/*.expect.json).
// PolNeAR (corpus/polnear-dev) is scored for attributions when present.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/core/analyze';
import type { Analysis, Span } from '../server/src/core/types';

interface GoldSpan extends Span { text: string }
interface Gold {
  text: string;
  published: string | null;
  entities: Array<GoldSpan & { type: string }>;
  ignore?: GoldSpan[];
  dates: Array<GoldSpan & { value: string | null; mod: string | null }>;
  attributions: Array<{ cue: GoldSpan; source: GoldSpan | null }>;
  diagnostics: Array<GoldSpan & { code: string }>;
  clean: Array<GoldSpan & { codes: string[] }>;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const corpusArg = args.indexOf('--corpus');
const repo = path.resolve(__dirname, '..');
const corpus = corpusArg >= 0 ? path.resolve(args[corpusArg + 1]) : process.env.SOURCELENS_CORPUS ?? path.resolve(repo, '..', 'shared', 'corpus');

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

interface Prf { tp: number; fp: number; fn: number }
const prf = (): Prf => ({ tp: 0, fp: 0, fn: 0 });
const f1 = (c: Prf) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const row = (name: string, c: Prf) => {
  const { p, r, f } = f1(c);
  return `${name.padEnd(34)} P ${pct(p)}  R ${pct(r)}  F1 ${pct(f)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
};

function scoreEntities(gold: Gold, a: Analysis, strict: Record<string, Prf>, loose: Prf, misses: string[]) {
  const predicted = a.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type })));
  const ignore = gold.ignore ?? [];
  const kept = predicted.filter((p) => gold.entities.some((g) => overlaps(g, p)) || !ignore.some((i) => overlaps(i, p)));
  for (const type of ['person', 'organization', 'place', 'all']) strict[type] ??= prf();
  for (const g of gold.entities) {
    const hit = kept.some((p) => same(p, g) && p.type === g.type);
    strict[g.type].tp += hit ? 1 : 0;
    strict[g.type].fn += hit ? 0 : 1;
    strict.all.tp += hit ? 1 : 0;
    strict.all.fn += hit ? 0 : 1;
    if (!hit) misses.push(`  missed ${g.type} "${g.text}" @${g.start}`);
    if (kept.some((p) => overlaps(p, g))) loose.tp++;
    else loose.fn++;
  }
  for (const p of kept) {
    if (!gold.entities.some((g) => same(p, g) && p.type === g.type)) {
      strict[p.type].fp++;
      strict.all.fp++;
      misses.push(`  extra ${p.type} "${p.text}" @${p.start}`);
    }
    if (!gold.entities.some((g) => overlaps(p, g))) loose.fp++;
  }
}

function main() {
  const goldFiles: Array<{ gold: string; text: string; label: string }> = [];
  if (existsSync(corpus)) {
    for (const name of readdirSync(corpus).filter((n) => n.endsWith('.gold.json'))) {
      const gold = JSON.parse(readFileSync(path.join(corpus, name), 'utf8')) as Gold;
      goldFiles.push({ gold: path.join(corpus, name), text: path.join(corpus, gold.text), label: `corpus/${gold.text}` });
    }
  } else {
    console.log(`(no corpus at ${corpus}; scoring the project's fixtures only)`);
  }
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
    const full = path.join(dir, n);
    return statSync(full).isDirectory() ? walk(full) : n.endsWith('.expect.json') ? [full] : [];
  });
  for (const file of walk(path.join(repo, 'test', 'fixtures'))) {
    const gold = JSON.parse(readFileSync(file, 'utf8')) as Gold;
    goldFiles.push({ gold: file, text: path.join(path.dirname(file), gold.text), label: `fixture/${gold.text}` });
  }

  const total = { entities: prf(), cue: prf(), source: prf(), datesFound: 0, dates: 0, valuesRight: 0, anchorable: 0, flagged: 0, diagnostics: 0, violations: 0 };
  const add = (into: Prf, c: Prf) => {
    into.tp += c.tp;
    into.fp += c.fp;
    into.fn += c.fn;
  };
  for (const { gold: goldPath, text: textPath, label } of goldFiles) {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
    const text = readFileSync(textPath, 'utf8').replace(/^\uFEFF/, '');
    const analysis = analyze(text, { published: gold.published });
    const lines: string[] = [`\n== ${label} (published ${gold.published ?? 'none'})`];

    const strict: Record<string, Prf> = {};
    const loose = prf();
    const misses: string[] = [];
    scoreEntities(gold, analysis, strict, loose, misses);
    lines.push('Entities (strict: exact span + type)');
    for (const type of ['person', 'organization', 'place', 'all']) lines.push(row(`  ${type}`, strict[type]));
    lines.push(row('  overlap, any type', loose));

    const anchorable = gold.dates.filter((d) => d.value !== null);
    let found = 0;
    let right = 0;
    let modRight = 0;
    const dateMisses: string[] = [];
    for (const g of gold.dates) {
      const p = analysis.dates.find((d) => overlaps(d, g));
      if (p) found++;
      if (g.value !== null) {
        if (p && p.value === g.value) right++;
        else dateMisses.push(`  date "${g.text}" want ${g.value}, got ${p ? `${p.value} ("${p.text}")` : 'nothing'}`);
        if (p && p.value === g.value && (p.mod ?? null) === (g.mod ?? null)) modRight++;
      } else if (!p) dateMisses.push(`  vague date "${g.text}" not found`);
    }
    const extraDates = analysis.dates.filter((d) => !gold.dates.some((g) => overlaps(d, g)));
    lines.push(`Dates: found ${found}/${gold.dates.length} (overlap), values right ${right}/${anchorable.length} anchorable, value+mod right ${modRight}/${anchorable.length}, ${extraDates.length} extra`);
    for (const d of extraDates) dateMisses.push(`  extra date "${d.text}" = ${d.value}`);

    const cue = prf();
    const source = prf();
    const attMisses: string[] = [];
    for (const g of gold.attributions) {
      const p = analysis.attributions.find((a) => same(a.cue, g.cue));
      cue.tp += p ? 1 : 0;
      cue.fn += p ? 0 : 1;
      if (!p) attMisses.push(`  missed cue "${g.cue.text}" @${g.cue.start}`);
      if (g.source) {
        const s = analysis.attributions.find((a) => a.source && same(a.source, g.source!));
        source.tp += s ? 1 : 0;
        source.fn += s ? 0 : 1;
        if (!s) attMisses.push(`  missed source "${g.source.text}" @${g.source.start}`);
      }
    }
    for (const a of analysis.attributions) {
      if (!gold.attributions.some((g) => same(a.cue, g.cue))) {
        cue.fp++;
        attMisses.push(`  extra cue "${a.cue.text}" @${a.cue.start}`);
      }
      if (a.source && !gold.attributions.some((g) => g.source && same(a.source!, g.source))) source.fp++;
    }
    lines.push('Attributions (exact spans)');
    lines.push(row('  cue', cue));
    lines.push(row('  source', source));

    const flagged = gold.diagnostics.filter((g) => analysis.diagnostics.some((d) => d.code === g.code && overlaps(d, g)));
    const violations = gold.clean.flatMap((c) =>
      analysis.diagnostics.filter((d) => c.codes.includes(d.code) && overlaps(d, c)).map((d) => `  clean violated: ${d.code} on "${c.text}"`),
    );
    lines.push(`Diagnostics: flagged ${flagged.length}/${gold.diagnostics.length}, clean violations ${violations.length}`);
    const diagMisses = gold.diagnostics
      .filter((g) => !flagged.includes(g))
      .map((g) => `  not flagged: ${g.code} on "${g.text}"`);
    if (label.startsWith('fixture/')) {
      add(total.entities, strict.all);
      add(total.cue, cue);
      add(total.source, source);
      total.datesFound += found;
      total.dates += gold.dates.length;
      total.valuesRight += right;
      total.anchorable += anchorable.length;
      total.flagged += flagged.length;
      total.diagnostics += gold.diagnostics.length;
      total.violations += violations.length;
    }
    console.log(lines.join('\n'));
    if (verbose) console.log([...misses, ...dateMisses, ...attMisses, ...diagMisses, ...violations].join('\n'));
    else if (diagMisses.length || violations.length) console.log([...diagMisses, ...violations].join('\n'));
  }

  console.log('\n== all project fixtures (micro totals; hand-annotated, and read while the rules were written: regression figures, not an unseen test)');
  console.log(row('  entities strict', total.entities));
  console.log(`Dates: found ${total.datesFound}/${total.dates}, values right ${total.valuesRight}/${total.anchorable} anchorable`);
  console.log(row('  attribution cue (exact)', total.cue));
  console.log(row('  attribution source (exact)', total.source));
  console.log(`Diagnostics: flagged ${total.flagged}/${total.diagnostics}, clean violations ${total.violations}`);

  const polnear = path.join(corpus, 'polnear-dev');
  if (existsSync(polnear)) {
    const evalAttributions = path.join(__dirname, 'eval-attributions.ts');
    if (existsSync(evalAttributions)) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(evalAttributions) as { evaluateAttributions: (dir: string) => unknown; formatAttributionEval: (r: unknown) => string };
      console.log('\n== PolNeAR dev (attributions)');
      console.log(mod.formatAttributionEval(mod.evaluateAttributions(corpus)));
    }
  }
}

main();
