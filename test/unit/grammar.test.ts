/**
 * The TextMate grammar (syntaxes/sourcelens.tmLanguage.json), tokenized with VS Code's own
 * engine (vscode-textmate + vscode-oniguruma) over fixture lines: each row says which scope a
 * piece of text must (or must not) get.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '..', '..');
const GRAMMAR_FILE = path.join(ROOT, 'syntaxes', 'sourcelens.tmLanguage.json');

interface Token {
  text: string;
  scopes: string[];
}

let grammar: textmate.IGrammar;

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== 'text.sourcelens') return null;
      return textmate.parseRawGrammar(readFileSync(GRAMMAR_FILE, 'utf8'), GRAMMAR_FILE);
    },
  });
  const loaded = await registry.loadGrammar('text.sourcelens');
  if (!loaded) throw new Error('grammar text.sourcelens did not load');
  return loaded;
}

/** Tokens of every line of `text`, carrying the rule stack from line to line as VS Code does. */
function tokenize(text: string): Token[][] {
  let stack = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** Scopes of each character in `[start, end)` of a line: every one must carry the scope. */
function scopesOver(tokens: Token[], line: string, needle: string): string[][] {
  const start = line.indexOf(needle);
  assert.ok(start >= 0, `'${needle}' is not in line '${line}'`);
  const out: string[][] = [];
  let offset = 0;
  for (const t of tokens) {
    const tStart = offset;
    const tEnd = offset + t.text.length;
    offset = tEnd;
    if (tEnd <= start || tStart >= start + needle.length) continue;
    out.push(t.scopes);
  }
  return out;
}

const FIXTURE = [
  /* 0 */ '---',
  /* 1 */ 'title: Northwind Motors held talks with Hanseong Energy',
  /* 2 */ 'outlet: Great Lakes Business Journal',
  /* 3 */ 'published: 2026-02-07',
  /* 4 */ 'url: https://example.com/business/2026/02/07/northwind',
  /* 5 */ 'author: "Priya Castellano"',
  /* 6 */ '---',
  /* 7 */ '',
  /* 8 */ 'Northwind Motors has held talks with Hanseong Energy, Reuters reported Saturday, citing people familiar with the matter.',
  /* 9 */ 'The talks gathered pace after executives met in Seoul on December 11, one of the people said.',
  /* 10 */ '"We are talking to a lot of people about cells," Northwind Motors CEO Dana Whitlock said earlier this week.',
  /* 11 */ 'Two senior Treasury officials, who asked not to be identified because the talks are private, said Northwind had briefed the department last month.',
  /* 12 */ 'Hanseong, which has supplied cells since the 1990s, is said to favour an even split.',
  /* 13 */ 'In a filing on March 3, 2025, Northwind said it expected to spend $4 billion through 2027.',
  /* 14 */ 'The company revived its battery effort in mid-2022 and opened a pilot line in June 2024.',
  /* 15 */ 'Hanseong has reportedly approached two other automakers, according to the Financial Times.',
  /* 16 */ 'It expects to sign a term sheet in Q2 2026, and the shareholder meeting will be held in April.',
  /* 17 */ '“There has been no discussion of an even split,” spokesperson Min-ji Seo said in an emailed statement on Friday.',
  /* 18 */ '“A quote that goes on',
  /* 19 */ 'to the next line,” she said two weeks ago.',
  /* 20 */ 'A plain sentence about May and the saying of things with no date.',
  /* 21 */ '“An unclosed quote',
  /* 22 */ '',
  /* 23 */ 'After the blank line, Daewoo sold cars on 7 March 2024.',
  /* 24 */ 'See https://example.com/report.html; then stop, saying nothing.',
].join('\n');
const LINES = FIXTURE.split('\n');

const DATE = 'constant.other.date.sourcelens';
const RELATIVE = 'constant.other.date.relative.sourcelens';
const YEAR = 'constant.other.date.year.sourcelens';
const CUE = 'keyword.other.attribution.cue.sourcelens';
const HEARSAY = 'keyword.other.attribution.hearsay.sourcelens';
const ANON = 'keyword.other.attribution.anonymous.sourcelens';
const SPEECH = 'string.quoted.double.speech.sourcelens';
const KEY = 'entity.name.tag.frontmatter.key.sourcelens';
const VALUE = 'string.unquoted.frontmatter.value.sourcelens';
const FRONT = 'meta.embedded.block.frontmatter.sourcelens';
const LINK = 'markup.underline.link.sourcelens';

/** [line, text, scope every character of the text must have] */
const EXPECTED: Array<[number, string, string]> = [
  [0, '---', 'punctuation.definition.frontmatter.begin.sourcelens'],
  [1, 'title', KEY],
  [1, ':', 'punctuation.separator.key-value.sourcelens'],
  [1, 'Northwind Motors held talks with Hanseong Energy', VALUE],
  [2, 'outlet', KEY],
  [2, 'Great Lakes Business Journal', FRONT],
  [3, 'published', KEY],
  [3, '2026-02-07', 'constant.other.date.frontmatter.sourcelens'],
  [4, 'https://example.com/business/2026/02/07/northwind', LINK],
  [5, '"Priya Castellano"', 'string.quoted.frontmatter.value.sourcelens'],
  [6, '---', 'punctuation.definition.frontmatter.end.sourcelens'],
  [8, 'reported', CUE],
  [8, 'Saturday', RELATIVE],
  [8, 'citing', CUE],
  [8, 'people familiar with the matter', ANON],
  [9, 'December 11', DATE],
  [9, 'said', CUE],
  [10, '"We are talking to a lot of people about cells,"', SPEECH],
  [10, 'said', CUE],
  [10, 'earlier this week', RELATIVE],
  [11, 'who asked not to be identified', ANON],
  [11, 'said', CUE],
  [11, 'last month', RELATIVE],
  [12, '1990s', DATE],
  [12, 'is said to', HEARSAY],
  [13, 'March 3, 2025', DATE],
  [13, 'said', CUE],
  [13, '2027', YEAR],
  [14, '2022', YEAR],
  [14, 'June 2024', DATE],
  [15, 'reportedly', HEARSAY],
  [15, 'according to', CUE],
  [16, 'Q2 2026', DATE],
  [16, 'April', DATE],
  [17, '“There has been no discussion of an even split,”', SPEECH],
  [17, 'said in an emailed statement', CUE],
  [17, 'Friday', RELATIVE],
  [18, '“A quote that goes on', SPEECH],
  [19, 'to the next line,”', SPEECH],
  [19, 'said', CUE],
  [19, 'two weeks ago', RELATIVE],
  [21, '“An unclosed quote', SPEECH],
  [23, '7 March 2024', DATE],
  [24, 'https://example.com/report.html', LINK],
  [24, 'saying', CUE],
];

/** [line, text, scope none of the text may have] */
const NOT_EXPECTED: Array<[number, string, string]> = [
  [1, 'title', SPEECH],
  [3, '2026-02-07', DATE],
  [8, 'Northwind Motors', CUE],
  [10, 'Dana Whitlock', SPEECH],
  [13, '$4 billion', YEAR],
  [19, 'she', SPEECH],
  [20, 'May', DATE],
  [20, 'saying', CUE],
  [23, 'After the blank line', SPEECH],
  [23, 'Daewoo', DATE],
  [24, '; then stop', LINK],
];

describe('TextMate grammar', () => {
  let tokens: Token[][];
  before(async () => {
    grammar = await loadGrammar();
    tokens = tokenize(FIXTURE);
  });

  for (const [line, text, scope] of EXPECTED) {
    it(`line ${line}: '${text}' is ${scope}`, () => {
      const over = scopesOver(tokens[line]!, LINES[line]!, text);
      assert.ok(over.length > 0);
      for (const scopes of over) assert.ok(scopes.includes(scope), `'${text}' has ${JSON.stringify(scopes)}, not ${scope}`);
    });
  }

  for (const [line, text, scope] of NOT_EXPECTED) {
    it(`line ${line}: '${text}' is not ${scope}`, () => {
      for (const scopes of scopesOver(tokens[line]!, LINES[line]!, text)) {
        assert.ok(!scopes.includes(scope), `'${text}' has ${scope}`);
      }
    });
  }

  it('front matter only counts at the top of the file', () => {
    const lines = tokenize('Intro\n---\ntitle: not front matter\n---');
    for (const t of lines[2]!) assert.ok(!t.scopes.includes(KEY), JSON.stringify(t));
  });

  it('every line of the fixture workspace tokenizes without a runaway quote', () => {
    const file = path.join(ROOT, 'test', 'fixtures', 'workspace', 'northwind-venture.news');
    const text = readFileSync(file, 'utf8');
    const lines = tokenize(text);
    const src = text.split('\n');
    // A blank line always ends quoted speech.
    src.forEach((line, i) => {
      if (line.trim() === '') for (const t of lines[i]!) assert.ok(!t.scopes.includes(SPEECH), `line ${i} is inside a quote`);
    });
    const cues = lines.flat().filter((t) => t.scopes.includes(CUE)).length;
    const dates = lines.flat().filter((t) => t.scopes.some((s) => s.startsWith('constant.other.date'))).length;
    assert.ok(cues >= 10, `${cues} cue tokens`);
    assert.ok(dates >= 15, `${dates} date tokens`);
  });
});
