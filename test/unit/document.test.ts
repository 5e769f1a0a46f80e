import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument, sentenceAt } from '../../server/src/core/document';
import { namesOwnOutlet, normalizePublished, parseFrontMatter } from '../../server/src/core/frontMatter';
import { analyze } from '../../server/src/core/analyze';

const texts = (doc: ReturnType<typeof parseDocument>, key: 'sentences' | 'paragraphs' | 'quotes') =>
  doc[key].map((s) => doc.text.slice(s.start, s.end));

describe('front matter', () => {
  const cases: Array<[string, string, Record<string, string>, string | undefined, number]> = [
    ['plain block', '---\ntitle: A\npublished: 2026-02-07\n---\nBody.', { title: 'A', published: '2026-02-07' }, '2026-02-07', 0],
    ['CRLF block', '---\r\ntitle: A\r\npublished: 2026-02-07\r\n---\r\nBody.', { title: 'A', published: '2026-02-07' }, '2026-02-07', 0],
    ['quoted values', '---\ntitle: "Ford: a plan"\noutlet: \'Ledger\'\n---\n', { title: 'Ford: a plan', outlet: 'Ledger' }, undefined, 0],
    ['date key and timestamp', '---\ndate: 2025-12-31T08:00:00Z\n---\n', { date: '2025-12-31T08:00:00Z' }, '2025-12-31', 0],
    ['impossible date', '---\npublished: 2026-13-45\n---\n', { published: '2026-13-45' }, undefined, 1],
    ['line without colon', '---\ntitle: A\nthis is not yaml\n---\n', { title: 'A' }, undefined, 1],
    ['unterminated block ends at a blank line', '---\ntitle: A\n\nBody text.', { title: 'A' }, undefined, 1],
    ['no block', 'Body --- text.', {}, undefined, 0],
  ];
  for (const [name, text, fields, published, errors] of cases) {
    it(name, () => {
      const fm = parseFrontMatter(text);
      assert.deepEqual(fm.fields, fields);
      assert.equal(fm.published, published);
      assert.equal(fm.errors.length, errors);
      for (const [key, span] of Object.entries(fm.valueSpans)) assert.equal(text.slice(span.start, span.end), fm.fields[key]);
    });
  }
  it('normalizes published dates', () => {
    assert.equal(normalizePublished('2024-02-29'), '2024-02-29');
    assert.equal(normalizePublished('2025-02-29'), undefined);
    assert.equal(normalizePublished('2026/3/4'), '2026-03-04');
    assert.equal(normalizePublished('March 4'), undefined);
    assert.equal(normalizePublished('May 20, 2026'), '2026-05-20');
    assert.equal(normalizePublished('Sept. 3 2025'), '2025-09-03');
    assert.equal(normalizePublished('20th May 2026'), '2026-05-20');
    assert.equal(normalizePublished('Wed, 20 May 2026 10:00:00 GMT'), '2026-05-20');
    assert.equal(normalizePublished('Wednesday, May 20, 2026 at 9:30 a.m. EST'), '2026-05-20');
    assert.equal(normalizePublished('February 30, 2026'), undefined);
    assert.equal(normalizePublished('05/06/2026'), undefined, 'day and month cannot be told apart');
    assert.equal(normalizePublished('Mayday 20, 2026'), undefined);
  });
  it('reads the publication date from the keys feeds and site generators use', () => {
    assert.equal(parseFrontMatter('---\npubDate: Wed, 20 May 2026 10:00:00 GMT\n---\n').published, '2026-05-20');
    assert.equal(parseFrontMatter('---\ndate_published: 2026-05-20\n---\n').published, '2026-05-20');
    assert.equal(parseFrontMatter('---\ndate: 2026-01-02\npublished: 2026-05-20\n---\n').published, '2026-05-20');
  });
});

describe('paragraphs and sentences', () => {
  const cases: Array<[string, string, string[], number]> = [
    ['one paragraph per line', 'First line ends.\nSecond line ends.', ['First line ends.', 'Second line ends.'], 2],
    ['hard-wrapped paragraph', 'A sentence that wraps\nonto the next line.', ['A sentence that wraps\nonto the next line.'], 1],
    ['blank-line paragraphs', 'One.\n\nTwo.', ['One.', 'Two.'], 2],
    ['abbreviations and initials', 'Mr. Smith met Sen. J. Doe in Washington. They talked.', ['Mr. Smith met Sen. J. Doe in Washington.', 'They talked.'], 1],
    ['a one-letter name after a lower-case word ends the sentence before a quotation', 'She replied in a post on X. "Not true," she wrote.', ['She replied in a post on X.', '"Not true," she wrote.'], 1],
    ['an initial after a lower-case word goes on before a name', 'The novel was written by J. K. Rowling in Edinburgh. It sold.', ['The novel was written by J. K. Rowling in Edinburgh.', 'It sold.'], 1],
    ['U.S. inside and at the end', 'The U.S. Treasury agreed. Talks moved to the U.S. The deal held.', ['The U.S. Treasury agreed.', 'Talks moved to the U.S.', 'The deal held.'], 1],
    ['quote then attribution', '"We will build," she said. Work starts soon.', ['"We will build," she said.', 'Work starts soon.'], 1],
    ['question and exclamation', 'Why now? Nobody knows! Fine.', ['Why now?', 'Nobody knows!', 'Fine.'], 1],
    ['list items are paragraphs', '- First point\n- Second point', ['- First point', '- Second point'], 2],
    ['a citation or footnote mark after the stop', 'Exports fell 4%.[12] The council met.[^a] It voted.', ['Exports fell 4%.[12]', 'The council met.[^a]', 'It voted.'], 1],
    ['numbers with decimals', 'Shares rose 3.5 percent. Bonds fell.', ['Shares rose 3.5 percent.', 'Bonds fell.'], 1],
    ['CRLF lines', 'One line.\r\nTwo line.', ['One line.', 'Two line.'], 2],
    ['a capitalised word after a clock time', 'The meeting ran past 11 p.m. Several parents said so.', ['The meeting ran past 11 p.m.', 'Several parents said so.'], 1],
    ['two clock times', 'An alert came shortly after 9 p.m. Shelters had opened by 6 p.m., officials said.', ['An alert came shortly after 9 p.m.', 'Shelters had opened by 6 p.m., officials said.'], 1],
    ['a morning time', 'Polls opened at 7 a.m. Turnout was high.', ['Polls opened at 7 a.m.', 'Turnout was high.'], 1],
    ['a time zone or a day after a clock time', 'It starts at 9 p.m. Eastern time. It ends at 11 p.m. ET on Friday. He speaks at 3 p.m. Tuesday.', ['It starts at 9 p.m. Eastern time.', 'It ends at 11 p.m. ET on Friday.', 'He speaks at 3 p.m. Tuesday.'], 1],
    ['the time in another zone in brackets', 'Polls opened at 7 a.m. (1200 GMT) on Sunday. Turnout was high.', ['Polls opened at 7 a.m. (1200 GMT) on Sunday.', 'Turnout was high.'], 1],
    ['a place\'s time after a clock time', 'Counting began at 8 a.m. Indian Standard Time on Saturday. It ran past 11 p.m. Brasilia time. It ended at 2 a.m. Several Time reporters left.', ['Counting began at 8 a.m. Indian Standard Time on Saturday.', 'It ran past 11 p.m. Brasilia time.', 'It ended at 2 a.m.', 'Several Time reporters left.'], 1],
    ['"no." with no number after it ends a sentence', 'She said no. Mr Hale left. He lives at No. 5 Main Street.', ['She said no.', 'Mr Hale left.', 'He lives at No. 5 Main Street.'], 1],
    ['a street\'s abbreviation ends a sentence before its first word, not before a saint\'s name', 'The library is on Main St. The council will vote. He grew up in St. Louis.', ['The library is on Main St.', 'The council will vote.', 'He grew up in St. Louis.'], 1],
    ['a dotted time zone', 'Coverage starts at 9 p.m. E.T. with live checks.', ['Coverage starts at 9 p.m. E.T. with live checks.'], 1],
    ['a delegate\'s title goes on to the name; Delaware after a comma ends the sentence', '"It is unfair," said Del. Amata Lefiti. The plant is in Dover, Del. The union met.',
      ['"It is unfair," said Del. Amata Lefiti.', 'The plant is in Dover, Del.', 'The union met.'], 1],
    ['a live blog\'s time line and a wire tag end where their line does', '11:40 a.m. PT\nA person close to the family said she was ready.\n14.30 GMT\nStarmer opened for the opposition.\nUPDATE 4\nThe line reopened.',
      ['11:40 a.m. PT', 'A person close to the family said she was ready.', '14.30 GMT', 'Starmer opened for the opposition.', 'UPDATE 4', 'The line reopened.'], 3],
    ['a month\'s abbreviation with no day ends a sentence before a sentence\'s first word', 'The vote is in Sept. The plan was agreed on Oct. 3. It ends in Mar. 2024.',
      ['The vote is in Sept.', 'The plan was agreed on Oct. 3.', 'It ends in Mar. 2024.'], 1],
    ['a clock time alone on its line stamps the entry below it and is no sentence', '4.12 pm\nThe Minister for Housing (Ana Pryce)\nI beg to move.\n16:05\nThe vote was held.',
      ['The Minister for Housing (Ana Pryce)', 'I beg to move.', 'The vote was held.'], 3],
    ['a release\'s section heading on a line of its own', 'About Tamberlin Mills\nTamberlin Mills Ltd. spins wool in Galway.\n\nForward-Looking Statements\nThis statement contains forward-looking remarks.',
      ['About Tamberlin Mills', 'Tamberlin Mills Ltd. spins wool in Galway.', 'Forward-Looking Statements', 'This statement contains forward-looking remarks.'], 4],
    ['an e-mail\'s header lines are paragraphs of their own', 'From: Niamh Daly <n.daly@example.ie>\nSent: Monday, May 5, 2025 9:02 AM\nSubject: Ferry times\n\nThe ferry leaves at noon.',
      ['Niamh Daly <n.daly@example.ie>', 'Monday, May 5, 2025 9:02 AM', 'Ferry times', 'The ferry leaves at noon.'], 4],
    ['a heading with small words in lower case', 'Safe Harbor for Investors in the Fund\nCertain remarks here are projections.', ['Safe Harbor for Investors in the Fund', 'Certain remarks here are projections.'], 2],
    ['hard-wrapped prose that happens to break after capitalized words', 'The report was sent to the Minister for Foreign Affairs\nand the Joint Committee on Health on Friday.',
      ['The report was sent to the Minister for Foreign Affairs\nand the Joint Committee on Health on Friday.'], 1],
    ['a short title-case line before a lower-case continuation is wrapped prose', 'The Minister for Foreign Affairs\nsaid on Monday that talks would go on.',
      ['The Minister for Foreign Affairs\nsaid on Monday that talks would go on.'], 1],
  ];
  for (const [name, text, sentences, paragraphs] of cases) {
    it(name, () => {
      const doc = parseDocument(text);
      assert.deepEqual(texts(doc, 'sentences'), sentences);
      assert.equal(doc.paragraphs.length, paragraphs);
    });
  }
  it('finds the sentence at an offset', () => {
    const doc = parseDocument('One. Two. Three.');
    assert.equal(sentenceAt(doc, 0), 0);
    assert.equal(sentenceAt(doc, 6), 1);
    assert.equal(sentenceAt(doc, 100), -1);
  });
});

describe('quotes', () => {
  const cases: Array<[string, string, string[]]> = [
    ['curly quotes', 'He said: “We are ready.” Then left.', ['“We are ready.”']],
    ['straight quotes', '"Let them come," she said.', ['"Let them come,"']],
    ['quote continued into the next paragraph', '“We will win.\n\n“And soon,” he said.', ['“We will win.', '“And soon,”']],
    ['no quote in a contraction', "The company's plan isn't new.", []],
    ['single marks, as British copy quotes', "'He knew exactly what he was doing,' she told the jury.", ["'He knew exactly what he was doing,'"]],
    ['curly single marks around a phrase', 'Staff were ‘at breaking point’.', ['‘at breaking point’']],
    ['no quote from a plural possessive or an apostrophe', "The players' union said it didn't know.", []],
    ['a straight opening closed by a curly mark', '"Oz has a bully pulpit,” said David Gorski.', ['"Oz has a bully pulpit,”']],
    ['a curly opening closed by a straight mark, a straight quotation after it', '“Deals are not a condition," Chaffetz said, adding that they were handed out "like candy."',
      ['“Deals are not a condition,"', '"like candy."']],
    ['a straight opening with no close keeps the curly quotation inside it', '"PENCE: She thinks this is “Shark Tank.” It is serious.', ['"PENCE: She thinks this is “Shark Tank.” It is serious.']],
    ['two apostrophes as quotation marks', "''We are ready,'' the mayor said of the ''Buffett rule.''", ["''We are ready,''", "''Buffett rule.''"]],
    ['a lone pair of apostrophes opens nothing', "The '' mark stands alone.", []],
  ];
  for (const [name, text, quotes] of cases) {
    it(name, () => assert.deepEqual(texts(parseDocument(text), 'quotes'), quotes));
  }
});

describe('non-prose is excluded', () => {
  it('front matter, URLs and e-mail addresses are blanked in prose', () => {
    const text = '---\ntitle: T\n---\nSee https://example.com/a.b?c=1 or mail desk@example.org today.';
    const doc = parseDocument(text);
    assert.equal(doc.prose.length, text.length);
    assert.ok(!doc.prose.includes('example'));
    assert.deepEqual(texts(doc, 'sentences'), [doc.text.slice(doc.sentences[0].start, doc.sentences[0].end)]);
    assert.ok(doc.sentences[0].start >= doc.frontMatter.span!.end);
  });
  it("an e-mail's header labels are blanked in a block of headers, not a lone label", () => {
    const doc = parseDocument('From: Niamh Daly\nTo: Newsdesk\nSubject: Ferry times\n\nTo: the council, a warning came late.');
    assert.equal(doc.prose, '      Niamh Daly\n    Newsdesk\n         Ferry times\n\nTo: the council, a warning came late.');
  });
  it('a reference list\'s numbered entries are blanked; a footnote number in a sentence stays', () => {
    const text = 'A survey found that 41 percent had symptoms [2].\n\n[2] Meridian Institute field survey, 2023.\n[3] BLS census, 2024 release.';
    const doc = parseDocument(text);
    assert.ok(doc.prose.includes('symptoms [2]'));
    assert.ok(!doc.prose.includes('Meridian') && !doc.prose.includes('BLS'));
    assert.deepEqual(texts(doc, 'sentences'), ['A survey found that 41 percent had symptoms [2].']);
  });
  it('Markdown code, link targets and HTML are blanked only in Markdown mode', () => {
    const text = 'Read [the filing](https://x.org/f "t") and `code here`.\n\n```\nSaid nobody on May 3.\n```\n<!-- note -->\nEnd.';
    const md = parseDocument(text, { markdown: true });
    assert.ok(!md.prose.includes('code here'));
    assert.ok(!md.prose.includes('Said nobody'));
    assert.ok(!md.prose.includes('note'));
    assert.ok(md.prose.includes('the filing'));
    assert.ok(parseDocument(text).prose.includes('code here'));
  });
  it('a Markdown link to a web address in a plain source keeps only its text as prose', () => {
    const text = 'The council approved a contract with [Aquentis Water Services](https://example.com/aquentis), the city said. See [notes](notes.md).';
    const doc = parseDocument(text);
    assert.equal(doc.text, text);
    assert.ok(doc.prose.includes(' Aquentis Water Services ') && !doc.prose.includes('[Aquentis') && !doc.prose.includes('example.com'));
    assert.ok(doc.prose.includes('[notes](notes.md)'), 'a link to no web address stays as written');
  });
  it('a footnote definition is prose but for its label; footnote marks and link reference definitions are not', () => {
    const text = 'Exports fell 4 percent.[^1] See the [report][r].\n\n[^1]: The ministry revised the figure on March 12.\n[r]: https://example.org/report "Report"';
    const doc = parseDocument(text, { markdown: true });
    assert.ok(doc.prose.includes('The ministry revised the figure on March 12.'));
    assert.ok(!doc.prose.includes('[^1]') && !doc.prose.includes('example.org'));
    assert.deepEqual(texts(doc, 'sentences'), ['Exports fell 4 percent.', 'See the [report][r].', 'The ministry revised the figure on March 12.']);
  });
  it("Markdown's block marks are blanked: a quotation's '>', a heading's '#'s; a list item keeps its bullet", () => {
    const text = '# Port strike: what we know\nTalks failed.\n\n> Insurers said the terms would run through September.\n\n* Lloyd\'s raised premiums\n- The WFP welcomed the move\n1. Ships left\n\n## Next steps ##';
    const md = parseDocument(text, { markdown: true });
    assert.deepEqual(texts(md, 'paragraphs'), ['Port strike: what we know', 'Talks failed.', 'Insurers said the terms would run through September.',
      '* Lloyd\'s raised premiums', '- The WFP welcomed the move', '1. Ships left', 'Next steps']);
    assert.equal(md.prose.length, text.length);
    assert.ok(parseDocument(text).prose.includes('> Insurers'), 'a plain source keeps them');
  });
  it("Markdown's emphasis marks around words are blanked, not marks inside words or lone ones", () => {
    const text = '**Dana Okafor**, the union leader, said _The Guardian_ and ~~they~~ knew. The file_name_here and 5*3*2 stay; a lone * too.';
    const md = parseDocument(text, { markdown: true });
    assert.ok(md.prose.includes('  Dana Okafor  , the union leader, said  The Guardian  and   they   knew.'));
    assert.ok(md.prose.includes('file_name_here and 5*3*2 stay; a lone * too.'));
    assert.ok(parseDocument(text).prose.startsWith('**Dana'), 'a plain source keeps them');
  });
  it("a transcript's time code opening a line is blanked, not a clock time in a sentence", () => {
    const text = '[00:01:45] PATEL: Costs doubled.\n(12:31) OYELARAN: Thank you.\n00:12:31.500 CHAIR: Next item.\n10:30 a.m. was when the vote began, at 10:30:15 exactly.';
    const doc = parseDocument(text);
    assert.ok(!/\d{2}:\d{2}/.test(doc.prose.split('\n').slice(0, 3).join('\n')));
    assert.ok(doc.prose.includes('PATEL: Costs doubled.') && doc.prose.includes('10:30 a.m. was') && doc.prose.includes('10:30:15 exactly'));
  });
  it('a closed fenced block is code in every source; outside Markdown an unclosed fence and indented paragraphs stay prose', () => {
    const table = 'The plant is ramping up.\n\n```text\nline  target\nL2    Q2 2026\n```\n\nThe second line was due in late 2025.';
    const plain = parseDocument(table);
    assert.ok(!plain.prose.includes('Q2 2026'));
    assert.ok(plain.prose.includes('late 2025') && plain.prose.includes('ramping up'));
    const stray = 'The board met.\n\n```\n\nIt said on May 3 that it would sell.';
    assert.ok(parseDocument(stray).prose.includes('May 3'));
    assert.ok(!parseDocument(stray, { markdown: true }).prose.includes('May 3'));
    const indented = 'The board met.\n\n    It said on May 3 that it would sell.';
    assert.ok(parseDocument(indented).prose.includes('May 3'));
    assert.ok(!parseDocument(indented, { markdown: true }).prose.includes('May 3'));
  });
});

describe('tables', () => {
  const table = 'Key dates:\n\n| When | What | Who |\n|:-----|------|----:|\n| March 3 | Talks collapsed at Acme Corp | Dana Okafor |\n| 10 March | Strike began \\| spread |  |\n\nAfter the table.';
  it('reads each cell of a data row as a paragraph of its own, tied to its row; header and delimiter rows are no prose', () => {
    const doc = parseDocument(table);
    assert.deepEqual(texts(doc, 'paragraphs'), ['Key dates:', 'March 3', 'Talks collapsed at Acme Corp', 'Dana Okafor', '10 March', 'Strike began \\| spread', 'After the table.']);
    const cells = doc.paragraphs.filter((p) => p.row);
    assert.equal(cells.length, 5);
    assert.equal(new Set(cells.map((p) => p.row!.start)).size, 2);
    assert.equal(doc.text.slice(cells[0].row!.start, cells[0].row!.end), '| March 3 | Talks collapsed at Acme Corp | Dana Okafor |');
    assert.ok(!doc.prose.includes('When') && !doc.prose.includes('---'));
    assert.equal(doc.prose.length, doc.text.length);
  });
  it('keeps offsets and cells with Windows line ends, and with no pipes at the ends of the rows', () => {
    const crlf = parseDocument('Date | Event\r\n--- | ---\r\nMay 2 | Vote held\r\n');
    assert.deepEqual(texts(crlf, 'paragraphs'), ['May 2', 'Vote held']);
  });
  it('is no table without a delimiter row of as many cells as the row above it', () => {
    const setext = parseDocument('Profits | losses\n---\nThe board met.');
    assert.ok(setext.prose.includes('Profits | losses') && setext.paragraphs.every((p) => !p.row));
    assert.ok(parseDocument('Revenue rose 4% | costs fell.\n\nThe board met.').paragraphs.every((p) => !p.row));
  });
});


describe('the outlet that published the story', () => {
  const rows: Array<[string, string, boolean, boolean]> = [
    // outlet, text, strictly, loosely
    ['Harbor City Ledger', 'the Ledger', true, true],
    ['The Harbor City Ledger', "Harbor City Ledger's", true, true],
    ['Riverside Daily Sentinel', 'Daily Sentinel', true, true],
    ['Harbor City Ledger', 'the ledger', false, false],
    ['ABC News', 'The ABC', false, true],
    ['The Washington Post', 'Washington', false, true],
    ['Harbor City Ledger', 'Harbor City', false, true],
    ['Harbor City Ledger', 'Port Ledger', false, false],
  ];
  for (const [outlet, text, strictly, loosely] of rows) {
    it(`${JSON.stringify(text)} in a story of ${JSON.stringify(outlet)}: ${strictly ? 'named' : loosely ? 'named loosely' : 'not named'}`, () => {
      assert.equal(namesOwnOutlet(outlet, text), strictly);
      assert.equal(namesOwnOutlet(outlet, text, true), loosely);
    });
  }
  it('is the organization the story calls by a short name, named as its front matter names it', () => {
    const text = '---\noutlet: The Harbor City Ledger\n---\nThe port director, Paula Brennan, told the Ledger on Sunday that dredging would wait. The Ledger first reported the delay. Washington said the permits were late.\n';
    const ledger = analyze(text).entities.find((e) => e.mentions.some((m) => m.text === 'Ledger'));
    assert.equal(ledger?.name, 'Harbor City Ledger');
    assert.deepEqual(ledger?.aliases, ['Harbor City Ledger', 'Ledger']);
    assert.equal(ledger?.mentions.length, 2);
    assert.ok(!analyze(text).entities.some((e) => e.name === 'Harbor City Ledger' && e.mentions.some((m) => m.text === 'Washington')));
  });
});

describe("a release's and a wire story's apparatus", () => {
  // [name, text, the apparatus's paragraphs]
  const rows: Array<[string, string, string[]]> = [
    ['an About section under a plain heading runs to the end, contacts included',
      'Kestrel Bay Ferries added two sailings, the company said.\n\nAbout Kestrel Bay Ferries\nKestrel Bay Ferries Ltd. runs six routes on the Irish Sea.\n\nPress Contact:\nOrla Nagle\n\nSOURCE Kestrel Bay Ferries Ltd.',
      ['About Kestrel Bay Ferries', 'Kestrel Bay Ferries Ltd. runs six routes on the Irish Sea.', 'Press Contact:', 'Orla Nagle', 'SOURCE Kestrel Bay Ferries Ltd.']],
    ['a Safe Harbor paragraph and an end mark',
      'Tallis Biotech will expand its Durban plant.\n\nSafe Harbor Statement\nStatements here about future results involve risks that could make them differ.\n\n###',
      ['Safe Harbor Statement', 'Statements here about future results involve risks that could make them differ.', '###']],
    ['a byline, its second line and a credit line',
      'By PRIYA RAMDASS\nAssociated Press Writer\n\nDURBAN, South Africa (AP) -- The port reopened on Monday, officials said.\n\nAP writer Tom Lekota in Johannesburg contributed to this report.',
      ['By PRIYA RAMDASS', 'Associated Press Writer', 'AP writer Tom Lekota in Johannesburg contributed to this report.']],
    ["an editor's note and a -30- mark",
      "Editor's note: This story was updated to correct the name of the mayor.\n\nThe council met on Tuesday and voted to close the pool.\n\n-30-",
      ["Editor's note: This story was updated to correct the name of the mayor.", '-30-']],
    ["an editor's note that claims something of the world is the outlet's own prose",
      "Editor's note: The governor has repeatedly misled voters about the budget.\n\nThe council met on Tuesday.",
      []],
    ['a Markdown section ends at the next Markdown heading',
      '## About the survey\n\nThe survey asked 900 households in Cork.\n\n## Findings\n\nMost households said rents had risen.',
      ['## About the survey', 'The survey asked 900 households in Cork.']],
    ["an e-mail's headers",
      'From: Niamh Daly\nTo: Newsdesk\nSubject: Ferry times\n\nThe ferry company said the noon sailing would be cancelled.',
      ['Niamh Daly', 'Newsdesk', 'Ferry times']],
    ['prose that merely starts with such words is no apparatus',
      'About 200 workers walked out on Friday, the union said.\n\nBy the end of the day the plant was closed.\n\nSources said the talks had failed.',
      []],
  ];
  for (const [name, text, expected] of rows) {
    it(name, () => {
      const doc = parseDocument(text);
      assert.deepEqual((doc.apparatus ?? []).map((s) => text.slice(s.start, s.end)), expected);
    });
  }
  it('is no claim for the sourcing rules, while its names and dates are still found', () => {
    const text = 'OTTAWA, May 6, 2021 /CNW/ -- Larkspur Mining Corp. said today it would buy a mine in Yukon.\n\nAbout Larkspur Mining\nLarkspur Mining Corp. owns three gold mines in Canada and was founded in 2009.\n\nForward-Looking Statements\nThese results may differ materially from those projected.';
    const a = analyze(text);
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
    assert.ok(a.entities.some((e) => e.name === 'Larkspur Mining Corp.'));
    assert.ok(a.dates.some((d) => d.text === '2009'));
  });
});
