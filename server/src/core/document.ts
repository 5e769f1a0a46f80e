import { parseFrontMatter } from './frontMatter';
import { splitSentences } from './sentences';
import type { Paragraph, Quote, Sentence, SourceDocument, Span } from './types';

export interface DocumentOptions {
  /** Exclude fenced and inline code, link targets and HTML from analysis. */
  markdown?: boolean;
}

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>()"'\]]+[^\s<>()"'\].,;:!?]/g;
const EMAIL_PATTERN = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const FENCE_PATTERN = /^[ \t]{0,3}(`{3,}|~{3,})/;

function pushMatches(pattern: RegExp, text: string, out: Span[], group = 0, from = 0, to = text.length): void {
  pattern.lastIndex = from;
  const slice = from === 0 && to === text.length ? text : undefined;
  const source = slice ?? text;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(source)) !== null) {
    if (m.index >= to) break;
    const start = m.index + (group ? m[0].indexOf(m[group]) : 0);
    const length = group ? m[group].length : m[0].length;
    out.push({ start, end: Math.min(start + length, to) });
    if (m[0].length === 0) pattern.lastIndex++;
  }
}

/**
 * Spans that are not prose: fenced code, URLs and e-mail addresses in every source; in Markdown
 * also indented code, inline code, link targets and HTML. Outside Markdown a fence must close
 * (a stray line of backticks in a plain article does not hide the rest of it), and indented
 * paragraphs stay prose.
 */
function findExclusions(text: string, from: number, markdown: boolean): Span[] {
  const out: Span[] = [];
  let pos = from;
  let open: { start: number; marker: string } | null = null;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(pos, lineEnd);
    const fence = line.includes('`') || line.includes('~') ? FENCE_PATTERN.exec(line) : null;
    if (open) {
      if (fence && fence[1][0] === open.marker[0] && fence[1].length >= open.marker.length && line.trim() === fence[1]) {
        out.push({ start: open.start, end: lineEnd });
        open = null;
      }
    } else if (fence) {
      open = { start: pos, marker: fence[1] };
    } else if (markdown && /^(?: {4}|\t)\S/.test(line) && (pos === from || text.slice(Math.max(from, pos - 2), pos).trim() === '')) {
      out.push({ start: pos, end: lineEnd }); // indented code block after a blank line
    }
    pos = nl < 0 ? text.length : nl + 1;
  }
  if (open && markdown) out.push({ start: open.start, end: text.length });
  if (markdown) {
    pushMatches(/`[^`\n]+`/g, text, out, 0, from);
    pushMatches(/\]\(([^)\s]*(?:\s+"[^"]*")?)\)/g, text, out, 0, from);
    // A link reference definition ("[1]: https://…") is no prose; a footnote's ("[^1]: The figures were …") is, but for its label.
    pushMatches(/^\s{0,3}\[(?!\^)[^\]\n]+\]:\s+\S.*$/gm, text, out, 0, from);
    pushMatches(/\[\^[^\]\s]+\]:?/g, text, out, 0, from);
    pushMatches(/<!--[\s\S]*?-->|<\/?[A-Za-z][^<>\n]*>/g, text, out, 0, from);
    pushMarks(text, out, from);
  }
  // A Markdown link to a web address pasted into a plain source ("with [Aquentis Water](https://…), the city
  // said"): its brackets and target are no prose either, only its text.
  if (!markdown && text.includes('](')) {
    pushMatches(/\[(?=[^\]\n]{1,200}\]\((?:https?:\/\/|www\.)[^)\s]*\))/g, text, out, 0, from);
    pushMatches(/\]\((?:https?:\/\/|www\.)[^)\s]*\)/g, text, out, 0, from);
  }
  // A transcript's time code opening a line ("[00:01:45] PATEL: …", "(12:31) …", "00:12:31.500 …"): where in the
  // recording, not a time of day the text speaks of.
  pushMatches(/^[ \t]*(?:[[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?(?=[ \t]))/gm, text, out, 0, from);
  // A line that is a clock time alone, as Hansard and live blogs stamp their entries ("4.12 pm", "16:05"): a time
  // code above the next entry, not a sentence of its own nor the start of the next one.
  pushMatches(/^[ \t]*\d{1,2}[.:][0-5]\d(?:[ \t]*[ap]\.?m\.?)?[ \t]*$/gim, text, out, 0, from);
  // An e-mail's header labels ("From:", "Sent:", "Subject:", in a block of two or more header lines): fields, not a
  // speaker's turn; their values stay prose.
  if (text.includes(':', from)) pushMailLabels(text, out, from);
  // A report's numbered paragraph ("1.1 The programme was launched …", "2.3.1 Costs"): the number is its place in
  // the report, not a figure the sentence states.
  // (Not a clock time, "14.30 GMT", "09.15 Starmer arrives": a part with a leading zero or past 19 is minutes.)
  for (const m of text.slice(from).matchAll(/^[ \t]{0,3}(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?=[ \t]+\p{Lu}\p{Ll})/gmu)) {
    if (m[1].split('.').some((part) => /^0\d/.test(part) || +part >= 20)) continue;
    out.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  // A reference list's entries ("[2] Meridian Institute field survey, 2023."): a citation, not prose.
  pushMatches(/^[ \t]{0,3}\[\d{1,3}\][ \t]+\S.*$/gm, text, out, 0, from);
  pushMatches(URL_PATTERN, text, out, 0, from);
  pushMatches(EMAIL_PATTERN, text, out, 0, from);
  return mergeSpans(out);
}

/** The labels of an e-mail's header lines. */
const MAIL_LABELS = String.raw`^[ \t]*(?:From|Sent|To|Cc|Bcc|Date|Subject|Reply-To):`;
/** A line's start up to an e-mail header's label and the space after it ("From: "), whose value follows. */
export const MAIL_LABEL_BEFORE = new RegExp(String.raw`${MAIL_LABELS}[ \t]*$`);
const MAIL_LABEL = new RegExp(String.raw`${MAIL_LABELS}(?=[ \t])`, 'gm');

function pushMailLabels(text: string, out: Span[], from: number): void {
  const labels: Span[] = [];
  pushMatches(MAIL_LABEL, text, labels, 0, from);
  // (A label's match starts its line: two labels are in one block when the second starts the line after the first's.)
  const adjacent = (a: Span | undefined, b: Span | undefined) => !!a && !!b && text.indexOf('\n', a.end) + 1 === b.start;
  labels.forEach((label, i) => {
    if (adjacent(labels[i - 1], label) || adjacent(label, labels[i + 1])) out.push(label);
  });
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Markdown's marks that are syntax, not words of the sentence they stand in, line by line (linear in
 * the text, however long a line):
 * - a quotation's '>' ("> Insurers said …" read "Insurers" as a name in mid-sentence);
 * - a heading's '#'s before and after it;
 * - emphasis marks around words ("**Dana Okafor**, the union leader, said", "_The Guardian_ reported",
 *   "~~struck~~"): a run of '*', '_' or '~' that opens before a word is paired with the next run of the
 *   same marks on the line that closes after one; marks inside a word (snake_case, 5*3) and lone ones stay.
 * (A list item keeps its bullet, which tells "- Background: …" from a speaker's label.)
 */
function pushMarks(text: string, out: Span[], from: number): void {
  let pos = from;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    let i = pos;
    while (i < end && i - pos < 4 && (text[i] === ' ' || text[i] === '\t')) i++;
    if (text[i] === '>') {
      const quoteStart = pos;
      while (i < end && (text[i] === '>' || text[i] === ' ' || text[i] === '\t')) i++;
      out.push({ start: quoteStart, end: i });
    }
    const heading = /^#{1,6}(?=[ \t]|$)/.exec(text.slice(i, Math.min(end, i + 7)));
    if (heading) {
      out.push({ start: i, end: i + heading[0].length });
      let j = end;
      while (j > i && /[ \t\r]/.test(text[j - 1])) j--;
      let k = j;
      while (k > i + heading[0].length && text[k - 1] === '#') k--;
      if (k < j && (text[k - 1] === ' ' || text[k - 1] === '\t')) out.push({ start: k, end: j });
    }
    if (/[*_~]/.test(text.slice(pos, end))) pushEmphasis(text, pos, end, out);
    pos = end + 1;
  }
}

function pushEmphasis(text: string, from: number, to: number, out: Span[]): void {
  const open = new Map<string, number>();
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== '*' && c !== '_' && c !== '~') continue;
    let j = i;
    while (j < to && text[j] === c) j++;
    const run = text.slice(i, j);
    const before = text[i - 1] ?? ' ';
    const after = j < to ? text[j] : ' ';
    const valid = run.length <= 3 && (c !== '~' || run.length === 2) && before !== '\\';
    const opens = valid && !WORD_CHAR.test(before) && after.trim() !== '';
    const closes = valid && !WORD_CHAR.test(after) && before.trim() !== '';
    const start = open.get(run);
    if (closes && start !== undefined) {
      out.push({ start, end: start + run.length }, { start: i, end: j });
      open.clear();
    } else if (opens && start === undefined) {
      open.set(run, i);
    }
    i = j - 1;
  }
}

/** Sorts spans and merges overlapping or touching ones. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

function blank(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const s of spans) {
    out += text.slice(pos, s.start) + text.slice(s.start, s.end).replace(/[^\r\n]/g, ' ');
    pos = s.end;
  }
  return out + text.slice(pos);
}

/** A table's delimiter row, as GitHub-flavoured Markdown writes it: "|---|:--:|", "--- | ---". */
const TABLE_DELIMITER = /^[ \t]{0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** Positions of the pipes that separate a table row's cells (a backslash-escaped pipe is text). */
function pipesOf(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('|', start); i >= 0 && i < end; i = text.indexOf('|', i + 1)) {
    if (text[i - 1] !== '\\') out.push(i);
  }
  return out;
}

/** Cells of a table line: its pipes, less a leading and a trailing one, plus one; 0 for a line without pipes. */
function cellCount(text: string, line: Span): number {
  const pipes = pipesOf(text, line.start, line.end);
  if (pipes.length === 0) return 0;
  const content = text.slice(line.start, line.end);
  return pipes.length + 1 - (content.trimStart().startsWith('|') ? 1 : 0) - (content.trimEnd().endsWith('|') ? 1 : 0);
}

interface TableRow {
  row: Span;
  cells: Span[];
}

/**
 * Tables (in any source: a delimiter row such as "|---|---|" under a row of labels is no prose
 * anyone writes). The header row holds labels and the delimiter row rules, so both are left out;
 * each data row's cells are read as blocks of their own, so that no name, quotation or sentence
 * runs from one cell into the next. A table ends at a blank line or a line without a pipe.
 */
function findTables(text: string, from: number): { excluded: Span[]; rows: TableRow[] } {
  const excluded: Span[] = [];
  const rows: TableRow[] = [];
  if (!text.includes('|', from)) return { excluded, rows };
  const lineAt = (pos: number): Span => {
    const nl = text.indexOf('\n', pos);
    return { start: pos, end: nl < 0 ? text.length : nl };
  };
  let previous: Span | null = null;
  let pos = from;
  while (pos < text.length) {
    const line = lineAt(pos);
    const content = text.slice(line.start, line.end).replace(/\r$/, '');
    if (previous && content.includes('-') && TABLE_DELIMITER.test(content) && cellCount(text, previous) === cellCount(text, line)) {
      excluded.push({ start: previous.start, end: line.end });
      pos = line.end + 1;
      while (pos < text.length) {
        const row = lineAt(pos);
        const pipes = pipesOf(text, row.start, row.end);
        if (pipes.length === 0 || text.slice(row.start, row.end).trim() === '') break;
        const cells: Span[] = [];
        let cellStart = row.start;
        for (const pipe of [...pipes, row.end]) {
          const raw = text.slice(cellStart, pipe);
          const lead = raw.length - raw.trimStart().length;
          const trimmed = raw.trim();
          if (trimmed) cells.push({ start: cellStart + lead, end: cellStart + lead + trimmed.length });
          cellStart = pipe + 1;
        }
        for (const pipe of pipes) excluded.push({ start: pipe, end: pipe + 1 });
        rows.push({ row, cells });
        pos = row.end + 1;
      }
      previous = null;
      continue;
    }
    previous = content.trim() === '' ? null : line;
    pos = line.end + 1;
  }
  return { excluded, rows };
}

const SENTENCE_END = /[.!?:;"'”’)\]]\s*$/;
const BLOCK_START = /^\s*(?:[-*+•–—]\s|\d{1,3}[.)]\s|#{1,6}\s|>\s?)/;
/** An e-mail's header line ("From: …", "Sent: …", "Subject: …"), pasted or forwarded: a paragraph of its own. */
const MAIL_HEADER = new RegExp(String.raw`${MAIL_LABELS}[ \t]`);
/** A Markdown heading's line ("## What we know"): a paragraph of its own, ended by its line break. */
const HEADING = /^[ \t]{0,3}#{1,6}[ \t]/;

/** Words a title-case heading leaves in lower case ("Safe Harbor for Forward-Looking Statements"). */
const HEADING_SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with', '&']);

/**
 * A line that heads a section of a release or report without a Markdown mark ("About Halvorsen
 * Robotics", "Forward-Looking Statements"): short, no end punctuation, every word
 * but the small ones capitalized. A hard-wrapped line of prose is long and runs on mid-sentence.
 */
function isHeadingLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 60 || /[.,;!?"'”’)\]—–-]$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 8) return false;
  // (A time line or a wire tag, "11:40 a.m. PT", "UPDATE 4", stays with the entry it heads.)
  if (!/^\p{Lu}/u.test(words[0]) || !/\p{Ll}/u.test(t)) return false;
  return words.every((w) => HEADING_SMALL_WORDS.has(w) || /^[\p{Lu}\p{N}("“]/u.test(w));
}

/**
 * Paragraphs are separated by blank lines. A single line break also ends a paragraph when
 * the line before ends a sentence or is a heading on a line of its own, or the next line starts
 * a list item or heading; otherwise it is a hard wrap inside a paragraph.
 */
function findParagraphs(prose: string, from: number, rows: TableRow[] = [], text = prose): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const rowAt = new Map(rows.map((r) => [r.row.start, r]));
  let start = -1;
  let end = -1;
  let pos = from;
  const close = () => {
    if (start >= 0) paragraphs.push({ start, end, index: paragraphs.length });
    start = -1;
  };
  while (pos <= prose.length) {
    const nl = prose.indexOf('\n', pos);
    const stop = nl < 0 ? prose.length : nl;
    const row = rowAt.get(pos);
    if (row) {
      close();
      for (const cell of row.cells) {
        const raw = prose.slice(cell.start, cell.end);
        const trimmed = raw.trim();
        // (A cell inside excluded text, such as a link target, is blank in the prose.)
        if (trimmed) {
          const cellStart = cell.start + raw.indexOf(trimmed);
          paragraphs.push({ start: cellStart, end: cellStart + trimmed.length, index: paragraphs.length, row: { start: row.row.start, end: row.row.end } });
        }
      }
      if (nl < 0) break;
      pos = nl + 1;
      continue;
    }
    const line = prose.slice(pos, stop);
    const trimmedEnd = line.replace(/\s+$/, '');
    if (trimmedEnd.trim() === '') {
      close();
    } else {
      const lead = line.length - line.trimStart().length;
      const previous = start >= 0 ? prose.slice(start, end) : '';
      // (Block marks are read off the text: in Markdown they are blanked in the prose.)
      const raw = text.slice(pos, stop);
      // (The line after a heading starts a sentence: "The Minister for Foreign Affairs\nsaid …" is wrapped prose.)
      const headed = start >= 0 && !previous.includes('\n') && /^[\p{Lu}\p{N}"“]/u.test(raw.trimStart()) && isHeadingLine(previous);
      const header = MAIL_HEADER.test(raw);
      if (start >= 0 && (SENTENCE_END.test(previous) || BLOCK_START.test(raw) || headed || header)) close();
      if (start < 0) start = pos + lead;
      end = pos + trimmedEnd.length;
      if (HEADING.test(raw) || header) close();
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  close();
  return paragraphs;
}

const QUOTE_PAIRS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“' };

/**
 * The close of a quotation opened with one style of mark and closed with the other, as copy pasted
 * from several systems has it ("Oz has a huge bully pulpit,” said …; “Immunity deals …," Chaffetz
 * said): used only when the paragraph has no close of the opening's own style. -1 when there is none.
 */
function mixedCloser(prose: string, open: string, from: number, end: number): number {
  const other = open === '"' ? '”' : open === '“' ? '"' : '';
  // A quotation inside it ('… an episode of “Shark Tank.” But …', '… handed out "like candy" …') is skipped:
  // the close must leave the marks between balanced.
  let inner = 0;
  for (let j = from; j < end && other; j++) {
    const c = prose[j];
    if (other === '”') {
      if (c === '“') inner++;
      else if (c === '”' && inner-- === 0) return j;
    } else if (c === '"') {
      // A straight mark closes when a word or punctuation comes before it and no word right after it.
      const closes = /\S/.test(prose[j - 1]) && !/[\p{L}\p{N}]/u.test(prose[j + 1] ?? '');
      if (closes && inner === 0) return j;
      inner += closes ? -1 : 1;
    }
  }
  return -1;
}

/**
 * The close of a quotation in single marks: a ' or ’ after punctuation ('…,' she said; '… here.'),
 * or after a word when punctuation or the paragraph's end follows ('at breaking point'.), never
 * an apostrophe inside a word (don't, Ó'Neill). -1 when there is none in the paragraph.
 */
function singleCloser(prose: string, from: number, end: number): number {
  for (let j = from; j < end; j++) {
    const c = prose[j];
    if (c !== "'" && c !== '’') continue;
    const before = prose[j - 1] ?? '';
    const after = prose[j + 1] ?? '';
    if (/[\p{L}\p{N}]/u.test(after)) continue; // an apostrophe inside a word
    if (/[.,!?…—–-]/.test(before)) return j;
    if (/[\p{L}\p{N}]/u.test(before) && (j + 1 >= end || /^[.,;:!?)—–]/.test(after))) return j;
  }
  return -1;
}

/** Direct quotations. An opening mark with no close runs to the end of its paragraph (a quote continued in the next one). */
function findQuotes(prose: string, paragraphs: Paragraph[]): Quote[] {
  const quotes: Quote[] = [];
  for (const p of paragraphs) {
    let i = p.start;
    while (i < p.end) {
      const ch = prose[i];
      const prev = i > p.start ? prose[i - 1] : ' ';
      // Two apostrophes for a quotation mark, as plain-text wire copy writes them: ''We did,'' he said.
      if (ch === "'" && prose[i + 1] === "'" && (/[\s(\[—–-]/.test(prev) || i === p.start)) {
        const j = prose.indexOf("''", i + 2);
        if (j >= 0 && j < p.end && j - (i + 2) >= 1) {
          quotes.push({ start: i, end: j + 2, inner: { start: i + 2, end: j } });
          i = j + 2;
          continue;
        }
      }
      // Single marks, as British, Irish and Australian copy quotes: 'He knew exactly what he was doing,' she told the jury.
      if ((ch === "'" || ch === '‘') && (i === p.start || /[\s(\[—–-]/.test(prev)) && /[\p{L}"“]/u.test(prose[i + 1] ?? '')) {
        const j = singleCloser(prose, i + 1, p.end);
        if (j > i + 1) {
          quotes.push({ start: i, end: j + 1, inner: { start: i + 1, end: j } });
          i = j + 1;
          continue;
        }
      }
      const closer = QUOTE_PAIRS[ch];
      if (closer && (ch !== '"' || /[\s(\[—–-]/.test(prev) || i === p.start)) {
        let j = prose.indexOf(closer, i + 1);
        if (j < 0 || j >= p.end) j = mixedCloser(prose, ch, i + 1, p.end);
        const end = j < 0 ? p.end : j + 1;
        const innerEnd = j < 0 ? p.end : j;
        if (innerEnd - (i + 1) >= 1) quotes.push({ start: i, end, inner: { start: i + 1, end: innerEnd } });
        i = end;
        continue;
      }
      i++;
    }
  }
  return quotes;
}

/** Headings of the sections releases and reports close with, which describe the issuer, not the news. */
const APPARATUS_HEADING = /^(?:about\s+(?!\d)\S|forward[- ]looking|safe\s+harbou?r|cautionary\s+(?:note|statement)|(?:media|press|investor|news)\s+(?:contacts?|relations|inquiries|enquiries)|contacts?\b|for\s+(?:more|further)\s+information\b|notes?\s+to\s+editors?)/i;
/** Lines of wire copy and releases that are apparatus wherever they stand (each tested on a line of at most 100 characters). */
const APPARATUS_LINE = new RegExp([
  String.raw`#{3}|-\s?30\s?-|_{3,}|\*{3}`, // end marks
  String.raw`SOURCE\s+\p{Lu}.*`, // a release wire's closing source line
  String.raw`By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|de|van|von|al-[\p{L}-]+))*(?:\s*,\s*[\p{Lu}][^.!?]*)?`, // a byline
  String.raw`(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}(?:Writer|Staff\s+Writer|Correspondent|Reporter|Editor)`, // the byline's second line
].map((p) => `(?:${p})`).join('|').replace(/^/, '^(?:') + ')$', 'u');
/**
 * A paragraph that credits or notes, not reports: "… contributed to this report.", "Editor's note: This story was
 * updated …". An editor's note that says something of the world ("Editor's note: the senator has repeatedly …") is the
 * outlet's own claim and stays prose.
 */
const APPARATUS_PARAGRAPH = /^(?:editor['’]s\s+note\b[^\n]{0,200}?\b(?:updated|correct(?:ed|s|ion)?|clarif\w*|originally|earlier\s+version|this\s+(?:story|article|report|piece|column|interview|version))\b|[^\n]{0,160}\bcontributed\s+(?:to\s+this\s+(?:report|story|article)|reporting)\b)/i;

/**
 * The apparatus of a release or a wire story (see SourceDocument.apparatus). A section under a boilerplate
 * heading runs to the next Markdown heading, or, under a plain heading line, to the end (releases close with it).
 */
function findApparatus(text: string, paragraphs: Paragraph[]): Span[] {
  const out: Span[] = [];
  let section: 'markdown' | 'plain' | null = null;
  for (const p of paragraphs) {
    if (p.row) continue;
    const raw = text.slice(p.start, p.end);
    const md = /^#{1,6}[ \t]+(.+?)[ \t#]*$/.exec(raw) ?? /^(?:\*\*|__)([^*_\n]{1,80})(?:\*\*|__)\s*:?$/.exec(raw);
    const oneLine = !raw.includes('\n');
    const heading = md ? md[1] : oneLine && raw.length <= 60 && (raw.endsWith(':') || isHeadingLine(raw)) ? raw : null;
    if (heading !== null && APPARATUS_HEADING.test(heading.trim())) section = md ? 'markdown' : section ?? 'plain';
    else if (md && section === 'markdown') section = null;
    if (section || (oneLine && raw.length <= 100 && APPARATUS_LINE.test(raw.trim())) || APPARATUS_PARAGRAPH.test(raw) || MAIL_HEADER.test(text.slice(text.lastIndexOf('\n', p.start - 1) + 1, p.end))) {
      out.push({ start: p.start, end: p.end });
    }
  }
  return mergeSpans(out);
}

/** Splits a source document into front matter, paragraphs, sentences and quotes. Never throws. */
export function parseDocument(text: string, options: DocumentOptions = {}): SourceDocument {
  const frontMatter = parseFrontMatter(text);
  const bodyStart = frontMatter.span ? frontMatter.span.end : 0;
  const tables = findTables(text, bodyStart);
  const excluded = mergeSpans([
    ...(frontMatter.span ? [frontMatter.span] : []),
    ...findExclusions(text, bodyStart, options.markdown ?? false),
    ...tables.excluded,
  ]);
  const prose = blank(text, excluded);
  const paragraphs = findParagraphs(prose, bodyStart, tables.rows, text);
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    for (const s of splitSentences(prose, p.start, p.end)) {
      sentences.push({ start: s.start, end: s.end, index: sentences.length, paragraph: p.index });
    }
  }
  return { text, prose, frontMatter, paragraphs, sentences, quotes: findQuotes(prose, paragraphs), excluded, apparatus: findApparatus(text, paragraphs) };
}

/** Index of the sentence containing `offset`, or -1. Binary search. */
export function sentenceAt(doc: SourceDocument, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
