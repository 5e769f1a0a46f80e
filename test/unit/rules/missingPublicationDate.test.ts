import { ruleCases } from './cases';

const RELATIVE = 'The council approved the budget last month and will vote on taxes on Tuesday.';

ruleCases('missing-publication-date', [
  {
    name: 'flags relative dates with no publication date, on the first relative date',
    body: RELATIVE,
    published: null,
    flag: 'last month',
    severity: 'information',
    message: 'cannot be anchored',
  },
  {
    name: 'says when the anchor came from a setting',
    body: RELATIVE,
    published: null,
    options: { published: '2026-02-07', publishedSource: 'option' },
    flag: 'last month',
    message: 'a setting',
  },
  {
    name: "says when the anchor came from the file's modification time",
    body: RELATIVE,
    published: null,
    options: { published: '2026-02-07', publishedSource: 'file-time' },
    flag: 'last month',
    message: "modification date",
  },
  {
    name: 'sits on the front matter when there is one without published',
    body: `---\ntitle: Council budget\n---\n${RELATIVE}`,
    published: null,
    flag: '---',
  },
  {
    name: 'does not flag a document with a published date',
    body: RELATIVE,
    none: true,
  },
  {
    name: 'does not flag a document with only absolute dates',
    body: 'The council approved the budget on January 13, 2026.',
    published: null,
    none: true,
  },
  {
    name: 'sits on a published value that is not a date',
    body: `---\ntitle: Council budget\npublished: last Tuesday\n---\n${RELATIVE}`,
    published: null,
    flag: 'last Tuesday',
    message: 'cannot be read as a date (write YYYY-MM-DD',
  },
  {
    name: 'says why a date in figures other than year first cannot be read',
    body: `---\ntitle: Council budget\npublished: 05/06/2026\n---\n${RELATIVE}`,
    published: null,
    flag: '05/06/2026',
    message: 'its day and month cannot be told apart',
  },
]);
