/**
 * Entity evaluation on the seed article: strict micro-F1 (exact span + type) over person /
 * organization / place, predictions that only overlap an `ignore` span are neither right nor wrong.
 * Usage: node --import tsx scripts/eval-entities.ts [path/to/gold.json ...] [--verbose]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDocument } from '../server/src/core/document';
import { findEntities } from '../server/src/core/entities';
import { tagDocument } from '../server/src/core/nlp';

interface GoldSpan { start: number; end: number; text: string; type: string }

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) files.push('../shared/corpus/000_8feb3bfda72c7265.gold.json');

const types = ['person', 'organization', 'place'];
const tp: Record<string, number> = {};
const fp: Record<string, number> = {};
const fn: Record<string, number> = {};
for (const t of types) tp[t] = fp[t] = fn[t] = 0;

for (const file of files) {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as { text?: string; entities: GoldSpan[]; ignore: GoldSpan[] };
  // `text` is the document itself or the name of the file beside the gold file.
  const isName = !!gold.text && !gold.text.includes('\n') && /\.[a-z]{2,4}$/.test(gold.text);
  const text = isName ? readFileSync(join(dirname(file), gold.text as string), 'utf8') : gold.text ?? readFileSync(file.replace(/\.gold\.json$/, '.txt'), 'utf8');
  const doc = parseDocument(text);
  const entities = findEntities(doc, tagDocument(doc));
  const predicted: GoldSpan[] = [];
  for (const e of entities) for (const m of e.mentions) predicted.push({ ...m, type: e.type });
  const key = (s: GoldSpan) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.entities.map(key));
  const predKeys = new Set(predicted.map(key));
  for (const p of predicted) {
    if (goldKeys.has(key(p))) { tp[p.type]++; continue; }
    const overlapsGold = gold.entities.some((g) => g.start < p.end && p.start < g.end);
    const onlyIgnored = !overlapsGold && gold.ignore.some((g) => g.start < p.end && p.start < g.end);
    if (onlyIgnored) continue;
    fp[p.type]++;
    if (verbose) console.log(`FP ${p.type} ${p.start}-${p.end} ${JSON.stringify(p.text)}`);
  }
  for (const g of gold.entities) {
    if (!predKeys.has(key(g))) {
      fn[g.type]++;
      if (verbose) console.log(`FN ${g.type} ${g.start}-${g.end} ${JSON.stringify(g.text)}`);
    }
  }
  if (verbose) for (const e of entities) console.log(`${e.id} name=${JSON.stringify(e.name)} role=${e.role ?? ''} aliases=${e.aliases.join('|')} n=${e.mentions.length}`);
}

const f = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
let TP = 0; let FP = 0; let FN = 0;
for (const t of types) {
  TP += tp[t]; FP += fp[t]; FN += fn[t];
  const p = tp[t] / (tp[t] + fp[t] || 1);
  const r = tp[t] / (tp[t] + fn[t] || 1);
  console.log(`${t.padEnd(12)} P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f(p, r).toFixed(3)} (tp ${tp[t]} fp ${fp[t]} fn ${fn[t]})`);
}
const P = TP / (TP + FP || 1);
const R = TP / (TP + FN || 1);
console.log(`micro        P=${P.toFixed(3)} R=${R.toFixed(3)} F1=${f(P, R).toFixed(3)}`);
