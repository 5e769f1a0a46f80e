/**
 * Attribution evaluation.
 *
 *   node --import tsx scripts/eval-attributions.ts [corpusDir] [--errors] [--no-timing]
 *
 * - PolNeAR dev (corpusDir/polnear-dev): our `predicate` against PolNeAR `Cue` spans and our
 *   `sourcePhrase` (the whole source noun phrase: title, role, apposition, as PolNeAR marks its
 *   `Source`) against `Source` spans, precision / recall / F1 with exact spans (after trimming
 *   surrounding whitespace and punctuation on both sides, so "said:" = "said" and a source's
 *   trailing comma does not count, and a possessive "’s" ending a source: "Trump’s claim")
 *   and with overlapping spans (one-to-one greedy matching).
 *   Sources are scored over attributions that have one on both sides (Attribution events with
 *   a Source; our attributions with a non-null source), whether or not the cue was found, so
 *   cue recall bounds source recall. Two more source rows:
 *   - "name-normalized": our `source` (the name alone) against the gold span, both reduced to
 *     the name by nameOf (PolNeAR's full noun phrase vs the project's name convention);
 *   - "on found cues": `sourcePhrase` exact, counting only the attributions whose cue both
 *     sides found (a predicted predicate overlapping a gold cue): how well the source is picked
 *     and delimited once the cue is known, apart from cue recall and precision.
 *   Texts annotated by several annotators are scored against each annotation file and the
 *   counts averaged, so every text weighs once. Inherited attributions are not counted (they
 *   repeat an earlier cue).
 * - Seed article (corpusDir/000_*.gold.json): `cue` and `source` exact against gold.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findAttributions } from '../server/src/core/attributions';
import { parseDocument } from '../server/src/core/document';
import { findEntities } from '../server/src/core/entities';
import { tagDocument, clearNlpCache } from '../server/src/core/nlp';
import type { Attribution, Span } from '../server/src/core/types';

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface AttributionEval {
  polnear: {
    texts: number;
    annotationFiles: number;
    cueExact: PRF;
    cueOverlap: PRF;
    sourceExact: PRF;
    sourceOverlap: PRF;
    /** Exact after reducing both sides to the name (see nameOf): PolNeAR's full-NP convention vs the project's name convention. */
    sourceName: PRF;
    /** `sourcePhrase` exact over the attributions whose cue both sides found. */
    sourceOnCues: PRF;
    /** Recall (overlap) on the gold cues that are plain speech predicates (say, tell, according to, …). */
    speechRecall: number;
    speechCues: number;
  } | null;
  seed: { gold: number; predicted: number; cueExact: number; sourceExact: number; bothExact: number; missing: string[]; extra: string[] } | null;
  timing?: { bytes: number; tagMs: number; attributionMs: number; attributionMinMs: number };
}

interface GoldAttr {
  cue: Span | null;
  source: Span | null;
}

/** Plain speech predicates, to separate the reporting core from PolNeAR's long tail of stance verbs. */
const SPEECH = /^(?:(?:has |have |had |also |later |then )*(?:said|says|say|saying|told|tells|tell|telling|added|adds|adding|wrote|writes|reported|reports|noted|notes|asked|asks|stated|states|explained|explains|announced|announces|claimed|claims|argued|argues|warned|warns|insisted|insists|acknowledged|acknowledges|tweeted|tweets|according to|citing|continued)|:|―|—)$/;

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

const EDGE = /[\s,;:.!?"'“”‘’()—–-]/;

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && EDGE.test(text[start])) start++;
  while (end > start && EDGE.test(text[end - 1])) end--;
  if (end - start > 2 && /['’]s$/.test(text.slice(start, end))) end -= 2; // possessive source "Trump’s claim"
  while (end > start && EDGE.test(text[end - 1])) end--;
  return { start, end };
}

const TITLE = /^(?:mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|capt|adm|prof|rev|del|st|president|vice|governor|senator|representative|mayor|general|secretary|minister|chairman|chairwoman|chief|executive|officer|director|spokesman|spokeswoman|spokesperson|commissioner|judge|justice|former|retired|acting|deputy|ambassador|administrator|speaker|leader|nominee|candidate|host|moderator|lawyer|attorney)\.?$/i;

/**
 * PolNeAR sources are full noun phrases ("White House press secretary Josh Earnest", "Kenneth
 * Baer, a former official who …"); this project's sources are the name ("Josh Earnest", as in
 * the seed gold). For the name-normalized score both sides are cut at the first apposition comma
 * and lose a title, role or possessive modifier before a final capitalized name.
 */
function nameOf(text: string, s: Span): Span {
  const t = trim(text, s);
  let end = t.end;
  const comma = text.slice(t.start, t.end).search(/,\s/);
  if (comma > 0) end = t.start + comma;
  const words: { start: number; end: number; w: string }[] = [];
  const re = /\S+/g;
  const slice = text.slice(t.start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) words.push({ start: t.start + m.index, end: t.start + m.index + m[0].length, w: m[0] });
  if (words.length < 2 || !/^[A-Z]/.test(words[words.length - 1].w)) return trim(text, { start: t.start, end });
  let n = words.length - 1;
  while (n > 0 && /^[A-Z]/.test(words[n - 1].w) && !TITLE.test(words[n - 1].w) && !/['’]s$/.test(words[n - 1].w) && !/^(?:The|A|An)$/.test(words[n - 1].w)) n--;
  if (n === 0) return trim(text, { start: t.start, end });
  const p = words[n - 1].w;
  if (words.slice(0, n).some((x) => /^(?:of|for|at|by|with|from|in|on|to)$/.test(x.w))) return trim(text, { start: t.start, end });
  const strip = TITLE.test(p) || /['’]s$/.test(p) || /^[a-z]/.test(p) && !/^(?:the|a|an|and|or)$/.test(p);
  return trim(text, { start: strip ? words[n].start : t.start, end });
}

function readAnn(path: string): GoldAttr[] {
  const spans = new Map<string, { type: string; span: Span }>();
  const events: GoldAttr[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const line of lines) {
    if (!line.startsWith('T')) continue;
    const [id, info] = line.split('\t');
    const m = /^(\S+) (\d+) (\d+)/.exec(info);
    if (m) spans.set(id, { type: m[1], span: { start: +m[2], end: +m[3] } });
  }
  for (const line of lines) {
    if (!line.startsWith('E')) continue;
    const parts = line.split('\t')[1].trim().split(/\s+/);
    const roles = new Map(parts.map((p) => p.split(':') as [string, string]));
    const cue = roles.get('Cue');
    const src = roles.get('Source');
    events.push({ cue: cue ? spans.get(cue)?.span ?? null : null, source: src ? spans.get(src)?.span ?? null : null });
  }
  return events;
}

function overlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function match(text: string, pred: Span[], gold: Span[], exact: boolean, names = false): Counts {
  const p = pred.map((s) => (names ? nameOf(text, s) : trim(text, s)));
  const g = gold.map((s) => (names ? nameOf(text, s) : trim(text, s)));
  const used = new Set<number>();
  let tp = 0;
  for (const ps of p) {
    let best = -1;
    for (let k = 0; k < g.length; k++) {
      if (used.has(k)) continue;
      const gs = g[k];
      const ok = exact ? gs.start === ps.start && gs.end === ps.end : overlap(gs, ps);
      if (ok) {
        best = k;
        if (exact) break;
        if (gs.start === ps.start) break;
      }
    }
    if (best >= 0) {
      used.add(best);
      tp++;
    }
  }
  return { tp, fp: p.length - tp, fn: g.length - tp };
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const k = `${s.start}:${s.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function attributionsOf(text: string): Attribution[] {
  const doc = parseDocument(text);
  const terms = tagDocument(doc);
  return findAttributions(doc, terms, findEntities(doc, terms));
}

export function evaluateAttributions(corpusDir: string, options: { timing?: boolean; errors?: (line: string) => void } = {}): AttributionEval {
  const result: AttributionEval = { polnear: null, seed: null };
  const pdir = join(corpusDir, 'polnear-dev');
  if (existsSync(pdir)) {
    const texts = readdirSync(join(pdir, 'text')).filter((f) => f.endsWith('.txt')).sort();
    const annFiles = readdirSync(join(pdir, 'attributions')).filter((f) => f.endsWith('.ann'));
    const sum = { ce: [0, 0, 0], co: [0, 0, 0], se: [0, 0, 0], so: [0, 0, 0], sn: [0, 0, 0], sc: [0, 0, 0] };
    const speech = [0, 0]; // [found (overlap), total] over gold cues that are plain speech predicates
    let files = 0;
    for (const t of texts) {
      const base = t.replace(/\.txt$/, '');
      const anns = annFiles.filter((a) => a.replace(/_[0-9a-f]{4}\.ann$/, '') === base);
      if (anns.length === 0) continue;
      const text = readFileSync(join(pdir, 'text', t), 'utf8');
      const attrs = attributionsOf(text).filter((a) => !a.inherited);
      const predCues = dedupe(attrs.map((a) => a.predicate));
      const withSource = attrs.filter((a) => a.source);
      const predSrc = dedupe(withSource.map((a) => a.sourcePhrase ?? a.source!));
      const predNames = dedupe(withSource.map((a) => a.source!));
      const acc = { ce: [0, 0, 0], co: [0, 0, 0], se: [0, 0, 0], so: [0, 0, 0], sn: [0, 0, 0], sc: [0, 0, 0] };
      for (const ann of anns) {
        files++;
        const gold = readAnn(join(pdir, 'attributions', ann));
        const goldCues = dedupe(gold.filter((g) => g.cue).map((g) => g.cue!));
        const goldSrc = dedupe(gold.filter((g) => g.source).map((g) => g.source!));
        const add = (key: keyof typeof acc, c: Counts) => {
          acc[key][0] += c.tp / anns.length;
          acc[key][1] += c.fp / anns.length;
          acc[key][2] += c.fn / anns.length;
        };
        for (const g of goldCues) {
          const t = text.slice(g.start, g.end).toLowerCase().replace(/[:,.\s]+$/, '');
          if (!SPEECH.test(t)) continue;
          speech[1] += 1 / anns.length;
          if (predCues.some((p) => overlap(p, g))) speech[0] += 1 / anns.length;
        }
        const ce = match(text, predCues, goldCues, true);
        add('ce', ce);
        add('co', match(text, predCues, goldCues, false));
        add('se', match(text, predSrc, goldSrc, true));
        add('so', match(text, predSrc, goldSrc, false));
        add('sn', match(text, predNames, goldSrc, true, true));
        const onGold = withSource.filter((a) => goldCues.some((g) => overlap(g, a.predicate)));
        const goldOnPred = gold.filter((g) => g.cue && g.source && predCues.some((p) => overlap(p, g.cue!)));
        add('sc', match(text, dedupe(onGold.map((a) => a.sourcePhrase ?? a.source!)), dedupe(goldOnPred.map((g) => g.source!)), true));
        if (options.errors && ann === anns[0]) {
          reportErrors(text, base, predCues, goldCues, predSrc, goldSrc, options.errors);
          reportCueSourceErrors(text, base, attrs, gold, options.errors);
        }
      }
      for (const k of Object.keys(sum) as (keyof typeof sum)[]) for (let i = 0; i < 3; i++) sum[k][i] += acc[k][i];
    }
    const r = (c: number[]) => prf(c[0], c[1], c[2]);
    result.polnear = {
      texts: texts.length,
      annotationFiles: files,
      cueExact: r(sum.ce),
      cueOverlap: r(sum.co),
      sourceExact: r(sum.se),
      sourceOverlap: r(sum.so),
      sourceName: r(sum.sn),
      sourceOnCues: r(sum.sc),
      speechRecall: speech[1] ? speech[0] / speech[1] : 0,
      speechCues: speech[1],
    };
  }
  const seedFile = existsSync(corpusDir) ? readdirSync(corpusDir).find((f) => f.endsWith('.gold.json')) : undefined;
  if (seedFile) {
    const gold = JSON.parse(readFileSync(join(corpusDir, seedFile), 'utf8')) as { attributions: { cue: Span & { text: string }; source: (Span & { text: string }) | null }[] };
    const text = readFileSync(join(corpusDir, seedFile.replace(/\.gold\.json$/, '.txt')), 'utf8');
    const attrs = attributionsOf(text).filter((a) => !a.inherited);
    let cueExact = 0;
    let sourceExact = 0;
    let both = 0;
    const missing: string[] = [];
    const matched = new Set<Attribution>();
    for (const g of gold.attributions) {
      const hit = attrs.find((a) => a.cue.start === g.cue.start && a.cue.end === g.cue.end);
      if (hit) {
        cueExact++;
        matched.add(hit);
        const srcOk = g.source === null ? hit.source === null : hit.source !== null && hit.source.start === g.source.start && hit.source.end === g.source.end;
        if (srcOk) {
          sourceExact++;
          both++;
        } else missing.push(`source of "${g.cue.text}": got ${JSON.stringify(hit.source?.text ?? null)}, want ${JSON.stringify(g.source?.text ?? null)}`);
      } else {
        const near = attrs.find((a) => overlap(a.cue, g.cue));
        missing.push(`cue "${g.cue.text}"${near ? ` (got "${near.cue.text}")` : ''}`);
      }
    }
    const extra = attrs.filter((a) => !matched.has(a) && !gold.attributions.some((g) => overlap(a.cue, g.cue))).map((a) => `"${a.cue.text}" [${a.sourceKind}]`);
    result.seed = { gold: gold.attributions.length, predicted: attrs.length, cueExact, sourceExact, bothExact: both, missing, extra };
  }
  if (options.timing && existsSync(pdir)) {
    const texts = readdirSync(join(pdir, 'text')).filter((f) => f.endsWith('.txt')).sort();
    let big = '';
    for (const t of texts) {
      if (big.length >= 200_000) break;
      big += readFileSync(join(pdir, 'text', t), 'utf8') + '\n\n';
    }
    clearNlpCache();
    const doc = parseDocument(big);
    const t0 = performance.now();
    const terms = tagDocument(doc);
    const t1 = performance.now();
    findAttributions(doc, terms, []); // warm-up (JIT)
    const times: number[] = [];
    for (let runs = 0; runs < 7; runs++) {
      const s = performance.now();
      findAttributions(doc, terms, []);
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    const t2 = times[3]; // median
    const tMin = times[0];
    result.timing = { bytes: Buffer.byteLength(big), tagMs: t1 - t0, attributionMs: t2, attributionMinMs: tMin };
  }
  return result;
}

function reportErrors(text: string, name: string, pc: Span[], gc: Span[], ps: Span[], gs: Span[], out: (line: string) => void): void {
  const show = (s: Span) => JSON.stringify(text.slice(s.start, s.end));
  const ctx = (s: Span) => text.slice(Math.max(0, s.start - 60), s.end + 30).replace(/\s+/g, ' ');
  const overlaps = (a: Span, list: Span[]) => list.some((b) => overlap(a, b));
  const same = (a: Span, list: Span[]) => {
    const ta = trim(text, a);
    return list.some((b) => {
      const tb = trim(text, b);
      return ta.start === tb.start && ta.end === tb.end;
    });
  };
  for (const p of pc) if (!same(p, gc)) out(`${name}\tCUE-${overlaps(p, gc) ? 'SPAN' : 'FP'}\t${show(p)}${overlaps(p, gc) ? ` vs ${gc.filter((g) => overlap(g, p)).map(show).join('|')}` : ''}\t${ctx(p)}`);
  for (const g of gc) if (!overlaps(g, pc)) out(`${name}\tCUE-FN\t${show(g)}\t${ctx(g)}`);
  for (const p of ps) if (!same(p, gs)) out(`${name}\tSRC-${overlaps(p, gs) ? 'SPAN' : 'FP'}\t${show(p)} vs ${gs.filter((g) => overlap(g, p)).map(show).join('|')}\t${ctx(p)}`);
  for (const g of gs) if (!overlaps(g, ps)) out(`${name}\tSRC-FN\t${show(g)}\t${ctx(g)}`);
}

/** SRC-CUE: the cue was found on both sides and the source phrases differ. */
function reportCueSourceErrors(text: string, name: string, attrs: Attribution[], gold: GoldAttr[], out: (line: string) => void): void {
  const show = (s: Span | null | undefined) => (s ? JSON.stringify(text.slice(s.start, s.end)) : 'none');
  for (const g of gold) {
    if (!g.cue) continue;
    const a = attrs.find((x) => overlap(x.predicate, g.cue!));
    if (!a) continue;
    const p = a.sourcePhrase ?? a.source;
    const tp = p && trim(text, p);
    const tg = g.source && trim(text, g.source);
    if (tp && tg ? tp.start === tg.start && tp.end === tg.end : !tp && !tg) continue;
    const ctx = text.slice(Math.max(0, g.cue.start - 90), g.cue.end + 30).replace(/\s+/g, ' ');
    out(`${name}\tSRC-CUE\t${show(p)} vs ${show(g.source)}\t${JSON.stringify(text.slice(g.cue.start, g.cue.end))}\t${ctx}`);
  }
}

function pct(x: number): string {
  return (x * 100).toFixed(1).padStart(5);
}

function row(name: string, r: PRF): string {
  return `| ${name.padEnd(29)} | ${pct(r.precision)} | ${pct(r.recall)} | ${pct(r.f1)} | ${r.tp.toFixed(0).padStart(5)} | ${r.fp.toFixed(0).padStart(5)} | ${r.fn.toFixed(0).padStart(5)} |`;
}

export function formatAttributionEval(r: AttributionEval): string {
  const lines: string[] = [];
  if (r.polnear) {
    const p = r.polnear;
    lines.push(`PolNeAR dev: ${p.texts} texts, ${p.annotationFiles} annotation files (multi-annotator texts averaged)`);
    lines.push('| measure                       |     P |     R |    F1 |    TP |    FP |    FN |');
    lines.push('|-------------------------------|-------|-------|-------|-------|-------|-------|');
    lines.push(row('cue (predicate) exact', p.cueExact));
    lines.push(row('cue (predicate) overlap', p.cueOverlap));
    lines.push(row('source exact', p.sourceExact));
    lines.push(row('source overlap', p.sourceOverlap));
    lines.push(row('source exact, name-normalized', p.sourceName));
    lines.push(row('source exact, on found cues', p.sourceOnCues));
    lines.push(`Recall on the ${p.speechCues.toFixed(0)} gold cues that are plain speech predicates (say, tell, according to, add, write, report, claim, ":", "―" …): ${pct(p.speechRecall)}%`);
  }
  if (r.seed) {
    const s = r.seed;
    lines.push('');
    lines.push(`Seed: ${s.bothExact}/${s.gold} gold attributions with cue and source exact (cue exact ${s.cueExact}/${s.gold}); ${s.predicted} predicted`);
    for (const m of s.missing) lines.push(`  missing: ${m}`);
    for (const e of s.extra) lines.push(`  extra:   ${e}`);
  }
  if (r.timing) {
    const t = r.timing;
    lines.push('');
    lines.push(`Timing on ${(t.bytes / 1024).toFixed(0)} KB PolNeAR concat: tagDocument ${t.tagMs.toFixed(0)} ms, findAttributions ${t.attributionMs.toFixed(1)} ms median, ${t.attributionMinMs.toFixed(1)} ms best of 7 warm runs (${((t.attributionMs / t.tagMs) * 100).toFixed(1)}% of tagging)`);
  }
  return lines.join('\n');
}

const isMain = process.argv[1] && /eval-attributions\.ts$/.test(process.argv[1]);
if (isMain) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? join(process.cwd(), '..', 'shared', 'corpus');
  const verbose = args.includes('--errors');
  const errors: string[] = [];
  const r = evaluateAttributions(dir, { timing: !args.includes('--no-timing'), errors: verbose ? (l) => errors.push(l) : undefined });
  if (verbose) console.log(errors.join('\n'));
  console.log(formatAttributionEval(r));
}
